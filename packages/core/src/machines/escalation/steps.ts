/**
 * What each escalation event does to the context, as pure functions. Stages, their deadlines and the
 * stage the procedure recommends come from the framework and `escalationStatus`; time only moves
 * forward, and only when an event brings a later date.
 */
import { escalationStatus, stageDeadline } from '../../assess/escalation.js';
import type { EscalationStage } from '../../framework/schema.js';
import type { CaseFacts, Disagreement, EscalationStageNumber } from '../../schema/case.js';
import { dateOf, laterDate } from '../common/facts.js';
import { formatDate } from '../../record/dates.js';
import { agencyWords } from '../common/payloads.js';
import { reassessed } from '../common/stamp.js';
import {
  type CurrentStage,
  type EscalationContext,
  type EscalationLogEntry,
  type ImmediateRisk,
  type Resolution,
  type StageContact,
  type StageResponse,
  URGENT_REFERRAL_INSTRUCTION,
  type UrgentReferral,
} from './types.js';

type Update = Partial<EscalationContext>;

function stageOf(c: EscalationContext, n: EscalationStageNumber): EscalationStage {
  const stage = c.framework.escalationStages[n - 1];
  if (!stage) throw new Error(`The framework ${c.framework.id} has no escalation stage ${n}`);
  return stage;
}

/** Stage `n` starting on `startedOn`, with its deadline by the framework's working days and counting convention. */
export function startStage(c: EscalationContext, n: EscalationStageNumber, startedOn: string): CurrentStage {
  const s = stageOf(c, n);
  return {
    number: n,
    name: s.name,
    counterpart: s.counterpart,
    startedOn,
    deadline: stageDeadline(startedOn, s.workingDays, c.framework),
    deadlinePassed: false,
    responses: [],
  };
}

/** The facts moved on to a later date (never back), reassessed as of that date. */
function factsAsOf(c: EscalationContext, facts: CaseFacts, at: string | null): Update {
  const asOf = at === null ? c.asOf : laterDate(c.asOf, dateOf(at));
  const dated: CaseFacts = asOf === c.asOf ? facts : { ...facts, asOf, asOfPrecision: 'day' };
  return reassessed(c, dated, asOf);
}

const entry = (
  stage: EscalationStageNumber | null,
  kind: EscalationLogEntry['kind'],
  at: string,
  text: string,
): EscalationLogEntry => ({
  stage,
  kind,
  at,
  text,
});

/**
 * Records the disagreement and opens the stage it is at: the last stage already tried (with the
 * deadline counted from when it started), or, when none has been tried, the stage the procedure
 * recommends starting at (stage 1, or stage 2 when the child is at immediate risk) from today.
 */
export function openDisagreement(c: EscalationContext, disagreement: Disagreement, at: string): Update {
  const today = laterDate(c.asOf, dateOf(at));
  const status = escalationStatus({ ...c.facts, disagreement }, c.framework, today);
  let stage: CurrentStage;
  let recorded = disagreement;
  let text: string;
  if (status.lastTried !== null) {
    stage = startStage(c, status.lastTried.stage, status.startedOn ?? today);
    text =
      status.startedOn === null
        ? `Stage ${stage.number} was already tried but its date is not recorded; its deadline is counted from ${formatDate(today)}.`
        : `Stage ${stage.number} was already tried from ${formatDate(status.startedOn)}; it was due to be resolved by ${dueWords(stage.deadline)}.`;
  } else {
    stage = startStage(c, status.recommendedStage, today);
    recorded = {
      ...disagreement,
      stagesTried: [
        {
          stage: stage.number,
          date: today,
          between: `${disagreement.challenger.role ?? 'the challenger'} and ${stage.counterpart}`,
          response: '',
        },
      ],
    };
    text = `${stage.name} started on ${formatDate(today)}; it is due to be resolved by ${dueWords(stage.deadline)}.`;
  }
  return {
    ...factsAsOf(c, { ...c.facts, disagreement: recorded }, at),
    disagreement: recorded,
    stage,
    log: [
      ...c.log,
      entry(null, 'stage-started', at, `Disagreement recorded: ${disagreement.challengerView}`),
      entry(stage.number, 'stage-started', at, text),
    ],
  };
}

