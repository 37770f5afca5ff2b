/** Loading cases within the user's scope, their status, and the server's own assessment of them. */
import { type Assessment, assess, type CaseFacts, getFramework, type Framework } from '@sightline/core';
import {
  type CaseLinkRow,
  type CaseWithVersion,
  type ChainEntry,
  type DbOrTx,
  getCase,
  getPartnership,
  listCaseLinks,
  listChainEntriesForCases,
  type UserContext,
} from '@sightline/store';
import { canReadCase } from '../auth/access-rules.js';
import { notFound } from '../http/errors.js';
import { addHistoryOnRecord, type HistoryAddition, type HistoryOnRecord } from '../history/enrich.js';
import { gatherHistory } from './history.js';

/** The case if the user may read it; 404 otherwise (existence is not revealed). */
export async function loadVisibleCase(db: DbOrTx, user: UserContext, id: string): Promise<CaseWithVersion> {
  const found = await getCase(db, id);
  if (!found || !canReadCase(user, found.case)) throw notFound('That case');
  return found;
}

export type DecisionStatus = 'final' | 'awaiting-sign-off' | 'signed-off' | 'not-agreed';
export type CaseStatus = 'open' | 'awaiting-sign-off' | 'decided';

/** Where a decision stands, from its own record and any sign-off. */
export function decisionStatus(decision: Pick<ChainEntry, 'id' | 'record'>, signOffs: readonly ChainEntry[]): DecisionStatus {
  const last = signOffs.filter((s) => s.decisionId === decision.id).at(-1);
  if (last) return last.record.signOff?.outcome === 'disagreed' ? 'not-agreed' : 'signed-off';
  return decision.record.decision.belowRecommendation ? 'awaiting-sign-off' : 'final';
}

/** A case is open until its latest decision stands (a decision the supervisor did not agree reopens it). */
export function caseStatus(entries: readonly ChainEntry[]): CaseStatus {
  const decisions = entries.filter((e) => e.kind === 'decision');
  const latest = decisions.at(-1);
  if (!latest) return 'open';
  const status = decisionStatus(
    latest,
    entries.filter((e) => e.kind === 'sign-off'),
  );
  if (status === 'awaiting-sign-off') return 'awaiting-sign-off';
  return status === 'not-agreed' ? 'open' : 'decided';
}

export async function chainEntriesOf(db: DbOrTx, caseId: string): Promise<ChainEntry[]> {
  return listChainEntriesForCases(db, [caseId]);
}

// A partnership's framework id never changes (partnerships are append-only), so it is read once.
const frameworkIds = new Map<string, string>();

/** The threshold framework the partnership uses. */
export async function frameworkFor(db: DbOrTx, partnershipId: string): Promise<Framework> {
  let id = frameworkIds.get(partnershipId);
  if (id === undefined) {
    const partnership = await getPartnership(db, partnershipId);
    if (!partnership) return getFramework('england-default');
    id = partnership.frameworkId;
    frameworkIds.set(partnershipId, id);
  }
  return getFramework(id);
}

export interface ServerAssessment {
  asOf: string;
  facts: CaseFacts;
  assessment: Assessment;
  historyAdded: HistoryAddition[];
  framework: Framework;
  links: CaseLinkRow[];
}

/**
 * The server's own assessment of the case's current version on `asOf`: the worker's facts plus
 * confirmed history, dated `asOf`, run through `assess`. Nothing a client says about the
 * recommendation is used.
 */
export async function assessCase(
  db: DbOrTx,
  found: CaseWithVersion,
  asOf: string,
  facts: CaseFacts = found.version.facts,
): Promise<ServerAssessment> {
  const links = await listCaseLinks(db, found.case.id);
  const history = await gatherHistory(db, found.case.id, links);
  const framework = await frameworkFor(db, found.case.partnershipId);
  return assessWithHistory({ asOf, facts, links, history, framework });
}

/** `assessCase` once the links, the history on record and the framework have been read. */
export function assessWithHistory(input: {
  asOf: string;
  facts: CaseFacts;
  links: CaseLinkRow[];
  history: HistoryOnRecord;
  framework: Framework;
}): ServerAssessment {
  const { asOf, links, framework } = input;
  const dated: CaseFacts = { ...input.facts, asOf, asOfPrecision: 'day' };
  const enriched = addHistoryOnRecord(dated, input.history, asOf);
  const assessment = assess(enriched.facts, framework, asOf);
  return { asOf, facts: enriched.facts, assessment, historyAdded: enriched.added, framework, links };
}
