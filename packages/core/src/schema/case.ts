/**
 * Case facts: what the person deciding knew, or could read in their own records, on the decision
 * date. The shape follows the shared scenario format 1.1 (`shared/scenarios/README.md`), input
 * fields only: the answer key (`expected`, `whyExpected`) and bookkeeping (`id`, `title`, `tags`,
 * `source`, `isNegativeControl`) never reach the engine.
 *
 * Sightline adds two optional fields the scenario format lacks, so that the product can record
 * what a worker did: `historyChecks` and `consent`. Both default to "nothing recorded".
 */
import { z } from 'zod';

/** An imprecise date as practitioners write it: `2017`, `2017-05`, `2017-05-15`, `2017-04/05`, `2014/2015`, `2020-early`. */
export const looseDateSchema = z.string().min(1, { error: 'Enter a date' }).max(60);

const text = z.string().max(4000);
const nullableText = text.nullable();

/** Observation codes ticked by the worker; measure, history, factor, gap, action and clock codes are derived, never input. */
export const observationCodeListSchema = z
  .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, { error: 'Not an indicator code' }))
  .refine((codes) => codes.every((c) => !/^(gap|action|clock)\./.test(c)), {
    error: 'Only observation codes can be ticked: gaps, actions and clocks are worked out by Sightline',
  })
  .refine((codes) => new Set(codes).size === codes.length, { error: 'A code is listed twice' });

export const pathwaySchema = z.enum(['contact', 'cin-cp', 'escalation']);
export type Pathway = z.infer<typeof pathwaySchema>;

export const decisionStageSchema = z.enum([
  'contact',
  'escalation',
  'post-assessment',
  'strategy-discussion',
  's47-outcome',
  'icpc',
  'review-conference',
]);
export type DecisionStage = z.infer<typeof decisionStageSchema>;

export const actionPlanSchema = z.strictObject({
  exists: z.boolean().nullable(),
  lastReviewed: looseDateSchema.nullable(),
  sharedWith: z.array(text),
  note: nullableText,
});

export const chronicConditionSchema = z.strictObject({
  condition: text.min(1),
  since: looseDateSchema.nullable(),
  managementFacts: z.array(text),
  actionPlan: actionPlanSchema,
});

export const childSchema = z.strictObject({
  label: text.min(1, { error: 'Give the child a label' }),
  sex: text,
  ageMonths: z
    .int()
    .min(0)
    .max(18 * 12 + 11)
    .nullable(),
  ageBand: text,
  ageNote: nullableText,
  unborn: z.boolean(),
  gestationWeeks: z.number().min(0).max(45).nullable(),
  ethnicityOrHeritage: nullableText,
  sendOrDisability: z.array(text),
  chronicConditions: z.array(chronicConditionSchema),
  educationSetting: nullableText,
  livingWith: nullableText,
});
export type Child = z.infer<typeof childSchema>;

export const factorStatusSchema = z.enum([
  'current',
  'historic',
  'alleged',
  'none-known',
  'unknown',
  'not-applicable',
  'engaged',
  'partial',
  'not-engaged',
  'completed',
]);
export type FactorStatus = z.infer<typeof factorStatusSchema>;

export const factorSchema = z.strictObject({ status: factorStatusSchema, detail: nullableText });

export const householdFactorsSchema = z.strictObject({
  substanceMisuse: factorSchema,
  treatmentEngagement: factorSchema,
  mentalHealth: factorSchema,
  learningDisability: factorSchema,
  domesticAbuse: factorSchema,
  criminality: factorSchema,
  imprisonment: factorSchema,
  previousChildrenRemoved: z.strictObject({ count: z.int().min(0).nullable(), detail: nullableText }),
});
export type HouseholdFactors = z.infer<typeof householdFactorsSchema>;

export const householdMemberSchema = z.strictObject({
  id: text.min(1),
  role: text,
  relationshipToChild: text,
  livesWithChild: z.boolean().nullable(),
  ageYears: z.number().min(0).max(120).nullable(),
  factors: householdFactorsSchema,
  notes: z.array(text),
});
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

/** A number as recorded: a value, or only a range, with its unit and period. */
export const measureSchema = z.strictObject({
  value: z.number().nullable(),
  range: z.tuple([z.number(), z.number()]).optional(),
  unit: z.string().optional(),
  period: z.string().optional(),
  note: z.string().optional(),
});
export type Measure = z.infer<typeof measureSchema>;

const datedDetail = z.strictObject({ date: looseDateSchema.nullable(), detail: text });

export const historySchema = z.strictObject({
  previousCPPlans: z.array(
    z.strictObject({
      child: text,
      category: text,
      start: looseDateSchema.nullable(),
      end: looseDateSchema.nullable(),
      detail: nullableText,
    }),
  ),
  previousCIN: z.array(
    z.strictObject({ child: text, start: looseDateSchema.nullable(), end: looseDateSchema.nullable(), detail: nullableText }),
  ),
  referralsLast12Months: z.array(datedDetail),
  referralsLast12MonthsCount: measureSchema.nullable(),
  earlierReferrals: z.array(datedDetail),
  movesBetweenLocalAuthorities: z.array(datedDetail),
  openCasesForSiblings: z.array(z.strictObject({ child: text, plan: text, detail: nullableText })),
  otherRelevantHistory: z.array(datedDetail),
});
export type History = z.infer<typeof historySchema>;

