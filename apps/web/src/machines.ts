/** The pathway machines the web app drives, from the core. */
export {
  CONTACT_MACHINE_ID,
  CONTACT_MACHINE_VERSION,
  type ContactEvent,
  type ContactQuestionStep,
  contactMachine,
  contactQuestionSteps,
  type ImmediateProtection,
  immediateProtectionSchema,
  type Participant,
  participantSchema,
  type SafetyPlan,
  safetyPlanSchema,
} from '@sightline/core';
