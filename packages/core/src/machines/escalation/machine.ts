/**
 * The escalation pathway for a professional disagreement. The disagreement is recorded, then stages
 * 1 to 4 run, each with its deadline from the framework; every contact and response is logged; a
 * clock reading (CHECK_DEADLINE or TICK) after a stage's deadline offers the next stage. Immediate
 * risk (an IMMEDIATE_RISK event, or the assessment's urgent-referral bypass) sends the parallel risk
 * region straight to an urgent referral while the escalation region carries on.
 */
import { assertEvent, assign, setup } from 'xstate';
import { disagreementSchema } from '../../schema/case.js';
import { isValid } from '../common/payloads.js';
import { startPathwayContext } from '../common/stamp.js';
import { escalationOutcome } from './outcome.js';
import {
  checkDeadline,
  deadlinePassedBy,
  escalate,
  mayEscalate,
  mayResolve,
  openDisagreement,
  raiseFromAssessment,
  raiseRisk,
  recordContact,
  recordResponse,
  recordUrgentReferral,
  resolve,
} from './steps.js';
import {
  checkDeadlineSchema,
  ESCALATION_MACHINE_ID,
  ESCALATION_MACHINE_VERSION,
  type EscalationContext,
  type EscalationEvent,
  type EscalationInput,
  type EscalationOutcome,
  escalateSchema,
  immediateRiskSchema,
  isoDateTimeGuard,
  resolutionSchema,
  stageContactSchema,
  stageResponseSchema,
  URGENT_REFERRAL_INSTRUCTION,
  urgentReferralSchema,
} from './types.js';

const clockEvent = (event: EscalationEvent) => {
  assertEvent(event, ['CHECK_DEADLINE', 'TICK']);
  return event;
};

const clockTransitions = () => [
  { guard: 'clockPassesDeadline' as const, target: 'deadlinePassed' as const, actions: 'checkDeadline' as const },
  { guard: 'clockReadable' as const, actions: 'checkDeadline' as const },
];
const clockReading = () => ({ guard: 'clockReadable' as const, actions: 'checkDeadline' as const });

/** A stage: open until a clock reading finds its deadline passed, which offers the next stage (stages 1 to 3). */
function stageState(n: 1 | 2 | 3 | 4) {
  const escalation =
    n < 4 ? { ESCALATE: { guard: 'mayEscalate' as const, target: `stage${n + 1}`, actions: 'escalate' as const } } : {};
  return {
    initial: 'open' as const,
    states: {
      open: { on: { CHECK_DEADLINE: clockTransitions(), TICK: clockTransitions() } },
      deadlinePassed: {
        tags: n < 4 ? ['next-stage-offered'] : ['partnership-deadline-passed'],
        on: { CHECK_DEADLINE: clockReading(), TICK: clockReading() },
      },
    },
    on: {
      RECORD_CONTACT: { guard: 'contactAcceptable' as const, actions: 'recordContact' as const },
      RECORD_RESPONSE: { guard: 'responseAcceptable' as const, actions: 'recordResponse' as const },
      ...escalation,
    },
  };
}

