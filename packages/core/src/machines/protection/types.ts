/** The protection pathway (child in need versus child protection): steps, events, context and outcome. */
import { z } from 'zod';
import type { CinCpValue, CpCategory } from '../../assess/types.js';
import type { Decision, SignOff } from '../../record/decision-record.js';
import type { Deadline } from '../../framework/deadlines.js';
import {
  type DecideInput,
  isoDateSchema,
  type Participant,
  participantSchema,
  type SafetyPlan,
  writtenTextSchema,
} from '../common/payloads.js';
import type { PathwayOutcome } from '../common/record-input.js';
import type { PathwayContext, PathwayInput } from '../common/stamp.js';

export const PROTECTION_MACHINE_ID = 'sightline.protection';
/** Bump whenever steps, events or context change meaning: saved snapshots of another version are refused. */
export const PROTECTION_MACHINE_VERSION = '1.0.0';

const hasAgencies = (participants: readonly Participant[], agencies: readonly Participant['agency'][]) =>
  agencies.every((agency) => participants.some((p) => p.agency === agency));

/** Who took part in the strategy discussion and what it decided. Children's social care and the police must take part. */
export const strategyDiscussionSchema = z
  .strictObject({
    at: isoDateSchema,
    participants: z.array(participantSchema),
    decision: z.enum(['s47-enquiry', 'no-s47-enquiry']),
    reason: writtenTextSchema,
  })
  .refine((d) => hasAgencies(d.participants, ['childrens-social-care', 'police']), {
    error: "A strategy discussion needs at least children's social care and the police",
    path: ['participants'],
  });
export type StrategyDiscussion = z.infer<typeof strategyDiscussionSchema>;

/** What the section 47 enquiry found. */
export const s47OutcomeSchema = z.strictObject({
  at: isoDateSchema,
  harm: z.enum(['substantiated', 'not-substantiated']),
  childSeenAlone: z.boolean(),
  summary: writtenTextSchema,
});
export type S47Outcome = z.infer<typeof s47OutcomeSchema>;

export const cpCategorySchema = z.enum(['neglect', 'physical', 'emotional', 'sexual', 'multiple']);

/** The conference: who took part, its decision, the category when a protection plan, and the safety scaling (0 to 10). */
export const conferenceSchema = z
  .strictObject({
    at: isoDateSchema,
    kind: z.enum(['initial', 'review']),
    participants: z.array(participantSchema).min(2, { error: 'A conference is multi-agency: name at least two who took part' }),
    decision: z.enum(['nfa', 'cin-plan', 'cp-plan']),
    category: cpCategorySchema.nullable(),
    safetyScaling: z.int().min(0).max(10).nullable(),
    summary: writtenTextSchema,
  })
  .refine((c) => (c.decision === 'cp-plan') === (c.category !== null), {
    error: 'A child protection plan needs a category, and only a child protection plan has one',
    path: ['category'],
  });
export type Conference = z.infer<typeof conferenceSchema>;

/** The plan: when it starts, who leads it and what it says. Its deadlines come from the framework's timescales. */
export const planSchema = z.strictObject({
  startsOn: isoDateSchema,
  leadProfessional: writtenTextSchema,
  summary: writtenTextSchema,
});
export type PlanInput = z.infer<typeof planSchema>;

export interface ProtectionPlan extends PlanInput {
  kind: Exclude<CinCpValue, 'nfa'>;
  category: CpCategory | null;
  deadlines: Deadline[];
}

/** Where the pathway starts, from the stage the facts say the case is at. */
export type ProtectionStart = 'strategyDiscussion' | 's47Outcome' | 'conference';

export type ProtectionEvent =
  | { type: 'RECORD_STRATEGY_DISCUSSION'; discussion: StrategyDiscussion }
  | { type: 'RECORD_S47_OUTCOME'; outcome: S47Outcome }
  | { type: 'RECORD_CONFERENCE'; conference: Conference }
  | { type: 'RECORD_SAFETY_PLAN'; plan: SafetyPlan }
  | { type: 'DECIDE'; decision: DecideInput }
  | { type: 'RECORD_PLAN'; plan: PlanInput }
  | { type: 'SIGN_OFF'; signOff: SignOff }
  | { type: 'FINISH'; at: string }
  | { type: 'NEXT' }
  | { type: 'BACK' };

export type ProtectionInput = PathwayInput;

export interface ProtectionContext extends PathwayContext {
  startedAt: ProtectionStart;
  strategyDiscussion: StrategyDiscussion | null;
  /** The initial child protection conference's deadline, started by a strategy discussion that decided on an s47 enquiry. */
  icpcDue: Deadline | null;
  s47Outcome: S47Outcome | null;
  conference: Conference | null;
  safetyPlan: SafetyPlan | null;
  decision: Decision | null;
  plan: ProtectionPlan | null;
  signOff: SignOff | null;
  returnedSignOffs: SignOff[];
  finishedAt: string | null;
}

export interface ProtectionResult {
  decision: Decision;
  category: CpCategory | null;
  strategyDiscussion: StrategyDiscussion | null;
  s47Outcome: S47Outcome | null;
  conference: Conference | null;
  safetyPlan: SafetyPlan | null;
  plan: ProtectionPlan | null;
  signOff: SignOff | null;
}

export type ProtectionOutcome = PathwayOutcome<ProtectionResult>;
