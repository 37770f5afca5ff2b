import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isSpellingVariant,
  isValidNhsNumber,
  nameParts,
  normaliseName,
  personSearchKeys,
  type RecordedIdentity,
  scoreIdentity,
  scorePerson,
  searchKeysFor,
  soundex,
} from '../src/index.js';

const recorded = (fields: Partial<RecordedIdentity>): RecordedIdentity => ({ version: 1, current: true, ...fields });

describe('names', () => {
  it('normalise accents, case and punctuation', () => {
    expect(normaliseName('Zoë O’Neill-Smith')).toBe('zoeoneillsmith');
    expect(nameParts('Brooke-Smith')).toEqual(['brookesmith', 'brooke', 'smith']);
  });

  it('give the standard Soundex codes', () => {
    expect(soundex('Robert')).toBe('R163');
    expect(soundex('Rupert')).toBe('R163');
    expect(soundex('Ashcraft')).toBe('A261');
    expect(soundex('Tymczak')).toBe('T522');
    expect(soundex('Smith')).toBe(soundex('Smyth'));
  });

  it('treat close spellings as variants and different names as different', () => {
    expect(isSpellingVariant('Brook', 'Brooke')).toBe(true);
    expect(isSpellingVariant('Catherine', 'Kathryn')).toBe(true);
    expect(isSpellingVariant('Jones', 'Brook')).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('check NHS numbers with the modulus 11 digit', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('94347659')).toBe(false);
  });
});

describe('search keys', () => {
  it('index other names so a previous surname finds the person', () => {
    const keys = personSearchKeys({
      givenName: 'Ayla',
      familyName: 'Brook',
      otherNames: [{ familyName: 'Stone' }],
      dateOfBirth: '2017-06-02',
    });
    const query = searchKeysFor({ familyName: 'Stone' });
    expect(query.some((k) => keys.includes(k))).toBe(true);
  });
});

describe('scoring a possible match', () => {
  it('gives reasons for each point: NHS number, date of birth, names and postcode', () => {
    const result = scoreIdentity(
      { givenName: 'Ayla', familyName: 'Brooke', dateOfBirth: '2017-06-02', nhsNumber: '9434765919', postcode: 'de1 1aa' },
      recorded({
        givenName: 'Ayla',
        familyName: 'Brook',
        dateOfBirth: '2017-06-02',
        nhsNumber: '943 476 5919',
        postcode: 'DE1 1AA',
      }),
    );
    expect(result.score).toBe(1);
    expect(result.reasons).toEqual([
      'Same NHS number',
      'Same date of birth',
      'Family name Brooke is spelled or sounds like Brook',
      'Same given name',
      'Same postcode',
    ]);
  });

  it('finds a child under a previous surname and an older version of their record', () => {
    const result = scorePerson({ givenName: 'Ayla', familyName: 'Stone', dateOfBirth: '2017-06-02' }, [
      recorded({ givenName: 'Ayla', familyName: 'Stone', dateOfBirth: '2017-06-02', version: 1, current: false }),
      recorded({
        givenName: 'Ayla',
        familyName: 'Brook',
        otherNames: [{ familyName: 'Stone' }],
        dateOfBirth: '2017-06-02',
        version: 2,
      }),
    ]);
    expect(result.score).toBeGreaterThanOrEqual(0.7);
  });

  it('counts a day and month written the other way round, and a different NHS number against', () => {
    const swapped = scoreIdentity(
      { familyName: 'Brook', dateOfBirth: '2017-02-06' },
      recorded({ familyName: 'Brook', dateOfBirth: '2017-06-02' }),
    );
    expect(swapped.reasons).toContain('Date of birth 2017-06-02 on record has the day and month the other way round');
    const different = scoreIdentity(
      { familyName: 'Brook', nhsNumber: '9434765919' },
      recorded({ familyName: 'Brook', nhsNumber: '4010232137' }),
    );
    expect(different.score).toBe(0);
  });

  it('always scores between 0 and 1, and a record always matches itself at least as well as anything else', () => {
    const identity = fc.record({
      givenName: fc.string({ maxLength: 12 }),
      familyName: fc.string({ maxLength: 12 }),
      dateOfBirth: fc.option(fc.constantFrom('2017-06-02', '2017-02-06', '2016-06-02'), { nil: null }),
      postcode: fc.option(fc.constantFrom('DE1 1AA', 'ZZ9 9ZZ'), { nil: null }),
    });
    fc.assert(
      fc.property(identity, identity, (a, b) => {
        const other = scoreIdentity(a, recorded(b)).score;
        const self = scoreIdentity(a, recorded(a)).score;
        expect(other).toBeGreaterThanOrEqual(0);
        expect(other).toBeLessThanOrEqual(1);
        expect(self).toBeGreaterThanOrEqual(other);
      }),
    );
  });
});
