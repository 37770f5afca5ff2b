/** Search keys: what a person is indexed under, and what a search looks for. */
import type { PersonIdentifiers } from '../schema/cases.js';
import { nameParts, normaliseNhsNumber, normalisePostcode, soundexBySound } from './names.js';

function nameKeys(name: string | undefined): string[] {
  if (!name) return [];
  return nameParts(name).flatMap((part) => [`nn:${part}`, `ns:${soundexBySound(part)}`]);
}

/** Every key a person version is indexed under: each name part (current and other names), date of birth, NHS number, postcode. */
export function personSearchKeys(person: PersonIdentifiers): string[] {
  const keys = [
    ...nameKeys(person.givenName),
    ...nameKeys(person.familyName),
    ...(person.otherNames ?? []).flatMap((n) => [...nameKeys(n.givenName), ...nameKeys(n.familyName)]),
  ];
  if (person.dateOfBirth) keys.push(`dob:${person.dateOfBirth}`);
  if (person.expectedDate) keys.push(`edd:${person.expectedDate}`);
  if (person.nhsNumber) keys.push(`nhs:${normaliseNhsNumber(person.nhsNumber)}`);
  if (person.postcode) keys.push(`pc:${normalisePostcode(person.postcode)}`);
  return [...new Set(keys)];
}

/**
 * The keys a search looks up: family names (current and other) by spelling and sound, given names
 * only together with something else, date of birth, NHS number and postcode.
 */
export function searchKeysFor(query: PersonIdentifiers): string[] {
  const keys = [...nameKeys(query.familyName), ...(query.otherNames ?? []).flatMap((n) => nameKeys(n.familyName))];
  if (query.dateOfBirth) keys.push(`dob:${query.dateOfBirth}`);
  if (query.expectedDate) keys.push(`edd:${query.expectedDate}`);
  if (query.nhsNumber) keys.push(`nhs:${normaliseNhsNumber(query.nhsNumber)}`);
  if (query.postcode) keys.push(`pc:${normalisePostcode(query.postcode)}`);
  return [...new Set(keys)];
}
