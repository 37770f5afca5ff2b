/**
 * The order of the contact pages. The pathway machine owns the order and its guards; this module
 * is the one place that turns "which state is the machine in" into "which page shows", so the web
 * app never decides the next step itself.
 */
import type { CaseFacts } from '@sightline/core';
import type { ContactStepId } from './steps/types.js';

/** Every page of the contact pathway, question pages and the pages after them. */
export type ContactPage = 'records' | ContactStepId | 'analysis' | 'decision' | 'check';

export const contactPages: readonly ContactPage[] = [
  'records',
  'child',
  'concerns',
  'measures',
  'voice',
  'household',
  'engagement',
  'history',
  'consent',
  'analysis',
  'decision',
  'check',
];

/** True for a path segment that names a contact page. */
export function isContactPage(segment: string | null): segment is ContactPage {
  return segment !== null && (contactPages as readonly string[]).includes(segment);
}

/** True when every history check is recorded: our own records at least (invariant 4). */
export function historyChecksRecorded(facts: CaseFacts): boolean {
  return (facts.historyChecks ?? []).some((c) => c.source === 'own-records');
}

/** Why a page cannot be opened yet, or null when it can. */
export function blockedReason(page: ContactPage, facts: CaseFacts): string | null {
  if ((page === 'decision' || page === 'check') && !historyChecksRecorded(facts)) {
    return 'Record the history checks first: say what our own records show, or why they could not be checked.';
  }
  if (page !== 'records' && page !== 'child' && facts.child.label === '') return 'Say who the child is first.';
  return null;
}
