import type { CpCategory, Finding } from './types.js';
import { atLeast } from './outcomes.js';

const categoryOf = (code: string): CpCategory | null => {
  if (['safety.injury-unexplained', 'safety.injury-seen', 'safety.disclosure'].includes(code)) return 'physical';
  if (code.startsWith('emotional.') || code === 'safety.domestic-abuse-incident') return 'emotional';
  const prefix = code.split('.')[0] ?? '';
  if (
    ['care', 'health', 'education', 'supervision', 'home', 'development'].includes(prefix) ||
    code === 'safety.drugs-accessible'
  )
    return 'neglect';
  return null;
};

/**
 * The category of abuse for a protection plan: the category with the most findings at targeted
 * early help or above; "multiple" when a second category has at least two such findings and at
 * least half as many as the first.
 */
export function deriveCategory(findings: Iterable<Finding>): { category: CpCategory; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const c = categoryOf(f.code);
    if (c && f.floor && atLeast(f.floor, 'targeted-early-help')) counts[c] = (counts[c] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = ranked;
  if (!first) return { category: 'neglect', counts };
  if (second && second[1] >= 2 && second[1] * 2 >= first[1]) return { category: 'multiple', counts };
  return { category: first[0] as CpCategory, counts };
}
