import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/record/index.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the published FIPS 180-2 example digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it.each([
    ['the empty string', ''],
    ['abc', 'abc'],
    ['the 448-bit NIST vector', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'],
    ['a long unicode string', 'Child A was not brought to the clinic — 子供 🧒🏽 ü é ß '.repeat(200)],
    ['a million a', 'a'.repeat(1_000_000)],
    ['a lone surrogate', 'x\uD800y'],
  ])('matches node:crypto on %s', (_name, text) => {
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('matches node:crypto at every length around the padding boundaries', () => {
    for (let length = 0; length <= 130; length++) {
      const text = 'é'.repeat(length >> 1) + 'a'.repeat(length & 1);
      expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
    }
  });

  it('matches node:crypto on random strings of any code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 },
    );
  });
});
