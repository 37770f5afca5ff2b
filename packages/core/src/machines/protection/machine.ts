/**
 * The protection pathway: strategy discussion, section 47 outcome, conference (child in need plan,
 * child protection plan with its category, or no further action, and the safety scaling), the
 * immediate safety plan when safety is scaled at or below the line, the decision (with a reason when
 * below the recommendation), the plan with its deadlines, sign-off and done. It starts at the stage
 * the facts say the case is at.
 */
import { assign, setup } from 'xstate';
import type { CaseFacts } from '../../schema/case.js';
import { decisionFrom, refreshDecision } from '../common/decision.js';
import { isoDateTimeSchema, isValid } from '../common/payloads.js';
import { signOffFrom, signOffWith } from '../common/sign-off.js';
import { reassessed, startPathwayContext } from '../common/stamp.js';
import {
  conferenceAcceptable,
  conferenceHeld,
  conferenceOnRoute,
  decisionAcceptable,
  decisionRecorded,
  needsSafetyPlan,
  planAcceptable,
  planNeeded,
  planRecorded,
  s47Acceptable,
  s47OnRoute,
  safetyPlanAcceptable,
  safetyPlanRecorded,
  signOffOptional,
  strategyAcceptable,
} from './guards.js';
import { icpcDeadline, protectionOutcome } from './outcome.js';
import { makePlan } from './plan.js';
import {
  PROTECTION_MACHINE_ID,
  PROTECTION_MACHINE_VERSION,
  type ProtectionContext,
  type ProtectionEvent,
  type ProtectionInput,
  type ProtectionOutcome,
  type ProtectionStart,
} from './types.js';

function withFacts(context: ProtectionContext, facts: CaseFacts): Partial<ProtectionContext> {
  const next = reassessed(context, facts);
  return { ...next, decision: refreshDecision({ ...context, ...next }, context.decision) };
}

/** The first step, from the stage the facts say the case is at. */
export function protectionStart(facts: CaseFacts): ProtectionStart {
  if (facts.decisionStage === 's47-outcome') return 's47Outcome';
  if (facts.decisionStage === 'icpc' || facts.decisionStage === 'review-conference') return 'conference';
  return 'strategyDiscussion';
}

const stepBeforeDecision = [
  { guard: 'needsSafetyPlan', target: 'immediateSafetyPlan' },
  { guard: 'conferenceOnRoute', target: 'conference' },
  { guard: 's47OnRoute', target: 's47Outcome' },
  { guard: 'startedAtStrategy', target: 'strategyDiscussion' },
] as const;

