/**
 * A prepared reading of the case facts that many rules share: who ticked which observation code
 * where, the child's age and likely date of birth, who the parents and carers are, which agencies
 * information came from. Built once per assessment; pure.
 */
import { addCalendarMonths, type DateInterval } from '../dates/loose-date.js';
import type { CaseFacts, HouseholdMember, Measure } from '../schema/case.js';

export interface CodedEntry {
  /** Where in the case the code was ticked. */
  place: 'concern' | 'child’s words' | 'missed appointment' | 'access refused' | 'disguised compliance' | 'engagement';
  date: string | null;
  source: string;
  text: string;
}

export interface CaseView {
  observations: ReadonlyMap<string, readonly CodedEntry[]>;
  ageMonths: number | null;
  birth: DateInterval | null;
  /** Adults who parent or care for the child, resident or not. */
  carers: readonly HouseholdMember[];
  /** True when the child is (or is likely to be) the subject named in a history record. */
  isSubject(label: string): boolean;
  /** First-named agency of every concern, plus the decision maker's own agency. */
  informationSources: readonly string[];
}

const childWords = /\b(sibling|half-sibling|brother|sister|twin|niece|nephew|cousin|baby|child|son|daughter|grandchild)\b/i;

/** True for a household member who is an adult parent, carer or partner rather than another child. */
export function isCarer(member: HouseholdMember): boolean {
  const relation = member.relationshipToChild;
  if (childWords.test(relation) && !/\b(mother|father|parent|carer|guardian)\b/i.test(relation)) return false;
  const words = `${member.role} ${relation}`;
  if (/\b(mother|father|parent|carer|partner|step|guardian|foster)\b/i.test(words)) return true;
  if (/\b(grand(mother|father|parent)|aunt|uncle|kinship)\b/i.test(words) && member.livesWithChild === true) return true;
  return !childWords.test(words) && member.ageYears !== null && member.ageYears >= 18;
}

/** The child's age in months, from `ageMonths` or, failing that, the age band ("5 years", "infant under 6 months"). */
export function ageInMonths(facts: CaseFacts): number | null {
  if (facts.child.unborn) return null;
  if (facts.child.ageMonths !== null) return facts.child.ageMonths;
  const band = facts.child.ageBand.toLowerCase();
  const months = /under (\d+) months/.exec(band) ?? /(\d+)\s*months/.exec(band);
  if (months?.[1]) return Math.max(0, Number(months[1]) - 3);
  const years = /(\d+)(?:\s*-\s*\d+)?\s*years?/.exec(band);
  if (years?.[1]) return Number(years[1]) * 12;
  if (/toddler/.test(band)) return 24;
  if (/infant|baby|newborn/.test(band)) return 6;
  return null;
}

function codedEntries(facts: CaseFacts): Map<string, CodedEntry[]> {
  const map = new Map<string, CodedEntry[]>();
  const add = (codes: readonly string[], entry: CodedEntry) => {
    for (const code of codes) {
      const list = map.get(code);
      if (list) list.push(entry);
      else map.set(code, [entry]);
    }
  };
  for (const c of facts.currentConcerns)
    add(c.codes, { place: 'concern', date: c.date, source: c.sourceAgency, text: c.description });
  for (const v of facts.childsVoice) {
    add(v.codes, {
      place: 'child’s words',
      date: v.date,
      source: v.recordedBy ?? 'not recorded',
      text: v.words ?? v.context ?? '',
    });
  }
  const pe = facts.parentalEngagement;
  const lists = [
    ['missed appointment', pe.appointmentsMissed],
    ['access refused', pe.accessRefused],
    ['disguised compliance', pe.disguisedComplianceSigns],
    ['engagement', pe.otherFacts],
  ] as const;
  for (const [place, list] of lists) {
    for (const e of list) add(e.codes, { place, date: e.date, source: 'engagement record', text: e.detail });
  }
  return map;
}