/** True when the current stage's deadline has passed by this date (the day after the deadline onwards). */
export function deadlinePassedBy(c: EscalationContext, at: string): boolean {
  return c.stage !== null && c.stage.deadline !== null && dateOf(at) > c.stage.deadline;
}

/** A clock reading: time moves on, and a passed deadline is marked and logged (which offers the next stage). */
export function checkDeadline(c: EscalationContext, at: string): Update {
  const moved = factsAsOf(c, c.facts, at);
  const stage = c.stage;
  if (stage === null || stage.deadlinePassed || !deadlinePassedBy(c, at)) return moved;
  const offer =
    stage.number < 4
      ? ` The next stage is offered: stage ${stage.number + 1}.`
      : ' There is no further stage: the partnership must resolve it.';
  return {
    ...moved,
    stage: { ...stage, deadlinePassed: true },
    log: [
      ...c.log,
      entry(
        stage.number,
        'deadline-passed',
        at,
        `${stage.name} was due to be resolved by ${dueWords(stage.deadline)}; it was not.${offer}`,
      ),
    ],
  };
}

/**
 * The next stage may start when this one's deadline has passed, when a response did not resolve the
 * concern, or at once when the child is at immediate risk. There is no stage after 4.
 */
export function mayEscalate(c: EscalationContext, at: string): boolean {
  const stage = c.stage;
  if (stage === null || stage.number >= 4) return false;
  return stage.deadlinePassed || deadlinePassedBy(c, at) || stage.responses.some((r) => !r.resolvesConcern) || c.urgent !== null;
}

/** Starts the next stage today and records it as tried. */
export function escalate(c: EscalationContext, at: string, reason: string): Update {
  if (c.stage === null || c.disagreement === null) return {};
  const next = (c.stage.number + 1) as EscalationStageNumber;
  const today = laterDate(c.asOf, dateOf(at));
  const stage = startStage(c, next, today);
  const disagreement: Disagreement = {
    ...c.disagreement,
    stagesTried: [
      ...c.disagreement.stagesTried,
      {
        stage: next,
        date: today,
        between: `${c.disagreement.challenger.role ?? 'the challenger'} and ${stage.counterpart}`,
        response: '',
      },
    ],
  };
  return {
    ...factsAsOf(c, { ...c.facts, disagreement }, at),
    disagreement,
    stage,
    log: [
      ...c.log,
      entry(c.stage.number, 'escalated', at, `Moved to ${stage.name}: ${reason}`),
      entry(
        next,
        'stage-started',
        at,
        `${stage.name} started on ${formatDate(today)}; it is due to be resolved by ${dueWords(stage.deadline)}.`,
      ),
    ],
  };
}

export function recordContact(c: EscalationContext, contact: StageContact): Update {
  const n = c.stage?.number ?? null;
  const text = `Contacted ${contact.with.role} (${agencyWords[contact.with.agency]}) by ${contact.method}: ${contact.summary}`;
  return { ...factsAsOf(c, c.facts, contact.at), log: [...c.log, entry(n, 'contacted', contact.at, text)] };
}

export function recordResponse(c: EscalationContext, response: StageResponse): Update {
  if (c.stage === null || c.disagreement === null) return {};
  const n = c.stage.number;
  const text = `Response from ${response.from.role}: ${response.response} ${response.resolvesConcern ? 'This resolves the concern.' : 'This does not resolve the concern.'}`;
  const disagreement = withStageResponse(c.disagreement, n, response.response);
  return {
    ...factsAsOf(c, { ...c.facts, disagreement }, response.at),
    disagreement,
    stage: { ...c.stage, responses: [...c.stage.responses, response] },
    log: [...c.log, entry(n, 'response', response.at, text)],
  };
}

