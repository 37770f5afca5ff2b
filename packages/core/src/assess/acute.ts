import type { CaseFacts } from '../schema/case.js';

/** Codes that, recorded on the decision day itself, mean the child may be unsafe right now. */
export const acuteCodes = [
  'safety.immediate-danger',
  'supervision.carer-incapacitated',
  'safety.injury-unexplained',
  'safety.disclosure',
] as const;

export interface AcuteEntry {
  codes: string[];
  text: string;
  date: string;
}

const sameDayWords = /\b(today|this morning|this afternoon|this evening|tonight)\b/i;

/**
 * A concern happened on the decision day: dated that day; or, where the case dates the decision
 * only to a month, dated with that same month and described as happening today.
 */
function isToday(date: string | null, description: string, caseAsOf: string | null, asOf: string): boolean {
  const d = date?.trim();
  if (!d) return false;
  if (d === asOf) return true;
  return caseAsOf !== null && caseAsOf.length < 10 && d === caseAsOf && sameDayWords.test(description);
}

/**
 * Concerns recorded on the decision day (`asOf`, YYYY-MM-DD) with an acute code: an incapacitated carer
 * at the school gate, a disclosure, an unexplained injury, immediate danger. A concern dated only to a
 * month or year is not "today", unless the decision too is dated only to that month and the
 * concern says it happened today.
 */
export function acuteToday(facts: CaseFacts, asOf: string): AcuteEntry[] {
  return facts.currentConcerns
    .filter((c) => isToday(c.date, c.description, facts.asOf, asOf))
    .map((c) => ({
      codes: c.codes.filter((code) => (acuteCodes as readonly string[]).includes(code)),
      text: c.description,
      date: asOf,
    }))
    .filter((a) => a.codes.length > 0);
}