export const concernDomainSchema = z.enum([
  'physical-care',
  'health',
  'education',
  'supervision',
  'home-conditions',
  'emotional',
  'safety',
  'development',
]);
export type ConcernDomain = z.infer<typeof concernDomainSchema>;

export const concernSchema = z.strictObject({
  domain: concernDomainSchema,
  description: text.min(1, { error: 'Describe the concern' }),
  date: looseDateSchema.nullable(),
  sourceAgency: text.min(1, { error: 'Say who told you' }),
  codes: observationCodeListSchema,
});
export type Concern = z.infer<typeof concernSchema>;

export const measuresSchema = z.strictObject({
  schoolAttendancePct: measureSchema.nullable(),
  authorisedAbsencePct: measureSchema.nullable(),
  unauthorisedAbsencePct: measureSchema.nullable(),
  latenessPct: measureSchema.nullable(),
  healthAppointmentsAttendedPct: measureSchema.nullable(),
  relieverInhalers6m: measureSchema.nullable(),
  preventerInhalers6m: measureSchema.nullable(),
  aeAttendances12m: measureSchema.nullable(),
  hospitalAdmissions12m: measureSchema.nullable(),
  daysSinceSeenAloneByAllocatedWorker: measureSchema.nullable(),
  safetyScaling: measureSchema.nullable(),
  other: z.array(
    z.strictObject({
      name: text,
      value: z.number().nullable(),
      range: z.array(z.number()).optional(),
      unit: z.string().nullable().optional(),
      note: z.string().nullable().optional(),
    }),
  ),
});
export type Measures = z.infer<typeof measuresSchema>;
export type MeasureKey = Exclude<keyof Measures, 'other'>;

export const childsVoiceSchema = z.strictObject({
  words: nullableText,
  verbatim: z.boolean(),
  date: looseDateSchema.nullable(),
  recordedBy: nullableText,
  context: nullableText,
  codes: observationCodeListSchema,
});
export type ChildsVoice = z.infer<typeof childsVoiceSchema>;

const codedEvent = z.strictObject({ date: looseDateSchema.nullable(), detail: text, codes: observationCodeListSchema });
export type CodedEvent = z.infer<typeof codedEvent>;

export const parentalEngagementSchema = z.strictObject({
  appointmentsAttended: z.array(datedDetail),
  appointmentsMissed: z.array(codedEvent),
  accessRefused: z.array(codedEvent),
  disguisedComplianceSigns: z.array(codedEvent),
  otherFacts: z.array(codedEvent),
});

const roleAgency = z.strictObject({ role: nullableText, agency: nullableText });
const consulted = z.strictObject({ value: z.boolean().nullable(), detail: nullableText });

export const professionalContextSchema = z.strictObject({
  referrer: roleAgency,
  previousDecisions: z.array(datedDetail),
  fatherConsulted: consulted,
  extendedFamilyConsulted: consulted,
  adultServicesConsulted: z.array(z.strictObject({ service: text, consulted: z.boolean().nullable(), detail: nullableText })),
  agenciesInvolved: z.array(text),
  allocatedWorker: z.strictObject({ exists: z.boolean().nullable(), detail: nullableText }),
  notes: z.array(text),
});

export const escalationStageNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type EscalationStageNumber = z.infer<typeof escalationStageNumberSchema>;

export const disagreementSchema = z.strictObject({
  decisionChallenged: text.min(1),
  decisionDate: looseDateSchema.nullable(),
  decisionBy: text,
  challenger: roleAgency,
  challengerView: text,
  stagesTried: z.array(
    z.strictObject({ stage: escalationStageNumberSchema, date: looseDateSchema.nullable(), between: text, response: text }),
  ),
  newInformationSinceDecision: z.array(text),
  localProcedureNote: nullableText,
});
export type Disagreement = z.infer<typeof disagreementSchema>;

/** Sightline's own record of the history checks made for this contact (invariant 4). */
export const historyCheckSchema = z.strictObject({
  source: z.enum(['own-records', 'previous-authority', 'police', 'health', 'education', 'adult-services', 'other']),
  status: z.enum(['done', 'not-possible']),
  detail: text.min(1, { error: 'Say what the check found, or why it was not possible' }),
});
export type HistoryCheck = z.infer<typeof historyCheckSchema>;

export const consentSchema = z.strictObject({
  status: z.enum(['given', 'refused', 'not-sought', 'unknown']),
  detail: nullableText,
});

export const asOfSchema = z
  .string()
  .regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, { error: 'Use YYYY, YYYY-MM or YYYY-MM-DD' })
  .nullable();

export const caseFactsSchema = z.strictObject({
  formatVersion: z.literal('1.1').optional(),
  pathway: pathwaySchema,
  asOf: asOfSchema,
  asOfPrecision: z.enum(['day', 'month', 'year', 'unknown']),
  asOfNote: nullableText,
  decisionMaker: roleAgency,
  decisionQuestion: text,
  decisionStage: decisionStageSchema,
  child: childSchema,
  household: z.array(householdMemberSchema),
  history: historySchema,
  currentConcerns: z.array(concernSchema),
  measures: measuresSchema,
  childsVoice: z.array(childsVoiceSchema),
  parentalEngagement: parentalEngagementSchema,
  professionalContext: professionalContextSchema,
  disagreement: disagreementSchema.nullable(),
  historyChecks: z.array(historyCheckSchema).optional(),
  consent: consentSchema.optional(),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;
