/** What the closure review hands back: the decision to close or step down, every check that came before it, and the rationale. */
import { vocabularyCitations } from '../../vocabulary/index.js';
import {
  composePathwayRationale,
  decisionStatements,
  historyCheckStatements,
  type RationaleStatement,
  recommendationStatements,
  signOffStatement,
} from '../common/rationale.js';
import { agencyWords } from '../common/payloads.js';
import { recordInputFor } from '../common/record-input.js';
import { scaleOption } from '../common/scale.js';
import { listWords } from '../common/wording.js';
import type { ClosureContext, ClosureOutcome } from './types.js';

/** The outcome of a finished closure review. Throws if called before every step is recorded (the machine never does). */
export function closureOutcome(c: ClosureContext): ClosureOutcome {
  const { decision, signOff, meeting, childSeen, historyReview, kind, reason } = c;
  if (
    decision === null ||
    signOff === null ||
    meeting === null ||
    childSeen === null ||
    historyReview === null ||
    kind === null ||
    reason === null
  ) {
    throw new Error('The closure review finished before every step was recorded');
  }
  const option = scaleOption(c.framework, c.facts.pathway, decision.levelId);
  const who = listWords(meeting.participants.map((p) => `${p.role} (${agencyWords[p.agency]})`));
  const statements: RationaleStatement[] = [
    {
      text: `Multi-agency review on ${meeting.at} with ${who}: ${meeting.summary}`,
      citations: vocabularyCitations('action.review-before-closure'),
    },
    {
      text: `${c.facts.child.label} was seen on ${childSeen.at} by ${childSeen.seenBy}${childSeen.seenAlone ? ', alone' : ', not alone'}. ${childSeen.how === 'own-words' ? 'In their own words' : 'What was observed of their daily life'}: ${childSeen.views}`,
      citations: vocabularyCitations(childSeen.seenAlone ? 'gap.child-voice-not-sought' : 'gap.child-not-seen-alone'),
    },
    {
      text: `History reviewed on ${historyReview.at}: ${historyReview.summary}`,
      citations: vocabularyCitations('gap.history-not-checked'),
    },
    ...historyCheckStatements(historyReview.checks, vocabularyCitations('gap.history-not-checked')),
    ...recommendationStatements(c.assessment),
    {
      text:
        kind === 'close'
          ? `Decision to close the case. Reason: ${reason}`
          : `Decision to step down to ${c.stepDownTo ?? ''}. Reason: ${reason}`,
      citations: vocabularyCitations('action.review-before-closure'),
    },
    ...decisionStatements(decision, c.assessment, option?.citation ?? c.framework.calendar.citation),
    ...signOffStatement(signOff, c.returnedSignOffs),
  ];
  return {
    machine: c.machine,
    framework: c.frameworkRef,
    outcome: { kind, stepDownTo: c.stepDownTo, reason, decision, meeting, childSeen, historyReview, signOff },
    rationale: composePathwayRationale(
      `${kind === 'close' ? 'Closure' : 'Step-down'} for ${c.facts.child.label}: ${decision.levelName}.`,
      statements,
    ),
    recordInput: recordInputFor(c, decision, signOff, signOff.at),
  };
}
