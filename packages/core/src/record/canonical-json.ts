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
  return canonicalCopy(value).json;
}

/**
 * A detached, deep-frozen copy of a plain JSON-like value, and its canonical JSON (the same text as
 * `canonicalJson(value)`, with the same checks and errors). The copy is built with its object keys
 * in canonical order, so the engine's own `JSON.stringify` writes the canonical text from it; an
 * object with an array-index key ("0", "12"), which JavaScript lists first whatever the order it
 * was set in, is serialised the long way instead. Later changes to `value` do not reach the copy.
 */
export function canonicalCopy<T>(value: T): { copy: T; json: string } {
  const walk: CopyWalk = { path: [], objects: [], indexKeys: false };
  const copy = copyValue(value, walk) as T;
  return { copy, json: jsonOfCopy(copy, walk.indexKeys) };
}

/** One member of a canonical JSON object: its key and its value's canonical JSON. */
export type CanonicalMember = readonly [key: string, json: string];

/**
 * The members of a plain object's canonical JSON, in key order (`undefined` properties dropped),
 * with the same checks as `canonicalJson`. `joinCanonicalMembers` of them is `canonicalJson(value)`;
 * a caller that adds a member later (a record's hash, say) inserts it in key order and joins again,
 * without serialising the rest a second time.
 */
export function canonicalJsonMembers(value: object): CanonicalMember[] {
  return canonicalCopyMembers(value).members;
}

/**
 * `canonicalCopy` of a plain object, giving its canonical JSON as members (see
 * `canonicalJsonMembers`) rather than joined. The copy and every object in it are frozen.
 */
export function canonicalCopyMembers<T extends object>(value: T): { copy: T; members: CanonicalMember[] } {
  const walk: CopyWalk = { path: [], objects: [value], indexKeys: false };
  assertPlainObject(value, walk);
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const members: CanonicalMember[] = [];
  for (const key of sortedKeys(record)) {
    const child = record[key];
    if (child === undefined) continue;
    walk.path.push(key);
    walk.indexKeys = false;
    const childCopy = copyValue(child, walk);
    members.push([key, jsonOfCopy(childCopy, walk.indexKeys)]);
    walk.path.pop();
    setOwn(copy, key, childCopy);
  }
  return { copy: Object.freeze(copy) as T, members };
}

/** The canonical JSON object made of these members (which must be in key order, keys distinct). */
export function joinCanonicalMembers(members: readonly CanonicalMember[]): string {
  let text = '{';
  for (const [key, json] of members) text += `${text.length === 1 ? '' : ','}${keyFacts(key).quoted}:${json}`;
  return `${text}}`;
}

/**
 * `json` (the joined `members`) with `"key":valueJson` in its key-order place, cut into the text
 * rather than joined again from the members: a flat `json` (one that has been hashed, say) stays
 * a few flat pieces. Throws when the key is there already.
 */
export function withCanonicalMember(json: string, members: readonly CanonicalMember[], key: string, valueJson: string): string {
  const member = `${keyFacts(key).quoted}:${valueJson}`;
  if (members.length === 0) return `{${member}}`;
  // Where member i starts: after "{" and, for each member before it, its text and a comma.
  let offset = 1;
  for (const [k, j] of members) {
    const order = compareKeys(k, key);
    if (order === 0) throw new TypeError(`The object already has "${key}"`);
    if (order > 0) return `${json.slice(0, offset)}${member},${json.slice(offset)}`;
    offset += keyFacts(k).quoted.length + 1 + j.length + 1;
  }
  return `${json.slice(0, -1)},${member}}`;
}

/** Code point order of two keys, as `sortedKeys` orders them. */
function compareKeys(a: string, b: string): number {
  if (!keyFacts(a).high && !keyFacts(b).high) return a < b ? -1 : a > b ? 1 : 0;
  return compareByCodePoint(a, b);
}

/**
 * Where the walk is: the keys from the root to the value (turned into `$.a.b[0]` only when an error
 * needs it) and the objects it is inside (to refuse circular references). Both are stacks pushed
 * and popped as the walk goes, so serialising allocates nothing for them.
 */
interface Walk {
  path: (string | number)[];
  objects: object[];
}

/** A walk that copies: it also notes whether any object on the way has an array-index key. */
interface CopyWalk extends Walk {
  indexKeys: boolean;
}

/** A key JavaScript lists before the others, in numeric order, whatever the order it was set in. */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/** The frozen copy of a value, with the checks and errors of `serialise`. */
function copyValue(value: unknown, walk: CopyWalk): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : refuseLeaf(value, walk);
    case 'object':
      return copyObject(value, walk);
    default:
      return refuseLeaf(value, walk);
  }
}

