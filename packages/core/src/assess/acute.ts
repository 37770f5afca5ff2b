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

/**
 * Concerns recorded on the decision day (`asOf`, YYYY-MM-DD) with an acute code: an incapacitated carer
 * at the school gate, a disclosure, an unexplained injury, immediate danger. A concern dated only to a
 * month or year is not "today".
 */
export function acuteToday(facts: CaseFacts, asOf: string): AcuteEntry[] {
  return facts.currentConcerns
    .filter((c) => c.date?.trim() === asOf)
    .map((c) => ({
      codes: c.codes.filter((code) => (acuteCodes as readonly string[]).includes(code)),
      text: c.description,
      date: asOf,
    }))
    .filter((a) => a.codes.length > 0);
}
