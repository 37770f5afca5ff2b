import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CaseFacts, decisionDateOf, inputFacts } from '@sightline/core';
import { decisionDateFor } from '../src/evaluate.js';
import { run } from '../src/run.js';

/** The same facts with every date taken out. */
function stripDates(value: CaseFacts): CaseFacts {
  const strip = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x, k)]));
    return key !== undefined && ['date', 'start', 'end', 'lastReviewed', 'decisionDate', 'asOf'].includes(key) ? null : v;
  };
  return strip(value) as CaseFacts;
}

const shared = fileURLToPath(new URL('../../../../shared/scenarios', import.meta.url));
const own = fileURLToPath(new URL('../../../test/scenarios', import.meta.url));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const s07 = readdirSync(shared).find((f) => f.startsWith('S07-'));

describe('pnpm cli evaluate', () => {
  it('names the reliever over-use, the home nebuliser and that consent is not needed, each with its citation', async () => {
    const { code, out } = await cli('evaluate', join(shared, s07 ?? 'missing'));
    expect(code).toBe(0);
    expect(out).toMatch(/8 reliever inhalers were dispensed in about six months against 4 preventers/);
    expect(out).toMatch(/Hakeem.*12\.15/);
    expect(out).toMatch(/nebuliser is being used at home outside any hospital treatment plan/);
    expect(out).toMatch(/Hakeem.*12\.13, Learning Point 8/);
    expect(out).toMatch(/consent is not needed where a child may be at risk of significant harm/);
    expect(out).toMatch(/Information sharing: advice for practitioners.*golden rule 3/);
    expect(out).toMatch(/Level 4\+: child protection/);
  });

  it('assesses a case that dates nothing at all as at today, and says so', async () => {
    const raw = JSON.parse(readFileSync(join(shared, s07 ?? 'missing'), 'utf8')) as Record<string, unknown>;
    const facts = inputFacts({ ...raw, asOf: null });
    if (!facts.success) throw new Error('S07 does not parse');
    const undated = stripDates(facts.data);
    expect(decisionDateOf(undated)).toBeNull();
    expect(decisionDateFor(undated, () => new Date('2026-11-22T09:00:00Z'))).toStrictEqual({
      asOf: '2026-11-22',
      inferred: true,
      from: 'today, as it records no date at all',
    });
  });

  it('assesses a case that gives no decision date as at the latest date recorded in it, and says so', async () => {
    const raw = JSON.parse(readFileSync(join(shared, s07 ?? 'missing'), 'utf8')) as Record<string, unknown>;
    const dir = mkdtempSync(join(tmpdir(), 'sightline-nodate-'));
    const file = join(dir, 'S07-no-date.json');
    writeFileSync(file, JSON.stringify({ ...raw, id: 'S07-no-date', asOf: null, asOfPrecision: 'unknown' }));
    const { code, out } = await cli('evaluate', file);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^> The case gives no decision date, so it is assessed as at \d{4}-\d{2}-\d{2}, the latest date recorded in it\.$/m,
    );
    expect(out).toMatch(/Level 4\+: child protection/);
    const scored = await cli('scenarios', dir);
    expect(scored.out).toMatch(
      /^PASS S07-no-date \(outcome 4\+, assessed as at \d{4}-\d{2}-\d{2}, the latest date recorded in it\)$/m,
    );
  });

  it('prints the assessment as JSON with --json', async () => {
    const { code, out } = await cli('evaluate', join(shared, s07 ?? 'missing'), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { assessment: { recommendation: { value: string } } };
    expect(parsed.assessment.recommendation.value).toBe('4+');
  });

  it('reports the same case in the split-level partnership’s own words', async () => {
    const { out } = await cli('evaluate', join(shared, s07 ?? 'missing'), '--framework', 'example-split-level-4');
    expect(out).toMatch(/Level 4b: in need of safeguarding/);
  });

  it('names the JSON path and what is wrong for a malformed case, without crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
    const raw = JSON.parse(readFileSync(join(shared, s07 ?? 'missing'), 'utf8')) as Record<string, unknown> & {
      child: Record<string, unknown>;
      household: { factors: { mentalHealth: { status: string } } }[];
    };
    raw.child.ageMonths = 'seven';
    const first = raw.household[0];
    if (first) first.factors.mentalHealth.status = 'sometimes';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(raw));
    const bad = await cli('evaluate', join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/\$\.child\.ageMonths: /);
    expect(bad.err).toMatch(/\$\.household\[0\]\.factors\.mentalHealth\.status: Invalid option/);

    writeFileSync(join(dir, 'broken.json'), '{ "pathway": ');
    const broken = await cli('evaluate', join(dir, 'broken.json'));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/\$: not valid JSON/);

    const missing = await cli('evaluate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read the file \(ENOENT\)/);
  });
});

