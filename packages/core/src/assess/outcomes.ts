import { type CanonicalOutcome, canonicalOutcomes, type OrderedOutcome } from '../framework/schema.js';

/** Position of an outcome on the national order (pre-birth sits beside targeted early help for comparisons). */
export function rank(outcome: CanonicalOutcome): number {
  if (outcome === 'pre-birth') return canonicalOutcomes.indexOf('targeted-early-help');
  return canonicalOutcomes.indexOf(outcome as OrderedOutcome);
}

/** The higher of two outcomes. */
export function higher(a: CanonicalOutcome, b: CanonicalOutcome): CanonicalOutcome {
  return rank(b) > rank(a) ? b : a;
}

/** True when `a` is at least `b` on the national order. */
export function atLeast(a: CanonicalOutcome, b: CanonicalOutcome): boolean {
  return rank(a) >= rank(b);
}

/** The contact scale used by the shared scenarios and the England default level ids. */
export const contactScale: Readonly<Record<CanonicalOutcome, string>> = {
  universal: '1',
  'early-help': '2',
  'targeted-early-help': '3',
  'child-in-need': '4',
  'significant-harm': '4+',
  'immediate-protection': 'immediate',
  'pre-birth': 'pre-birth',
};

/** Plain words for each outcome, for reasons. */
export const outcomeWords: Readonly<Record<CanonicalOutcome, string>> = {
  universal: 'universal services',
  'early-help': 'early help from one agency',
  'targeted-early-help': 'targeted early help',
  'child-in-need': 'a child in need assessment',
  'significant-harm': 'a strategy discussion and child protection enquiry',
  'immediate-protection': 'immediate protection',
  'pre-birth': 'a pre-birth assessment',
};
