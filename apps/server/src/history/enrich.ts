/**
 * History surfaces itself: confirmed records (plans, past contacts and decisions, siblings' plans,
 * parents' factors, missed appointments) are added to the case facts before `assess` sees them,
 * each addition marked "On record" and listed so the worker can see what the records added.
 * Pure: everything it needs is passed in.
 */
import { type CaseFacts, type HouseholdFactors, monthsBetween, parseLooseDate } from '@sightline/core';

export interface PlanOnRecord {
  kind: 'early-help' | 'child-in-need' | 'child-protection';
  category: string | null;
  startedOn: string;
  endedOn: string | null;
  detail: string | null;
}

export interface PastCaseOnRecord {
  /** When the contact was made, YYYY-MM-DD. */
  openedOn: string;
  pathway: string;
  /** The latest decision, if one was made. */
  decision: { decidedOn: string; levelName: string; value: string } | null;
}

export interface ChronologyOnRecord {
  occurredOn: string;
  kind: 'observation' | 'measure' | 'event';
  description: string;
  codes: string[];
  outcome: string | null;
  sourceAgency: string;
}

export interface HistoryOnRecord {
  subject: {
    plans: PlanOnRecord[];
    pastCases: PastCaseOnRecord[];
    chronology: ChronologyOnRecord[];
  } | null;
  /** Brothers, sisters and other children in the household, each with a neutral label (never a name). */
  siblings: { label: string; plans: PlanOnRecord[] }[];
  /** Household members confirmed on record, keyed by the facts' `household[].id`. */
  members: { memberId: string; factors: HouseholdFactors | null; notes: string[] }[];
}

export interface HistoryAddition {
  /** Where in the facts it went, `/`-separated. */
  path: string;
  from: 'plan' | 'case' | 'decision' | 'factors' | 'chronology';
  detail: string;
}

export interface EnrichedFacts {
  facts: CaseFacts;
  added: HistoryAddition[];
}

const ON_RECORD = 'On record:';

function isOnOrBefore(date: string, asOf: string): boolean {
  const interval = parseLooseDate(date);
  return interval !== null && interval.earliest <= asOf;
}

function planIsOpen(plan: PlanOnRecord, asOf: string): boolean {
  if (plan.endedOn === null) return true;
  const end = parseLooseDate(plan.endedOn);
  return end !== null && end.earliest > asOf;
}

function describePlan(plan: PlanOnRecord): string {
  const name =
    plan.kind === 'child-protection'
      ? `child protection plan${plan.category ? ` (${plan.category})` : ''}`
      : plan.kind === 'child-in-need'
        ? 'child in need plan'
        : 'early help plan';
  return `${ON_RECORD} ${name} from ${plan.startedOn} to ${plan.endedOn ?? 'now'}${plan.detail ? `. ${plan.detail}` : ''}`;
}

function addSubjectPlans(facts: CaseFacts, plans: PlanOnRecord[], asOf: string, added: HistoryAddition[]): void {
  const label = facts.child.label;
  for (const plan of plans.filter((p) => isOnOrBefore(p.startedOn, asOf))) {
    const end = planIsOpen(plan, asOf) ? null : plan.endedOn;
    if (plan.kind === 'child-protection') {
      if (facts.history.previousCPPlans.some((p) => p.start === plan.startedOn)) continue;
      facts.history.previousCPPlans.push({
        child: label,
        category: plan.category ?? 'not recorded',
        start: plan.startedOn,
        end,
        detail: describePlan(plan),
      });
      added.push({
        path: `history/previousCPPlans/${facts.history.previousCPPlans.length - 1}`,
        from: 'plan',
        detail: describePlan(plan),
      });
    } else if (plan.kind === 'child-in-need') {
      if (facts.history.previousCIN.some((p) => p.start === plan.startedOn)) continue;
      facts.history.previousCIN.push({ child: label, start: plan.startedOn, end, detail: describePlan(plan) });
      added.push({
        path: `history/previousCIN/${facts.history.previousCIN.length - 1}`,
        from: 'plan',
        detail: describePlan(plan),
      });
    } else {
      facts.history.otherRelevantHistory.push({ date: plan.startedOn, detail: describePlan(plan) });
      added.push({
        path: `history/otherRelevantHistory/${facts.history.otherRelevantHistory.length - 1}`,
        from: 'plan',
        detail: describePlan(plan),
      });
    }
  }
}

function addPastCases(facts: CaseFacts, pastCases: PastCaseOnRecord[], asOf: string, added: HistoryAddition[]): void {
  for (const past of pastCases.filter((c) => c.openedOn <= asOf)) {
    const outcome = past.decision ? `decided ${past.decision.decidedOn}: ${past.decision.levelName}` : 'no decision on record';
    const detail = `${ON_RECORD} ${past.pathway === 'contact' ? 'contact' : past.pathway} ${past.openedOn}, ${outcome}`;
    const months = monthsBetween(past.openedOn, asOf);
    const list = months < 12 ? facts.history.referralsLast12Months : facts.history.earlierReferrals;
    if (list.some((r) => r.date === past.openedOn)) continue;
    list.push({ date: past.openedOn, detail });
    added.push({
      path: `history/${months < 12 ? 'referralsLast12Months' : 'earlierReferrals'}/${list.length - 1}`,
      from: 'case',
      detail,
    });
    if (past.decision) {
      facts.professionalContext.previousDecisions.push({ date: past.decision.decidedOn, detail });
      added.push({
        path: `professionalContext/previousDecisions/${facts.professionalContext.previousDecisions.length - 1}`,
        from: 'decision',
        detail,
      });
    }
  }
}

