import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalCopy,
  canonicalJson,
  canonicalJsonMembers,
  joinCanonicalMembers,
  withCanonicalMember,
} from '../../src/record/index.js';

/** The same value with every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines each key as an own property: assigning `out[key]` would set the prototype
    // for a "__proto__" key (which fast-check's JSON values include) instead of copying it.
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The canonical form written the plain way, as a reference: keys compared code point by code point,
 * each value serialised where it is met. `canonicalJson` builds a sorted copy and lets the engine's
 * JSON.stringify write it, so it must give these bytes for every value.
 */
function referenceCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceCanonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const byCodePoint = (a: string, b: string) => {
      const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
      const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
      return x.length - y.length;
    };
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(byCodePoint);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${referenceCanonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Keys that JavaScript orders specially ("0", "10", "__proto__") or that sort differently by code unit. */
const awkwardKey = fc.oneof(
  fc.string(),
  fc.nat({ max: 5000 }).map(String),
  fc.constantFrom('__proto__', '01', '-1', '4294967295', '\u{1F600}', '\uFF61', 'a'),
);
const awkwardJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(awkwardKey, tie('value'), { maxKeys: 6 }),
})).value;

describe('canonicalJson', () => {
  it('writes the bytes of the plain serialiser, whatever the keys (array indexes, "__proto__", beyond U+FFFF)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), awkwardJson), (value) => {
        expect(canonicalJson(value)).toBe(referenceCanonical(value));
      }),
      { numRuns: 1000 },
    );
    expect(canonicalJson({ b: 1, 10: 'ten', 2: 'two', a: { 1: true, x: null } })).toBe(
      '{"10":"ten","2":"two","a":{"1":true,"x":null},"b":1}',
    );
  });

  it('copies: the copy is deep-frozen, detached from the value, and its canonical JSON is the same', () => {
    fc.assert(
      fc.property(fc.dictionary(awkwardKey, awkwardJson), (value) => {
        const { copy, json } = canonicalCopy(value);
        expect(json).toBe(canonicalJson(value));
        expect(canonicalJson(copy)).toBe(json);
        const frozen = (v: unknown): boolean =>
          v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(frozen));
        expect(frozen(copy)).toBe(true);
        for (const key of Object.keys(value)) {
          const child = value[key];
          if (child !== null && typeof child === 'object') expect(copy[key]).not.toBe(child);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sorts keys, drops undefined properties, keeps array order and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, 2], c: undefined, d: { z: null, y: 'x' } })).toBe(
      '{"a":[3,1,2],"b":1,"d":{"y":"x","z":null}}',
    );
  });

  it('keeps an own "__proto__" key (as JSON.parse makes it) as an ordinary key', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
  });

  it('gives the same bytes whatever order the keys were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });

  it('round-trips through JSON.parse and is idempotent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('orders keys by code point, not by UTF-16 code unit', () => {
    // U+FF61 is one code unit (0xFF61); U+1F600 is a surrogate pair starting 0xD83D. By code unit
    // the emoji sorts first; by code point it sorts last.
    expect(canonicalJson({ '\u{1F600}': 2, '\uFF61': 1, a: 0 })).toBe('{"a":0,"\uFF61":1,"\u{1F600}":2}');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 2;
    bare.a = 1;
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it.each([
    ['NaN', { facts: { score: Number.NaN } }, '$.facts.score'],
    ['Infinity', { list: [1, Number.POSITIVE_INFINITY] }, '$.list[1]'],
    ['a function', { a: { run: () => 1 } }, '$.a.run'],
    ['a symbol', { s: Symbol('x') }, '$.s'],
    ['a bigint', { n: 10n }, '$.n'],
    ['a Date', { when: new Date(0) }, '$.when'],
    ['a Map', { m: new Map() }, '$.m'],
    ['a class instance', { x: new (class Thing {})() }, '$.x'],
    ['undefined in an array', { list: [1, undefined] }, '$.list[1]'],
    ['an odd key', { 'child label': { 'x-y': Number.NaN } }, '$["child label"]["x-y"]'],
  ])('refuses %s and names the path', (_name, value, path) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(path);
  });

  it('refuses undefined at the top level, sparse arrays and symbol keys', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is being tested
    expect(() => canonicalJson([1, , 3])).toThrow('$[1]');
    expect(() => canonicalJson({ [Symbol('k')]: 1 })).toThrow('symbol-keyed');
  });

  it('refuses circular references but accepts a shared object twice', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow('$.self: circular reference');
  });
});

describe('canonical JSON members', () => {
  /** A copy with own properties only (an own "__proto__" key stays an ordinary key). */
  const withMember = (object: Record<string, unknown>, key: string, value: unknown) => {
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(object)) Object.defineProperty(copy, k, { value: object[k], enumerable: true, writable: true });
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true });
    return copy;
  };

  it('join to the canonical JSON of the object, with or without a member added in its key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.jsonValue(), (object, key, value) => {
        const members = canonicalJsonMembers(object);
        expect(joinCanonicalMembers(members)).toBe(canonicalJson(object));
        fc.pre(!Object.hasOwn(object, key));
        const json = joinCanonicalMembers(members);
        expect(withCanonicalMember(json, members, key, canonicalJson(value))).toBe(canonicalJson(withMember(object, key, value)));
      }),
      { numRuns: 500 },
    );
  });

  it('put a key with characters beyond U+FFFF in code point order, and refuse a key already there', () => {
    const members = canonicalJsonMembers({ a: 1, '\uFF61': 2 });
    const json = joinCanonicalMembers(members);
    expect(withCanonicalMember(json, members, '\u{1F600}', '3')).toBe('{"a":1,"\uFF61":2,"\u{1F600}":3}');
    expect(withCanonicalMember(json, members, ' ', '0')).toBe('{" ":0,"a":1,"\uFF61":2}');
    expect(withCanonicalMember('{}', [], 'a', '1')).toBe('{"a":1}');
    expect(() => withCanonicalMember(json, members, 'a', '0')).toThrow(/already has "a"/);
  });

  it('refuse what canonicalJson refuses, naming the path', () => {
    expect(() => canonicalJsonMembers({ a: { b: Number.NaN } })).toThrow('$.a.b');
    expect(() => canonicalJsonMembers(new Date(0))).toThrow(/not a plain object/);
  });
});