export const escalationMachine = setup({
  types: {
    context: {} as EscalationContext,
    events: {} as EscalationEvent,
    input: {} as EscalationInput,
    output: {} as EscalationOutcome,
  },
  guards: {
    disagreementAcceptable: ({ event }) => {
      assertEvent(event, 'RECORD_DISAGREEMENT');
      return isValid(disagreementSchema, event.disagreement) && isoDateTimeGuard(event.at);
    },
    clockReadable: ({ event }) => isValid(checkDeadlineSchema, { at: clockEvent(event).at }),
    clockPassesDeadline: ({ context, event }) => {
      const { at } = clockEvent(event);
      return isValid(checkDeadlineSchema, { at }) && deadlinePassedBy(context, at);
    },
    contactAcceptable: ({ event }) => {
      assertEvent(event, 'RECORD_CONTACT');
      return isValid(stageContactSchema, event.contact);
    },
    responseAcceptable: ({ event }) => {
      assertEvent(event, 'RECORD_RESPONSE');
      return isValid(stageResponseSchema, event.response);
    },
    mayEscalate: ({ context, event }) => {
      assertEvent(event, 'ESCALATE');
      return isValid(escalateSchema, { at: event.at, reason: event.reason }) && mayEscalate(context, event.at);
    },
    riskAcceptable: ({ event }) => {
      assertEvent(event, 'IMMEDIATE_RISK');
      return isValid(immediateRiskSchema, event.risk);
    },
    assessmentSaysBypass: ({ context }) => context.assessment.recommendation.urgentReferralBypass,
    referralAcceptable: ({ event }) => {
      assertEvent(event, 'RECORD_URGENT_REFERRAL');
      return isValid(urgentReferralSchema, event.referral);
    },
    mayResolve: ({ context, event }) => {
      assertEvent(event, 'RESOLVE');
      return isValid(resolutionSchema, event.resolution) && mayResolve(context);
    },
    stageIs1: ({ context }) => context.stage?.number === 1,
    stageIs2: ({ context }) => context.stage?.number === 2,
    stageIs3: ({ context }) => context.stage?.number === 3,
  },
  actions: {
    openDisagreement: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_DISAGREEMENT');
      return openDisagreement(context, event.disagreement, event.at);
    }),
    checkDeadline: assign(({ context, event }) => checkDeadline(context, clockEvent(event).at)),
    recordContact: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_CONTACT');
      return recordContact(context, event.contact);
    }),
    recordResponse: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_RESPONSE');
      return recordResponse(context, event.response);
    }),
    escalate: assign(({ context, event }) => {
      assertEvent(event, 'ESCALATE');
      return escalate(context, event.at, event.reason);
    }),
    raiseRisk: assign(({ context, event }) => {
      assertEvent(event, 'IMMEDIATE_RISK');
      return raiseRisk(context, event.risk);
    }),
    raiseFromAssessment: assign(({ context }) => raiseFromAssessment(context)),
    recordUrgentReferral: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_URGENT_REFERRAL');
      return recordUrgentReferral(context, event.referral);
    }),
    resolve: assign(({ context, event }) => {
      assertEvent(event, 'RESOLVE');
      return resolve(context, event.resolution);
    }),
  },
}).createMachine({
  id: ESCALATION_MACHINE_ID,
  version: ESCALATION_MACHINE_VERSION,
  context: ({ input }) => ({
    ...startPathwayContext({ id: ESCALATION_MACHINE_ID, version: ESCALATION_MACHINE_VERSION }, ['escalation'], input),
    disagreement: null,
    stage: null,
    log: [],
    urgent: null,
    urgentHistory: [],
    resolution: null,
  }),
  initial: 'open',
  output: ({ context }) => escalationOutcome(context),
  states: {
    open: {
      type: 'parallel',
      on: { RESOLVE: { guard: 'mayResolve', target: 'resolved', actions: 'resolve' } },
      states: {
        escalation: {
          initial: 'recording',
          states: {
            recording: {
              description: 'The disagreement: the concern, the decision challenged and who challenges it',
              on: { RECORD_DISAGREEMENT: { guard: 'disagreementAcceptable', target: 'routing', actions: 'openDisagreement' } },
            },
            routing: {
              always: [
                { guard: 'stageIs1', target: 'stage1' },
                { guard: 'stageIs2', target: 'stage2' },
                { guard: 'stageIs3', target: 'stage3' },
                { target: 'stage4' },
              ],
            },
            stage1: { description: 'Stage 1: practitioner to practitioner', ...stageState(1) },
            stage2: { description: 'Stage 2: manager to manager', ...stageState(2) },
            stage3: { description: 'Stage 3: senior manager', ...stageState(3) },
            stage4: { description: 'Stage 4: the safeguarding partnership', ...stageState(4) },
          },
        },
        risk: {
          initial: 'watching',
          states: {
            watching: {
              always: { guard: 'assessmentSaysBypass', target: 'urgentReferral', actions: 'raiseFromAssessment' },
              on: { IMMEDIATE_RISK: { guard: 'riskAcceptable', target: 'urgentReferral', actions: 'raiseRisk' } },
            },
            urgentReferral: {
              description: URGENT_REFERRAL_INSTRUCTION,
              tags: ['urgent-referral-due'],
              on: {
                RECORD_URGENT_REFERRAL: { guard: 'referralAcceptable', target: 'referralMade', actions: 'recordUrgentReferral' },
                IMMEDIATE_RISK: { guard: 'riskAcceptable', actions: 'raiseRisk' },
              },
            },
            referralMade: {
              on: { IMMEDIATE_RISK: { guard: 'riskAcceptable', target: 'urgentReferral', actions: 'raiseRisk' } },
            },
          },
        },
      },
    },
    resolved: { type: 'final' },
  },
});
