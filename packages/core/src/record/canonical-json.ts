/**
 * Canonical JSON: one byte sequence for one value, so that a decision record hashes the same on
 * every machine and in every browser (invariant 1). Object keys are sorted by Unicode code point,
 * there is no whitespace, `undefined` properties are dropped, arrays keep their order, and anything
 * JSON cannot carry faithfully is refused rather than silently changed.
 */

/**
 * Serialises a plain JSON-like value deterministically.
 *
 * Accepts `null`, booleans, finite numbers, strings, arrays and plain objects (prototype
 * `Object.prototype` or `null`). Throws a `TypeError` naming the path (`$.facts.child.label`) for
 * non-finite numbers, functions, symbols, bigints, `Date`s and other class instances, `undefined`
 * inside an array, symbol-keyed properties and circular references.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null], c: undefined }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, null, new Set<object>());
}

/** Where a value sits, kept as links and turned into `$.a.b[0]` only when an error needs it. */
interface PathLink {
  parent: PathLink | null;
  key: string | number;
}

function pathText(link: PathLink | null): string {
  if (link === null) return '$';
  const { key } = link;
  if (typeof key === 'number') return `${pathText(link.parent)}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
    ? `${pathText(link.parent)}.${key}`
    : `${pathText(link.parent)}[${JSON.stringify(key)}]`;
}

function serialise(value: unknown, at: PathLink | null, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`${pathText(at)}: ${String(value)} is not a finite number and has no JSON form`);
      return JSON.stringify(value);
    case 'undefined':
      throw new TypeError(`${pathText(at)}: undefined has no JSON form here (it is dropped only as an object property)`);
    case 'bigint':
      throw new TypeError(`${pathText(at)}: a bigint has no JSON form; store it as a string`);
    case 'symbol':
      throw new TypeError(`${pathText(at)}: a symbol has no JSON form`);
    case 'function':
      throw new TypeError(`${pathText(at)}: a function has no JSON form`);
    default:
      return serialiseObject(value, at, ancestors);
  }
}

function serialiseObject(value: object, at: PathLink | null, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new TypeError(`${pathText(at)}: circular reference`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return serialiseArray(value, at, ancestors);
    assertPlainObject(value, at);
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort(compareByCodePoint)) {
      const child = record[key];
      if (child === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${serialise(child, { parent: at, key }, ancestors)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function serialiseArray(items: readonly unknown[], at: PathLink | null, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    // A hole in a sparse array reads as undefined and is refused like any other undefined element.
    parts.push(serialise(items[i], { parent: at, key: i }, ancestors));
  }
  return `[${parts.join(',')}]`;
}

function assertPlainObject(value: object, at: PathLink | null): void {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = value instanceof Date ? 'a Date (store an ISO string instead)' : `a ${describeClass(value)}`;
    throw new TypeError(`${pathText(at)}: ${name} is not a plain object and has no canonical JSON form`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new TypeError(`${pathText(at)}: symbol-keyed properties have no JSON form`);
  }
}

function describeClass(value: object): string {
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : 'non-plain object';
}

/**
 * Orders strings by Unicode code point. Plain `<` compares UTF-16 code units, which puts astral
 * characters (stored as surrogates, U+D800..U+DFFF) before U+E000..U+FFFF; shifting the code units
 * fixes the first difference without decoding the whole string.
 */
function compareByCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

function codeUnitRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