export const protectionMachine = setup({
  types: {
    context: {} as ProtectionContext,
    events: {} as ProtectionEvent,
    input: {} as ProtectionInput,
    output: {} as ProtectionOutcome,
  },
  guards: {
    startedAtStrategy: ({ context }) => context.startedAt === 'strategyDiscussion',
    startedAtS47: ({ context }) => context.startedAt === 's47Outcome',
    startedAtConference: ({ context }) => context.startedAt === 'conference',
    s47OnRoute: ({ context }) => s47OnRoute(context),
    conferenceOnRoute: ({ context }) => conferenceOnRoute(context),
    needsSafetyPlan: ({ context }) => needsSafetyPlan(context),
    strategyRecorded: ({ context }) => context.strategyDiscussion !== null,
    s47Recorded: ({ context }) => context.s47Outcome !== null,
    conferenceRecorded: ({ context }) => context.conference !== null,
    strategyToS47: ({ context }) => context.strategyDiscussion?.decision === 's47-enquiry',
    s47ToConference: ({ context }) => context.s47Outcome?.harm === 'substantiated',
    safetyPlanRecorded: ({ context }) => safetyPlanRecorded(context),
    decidedWithPlan: ({ context }) => decisionRecorded(context) && planNeeded(context),
    decided: ({ context }) => decisionRecorded(context),
    planRecorded: ({ context }) => planRecorded(context),
    planNeeded: ({ context }) => planNeeded(context),
  },
}).createMachine({
  id: PROTECTION_MACHINE_ID,
  version: PROTECTION_MACHINE_VERSION,
  context: ({ input }) => {
    const base = startPathwayContext({ id: PROTECTION_MACHINE_ID, version: PROTECTION_MACHINE_VERSION }, ['cin-cp'], input);
    return {
      ...base,
      startedAt: protectionStart(base.facts),
      strategyDiscussion: null,
      icpcDue: null,
      s47Outcome: null,
      conference: null,
      safetyPlan: null,
      decision: null,
      plan: null,
      signOff: null,
      returnedSignOffs: [],
      finishedAt: null,
    };
  },
  initial: 'start',
  output: ({ context }) => protectionOutcome(context),
  states: {
    start: {
      always: [
        { guard: 'startedAtS47', target: 's47Outcome' },
        { guard: 'startedAtConference', target: 'conference' },
        { target: 'strategyDiscussion' },
      ],
    },
    strategyDiscussion: {
      description: 'Strategy discussion: who took part and what it decided',
      on: {
        RECORD_STRATEGY_DISCUSSION: {
          guard: ({ event }) => strategyAcceptable(event.discussion),
          actions: assign(({ context, event }) => ({
            ...withFacts(context, { ...context.facts, decisionStage: 'strategy-discussion' }),
            strategyDiscussion: event.discussion,
            icpcDue: event.discussion.decision === 's47-enquiry' ? icpcDeadline(context, event.discussion.at) : null,
          })),
        },
        NEXT: [
          { guard: 'strategyToS47', target: 's47Outcome' },
          {
            guard: ({ context }) => context.strategyDiscussion !== null && needsSafetyPlan(context),
            target: 'immediateSafetyPlan',
          },
          { guard: 'strategyRecorded', target: 'decision' },
        ],
      },
    },
    s47Outcome: {
      description: 'What the section 47 enquiry found',
      on: {
        RECORD_S47_OUTCOME: {
          guard: ({ event }) => s47Acceptable(event.outcome),
          actions: assign(({ context, event }) => ({
            ...withFacts(context, { ...context.facts, decisionStage: 's47-outcome' }),
            s47Outcome: event.outcome,
          })),
        },
        NEXT: [
          { guard: 's47ToConference', target: 'conference' },
          { guard: ({ context }) => context.s47Outcome !== null && needsSafetyPlan(context), target: 'immediateSafetyPlan' },
          { guard: 's47Recorded', target: 'decision' },
        ],
        BACK: { guard: 'startedAtStrategy', target: 'strategyDiscussion' },
      },
    },
    conference: {
      description: 'The conference: its decision, the category of a protection plan and the safety scaling',
      on: {
        RECORD_CONFERENCE: {
          guard: ({ event }) => conferenceAcceptable(event.conference),
          actions: assign(({ context, event }) => {
            const c = event.conference;
            const safetyScaling =
              c.safetyScaling === null
                ? context.facts.measures.safetyScaling
                : { value: c.safetyScaling, note: `Scaled at the ${c.kind} conference on ${c.at}; 0 = no safety, 10 = safe.` };
            const facts: CaseFacts = {
              ...context.facts,
              decisionStage: c.kind === 'initial' ? 'icpc' : 'review-conference',
              measures: { ...context.facts.measures, safetyScaling },
            };
            return { ...withFacts(context, facts), conference: c };
          }),
        },
        NEXT: [
          { guard: ({ context }) => context.conference !== null && needsSafetyPlan(context), target: 'immediateSafetyPlan' },
          { guard: 'conferenceRecorded', target: 'decision' },
        ],
        BACK: { guard: ({ context }) => context.startedAt !== 'conference', target: 's47Outcome' },
      },
    },
    immediateSafetyPlan: {
      description:
        'Safety is scaled at or below the line: an immediate safety plan and consideration of removal, before the plan',
      on: {
        RECORD_SAFETY_PLAN: {
          guard: ({ event }) => safetyPlanAcceptable(event.plan),
          actions: assign({ safetyPlan: ({ event }) => event.plan }),
        },
        NEXT: { guard: 'safetyPlanRecorded', target: 'decision' },
        BACK: [
          { guard: 'conferenceOnRoute', target: 'conference' },
          { guard: 's47OnRoute', target: 's47Outcome' },
          { target: 'strategyDiscussion' },
        ],
      },
    },
    decision: {
      description:
        'The decision: child in need plan, child protection plan or no further action; below the recommendation needs a reason',
      on: {
        DECIDE: {
          guard: ({ context, event }) => decisionAcceptable(context, event.decision),
          actions: assign({ decision: ({ context, event }) => decisionFrom(context, event.decision) }),
        },
        NEXT: [
          { guard: 'decidedWithPlan', target: 'plan' },
          { guard: 'decided', target: 'signOff' },
        ],
        BACK: [...stepBeforeDecision],
      },
    },
    plan: {
      description: 'The plan and its deadlines',
      on: {
        RECORD_PLAN: {
          guard: ({ context, event }) => planAcceptable(context, event.plan),
          actions: assign({
            plan: ({ context, event }) =>
              makePlan(
                context.framework,
                context.decision?.levelId === 'cp-plan' ? 'cp-plan' : 'cin-plan',
                conferenceHeld(context) ? (context.conference?.category ?? null) : null,
                event.plan,
                context.conference?.kind === 'review',
              ),
          }),
        },
        NEXT: { guard: 'planRecorded', target: 'signOff' },
        BACK: 'decision',
      },
    },
    signOff: {
      description: "A manager's sign-off: required when the decision is below the recommendation or ends statutory involvement",
      on: {
        SIGN_OFF: [
          {
            guard: ({ context, event }) => signOffWith('agreed', context.decision, event.signOff),
            target: 'done',
            actions: assign({ signOff: ({ context, event }) => signOffFrom(context.decision, event.signOff) }),
          },
          {
            guard: ({ context, event }) => signOffWith('disagreed', context.decision, event.signOff),
            target: 'decision',
            actions: assign({
              returnedSignOffs: ({ context, event }) => {
                const returned = signOffFrom(context.decision, event.signOff);
                return returned === null ? context.returnedSignOffs : [...context.returnedSignOffs, returned];
              },
            }),
          },
        ],
        FINISH: {
          guard: ({ context, event }) => signOffOptional(context) && isValid(isoDateTimeSchema, event.at),
          target: 'done',
          actions: assign({ finishedAt: ({ event }) => event.at }),
        },
        BACK: [{ guard: 'planNeeded', target: 'plan' }, { target: 'decision' }],
      },
    },
    done: { type: 'final' },
  },
});
