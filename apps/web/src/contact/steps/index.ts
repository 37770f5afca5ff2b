import { childStep } from './child.js';
import { concernsStep } from './concerns.js';
import { consentStep } from './consent.js';
import { engagementStep } from './engagement.js';
import { historyStep } from './history.js';
import { householdStep } from './household.js';
import { measuresStep } from './measures.js';
import type { ContactStep, ContactStepId } from './types.js';
import { voiceStep } from './voice.js';

/** The question pages of the contact pathway, by id. */
export const contactSteps: Record<ContactStepId, ContactStep> = {
  child: childStep,
  concerns: concernsStep,
  measures: measuresStep,
  voice: voiceStep,
  household: householdStep,
  engagement: engagementStep,
  history: historyStep,
  consent: consentStep,
};

/** True for a page id that is a question page. */
export function isQuestionStep(id: string): id is ContactStepId {
  return id in contactSteps;
}
