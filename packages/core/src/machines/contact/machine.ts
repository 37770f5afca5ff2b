/**
 * The contact (front-door) pathway: who, history checks, concerns by domain, measures, the child's
 * voice, parents and household, consent and information sharing, analysis, then the decision, check
 * answers, sign-off and done. Every answer re-runs `assess()`. Immediate danger routes through
 * immediate protection, and safety scaled at or below the line through an immediate safety plan,
 * before the decision. The decision cannot open until history checks are recorded (invariant 4).
 */
import { assign, setup } from 'xstate';
import type { CaseFacts } from '../../schema/case.js';
import { acceptableDecision, decisionFrom, refreshDecision } from '../common/decision.js';
import { isoDateTimeSchema, isValid } from '../common/payloads.js';
import { signOffFrom, signOffWith } from '../common/sign-off.js';
import { reassessed, startPathwayContext } from '../common/stamp.js';
import {
  childRecorded,
  childsVoiceAcceptable,
  concernsAcceptable,
  concernsRecorded,
  consentAcceptable,
  consentRecorded,
  decisionRecorded,
  historyAcceptable,
  historyCheckAcceptable,
  historyChecksRecorded,
  measuresAcceptable,
  needsImmediateProtection,
  needsSafetyPlan,
  parentsAcceptable,
  protectionAcceptable,
  protectionRecorded,
  readyToDecide,
  safetyPlanAcceptable,
  safetyPlanRecorded,
  signOffOptional,
  whoAcceptable,
} from './guards.js';
import { contactOutcome } from './outcome.js';
import {
  CONTACT_MACHINE_ID,
  CONTACT_MACHINE_VERSION,
  type ContactContext,
  type ContactEvent,
  type ContactInput,
  type ContactOutcome,
  contactQuestionSteps,
} from './types.js';

/** The new facts with a fresh assessment, and the decision (if any) measured against it. */
function withFacts(context: ContactContext, facts: CaseFacts): Partial<ContactContext> {
  const next = reassessed(context, facts);
  return { ...next, decision: refreshDecision({ ...context, ...next }, context.decision) };
}

