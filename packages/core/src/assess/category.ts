import type { CpCategory, Finding } from './types.js';
import { atLeast } from './outcomes.js';

/**
 * Words that make a disclosure, or an adult the child is exposed to, a matter of sexual harm. The
 * vocabulary has one code for any disclosure (`safety.disclosure`: "child says they have been hurt
 * or harmed"), so what was disclosed decides the category the conference chair would record
 * (physical, emotional, sexual or neglect: facts.md 1.4; DfE codes PHY, EMO, SAB, NEG, MUL: 4.1).
 */
const SEXUAL_HARM =
  /\b(sexual(ly)?|sex offen[cd]\w*|private parts?|privates|rape[ds]?|raping|indecen\w*|genital\w*|groom(ed|ing|s)?|penetrat\w*|masturbat\w*|porn\w*|nude (photo|image|picture|video)s?|down there)\b/i;

/**
 * How a child shows distress. Some emotional harm is part of every kind of maltreatment (Working
 * Together's definition of emotional abuse), so a child's fear, sadness or self-harm alongside
 * physical or sexual harm is counted with that harm, not as a second category.
 */
const reactions = new Set([
  'emotional.child-expresses-fear-or-distress',
  'emotional.appears-sad-or-distressed',
  'emotional.self-harm',
]);

const mentionsSexualHarm = (f: Finding) => f.evidence.some((line) => SEXUAL_HARM.test(line)) || SEXUAL_HARM.test(f.sentence);

function categoryOf(f: Finding): CpCategory | null {
  const { code } = f;
  if (code === 'safety.disclosure') return mentionsSexualHarm(f) ? 'sexual' : 'physical';
  if (code === 'supervision.unsuitable-adults') return mentionsSexualHarm(f) ? 'sexual' : 'neglect';
  if (code === 'safety.injury-unexplained' || code === 'safety.injury-seen') return 'physical';
  if (code.startsWith('emotional.') || code === 'safety.domestic-abuse-incident') return 'emotional';
  const prefix = code.split('.')[0] ?? '';
  if (
    ['care', 'health', 'education', 'supervision', 'home', 'development'].includes(prefix) ||
    code === 'safety.drugs-accessible'
  )
    return 'neglect';
  return null;
}

/** Between categories with as many findings, the more direct harm names the plan. */
const tieOrder = ['sexual', 'physical', 'emotional', 'neglect'];

/**
 * The category of abuse for a protection plan: the category with the most findings at targeted
 * early help or above (or named by a step that raised the case to significant harm, such as an
 * injury to a baby who is not yet mobile); "multiple" when a second category has at least two such findings and at
 * least half as many as the first (a tie goes to the more direct harm: sexual, physical, emotional,
 * then neglect). A child's distress counts as emotional harm only when there is
 * no physical or sexual harm it belongs to.
 */
export function deriveCategory(
  findings: Iterable<Finding>,
  raising: ReadonlySet<string> = new Set(),
): { category: CpCategory; counts: Record<string, number> } {
  const counted: { category: CpCategory; code: string }[] = [];
  for (const f of findings) {
    const c = categoryOf(f);
    const weighty = (f.floor !== null && atLeast(f.floor, 'targeted-early-help')) || raising.has(f.code);
    if (c && weighty) counted.push({ category: c, code: f.code });
  }
  const abuse = counted.some((c) => c.category === 'physical' || c.category === 'sexual');
  const counts: Record<string, number> = {};
  for (const c of counted) {
    if (abuse && reactions.has(c.code)) continue;
    counts[c.category] = (counts[c.category] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1] || tieOrder.indexOf(a[0]) - tieOrder.indexOf(b[0]));
  const [first, second] = ranked;
  if (!first) return { category: 'neglect', counts };
  if (second && second[1] >= 2 && second[1] * 2 >= first[1]) return { category: 'multiple', counts };
  return { category: first[0] as CpCategory, counts };
}
