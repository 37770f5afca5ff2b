/** What the API returns for cases, people summaries and decisions. */
import type { Assessment } from '@sightline/core';
import {
  type AgencyRow,
  type CaseLinkRow,
  type CaseWithVersion,
  type ChainEntry,
  type DbOrTx,
  findMatches,
  getAgency,
  getCurrentVersions,
  getUserContext,
  type MatchCandidate,
  type PersonVersionRow,
  type UserContext,
} from '@sightline/store';
import { seesIdentities } from '../auth/access-rules.js';
import { caseStatus, decisionStatus } from './service.js';

export function personSummary(personId: string, v: PersonVersionRow) {
  return {
    id: personId,
    kind: v.kind,
    givenName: v.givenName,
    familyName: v.familyName,
    dateOfBirth: v.dateOfBirth,
    postcode: v.postcode,
  };
}

export function candidateView(c: MatchCandidate) {
  return { person: personSummary(c.personId, c.current), score: c.score, reasons: c.reasons };
}

const agencyRef = (a: AgencyRow | undefined) => (a ? { id: a.id, name: a.name, kind: a.kind } : null);

async function userRef(db: DbOrTx, id: string, cache: Map<string, UserContext | undefined>) {
  if (!cache.has(id)) cache.set(id, await getUserContext(db, id));
  const u = cache.get(id);
  return { id, displayName: u?.displayName ?? 'Unknown user', role: u?.role ?? 'unknown' };
}

function recommendationOf(a: Assessment) {
  return { value: a.recommendation.value, levelName: a.recommendation.levelName, summary: a.recommendation.summary };
}

/** A referrer (a school's DSL) sees the outcome of what they referred, not the front door's reasoning or history. */
export function outcomeOnlyFor<
  T extends { id: string; value: string; levelName: string; status: string; createdAt: string; caseId: string },
>(user: UserContext, view: T): T | Pick<T, 'id' | 'caseId' | 'value' | 'levelName' | 'status' | 'createdAt'> {
  if (seesIdentities(user)) return view;
  return {
    id: view.id,
    caseId: view.caseId,
    value: view.value,
    levelName: view.levelName,
    status: view.status,
    createdAt: view.createdAt,
  };
}

/** What a decision's view reads from its chain entry (all of it known before the entry is written). */
export type DecisionEntry = Pick<
  ChainEntry,
  'id' | 'caseId' | 'caseVersion' | 'seq' | 'actorId' | 'hash' | 'prevHash' | 'record'
>;

/** A decision with its sign-offs, as the API shows it. */
export async function decisionView(
  db: DbOrTx,
  entry: DecisionEntry,
  signOffs: readonly ChainEntry[],
  includeRecord = true,
  known: readonly UserContext[] = [],
) {
  const users = new Map<string, UserContext | undefined>(known.map((u) => [u.id, u]));
  const mine = signOffs.filter((s) => s.decisionId === entry.id);
  const r = entry.record;
  return {
    id: entry.id,
    caseId: entry.caseId,
    caseVersion: entry.caseVersion,
    sequence: entry.seq,
    status: decisionStatus(entry, signOffs),
    belowRecommendation: r.decision.belowRecommendation,
    value: r.decision.value,
    levelName: r.decision.levelName,
    analysis: r.decision.analysis,
    overrideReason: r.decision.overrideReason,
    recommendation: recommendationOf(r.assessment),
    decidedBy: await userRef(db, entry.actorId, users),
    createdAt: r.recordedAt,
    signOffs: await Promise.all(
      mine.map(async (s) => ({
        id: s.id,
        outcome: s.record.signOff?.outcome ?? 'agreed',
        comment: s.record.signOff?.comment ?? '',
        by: await userRef(db, s.actorId, users),
        at: s.record.signOff?.at ?? s.record.recordedAt,
        hash: s.hash,
      })),
    ),
    hash: entry.hash,
    prevHash: entry.prevHash,
    ...(includeRecord ? { record: r } : {}),
  };
}

