/**
 * Scores how likely a person on record is the person a worker is asking about, and says why in
 * plain words. Nothing is merged: the worker sees the reasons and confirms or not.
 */
import type { PersonIdentifiers } from '../schema/cases.js';
import { isSpellingVariant, normaliseName, normaliseNhsNumber, normalisePostcode } from './names.js';

/** One version of a person on record, as the scorer sees it. */
export interface RecordedIdentity extends PersonIdentifiers {
  version: number;
  current: boolean;
}

export interface MatchScore {
  score: number;
  reasons: string[];
}

interface Evidence {
  weight: number;
  reason: string;
}

function compareNhs(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  if (!query.nhsNumber || !recorded.nhsNumber) return null;
  return normaliseNhsNumber(query.nhsNumber) === normaliseNhsNumber(recorded.nhsNumber)
    ? { weight: 0.6, reason: 'Same NHS number' }
    : { weight: -0.5, reason: 'Different NHS number' };
}

function swappedDayMonth(a: string, b: string): boolean {
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  return ya === yb && ma === db && da === mb && ma !== da;
}

function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

function compareDates(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  const q = query.dateOfBirth ?? null;
  const r = recorded.dateOfBirth ?? null;
  if (q && r) {
    if (q === r) return { weight: 0.3, reason: 'Same date of birth' };
    if (swappedDayMonth(q, r))
      return { weight: 0.15, reason: `Date of birth ${r} on record has the day and month the other way round` };
    if (oneDigitApart(q, r)) return { weight: 0.12, reason: `Date of birth ${r} on record is one digit different` };
    return { weight: -0.15, reason: `Different date of birth (${r} on record)` };
  }
  if (query.expectedDate && recorded.expectedDate && query.expectedDate === recorded.expectedDate) {
    return { weight: 0.2, reason: 'Same expected date of delivery' };
  }
  return null;
}

function familyNamesOnRecord(recorded: RecordedIdentity): { name: string; other: boolean }[] {
  const names = recorded.familyName ? [{ name: recorded.familyName, other: false }] : [];
  for (const n of recorded.otherNames ?? []) if (n.familyName) names.push({ name: n.familyName, other: true });
  return names;
}

function compareFamilyName(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  const asked = [query.familyName, ...(query.otherNames ?? []).map((n) => n.familyName)].filter(
    (n): n is string => typeof n === 'string' && normaliseName(n) !== '',
  );
  let best: Evidence | null = null;
  const consider = (e: Evidence) => {
    if (best === null || e.weight > best.weight) best = e;
  };
  for (const q of asked) {
    for (const { name, other } of familyNamesOnRecord(recorded)) {
      const same = normaliseName(q) === normaliseName(name);
      if (same && !other) consider({ weight: 0.25, reason: 'Same family name' });
      else if (same) consider({ weight: 0.2, reason: `Family name ${q} is another name on record (${name})` });
      else if (isSpellingVariant(q, name)) {
        consider({
          weight: 0.15,
          reason: `Family name ${q} is spelled or sounds like ${name}${other ? ', another name on record' : ''}`,
        });
      }
    }
  }
  return best;
}

function compareGivenName(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  if (!query.givenName || normaliseName(query.givenName) === '') return null;
  const onRecord = [recorded.givenName, ...(recorded.otherNames ?? []).map((n) => n.givenName)].filter(
    (n): n is string => typeof n === 'string' && n !== '',
  );
  const q = query.givenName;
  if (onRecord.some((n) => normaliseName(n) === normaliseName(q))) return { weight: 0.15, reason: 'Same given name' };
  const variant = onRecord.find((n) => isSpellingVariant(q, n));
  if (variant) return { weight: 0.08, reason: `Given name ${q} is spelled or sounds like ${variant}` };
  return null;
}

function compareAddress(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  if (query.postcode && recorded.postcode && normalisePostcode(query.postcode) === normalisePostcode(recorded.postcode)) {
    return { weight: 0.15, reason: recorded.current ? 'Same postcode' : 'Same postcode as an earlier address on record' };
  }
  if (query.address && recorded.address && normaliseName(query.address) === normaliseName(recorded.address)) {
    return { weight: 0.1, reason: recorded.current ? 'Same address' : 'Same address as an earlier address on record' };
  }
  return null;
}

function compareKind(query: PersonIdentifiers, recorded: RecordedIdentity): Evidence | null {
  if (!query.kind || !recorded.kind) return null;
  const isAdult = (k: string) => k === 'adult';
  if (isAdult(query.kind) === isAdult(recorded.kind)) return null;
  return { weight: -0.3, reason: recorded.kind === 'adult' ? 'Recorded as an adult' : 'Recorded as a child' };
}

/**
 * Scores one version of a person on record against what the worker entered: 0 (nothing in common)
 * to 1 (everything agrees), with a reason for every point gained or lost.
 */
export function scoreIdentity(query: PersonIdentifiers, recorded: RecordedIdentity): MatchScore {
  const evidence = [
    compareNhs(query, recorded),
    compareDates(query, recorded),
    compareFamilyName(query, recorded),
    compareGivenName(query, recorded),
    compareAddress(query, recorded),
    compareKind(query, recorded),
  ].filter((e): e is Evidence => e !== null);
  const total = evidence.reduce((sum, e) => sum + e.weight, 0);
  const score = Math.round(Math.max(0, Math.min(1, total)) * 100) / 100;
  return { score, reasons: evidence.map((e) => e.reason) };
}

/** The best-scoring version of a person: old names and addresses count too. */
export function scorePerson(query: PersonIdentifiers, versions: readonly RecordedIdentity[]): MatchScore {
  let best: MatchScore = { score: 0, reasons: [] };
  for (const version of versions) {
    const result = scoreIdentity(query, version);
    if (result.score > best.score) best = result;
  }
  return best;
}

/** Candidates below this score are not shown. */
export const MATCH_THRESHOLD = 0.3;
