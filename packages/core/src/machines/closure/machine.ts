/**
 * The closure review, before a case is stepped down or closed: the multi-agency review meeting, the
 * child seen and their views recorded, the history reviewed, the decision with its reason, and a
 * manager's sign-off (always required). Nothing closes silently (invariant 3).
 */
import { assign, setup } from 'xstate';
import type { CaseFacts } from '../../schema/case.js';
import { refreshDecision } from '../common/decision.js';
import { signOffFrom, signOffWith } from '../common/sign-off.js';
import { reassessed, startPathwayContext } from '../common/stamp.js';
import {
  childSeenAcceptable,
  closureDecision,
  closureDecisionAcceptable,
  everythingReviewed,
  historyReviewAcceptable,
  meetingAcceptable,
} from './guards.js';
import { closureOutcome } from './outcome.js';
import {
  CLOSURE_MACHINE_ID,
  CLOSURE_MACHINE_VERSION,
  type ClosureContext,
  type ClosureEvent,
  type ClosureInput,
  type ClosureOutcome,
} from './types.js';

function withFacts(context: ClosureContext, facts: CaseFacts): Partial<ClosureContext> {
  const next = reassessed(context, facts);
  return { ...next, decision: refreshDecision({ ...context, ...next }, context.decision) };
}

export const closureReviewMachine = setup({
  types: {
    context: {} as ClosureContext,
    events: {} as ClosureEvent,
    input: {} as ClosureInput,
    output: {} as ClosureOutcome,
  },
  guards: {
    meetingRecorded: ({ context }) => context.meeting !== null,
    childSeenRecorded: ({ context }) => context.childSeen !== null,
    historyReviewed: ({ context }) => context.historyReview !== null,
    decided: ({ context }) => context.decision !== null && everythingReviewed(context),
  },
}).createMachine({
  id: CLOSURE_MACHINE_ID,
  version: CLOSURE_MACHINE_VERSION,
  context: ({ input }) => ({
    ...startPathwayContext({ id: CLOSURE_MACHINE_ID, version: CLOSURE_MACHINE_VERSION }, ['contact', 'cin-cp'], input),
    meeting: null,
    childSeen: null,
    historyReview: null,
    kind: null,
    stepDownTo: null,
    reason: null,
    decision: null,
    signOff: null,
    returnedSignOffs: [],
  }),
  initial: 'reviewMeeting',
  output: ({ context }) => closureOutcome(context),
  states: {
    reviewMeeting: {
      description: 'The multi-agency review: who took part and what it found',
      on: {
        RECORD_REVIEW_MEETING: {
          guard: ({ event }) => meetingAcceptable(event.meeting),
          actions: assign({ meeting: ({ event }) => event.meeting }),
        },
        NEXT: { guard: 'meetingRecorded', target: 'childSeen' },
      },
    },
    childSeen: {
      description: 'The child seen, and their views in their own words or from observation of their daily life',
      on: {
        RECORD_CHILD_SEEN: {
          guard: ({ event }) => childSeenAcceptable(event.visit),
          actions: assign(({ context, event }) => {
            const v = event.visit;
            const voice = {
              words: v.views,
              verbatim: v.how === 'own-words',
              date: v.at,
              recordedBy: v.seenBy,
              context: `Seen${v.seenAlone ? ' alone' : ''} for the closure review.`,
              codes: [],
            };
            const earlier = context.childSeen === null ? context.facts.childsVoice : context.facts.childsVoice.slice(0, -1);
            return { ...withFacts(context, { ...context.facts, childsVoice: [...earlier, voice] }), childSeen: v };
          }),
        },
        NEXT: { guard: 'childSeenRecorded', target: 'historyReview' },
        BACK: 'reviewMeeting',
      },
    },
    historyReview: {
      description: 'The whole history reviewed, so that improvement is tested and not assumed',
      on: {
        RECORD_HISTORY_REVIEW: {
          guard: ({ event }) => historyReviewAcceptable(event.review),
          actions: assign(({ context, event }) => {
            const sources = new Set(event.review.checks.map((c) => c.source));
            const kept = (context.facts.historyChecks ?? []).filter((c) => !sources.has(c.source));
            return {
              ...withFacts(context, { ...context.facts, historyChecks: [...kept, ...event.review.checks] }),
              historyReview: event.review,
            };
          }),
        },
        NEXT: { guard: 'historyReviewed', target: 'decision' },
        BACK: 'childSeen',
      },
    },
    decision: {
      description: 'The decision to close or step down, with its reason',
      on: {
        DECIDE: {
          guard: ({ context, event }) => closureDecisionAcceptable(context, event.decision),
          actions: assign(({ context, event }) => ({
            decision: closureDecision(context, event.decision),
            kind: event.decision.kind,
            reason: event.decision.reason,
            stepDownTo: event.decision.kind === 'step-down' ? event.decision.stepDownTo : null,
          })),
        },
        NEXT: { guard: 'decided', target: 'signOff' },
        BACK: 'historyReview',
      },
    },
    signOff: {
      description: "A manager's sign-off, always required before a case is closed or stepped down",
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
        BACK: 'decision',
      },
    },
    done: { type: 'final' },
  },
});
