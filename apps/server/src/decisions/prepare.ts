/**
 * What a decision must pass before it is sealed, in the order the API promises: the case is visible
 * (404), held by the decider's front door (403), still at the version they read (409), the value is
 * on the pathway's scale (400); then the server's own assessment, a reason when the decision is
 * below it (400), and the pathway machine accepting the decision (409).
 */
import type { DecisionRecordInput, Framework, MachineRef } from '@sightline/core';
import type { CaseLinkRow, CaseWithVersion, UserContext } from '@sightline/store';
import type { z } from 'zod';
import { canDecideCase, canReadCase } from '../auth/access-rules.js';
import { assessWithHistory, type ServerAssessment } from '../cases/service.js';
import { dateInEngland } from '../clock.js';
import type { HistoryOnRecord } from '../history/enrich.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import type { decisionBody } from '../schemas/cases.js';
import { decisionValues, isBelowRecommendation, levelFor } from './scale.js';
import { checkDecisionAccepted, factsAfterSteps } from './steps.js';

export type DecisionBody = z.output<typeof decisionBody>;

export interface DecisionRequest {
  user: UserContext;
  caseId: string;
  body: DecisionBody;
  /** The server's clock when the request arrived: the record's time and the assessment's date. */
  now: Date;
}

/** The case the user may decide on at the version they read; throws the 404, 403, 409 or 400 otherwise. */
export function checkDecidable(request: DecisionRequest, found: CaseWithVersion | undefined): CaseWithVersion {
  const { user, body } = request;
  if (!found || !canReadCase(user, found.case)) throw notFound('That case');
  if (!canDecideCase(user, found.case)) throw forbidden('Only the front door that holds the case decides on it');
  if (body.caseVersion !== found.version.version) {
    throw conflict(`The case has changed since you read it: it is now at version ${found.version.version}`, {
      currentVersion: found.version.version,
    });
  }
  const pathway = found.case.pathway;
  if (!decisionValues[pathway].includes(body.value)) {
    throw badRequest([
      { path: 'body/value', message: `On the ${pathway} pathway choose one of ${decisionValues[pathway].join(', ')}` },
    ]);
  }
  return found;
}

/** The pathway's facts after the client's steps, and the server's assessment of them. */
export interface CaseAnalysis {
  steps: { facts: DecisionRecordInput['facts']; machine: MachineRef | null };
  server: ServerAssessment;
}

/** What is read once per case for a group of decisions on it. */
export interface CaseOnRecord {
  found: CaseWithVersion;
  links: CaseLinkRow[];
  history: HistoryOnRecord;
  framework: Framework;
}

/**
 * Replays the pathway's steps and runs `assess` on the case as stored, on `asOf`. The answer depends
 * only on the case version, the history on record and the date, so decisions on the same case in
 * one group share it.
 */
export function analyseCase(record: CaseOnRecord, asOf: string): CaseAnalysis {
  const { found, framework } = record;
  const pathwayInput = { caseRef: found.case.id, framework, asOf };
  const steps = factsAfterSteps(found.version.facts, found.version.events, pathwayInput);
  const server = assessWithHistory({ asOf, facts: steps.facts, links: record.links, history: record.history, framework });
  return { steps, server };
}

/** The date the decision is assessed on: the request's day in England. */
export function assessmentDate(request: DecisionRequest): string {
  return dateInEngland(request.now);
}

/**
 * The record to seal for this decision; throws 400 when it is below the recommendation without a
 * reason, 409 when the pathway machine does not accept it.
 */
export function recordInputFor(request: DecisionRequest, record: CaseOnRecord, analysis: CaseAnalysis): DecisionRecordInput {
  const { user, body } = request;
  const { found, framework } = record;
  const { steps, server } = analysis;
  const pathway = found.case.pathway;
  const below = isBelowRecommendation(pathway, body.value, server.assessment.recommendation);
  if (below && !body.overrideReason) {
    throw badRequest([
      {
        path: 'body/overrideReason',
        message: `Your decision is below the recommendation (${server.assessment.recommendation.levelName}): write your reason`,
      },
    ]);
  }
  const level = levelFor(server.framework, pathway, body.value);
  checkDecisionAccepted(
    found.version.facts,
    found.version.events,
    { caseRef: found.case.id, framework, asOf: server.asOf },
    {
      levelId: level.levelId,
      analysis: body.analysis,
      reason: body.overrideReason,
      by: { userId: user.id, role: user.role },
    },
  );
  return {
    caseRef: found.case.id,
    recordedAt: request.now.toISOString(),
    facts: server.facts,
    assessment: server.assessment,
    decision: {
      value: body.value,
      ...level,
      decidedBy: { userId: user.id, role: user.role },
      analysis: body.analysis,
      belowRecommendation: below,
      overrideReason: body.overrideReason,
    },
    signOff: null,
    machine: steps.machine,
  };
}
