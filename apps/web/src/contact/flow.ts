/**
 * Pages and machine states. The core's contact machine owns the order of the steps and their
 * guards; this module only says which page shows each state (a state may span two pages: who the
 * child is starts with the records search; parents and household ends with working with the family).
 */
import type { ContactStepId } from './steps/types.js';

/** Every page of the contact pathway. */
export type ContactPage = 'records' | ContactStepId | 'analysis' | 'protect' | 'safety-plan' | 'decision' | 'check';

/** The contact machine's states. */
export type ContactState =
  | 'who'
  | 'historyChecks'
  | 'concerns'
  | 'measures'
  | 'childsVoice'
  | 'household'
  | 'consent'
  | 'analysis'
  | 'immediateProtection'
  | 'immediateSafetyPlan'
  | 'decision'
  | 'checkAnswers'
  | 'signOff'
  | 'done';

/** The pages of each state, in order. */
export const pagesOfState: Record<ContactState, readonly ContactPage[]> = {
  who: ['records', 'child'],
  historyChecks: ['history'],
  concerns: ['concerns'],
  measures: ['measures'],
  childsVoice: ['voice'],
  household: ['household', 'engagement'],
  consent: ['consent'],
  analysis: ['analysis'],
  immediateProtection: ['protect'],
  immediateSafetyPlan: ['safety-plan'],
  decision: ['decision'],
  checkAnswers: ['check'],
  signOff: ['check'],
  done: ['check'],
};

/** The states in the order a worker meets them. */
export const stateOrder: readonly ContactState[] = [
  'who',
  'historyChecks',
  'concerns',
  'measures',
  'childsVoice',
  'household',
  'consent',
  'analysis',
  'immediateProtection',
  'immediateSafetyPlan',
  'decision',
  'checkAnswers',
  'signOff',
  'done',
];

/** Every page, in order. */
export const contactPages: readonly ContactPage[] = [...new Set(stateOrder.flatMap((s) => pagesOfState[s]))];

/** The state a page belongs to. */
export function stateOfPage(page: ContactPage): ContactState {
  const found = stateOrder.find((s) => pagesOfState[s].includes(page));
  if (!found) throw new Error(`No state shows the page "${page}"`);
  return found;
}

/** True for a path segment that names a contact page. */
export function isContactPage(segment: string | null): segment is ContactPage {
  return segment !== null && (contactPages as readonly string[]).includes(segment);
}

/** The question step the machine's CHANGE event names for a page (from check your answers). */
export const changeStepOfState: Partial<Record<ContactState, string>> = {
  who: 'who',
  historyChecks: 'historyChecks',
  concerns: 'concerns',
  measures: 'measures',
  childsVoice: 'childsVoice',
  household: 'household',
  consent: 'consent',
};