export const contactMachine = setup({
  types: {
    context: {} as ContactContext,
    events: {} as ContactEvent,
    input: {} as ContactInput,
    output: {} as ContactOutcome,
  },
  guards: {
    childRecorded: ({ context }) => childRecorded(context),
    historyChecksRecorded: ({ context }) => historyChecksRecorded(context),
    concernsRecorded: ({ context }) => concernsRecorded(context),
    consentRecorded: ({ context }) => consentRecorded(context),
    needsImmediateProtection: ({ context }) => needsImmediateProtection(context),
    needsSafetyPlan: ({ context }) => needsSafetyPlan(context),
    protectionThenSafetyPlan: ({ context }) => protectionRecorded(context) && needsSafetyPlan(context),
    safetyPlanRecorded: ({ context }) => safetyPlanRecorded(context),
    readyToDecide: ({ context }) => readyToDecide(context),
    decisionRecorded: ({ context }) => decisionRecorded(context),
    readyToSignOff: ({ context }) => decisionRecorded(context) && readyToDecide(context),
  },
}).createMachine({
  id: CONTACT_MACHINE_ID,
  version: CONTACT_MACHINE_VERSION,
  context: ({ input }) => ({
    ...startPathwayContext({ id: CONTACT_MACHINE_ID, version: CONTACT_MACHINE_VERSION }, ['contact'], input),
    immediateProtection: null,
    safetyPlan: null,
    decision: null,
    signOff: null,
    returnedSignOffs: [],
    finishedAt: null,
  }),
  initial: 'who',
  output: ({ context }) => contactOutcome(context),
  states: {
    who: {
      description: 'The child and the household',
      on: {
        RECORD_WHO: {
          guard: ({ event }) => whoAcceptable(event.child, event.household),
          actions: assign(({ context, event }) =>
            withFacts(context, { ...context.facts, child: event.child, household: event.household }),
          ),
        },
        NEXT: { guard: 'childRecorded', target: 'historyChecks' },
      },
    },
    historyChecks: {
      description: 'History checks: each done, or not possible and why (invariant 4)',
      on: {
        RECORD_HISTORY_CHECK: {
          guard: ({ event }) => historyCheckAcceptable(event.check),
          actions: assign(({ context, event }) => {
            const others = (context.facts.historyChecks ?? []).filter((c) => c.source !== event.check.source);
            return withFacts(context, { ...context.facts, historyChecks: [...others, event.check] });
          }),
        },
        RECORD_HISTORY: {
          guard: ({ event }) => historyAcceptable(event.history),
          actions: assign(({ context, event }) => withFacts(context, { ...context.facts, history: event.history })),
        },
        NEXT: { guard: 'historyChecksRecorded', target: 'concerns' },
        BACK: 'who',
      },
    },
    concerns: {
      description: 'Concerns by domain',
      on: {
        RECORD_CONCERNS: {
          guard: ({ event }) => concernsAcceptable(event.concerns),
          actions: assign(({ context, event }) => withFacts(context, { ...context.facts, currentConcerns: event.concerns })),
        },
        NEXT: { guard: 'concernsRecorded', target: 'measures' },
        BACK: 'historyChecks',
      },
    },
    measures: {
      description: 'Measures: attendance, appointments, inhalers, admissions, safety scaling',
      on: {
        RECORD_MEASURES: {
          guard: ({ event }) => measuresAcceptable(event.measures),
          actions: assign(({ context, event }) => withFacts(context, { ...context.facts, measures: event.measures })),
        },
        NEXT: 'childsVoice',
        BACK: 'concerns',
      },
    },
    childsVoice: {
      description: "The child's own words, or observation of their daily life",
      on: {
        RECORD_CHILDS_VOICE: {
          guard: ({ event }) => childsVoiceAcceptable(event.entries),
          actions: assign(({ context, event }) => withFacts(context, { ...context.facts, childsVoice: event.entries })),
        },
        NEXT: 'household',
        BACK: 'measures',
      },
    },
    household: {
      description: 'Parents and household factors, engagement, and who else is involved',
      on: {
        RECORD_PARENTS: {
          guard: ({ event }) => parentsAcceptable(event.household, event.parentalEngagement, event.professionalContext),
          actions: assign(({ context, event }) =>
            withFacts(context, {
              ...context.facts,
              household: event.household,
              parentalEngagement: event.parentalEngagement,
              professionalContext: event.professionalContext,
            }),
          ),
        },
        NEXT: 'consent',
        BACK: 'childsVoice',
      },
    },
    consent: {
      description: 'Consent and information sharing',
      on: {
        RECORD_CONSENT: {
          guard: ({ event }) => consentAcceptable(event.consent),
          actions: assign(({ context, event }) => withFacts(context, { ...context.facts, consent: event.consent })),
        },
        NEXT: { guard: 'consentRecorded', target: 'analysis' },
        BACK: 'household',
      },
    },
    analysis: {
      description: "Sightline's analysis: findings, gaps, required actions and the recommendation",
      on: {
        NEXT: [
          { guard: 'needsImmediateProtection', target: 'immediateProtection' },
          { guard: 'needsSafetyPlan', target: 'immediateSafetyPlan' },
          { guard: 'readyToDecide', target: 'decision' },
        ],
        BACK: 'consent',
      },
    },
    immediateProtection: {
      description:
        'The child is in immediate danger: protect them now (police protection, emergency order) before deciding anything else',
      on: {
        RECORD_IMMEDIATE_PROTECTION: {
          guard: ({ event }) => protectionAcceptable(event.protection),
          actions: assign({ immediateProtection: ({ event }) => event.protection }),
        },
        NEXT: [
          { guard: 'protectionThenSafetyPlan', target: 'immediateSafetyPlan' },
          { guard: 'readyToDecide', target: 'decision' },
        ],
        BACK: 'analysis',
      },
    },
    immediateSafetyPlan: {
      description: 'Safety is scaled at or below the line: make an immediate safety plan and consider removal',
      on: {
        RECORD_SAFETY_PLAN: {
          guard: ({ event }) => safetyPlanAcceptable(event.plan),
          actions: assign({ safetyPlan: ({ event }) => event.plan }),
        },
        NEXT: { guard: 'readyToDecide', target: 'decision' },
        BACK: [{ guard: 'needsImmediateProtection', target: 'immediateProtection' }, { target: 'analysis' }],
      },
    },
    decision: {
      description: "The worker's decision, in the framework's own levels; below the recommendation needs a written reason",
      on: {
        DECIDE: {
          guard: ({ context, event }) => acceptableDecision(context, event.decision),
          actions: assign({ decision: ({ context, event }) => decisionFrom(context, event.decision) }),
        },
        NEXT: { guard: 'decisionRecorded', target: 'checkAnswers' },
        BACK: [
          { guard: 'needsSafetyPlan', target: 'immediateSafetyPlan' },
          { guard: 'needsImmediateProtection', target: 'immediateProtection' },
          { target: 'analysis' },
        ],
      },
    },
    checkAnswers: {
      description: 'Check your answers',
      on: {
        CONFIRM: { guard: 'readyToSignOff', target: 'signOff' },
        CHANGE: contactQuestionSteps.map((step) => ({ guard: ({ event }) => event.step === step, target: step })),
        BACK: 'decision',
      },
    },
    signOff: {
      description: "A manager's sign-off: required when the decision is below the recommendation, optional otherwise",
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
        BACK: 'checkAnswers',
      },
    },
    done: { type: 'final' },
  },
});