async function linkViews(db: DbOrTx, links: readonly CaseLinkRow[]) {
  const versions = await getCurrentVersions(
    db,
    links.map((l) => l.personId),
  );
  return links.flatMap((l) => {
    const v = versions.get(l.personId);
    return v ? [{ id: l.id, role: l.role, memberId: l.memberId, person: personSummary(l.personId, v), reasons: l.reasons }] : [];
  });
}

/** Match suggestions for the subject and each household member not yet linked. */
async function matchesFor(db: DbOrTx, found: CaseWithVersion, links: readonly CaseLinkRow[]) {
  const linkedIds = links.map((l) => l.personId);
  const identities = found.version.identities;
  const subjectLinked = links.some((l) => l.role === 'subject');
  const subject =
    identities.subject && !subjectLinked
      ? (
          await findMatches(
            db,
            found.case.partnershipId,
            { kind: found.version.facts.child.unborn ? 'unborn' : 'child', ...identities.subject },
            { exclude: linkedIds },
          )
        ).map(candidateView)
      : [];
  const household: Record<string, ReturnType<typeof candidateView>[]> = {};
  for (const [memberId, identity] of Object.entries(identities.household)) {
    if (links.some((l) => l.role === 'household-member' && l.memberId === memberId)) continue;
    household[memberId] = (await findMatches(db, found.case.partnershipId, identity, { exclude: linkedIds })).map(candidateView);
  }
  return { subject, household };
}

/** The full case as the user may see it. */
export async function caseView(
  db: DbOrTx,
  user: UserContext,
  found: CaseWithVersion,
  links: readonly CaseLinkRow[],
  entries: readonly ChainEntry[],
) {
  const identitiesVisible = seesIdentities(user);
  const signOffs = entries.filter((e) => e.kind === 'sign-off');
  const decisions = await Promise.all(
    entries
      .filter((e) => e.kind === 'decision')
      .map(async (e) => outcomeOnlyFor(user, await decisionView(db, e, signOffs, false))),
  );
  return {
    id: found.case.id,
    pathway: found.case.pathway,
    version: found.version.version,
    status: caseStatus(entries),
    facts: found.version.facts,
    events: found.version.events,
    identities: identitiesVisible ? found.version.identities : { subject: found.version.identities.subject, household: {} },
    note: found.version.note,
    ownerAgency: agencyRef(await getAgency(db, found.case.ownerAgencyId)),
    referrerAgency: found.case.referrerAgencyId ? agencyRef(await getAgency(db, found.case.referrerAgencyId)) : null,
    createdAt: found.case.createdAt.toISOString(),
    updatedAt: found.version.createdAt.toISOString(),
    links: identitiesVisible ? await linkViews(db, links) : [],
    decisions,
    matches: identitiesVisible ? await matchesFor(db, found, links) : { subject: [], household: {} },
  };
}

/** One line of a case list. */
export function caseSummary(found: CaseWithVersion, entries: readonly ChainEntry[], agencies: ReadonlyMap<string, AgencyRow>) {
  const decisions = entries.filter((e) => e.kind === 'decision');
  const latest = decisions.at(-1);
  const signOffs = entries.filter((e) => e.kind === 'sign-off');
  return {
    id: found.case.id,
    pathway: found.case.pathway,
    childLabel: found.version.facts.child.label,
    version: found.version.version,
    status: caseStatus(entries),
    createdAt: found.case.createdAt.toISOString(),
    updatedAt: found.version.createdAt.toISOString(),
    ownerAgency: agencyRef(agencies.get(found.case.ownerAgencyId)),
    referrerAgency: found.case.referrerAgencyId ? agencyRef(agencies.get(found.case.referrerAgencyId)) : null,
    latestDecision: latest
      ? {
          id: latest.id,
          value: latest.record.decision.value,
          levelName: latest.record.decision.levelName,
          status: decisionStatus(latest, signOffs),
        }
      : null,
  };
}
