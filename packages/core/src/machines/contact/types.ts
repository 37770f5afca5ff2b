/** The contact (front-door) pathway: its steps, events, context and outcome. */
import { z } from 'zod';
import type { Decision, SignOff } from '../../record/decision-record.js';
import type {
  Child,
  ChildsVoice,
  Concern,
  HistoryCheck,
  History,
  HouseholdMember,
  Measures,
  consentSchema,
  parentalEngagementSchema,
  professionalContextSchema,
} from '../../schema/case.js';
import { actorSchema, type DecideInput, isoDateTimeSchema, type SafetyPlan, writtenTextSchema } from '../common/payloads.js';
import type { PathwayOutcome } from '../common/record-input.js';
import type { PathwayContext, PathwayInput } from '../common/stamp.js';

export const CONTACT_MACHINE_ID = 'sightline.contact';
/** Bump whenever steps, events or context change meaning: saved snapshots of another version are refused. */
export const CONTACT_MACHINE_VERSION = '1.0.0';

/** The question steps, in order; check answers can send the worker back to any of them. */
export const contactQuestionSteps = [
  'who',
  'historyChecks',
  'concerns',
  'measures',
  'childsVoice',
  'household',
  'consent',
] as const;
export type ContactQuestionStep = (typeof contactQuestionSteps)[number];

/** What was done today when the child was in immediate danger. */
export const immediateProtectionSchema = z.strictObject({
  action: z.enum([
    'police-protection',
    'emergency-protection-order',
    'strategy-discussion-today',
    'child-made-safe-with-agreed-adult',
    'other',
  ]),
  detail: writtenTextSchema,
  at: isoDateTimeSchema,
  by: actorSchema,
});
export type ImmediateProtection = z.infer<typeof immediateProtectionSchema>;

export type Consent = z.infer<typeof consentSchema>;
export type ParentalEngagement = z.infer<typeof parentalEngagementSchema>;
export type ProfessionalContext = z.infer<typeof professionalContextSchema>;

export type ContactEvent =
  | { type: 'RECORD_WHO'; child: Child; household: HouseholdMember[] }
  | { type: 'RECORD_HISTORY_CHECK'; check: HistoryCheck }
  | { type: 'RECORD_HISTORY'; history: History }
  | { type: 'RECORD_CONCERNS'; concerns: Concern[] }
  | { type: 'RECORD_MEASURES'; measures: Measures }
  | { type: 'RECORD_CHILDS_VOICE'; entries: ChildsVoice[] }
  | {
      type: 'RECORD_PARENTS';
      household: HouseholdMember[];
      parentalEngagement: ParentalEngagement;
      professionalContext: ProfessionalContext;
    }
  | { type: 'RECORD_CONSENT'; consent: Consent }
  | { type: 'RECORD_IMMEDIATE_PROTECTION'; protection: ImmediateProtection }
  | { type: 'RECORD_SAFETY_PLAN'; plan: SafetyPlan }
  | { type: 'DECIDE'; decision: DecideInput }
  | { type: 'CONFIRM' }
  | { type: 'CHANGE'; step: ContactQuestionStep }
  | { type: 'SIGN_OFF'; signOff: SignOff }
  | { type: 'FINISH'; at: string }
  | { type: 'NEXT' }
  | { type: 'BACK' };

export type ContactInput = PathwayInput;

export interface ContactContext extends PathwayContext {
  immediateProtection: ImmediateProtection | null;
  safetyPlan: SafetyPlan | null;
  decision: Decision | null;
  signOff: SignOff | null;
  /** Sign-offs that disagreed and sent the decision back, oldest first. */
  returnedSignOffs: SignOff[];
  /** When the pathway finished without a sign-off (allowed only when the decision is not below the recommendation). */
  finishedAt: string | null;
}

export interface ContactResult {
  decision: Decision;
  signOff: SignOff | null;
  immediateProtection: ImmediateProtection | null;
  safetyPlan: SafetyPlan | null;
}

export type ContactOutcome = PathwayOutcome<ContactResult>;
