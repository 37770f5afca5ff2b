/**
 * Where a professional disagreement stands: the stage reached, whether its deadline has passed,
 * and whether the child is at immediate risk (act now and escalate in parallel).
 */
import { addDays, addWorkingDays, describeConvention } from '../calendar/index.js';
import { parseLooseDate } from '../dates/loose-date.js';
import type { EscalationStage, Framework } from '../framework/schema.js';
import type { CaseFacts, EscalationStageNumber } from '../schema/case.js';
import { type AcuteEntry, acuteToday } from './acute.js';

export interface EscalationStatus {
  lastTried: { stage: EscalationStageNumber; date: string | null; between: string } | null;
  /** When the last stage started (the earliest day its date could mean). */
  startedOn: string | null;
  deadline: string | null;
  deadlinePassed: boolean;
  /** The last stage tried has had its answer, and the answer keeps the decision (so the stage is spent). */
  answeredWithoutChange: boolean;
  /** The last stage tried settled the disagreement (resolved, or the challenger accepted the answer). */
  resolved: boolean;
  recommendedStage: EscalationStageNumber;
  stage: EscalationStage;
  immediateRisk: AcuteEntry[];
  convention: string;
  reason: string;
}

/** Due date of a stage: working days by the framework's convention, or calendar days when outside the bank-holiday table. */
export function stageDeadline(start: string, workingDays: number, framework: Framework): string {
  try {
    return addWorkingDays(start, workingDays, framework.calendar.triggerDay);
  } catch {
    return addDays(start, Math.ceil((workingDays * 7) / 5));
  }
}

/** A reply that keeps the challenged decision ("the decision stands", "upheld", "declined to reconsider"). */
const keptDecision =
  /\b(upheld|uphold|stands|stood|unchanged|maintained|declined|refused|rejected|not (escalated|reconsidered|accepted|changed)|no further (action|assessment)|did not (change|agree)|would not|remains? (the same|at)|no change)\b/i;
/** Words of a stage still waiting for its answer (an acknowledgement is not an answer). */
const stillWaiting =
  /\b(no (substantive )?(reply|response|answer)|not yet|awaiting|will (reply|respond)|acknowledg\w*|automatic reply|out of office)\b/i;

const acceptance = /\b(agrees?|agreed|accepts?|accepted|satisfied|withdr[ae]w\w*)\b/i;
const negation = /\b(not|never|no longer)\b|n['’]t\b/i;

/**
 * True when a stage's record says the disagreement was settled: "resolved", or the challenger (named
 * by their role, "the DSL replied that she agrees") accepting the answer. The decider being satisfied
 * with their own decision is not a resolution.
 */
function settled(response: string, challengerRole: string): boolean {
  const role = challengerRole.trim().toLowerCase();
  return response
    .split(/(?<=[.;])\s+/)
    .some(
      (sentence) =>
        !negation.test(sentence) &&
        (/\bresolved\b/i.test(sentence) ||
          (role.length >= 2 && sentence.toLowerCase().includes(role) && acceptance.test(sentence))),
    );
}

/** True when a stage's recorded response is an answer that keeps the decision. */
function keepsDecision(response: string): boolean {
  return keptDecision.test(response) && !stillWaiting.test(response);
}

const next = (s: EscalationStageNumber): EscalationStageNumber => (s >= 4 ? 4 : ((s + 1) as EscalationStageNumber));

/** Reads the disagreement on a case against the framework's stages on the decision date. */
export function escalationStatus(facts: CaseFacts, framework: Framework, asOf: string): EscalationStatus {
  const tried = facts.disagreement?.stagesTried ?? [];
  const immediateRisk = acuteToday(facts, asOf);
  const convention = describeConvention(framework.calendar.triggerDay);
  const stageOf = (n: EscalationStageNumber) => framework.escalationStages[n - 1] as EscalationStage;
  const last = [...tried].sort((a, b) => a.stage - b.stage).at(-1) ?? null;
  if (!last) {
    const recommendedStage: EscalationStageNumber = immediateRisk.length > 0 ? 2 : 1;
    return {
      lastTried: null,
      startedOn: null,
      deadline: stageDeadline(asOf, stageOf(recommendedStage).workingDays, framework),
      deadlinePassed: false,
      answeredWithoutChange: false,
      resolved: false,
      recommendedStage,
      stage: stageOf(recommendedStage),
      immediateRisk,
      convention,
      reason:
        recommendedStage === 1
          ? 'No stage of the disagreement procedure has been tried yet: start at stage 1, practitioner to practitioner, and record it.'
          : 'No stage has been tried yet, but the child is at immediate risk: the procedure allows starting at a higher stage, so go to managers now.',
    };
  }
  const started = parseLooseDate(last.date);
  const startedOn = started?.earliest ?? null;
  const deadline = startedOn ? stageDeadline(startedOn, stageOf(last.stage).workingDays, framework) : null;
  const deadlinePassed = deadline !== null && deadline < asOf;
  const atLast = tried.filter((t) => t.stage === last.stage);
  const resolved = atLast.some((t) => settled(t.response, facts.disagreement?.challenger.role ?? ''));
  const answer = atLast.find((t) => keepsDecision(t.response));
  const answeredWithoutChange = !resolved && answer !== undefined && last.stage < 4;
  const moveOn = !resolved && (deadlinePassed || answeredWithoutChange);
  const recommendedStage = moveOn ? next(last.stage) : last.stage;
  const reason = resolved
    ? `Stage ${last.stage} settled the disagreement: the record says it was resolved or that the challenger accepted the answer. No further stage is needed; if new information arises, it comes back as a new referral or a new disagreement.`
    : answeredWithoutChange
      ? `Stage ${last.stage} has had its answer and the decision was kept ("${answer?.response.trim()}"): the disagreement is not resolved, so it moves to stage ${recommendedStage} now, without waiting for the stage's deadline.`
      : deadlinePassed
        ? `Stage ${last.stage} began ${last.date} and was due to be resolved by ${deadline}; it has not been resolved, so the disagreement should move to stage ${recommendedStage}.`
        : deadline
          ? `Stage ${last.stage} began ${last.date} and has until ${deadline} to be resolved.`
          : `Stage ${last.stage} has been tried but its date is not recorded, so its deadline cannot be worked out; record when it started.`;
  return {
    lastTried: { stage: last.stage, date: last.date, between: last.between },
    startedOn,
    deadline,
    deadlinePassed: deadlinePassed && !resolved,
    answeredWithoutChange,
    resolved,
    recommendedStage,
    stage: stageOf(recommendedStage),
    immediateRisk,
    convention,
    reason,
  };
}