// An error leaves the stacks as they were where it was thrown: the walk is abandoned with it.
function copyObject(value: object, walk: CopyWalk): object {
  if (walk.objects.includes(value)) throw new TypeError(`${pathText(walk.path)}: circular reference`);
  walk.objects.push(value);
  let copy: object;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      walk.path.push(i);
      items[i] = copyValue(value[i], walk);
      walk.path.pop();
    }
    copy = items;
  } else {
    assertPlainObject(value, walk);
    const record = value as Record<string, unknown>;
    const members: Record<string, unknown> = {};
    for (const key of sortedKeys(record)) {
      const child = record[key];
      if (child === undefined) continue;
      if (INDEX_KEY.test(key)) walk.indexKeys = true;
      walk.path.push(key);
      setOwn(members, key, copyValue(child, walk));
      walk.path.pop();
    }
    copy = members;
  }
  walk.objects.pop();
  return Object.freeze(copy);
}

/**
 * The canonical JSON of a copy made by `copyValue`: JSON.stringify writes its keys in the order
 * they were set, which is canonical, unless an object in it has an array-index key (listed first
 * whatever the order); then it is serialised the long way.
 */
function jsonOfCopy(copy: unknown, hasIndexKeys: boolean): string {
  return hasIndexKeys ? serialise(copy, { path: [], objects: [] }) : JSON.stringify(copy);
}

/** Sets an own data property, even one named `__proto__` (which assignment would not). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function pathText(path: readonly (string | number)[]): string {
  let text = '$';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}

function serialise(value: unknown, walk: Walk): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : refuseLeaf(value, walk);
    case 'object':
      return serialiseObject(value, walk);
    default:
      return refuseLeaf(value, walk);
  }
}

/** Throws the error for a value that has no JSON form: a non-finite number, undefined, a bigint, a symbol or a function. */
function refuseLeaf(value: unknown, walk: Walk): never {
  const where = pathText(walk.path);
  switch (typeof value) {
    case 'number':
      throw new TypeError(`${where}: ${String(value)} is not a finite number and has no JSON form`);
    case 'undefined':
      throw new TypeError(`${where}: undefined has no JSON form here (it is dropped only as an object property)`);
    case 'bigint':
      throw new TypeError(`${where}: a bigint has no JSON form; store it as a string`);
    case 'symbol':
      throw new TypeError(`${where}: a symbol has no JSON form`);
    default:
      throw new TypeError(`${where}: a ${typeof value} has no JSON form`);
  }
}

// An error leaves the stacks as they were where it was thrown: the walk is abandoned with it.
function serialiseObject(value: object, walk: Walk): string {
  if (walk.objects.includes(value)) throw new TypeError(`${pathText(walk.path)}: circular reference`);
  walk.objects.push(value);
  const text = Array.isArray(value) ? serialiseArray(value, walk) : serialisePlainObject(value, walk);
  walk.objects.pop();
  return text;
}

function serialisePlainObject(value: object, walk: Walk): string {
  assertPlainObject(value, walk);
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of sortedKeys(record)) {
    const child = record[key];
    if (child === undefined) continue;
    walk.path.push(key);
    const member = serialise(child, walk);
    walk.path.pop();
    text += `${text.length === 1 ? '' : ','}${keyFacts(key).quoted}:${member}`;
  }
  return `${text}}`;
}

function serialiseArray(items: readonly unknown[], walk: Walk): string {
  let text = '[';
  for (let i = 0; i < items.length; i++) {
    // A hole in a sparse array reads as undefined and is refused like any other undefined element.
    walk.path.push(i);
    text += i === 0 ? serialise(items[i], walk) : `,${serialise(items[i], walk)}`;
    walk.path.pop();
  }
  return `${text}]`;
}

/**
 * The object's keys in code point order. Without any code unit from U+D800 up, the default sort
 * (by UTF-16 code unit) is that order already; otherwise `compareByCodePoint` decides.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length < 2) return keys;
  for (const key of keys) if (keyFacts(key).high) return keys.sort(compareByCodePoint);
  // Insertion sort by code unit: objects have few keys, often in order already, and for those it
  // is quicker than Array.prototype.sort.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

const HIGH_UNIT = /[\ud800-\uffff]/;

/** What serialising needs to know of a key: its quoted form, and whether it has a code unit from U+D800 up. */
interface KeyFacts {
  quoted: string;
  high: boolean;
}

/** Kept because records repeat the same few hundred keys; bounded so any input is safe. */
const keyFactsCache = new Map<string, KeyFacts>();

function keyFacts(key: string): KeyFacts {
  let facts = keyFactsCache.get(key);
  if (facts === undefined) {
    facts = { quoted: JSON.stringify(key), high: HIGH_UNIT.test(key) };
    if (keyFactsCache.size < 4096) keyFactsCache.set(key, facts);
  }
  return facts;
}

function assertPlainObject(value: object, walk: Walk): void {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = value instanceof Date ? 'a Date (store an ISO string instead)' : `a ${describeClass(value)}`;
    throw new TypeError(`${pathText(walk.path)}: ${name} is not a plain object and has no canonical JSON form`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new TypeError(`${pathText(walk.path)}: symbol-keyed properties have no JSON form`);
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
