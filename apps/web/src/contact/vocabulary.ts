/**
 * The observation checklists on the concern page, generated from the indicator vocabulary: each
 * concern domain shows the observation codes that belong to it, with their plain-English labels.
 */
import { type ConcernDomain, indicatorVocabulary, type VocabularyEntry } from '@sightline/core';

/** Plain names for the concern domains, as a worker would say them. */
export const domainLabels: Record<ConcernDomain, string> = {
  'physical-care': 'Food, clothes, washing and physical care',
  health: 'Health',
  education: 'School, nursery and learning',
  supervision: 'Supervision',
  'home-conditions': 'The home',
  emotional: 'Feelings, relationships and behaviour',
  safety: 'Safety from harm',
  development: 'Development',
};

/** The vocabulary prefix of each domain's observation codes. */
const domainPrefix: Record<ConcernDomain, string> = {
  'physical-care': 'care.',
  health: 'health.',
  education: 'education.',
  supervision: 'supervision.',
  'home-conditions': 'home.',
  emotional: 'emotional.',
  safety: 'safety.',
  development: 'development.',
};

const observations = indicatorVocabulary.filter((e) => e.kind === 'observation');

/** Observation codes a worker can tick for a concern in this domain. */
export function observationsFor(domain: ConcernDomain): VocabularyEntry[] {
  return observations.filter((e) => e.code.startsWith(domainPrefix[domain]));
}

/** Observations about how the family works with services: offered under every domain. */
export const engagementObservations: VocabularyEntry[] = observations.filter((e) => e.code.startsWith('engagement.'));

/** Observations only an unborn child's contact can carry. */
export const unbornObservations: VocabularyEntry[] = observations.filter((e) => e.code.startsWith('unborn.'));

const labels = new Map(indicatorVocabulary.map((e) => [e.code, e.label]));

/** The plain-English label for a vocabulary code (the code itself if it is not in the vocabulary). */
export function labelFor(code: string): string {
  return labels.get(code) ?? code;
}