/** The disagreement with the response added to the latest try of stage `n`. */
function withStageResponse(d: Disagreement, n: EscalationStageNumber, response: string): Disagreement {
  const index = d.stagesTried.findLastIndex((s) => s.stage === n);
  if (index < 0) return d;
  const stagesTried = d.stagesTried.map((s, i) =>
    i === index ? { ...s, response: s.response === '' ? response : `${s.response} ${response}` } : s,
  );
  return { ...d, stagesTried };
}

/**
 * Immediate risk reported: the risk is added to the facts as a concern dated today (so the
 * assessment sees it) and an urgent referral is due now. The escalation carries on.
 */
export function raiseRisk(c: EscalationContext, risk: ImmediateRisk): Update {
  const concern = {
    domain: 'safety' as const,
    description: risk.detail,
    date: dateOf(risk.at),
    sourceAgency: risk.reportedBy,
    codes: ['safety.immediate-danger'],
  };
  return {
    ...factsAsOf(c, { ...c.facts, currentConcerns: [...c.facts.currentConcerns, concern] }, risk.at),
    urgent: {
      status: 'pending',
      source: 'event',
      raisedAt: risk.at,
      detail: risk.detail,
      instruction: URGENT_REFERRAL_INSTRUCTION,
      referral: null,
    },
    log: [
      ...c.log,
      entry(c.stage?.number ?? null, 'immediate-risk', risk.at, `Immediate risk reported by ${risk.reportedBy}: ${risk.detail}`),
    ],
  };
}

/** The assessment of the facts says the child is at immediate risk today: an urgent referral is due now. */
export function raiseFromAssessment(c: EscalationContext): Update {
  const step = c.assessment.recommendation.chain.find((s) => s.ruleId === 'pathway.urgent-referral-bypass');
  const detail = step?.sentence ?? 'The facts recorded today put the child at immediate risk.';
  return {
    urgent: {
      status: 'pending',
      source: 'assessment',
      raisedAt: c.asOf,
      detail,
      instruction: URGENT_REFERRAL_INSTRUCTION,
      referral: null,
    },
    log: [...c.log, entry(c.stage?.number ?? null, 'immediate-risk', c.asOf, detail)],
  };
}

export function recordUrgentReferral(c: EscalationContext, referral: UrgentReferral): Update {
  if (c.urgent === null) return {};
  const made = { ...c.urgent, status: 'made' as const, referral };
  const to = {
    'childrens-social-care': 'children’s social care',
    police: 'the police',
    both: 'children’s social care and the police',
  }[referral.to];
  return {
    ...factsAsOf(c, c.facts, referral.at),
    urgent: made,
    urgentHistory: [...c.urgentHistory, made],
    log: [
      ...c.log,
      entry(c.stage?.number ?? null, 'urgent-referral', referral.at, `Urgent referral made to ${to}: ${referral.detail}`),
    ],
  };
}

/** True when the disagreement can be closed: a stage is open and no urgent referral is outstanding. */
export function mayResolve(c: EscalationContext): boolean {
  return c.stage !== null && c.disagreement !== null && c.urgent?.status !== 'pending';
}

export function resolve(c: EscalationContext, resolution: Resolution): Update {
  return {
    ...factsAsOf(c, c.facts, resolution.at),
    resolution,
    log: [
      ...c.log,
      entry(
        c.stage?.number ?? null,
        'resolved',
        resolution.at,
        `Resolved (${resolution.outcome.replaceAll('-', ' ')}): ${resolution.detail}`,
      ),
    ],
  };
}

/** A stage's deadline in words ("27 November 2026"), or why there is none. */
function dueWords(deadline: string | null): string {
  return deadline === null ? 'a date that cannot be worked out' : formatDate(deadline);
}