describe('pnpm cli scenarios', () => {
  it('passes all 14 shared scenarios, one line per case and a closing count', async () => {
    const { code, out } = await cli('scenarios', shared);
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => /^(PASS|FAIL) S\d\d-/.test(l))).toHaveLength(14);
    expect(lines.at(-1)).toBe('14 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('passes our own scenarios, but for the failures listed with their reasons', async () => {
    const knownFile = fileURLToPath(new URL('../../../test/known-failures-own.json', import.meta.url));
    const known = JSON.parse(readFileSync(knownFile, 'utf8')) as { id: string }[];
    const { code, out } = await cli('scenarios', own, '--known-failures', knownFile);
    const failed = [...out.matchAll(/^FAIL (\S+)/gm)].map((m) => m[1]);
    expect(failed).toStrictEqual(known.map((k) => k.id));
    expect(out.trim().split('\n').at(-1)).toMatch(new RegExp(`^\\d+ passed, ${known.length} failed$`));
    expect(code).toBe(0);
  });

  it('fails a case whose answer the engine does not give, says what failed, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-sc-'));
    const name = readdirSync(shared).find((f) => f.startsWith('S13-')) ?? 'missing';
    const raw = JSON.parse(readFileSync(join(shared, name), 'utf8')) as { expected: Record<string, unknown> };
    raw.expected.outcome = { scale: 'contact', preferred: '4', acceptable: ['4'], min: '4', max: '4' };
    raw.expected.mustFireCodes = ['care.hunger'];
    writeFileSync(join(dir, name), JSON.stringify(raw));
    writeFileSync(join(dir, 'X01-not-json.json'), 'nope');
    const { code, out } = await cli('scenarios', dir);
    expect(out).toMatch(/FAIL S13-.*outcome 1 not in \[4\].*findings missing: care\.hunger/);
    expect(out).toMatch(/FAIL X01-not-json: \$: not valid JSON/);
    expect(out.trim().split('\n').at(-1)).toBe('0 passed, 2 failed');
    expect(code).toBe(1);
  });

  it('lets a listed known failure through but still fails on any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-kf-'));
    const name = readdirSync(shared).find((f) => f.startsWith('S14-')) ?? 'missing';
    const raw = JSON.parse(readFileSync(join(shared, name), 'utf8')) as { expected: Record<string, unknown> };
    raw.expected.mustFireCodes = ['care.hunger'];
    writeFileSync(join(dir, name), JSON.stringify(raw));
    const known = join(dir, 'known.json.txt');
    writeFileSync(known, JSON.stringify([{ id: name.replace('.json', ''), reason: 'test of the list' }]));
    const listed = await cli('scenarios', dir, '--known-failures', known);
    expect(listed.out).toMatch(/Known failures \(1\):\n {2}S14-.*: test of the list/);
    expect(listed.code).toBe(0);
    writeFileSync(known, '[]');
    expect((await cli('scenarios', dir, '--known-failures', known)).code).toBe(1);
  });
});