/** The first-named agency of a "school / school nursing" style source. */
export function primaryAgency(source: string): string {
  return (source.split(/\s*(?:\/|,|;|\bvia\b|\(|\bwith\b)\s*/i)[0] ?? source).trim();
}

/**
 * The shared view of a case for a decision date (YYYY-MM-DD). Everything is worked out on first use,
 * so a rule that needs no observation list or carer list pays nothing for it (a class keeps the
 * accessors on the prototype, so making a view is cheap).
 */
class LazyCaseView implements CaseView {
  readonly ageMonths: number | null;
  #birth: DateInterval | null | undefined;
  #labels: [string, string] | null = null;
  #observations: Map<string, CodedEntry[]> | null = null;
  #carers: HouseholdMember[] | null = null;
  #sources: string[] | null = null;

  constructor(
    private readonly facts: CaseFacts,
    private readonly asOf: string,
  ) {
    this.ageMonths = ageInMonths(facts);
  }

  get observations(): ReadonlyMap<string, readonly CodedEntry[]> {
    this.#observations ??= codedEntries(this.facts);
    return this.#observations;
  }

  get birth(): DateInterval | null {
    if (this.#birth === undefined) this.#birth = this.birthInterval();
    return this.#birth;
  }

  get carers(): readonly HouseholdMember[] {
    this.#carers ??= this.facts.household.filter(isCarer);
    return this.#carers;
  }

  get informationSources(): readonly string[] {
    this.#sources ??= [
      ...this.facts.currentConcerns.map((c) => primaryAgency(c.sourceAgency)),
      ...(this.facts.decisionMaker.agency ? [this.facts.decisionMaker.agency] : []),
    ];
    return this.#sources;
  }

  #within: RegExp | null | undefined;

  isSubject(name: string): boolean {
    if (this.#labels === null) {
      const label = this.facts.child.label.trim().toLowerCase();
      this.#labels = [label, label.replace(/\s*\(.*\)\s*$/, '')];
    }
    const n = name.trim().toLowerCase();
    if (n === 'subject' || n === 'this child' || n === this.#labels[0] || n === this.#labels[1]) return true;
    // A record for the child and others together ("Child W and his half-sister"), not another child's ("Child W's sister").
    if (this.#within === undefined) {
      const label = this.#labels[1] ?? '';
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      this.#within = label.length < 3 ? null : new RegExp(`(^|[^a-z0-9])${escaped}(?![a-z0-9])(?!\\s*['’]s\\b)`);
    }
    return this.#within?.test(n) === true || /(^|[^a-z])(subject|this child)(?![a-z])(?!\s*['’]s\b)/.test(n);
  }

  private birthInterval(): DateInterval | null {
    const { facts, asOf, ageMonths } = this;
    if (facts.child.unborn) return { earliest: asOf, latest: addCalendarMonths(asOf, 10), exact: false };
    if (ageMonths === null) return null;
    const exactAge = facts.child.ageMonths !== null;
    return {
      earliest: addCalendarMonths(asOf, -(ageMonths + (exactAge ? 1 : 6))),
      latest: addCalendarMonths(asOf, -ageMonths),
      exact: false,
    };
  }
}

/** The child has a protection plan of their own with no end date: they are on a plan now. */
export function onProtectionPlanNow(facts: CaseFacts, view: Pick<CaseView, 'isSubject'>): boolean {
  return facts.history.previousCPPlans.some((p) => p.end === null && view.isSubject(p.child));
}

/** Builds the shared view of a case for a decision date (YYYY-MM-DD). */
export function buildCaseView(facts: CaseFacts, asOf: string): CaseView {
  return new LazyCaseView(facts, asOf);
}

/** Reads a measure as one number, taking the end of a range that is worse for the child, and says how. */
export function readMeasure(m: Measure | null, worse: 'high' | 'low'): { value: number; note: string } | null {
  if (!m) return null;
  if (m.value !== null && Number.isFinite(m.value)) return { value: m.value, note: '' };
  if (m.range) {
    const [a, b] = m.range;
    const value = worse === 'high' ? Math.max(a, b) : Math.min(a, b);
    return { value, note: ` (recorded as a range, ${a} to ${b}; the end that is worse for the child is used)` };
  }
  return null;
}

/** How many records of one kind a finding quotes; the rest are counted, so a long chronology stays readable. */
export const EVIDENCE_LINES_MAX = 12;

/**
 * Formats coded entries as evidence lines: the first `EVIDENCE_LINES_MAX` quoted, then one line
 * counting the rest (with the date range they cover) so that nothing is hidden.
 */
export function describeEntries(entries: readonly CodedEntry[]): string[] {
  const lines: string[] = [];
  const shown = Math.min(entries.length, EVIDENCE_LINES_MAX);
  for (let i = 0; i < shown; i++) {
    const e = entries[i] as CodedEntry;
    lines.push(`${e.place === 'concern' ? e.source : e.place} (${e.date ?? 'date not recorded'}): ${e.text}`.trim());
  }
  if (entries.length > shown) {
    let first: string | null = null;
    let last: string | null = null;
    for (let i = shown; i < entries.length; i++) {
      const d = (entries[i] as CodedEntry).date;
      if (d === null) continue;
      if (first === null || d < first) first = d;
      if (last === null || d > last) last = d;
    }
    const span = first !== null ? `, dated ${first} to ${last}` : '';
    lines.push(`…and ${entries.length - shown} more records of the same kind${span}.`);
  }
  return lines;
}