function addSiblingPlans(facts: CaseFacts, siblings: HistoryOnRecord['siblings'], asOf: string, added: HistoryAddition[]): void {
  for (const sibling of siblings) {
    for (const plan of sibling.plans.filter((p) => p.kind !== 'early-help' && isOnOrBefore(p.startedOn, asOf))) {
      if (planIsOpen(plan, asOf)) {
        const name =
          plan.kind === 'child-protection'
            ? `child protection plan${plan.category ? ` (${plan.category})` : ''}`
            : 'child in need plan';
        facts.history.openCasesForSiblings.push({ child: sibling.label, plan: name, detail: describePlan(plan) });
        added.push({
          path: `history/openCasesForSiblings/${facts.history.openCasesForSiblings.length - 1}`,
          from: 'plan',
          detail: describePlan(plan),
        });
      }
      if (plan.kind === 'child-protection') {
        const end = planIsOpen(plan, asOf) ? null : plan.endedOn;
        facts.history.previousCPPlans.push({
          child: sibling.label,
          category: plan.category ?? 'not recorded',
          start: plan.startedOn,
          end,
          detail: describePlan(plan),
        });
        added.push({
          path: `history/previousCPPlans/${facts.history.previousCPPlans.length - 1}`,
          from: 'plan',
          detail: describePlan(plan),
        });
      }
    }
  }
}

const factorKeys = [
  'substanceMisuse',
  'treatmentEngagement',
  'mentalHealth',
  'learningDisability',
  'domesticAbuse',
  'criminality',
  'imprisonment',
] as const;

function addMemberFactors(facts: CaseFacts, members: HistoryOnRecord['members'], added: HistoryAddition[]): void {
  for (const member of members) {
    const index = facts.household.findIndex((h) => h.id === member.memberId);
    const entry = facts.household[index];
    if (!entry || !member.factors) continue;
    for (const key of factorKeys) {
      const recorded = member.factors[key];
      if (entry.factors[key].status !== 'unknown' || recorded.status === 'unknown') continue;
      const detail = `${ON_RECORD} ${recorded.detail ?? recorded.status.replace(/-/g, ' ')}`;
      entry.factors[key] = { status: recorded.status, detail };
      added.push({ path: `household/${index}/factors/${key}`, from: 'factors', detail });
    }
    const removed = member.factors.previousChildrenRemoved;
    if (removed.count !== null && (entry.factors.previousChildrenRemoved.count ?? 0) < removed.count) {
      const detail = `${ON_RECORD} ${removed.detail ?? `${removed.count} children removed`}`;
      entry.factors.previousChildrenRemoved = { count: removed.count, detail };
      added.push({ path: `household/${index}/factors/previousChildrenRemoved`, from: 'factors', detail });
    }
    for (const note of member.notes) {
      if (entry.notes.includes(note)) continue;
      entry.notes.push(note);
    }
  }
}

function addChronology(facts: CaseFacts, entries: ChronologyOnRecord[], asOf: string, added: HistoryAddition[]): void {
  const engagement = facts.parentalEngagement;
  for (const entry of entries.filter((e) => isOnOrBefore(e.occurredOn, asOf))) {
    const detail = `${ON_RECORD} ${entry.description} (${entry.sourceAgency})`;
    if (entry.kind === 'event' && entry.outcome === 'was-not-brought') {
      engagement.appointmentsMissed.push({ date: entry.occurredOn, detail, codes: entry.codes });
      added.push({
        path: `parentalEngagement/appointmentsMissed/${engagement.appointmentsMissed.length - 1}`,
        from: 'chronology',
        detail,
      });
    } else if (entry.kind === 'event' && entry.outcome === 'access-refused') {
      engagement.accessRefused.push({ date: entry.occurredOn, detail, codes: entry.codes });
      added.push({ path: `parentalEngagement/accessRefused/${engagement.accessRefused.length - 1}`, from: 'chronology', detail });
    } else if (entry.kind === 'event' && entry.outcome === 'kept') {
      engagement.appointmentsAttended.push({ date: entry.occurredOn, detail });
      added.push({
        path: `parentalEngagement/appointmentsAttended/${engagement.appointmentsAttended.length - 1}`,
        from: 'chronology',
        detail,
      });
    } else {
      facts.history.otherRelevantHistory.push({ date: entry.occurredOn, detail });
      added.push({
        path: `history/otherRelevantHistory/${facts.history.otherRelevantHistory.length - 1}`,
        from: 'chronology',
        detail,
      });
    }
  }
}

/**
 * The facts as `assess` should see them: the worker's facts plus confirmed history on record.
 * The worker's own entries win; records fill what is missing or unknown.
 */
export function addHistoryOnRecord(facts: CaseFacts, history: HistoryOnRecord, asOf: string): EnrichedFacts {
  const copy = structuredClone(facts);
  const added: HistoryAddition[] = [];
  if (history.subject) {
    addSubjectPlans(copy, history.subject.plans, asOf, added);
    addPastCases(copy, history.subject.pastCases, asOf, added);
    addChronology(copy, history.subject.chronology, asOf, added);
  }
  addSiblingPlans(copy, history.siblings, asOf, added);
  addMemberFactors(copy, history.members, added);
  return { facts: copy, added };
}
