/** Reads the confirmed history on record for a case, for `addHistoryOnRecord`. */
import {
  type CaseLinkRow,
  type DbOrTx,
  getCaseRows,
  getCurrentVersions,
  latestFactors,
  listChainEntriesForCases,
  listChronology,
  listHouseholdsFor,
  listLinksForPeople,
  listPlans,
  listRelationships,
  type PlanRow,
} from '@sightline/store';
import { isoDay } from '../clock.js';
import type { HistoryOnRecord, PastCaseOnRecord, PlanOnRecord } from '../history/enrich.js';

const toPlan = (p: PlanRow): PlanOnRecord => ({
  kind: p.kind,
  category: p.category,
  startedOn: p.startedOn,
  endedOn: p.endedOn,
  detail: p.detail,
});

async function pastCasesOf(db: DbOrTx, personId: string, currentCaseId: string): Promise<PastCaseOnRecord[]> {
  const links = (await listLinksForPeople(db, [personId])).filter((l) => l.role === 'subject' && l.caseId !== currentCaseId);
  const caseRows = await getCaseRows(
    db,
    links.map((l) => l.caseId),
  );
  const entries = await listChainEntriesForCases(
    db,
    caseRows.map((c) => c.id),
  );
  return caseRows.map((c) => {
    const decisions = entries.filter((e) => e.caseId === c.id && e.kind === 'decision');
    const latest = decisions.at(-1);
    return {
      openedOn: isoDay(c.createdAt),
      pathway: c.pathway,
      decision: latest
        ? {
            decidedOn: latest.record.recordedAt.slice(0, 10),
            levelName: latest.record.decision.levelName,
            value: latest.record.decision.value,
          }
        : null,
    };
  });
}

/** Other children connected to the subject: named siblings, children of the same parents, children in the same household. */
async function siblingIdsOf(db: DbOrTx, subjectId: string): Promise<string[]> {
  const ids = new Set<string>();
  const rels = await listRelationships(db, [subjectId]);
  for (const r of rels) {
    if (r.kind === 'sibling' || r.kind === 'half-sibling') ids.add(r.personId === subjectId ? r.relatedPersonId : r.personId);
  }
  const parentIds = rels
    .filter((r) => r.relatedPersonId === subjectId && ['parent', 'step-parent', 'carer'].includes(r.kind))
    .map((r) => r.personId);
  for (const r of await listRelationships(db, parentIds)) {
    if (parentIds.includes(r.personId) && r.kind === 'parent' && r.relatedPersonId !== subjectId) ids.add(r.relatedPersonId);
  }
  for (const h of await listHouseholdsFor(db, [subjectId]))
    for (const m of h.members) if (m.personId !== subjectId) ids.add(m.personId);
  ids.delete(subjectId);
  const versions = await getCurrentVersions(db, [...ids]);
  return [...ids].filter((id) => {
    const v = versions.get(id);
    return v !== undefined && v.kind !== 'adult';
  });
}

/** The history on record for a case's confirmed subject, their siblings and confirmed household members. */
export async function gatherHistory(db: DbOrTx, caseId: string, links: readonly CaseLinkRow[]): Promise<HistoryOnRecord> {
  const subject = links.find((l) => l.role === 'subject');
  const members = links.filter((l) => l.role === 'household-member' && l.memberId !== null);
  const factors = await latestFactors(
    db,
    members.map((m) => m.personId),
  );
  const history: HistoryOnRecord = {
    subject: null,
    siblings: [],
    members: members.map((m) => ({
      memberId: m.memberId ?? '',
      factors: factors.get(m.personId)?.factors ?? null,
      notes: factors.get(m.personId)?.notes ?? [],
    })),
  };
  if (!subject) return history;
  const [plans, pastCases, chronology] = await Promise.all([
    listPlans(db, [subject.personId]),
    pastCasesOf(db, subject.personId, caseId),
    listChronology(db, [subject.personId]),
  ]);
  history.subject = {
    plans: plans.map(toPlan),
    pastCases,
    chronology: chronology
      .filter((c) => c.caseId !== caseId)
      .map((c) => ({
        occurredOn: c.occurredOn,
        kind: c.kind,
        description: c.description,
        codes: c.codes,
        outcome: c.event?.outcome ?? null,
        sourceAgency: c.sourceAgency,
      })),
  };
  const siblingIds = await siblingIdsOf(db, subject.personId);
  const siblingVersions = await getCurrentVersions(db, siblingIds);
  const siblingPlans = await listPlans(db, siblingIds);
  history.siblings = siblingIds.map((id, i) => {
    const born = siblingVersions.get(id)?.dateOfBirth?.slice(0, 4);
    return {
      label: `Sibling ${i + 1}${born ? ` (born ${born})` : ''}`,
      plans: siblingPlans.filter((p) => p.personId === id).map(toPlan),
    };
  });
  return history;
}
