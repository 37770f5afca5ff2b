/** Name, postcode and NHS number normalisation for finding people on record. Pure functions. */

/**
 * Lower-case letters only, accents removed: "Brooke-Smith " -> "brookesmith".
 * @example normaliseName('Zoë O’Neill') // 'zoeoneill'
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The parts of a name: double-barrelled and multi-word names split, each normalised.
 * @example nameParts('Brooke-Smith') // ['brookesmith', 'brooke', 'smith']
 */
export function nameParts(name: string): string[] {
  const whole = normaliseName(name);
  const parts = name
    .split(/[\s-]+/)
    .map(normaliseName)
    .filter((p) => p.length > 0);
  return [...new Set([whole, ...parts].filter((p) => p.length > 0))];
}

const soundexCodes: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/**
 * American Soundex of a normalised name (letters a-z), e.g. Smith and Smyth both give S530.
 * @example soundex('robert') // 'R163'
 */
export function soundex(name: string): string {
  const letters = normaliseName(name);
  const first = letters[0];
  if (first === undefined) return '';
  let code = first.toUpperCase();
  let previous = soundexCodes[first] ?? '';
  for (const letter of letters.slice(1)) {
    const digit = soundexCodes[letter] ?? '';
    if (digit !== '' && digit !== previous) code += digit;
    // h and w do not separate letters with the same code; vowels do.
    if (letter !== 'h' && letter !== 'w') previous = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, '0');
}

/** Levenshtein edit distance, capped: stops counting past `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/**
 * Soundex with the first letter replaced by its sound group, so names whose first letters sound the
 * same (Catherine, Kathryn; Philip, Filip after `ph` -> `f`) share a key.
 */
export function soundexBySound(name: string): string {
  const letters = normaliseName(name).replace(/^ph/, 'f').replace(/^kn/, 'n').replace(/^wr/, 'r');
  const code = soundex(letters);
  const first = letters[0];
  if (first === undefined) return '';
  return `${soundexCodes[first] ?? (/[aeiouy]/.test(first) ? 'V' : first)}${code.slice(1)}`;
}

/** Whether two names are probably the same name spelled differently (sound alike, or one or two letters apart). */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '' || x === y) return false;
  const limit = Math.min(x.length, y.length) <= 4 ? 1 : 2;
  return soundex(x) === soundex(y) || soundexBySound(x) === soundexBySound(y) || editDistance(x, y, limit) <= limit;
}

/** Postcode in one canonical form: upper case, no spaces. */
export function normalisePostcode(postcode: string): string {
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** NHS number as ten digits (spaces and dashes dropped). */
export function normaliseNhsNumber(nhsNumber: string): string {
  return nhsNumber.replace(/[\s-]/g, '');
}

/**
 * Whether a ten-digit NHS number passes its modulus 11 check digit.
 * @example isValidNhsNumber('943 476 5919') // true
 */
export function isValidNhsNumber(nhsNumber: string): boolean {
  const digits = normaliseNhsNumber(nhsNumber);
  if (!/^[0-9]{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
