import type { Citation } from '../framework/schema.js';
import { vocabularyCitations, vocabularyEntry } from '../vocabulary/index.js';
import type { Rule, RuleContext, RuleHit, RulePhase } from './types.js';
import { describeEntries } from './view.js';

interface RuleSpec {
  id: string;
  condition: string;
  parameters?: readonly string[];
  /** Citations beyond the vocabulary's own sources. */
  extraCitations?: readonly Citation[];
  evaluate(ctx: RuleContext): RuleHit | null;
}

const phaseOf = (kind: string): RulePhase => (kind === 'gap' ? 'gap' : kind === 'action' ? 'action' : 'finding');

/** Defines a rule for a vocabulary code; title and citations come from the vocabulary. */
export function defineRule(spec: RuleSpec): Rule {
  const entry = vocabularyEntry(spec.id);
  return {
    id: spec.id,
    phase: phaseOf(entry.kind),
    title: entry.label,
    condition: spec.condition,
    parameters: spec.parameters ?? [],
    citations: [...vocabularyCitations(spec.id), ...(spec.extraCitations ?? [])],
    evaluate: spec.evaluate,
  };
}

/** Lower-cases the first letter, for a label used mid-sentence. */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "school and police", "school, police and GP". */
export function listWords(words: readonly string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The observation entries for a code, as evidence and a plain sentence; null when nobody ticked it. */
export function observedHit(ctx: RuleContext, code: string, sentenceStart?: string): RuleHit | null {
  const entries = ctx.view.observations.get(code);
  if (!entries || entries.length === 0) return null;
  const sources = new Set<string>();
  for (const e of entries) sources.add(e.place === 'concern' ? e.source : e.place);
  const who = listWords([...sources]);
  const start = sentenceStart ?? vocabularyEntry(code).label;
  const times = entries.length === 1 ? 'once' : `${entries.length} times`;
  const dated = new Set<string>();
  let undated = 0;
  for (const e of entries) {
    if (e.date === null) undated++;
    else dated.add(e.date);
  }
  return {
    evidence: describeEntries(entries),
    sentence: `${start}: recorded ${times}, by ${who}.`,
    occurrences: dated.size + undated,
  };
}

/** A rule that fires when a worker ticked its observation code on any entry of the case. */
export function observationRule(id: string, sentenceStart?: string): Rule {
  return defineRule({
    id,
    condition: `A worker recorded it: the code is ticked on a concern, the child's words or an engagement record (${vocabularyEntry(id).when}).`,
    evaluate: (ctx) => observedHit(ctx, id, sentenceStart),
  });
}

/**
 * A rule that fires when a worker ticked its observation code, and that supports less than its
 * usual floor when `lowered` finds the facts show the need met or explained (it says why).
 */
export function observationRuleLoweredWhen(
  id: string,
  condition: string,
  lowered: (ctx: RuleContext, hit: RuleHit) => NonNullable<RuleHit['lowerFloor']> | null,
): Rule {
  return defineRule({
    id,
    condition,
    evaluate: (ctx) => {
      const hit = observedHit(ctx, id);
      if (!hit) return null;
      const lowerFloor = lowered(ctx, hit);
      return lowerFloor === null ? hit : { ...hit, lowerFloor };
    },
  });
}
