/**
 * Decisions that arrive together are written together (group commit), and each is still answered
 * as if it were alone: its own record, its own error, its own idempotency answer and access-log
 * entry, and a chain that verifies.
 */
import { runRawSql, verifyAllChains } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let duty: Client;
let supervisor: Client;
let auditor: Client;
let keyCounter = 0;

/**
 * On PGlite, both ways the server can run it: on the server's own thread (groups are prepared and
 * committed in turn) and on a thread of its own (the next group is prepared while one commits).
 */
const modes = process.env.TEST_DATABASE_URL
  ? [{ where: '', pgliteThread: false }]
  : [
      { where: ' (PGlite on the server’s thread)', pgliteThread: false },
      { where: ' (PGlite on its own thread)', pgliteThread: true },
    ];

async function newCase(): Promise<string> {
  const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
  expect(made.status).toBe(201);
  return made.body.id as string;
}

function decide(client: Client, caseId: string, body: Json, key = `group-${++keyCounter}-key`) {
  return client.post<Json>(
    `/api/cases/${caseId}/decisions`,
    { caseVersion: 1, value: '4+', analysis: 'Decided.', ...body },
    {
      'idempotency-key': key,
    },
  );
}

async function chainLength(): Promise<number> {
  const verdict = await auditor.get<Json>('/api/chain/verify');
  expect(verdict.body.ok, JSON.stringify(verdict.body)).toBe(true);
  return verdict.body.count as number;
}

describe.each(modes)('decisions that arrive together$where', ({ pgliteThread }) => {
  beforeAll(async () => {
    world = await createWorld({}, pgliteThread);
    duty = await Client.signIn(world.app, 'duty');
    supervisor = await Client.signIn(world.app, 'supervisor');
    auditor = await Client.signIn(world.app, 'auditor');
  });
  afterAll(async () => {
    await world.close();
  });

  it('are chained in one unbroken sequence, each answered with its own sealed record and access-log entry', async () => {
    const before = await chainLength();
    const cases = await Promise.all([1, 2, 3, 4].map(() => newCase()));
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        decide(i % 2 === 0 ? duty : supervisor, cases[i % 4] as string, { analysis: `Burst ${i}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
    const sequences = answers.map((a) => a.body.sequence as number).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => before + i + 1));
    for (const [i, answer] of answers.entries()) {
      expect(answer.body.analysis).toBe(`Burst ${i}`);
      expect(answer.body.record.hash).toBe(answer.body.hash);
      expect(answer.body.record.sequence).toBe(answer.body.sequence);
      expect(answer.body.record.decision.analysis).toBe(`Burst ${i}`);
      const stored = await auditor.get<Json>(`/api/decisions/${answer.body.id}`);
      expect(stored.body.record).toEqual(answer.body.record);
    }
    expect(await chainLength()).toBe(before + 12);
    const log = await auditor.get<Json>(`/api/cases/${cases[0]}/access-log`);
    const writes = log.body.entries.filter((e: Json) => e.action === 'write' && e.subject === 'decision');
    const mine = answers.filter((a) => a.body.caseId === cases[0]).map((a) => a.body.id);
    expect(writes.map((e: Json) => e.subjectId).sort()).toEqual([...mine].sort());
  });

  it('answer each refusal on its own, and write the others', async () => {
    const before = await chainLength();
    const [good, other] = await Promise.all([newCase(), newCase()]);
    const answers = await Promise.all([
      decide(duty, good as string, {}),
      decide(duty, good as string, { caseVersion: 2 }),
      decide(duty, good as string, { value: '1', overrideReason: null }),
      decide(duty, '00000000-0000-4000-8000-000000000000', {}),
      decide(duty, good as string, { value: 'no-such-value' }),
      decide(supervisor, other as string, {}),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 409, 400, 404, 400, 201]);
    expect(answers[2]?.body.issues[0].path).toBe('body/overrideReason');
    expect(answers[4]?.body.issues[0].path).toBe('body/value');
    expect(await chainLength()).toBe(before + 2);
  });

  it('replay a repeated submission with the first answer, record and all, and write nothing', async () => {
    const caseId = await newCase();
    const first = await decide(duty, caseId, { analysis: 'Only once.' }, 'replayed-decision-1');
    expect(first.status).toBe(201);
    const before = await chainLength();
    const again = await decide(duty, caseId, { analysis: 'Only once.' }, 'replayed-decision-1');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const changed = await decide(duty, caseId, { analysis: 'Something else.' }, 'replayed-decision-1');
    expect(changed.status).toBe(409);
    expect(await chainLength()).toBe(before);
  });

  it('chain onto a head that another writer moved (a sign-off between two decisions)', async () => {
    const caseId = await newCase();
    const below = await decide(duty, caseId, { value: '1', overrideReason: 'The family already has support in place.' });
    expect(below.status).toBe(201);
    expect(below.body.status).toBe('awaiting-sign-off');
    const signed = await supervisor.post<Json>(
      `/api/decisions/${below.body.id}/sign-offs`,
      { outcome: 'agreed', comment: 'Agreed.' },
      { 'idempotency-key': 'group-sign-off-1' },
    );
    expect(signed.status).toBe(201);
    const next = await decide(duty, await newCase(), {});
    expect(next.status).toBe(201);
    expect(next.body.sequence).toBe(below.body.sequence + 2);
    expect(next.body.prevHash).not.toBe(below.body.hash);
    await chainLength();
  });

  it("refuse to chain onto a head that was changed behind the application's back", async () => {
    const last = await decide(duty, await newCase(), { analysis: 'Head to be changed.' });
    expect(last.status).toBe(201);
    const db = world.database.db;
    const edit = async (from: string, to: string) => {
      await runRawSql(db, 'ALTER TABLE chain_entries DISABLE TRIGGER chain_entries_append_only');
      try {
        await runRawSql(
          db,
          `UPDATE chain_entries SET record_json = replace(record_json, '${from}', '${to}') WHERE id = '${last.body.id}'`,
        );
      } finally {
        await runRawSql(db, 'ALTER TABLE chain_entries ENABLE TRIGGER chain_entries_append_only');
      }
    };
    await edit('Head to be changed.', 'Head was changed!!');
    const refused = await decide(duty, await newCase(), {});
    expect(refused.status).toBe(500);
    await edit('Head was changed!!', 'Head to be changed.');
    const accepted = await decide(duty, await newCase(), {});
    expect(accepted.status).toBe(201);
    expect(accepted.body.prevHash).toBe(last.body.hash);
    await chainLength();
  });

  it('write the rest of a group when one of its writes fails in the database, and answer that one with the error', async () => {
    const [refused, accepted] = await Promise.all([newCase(), newCase()]);
    const db = world.database.db;
    // A database that refuses one case's access-log entry: the group's transaction fails as a whole.
    await runRawSql(
      db,
      `CREATE FUNCTION refuse_for_group_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.case_id = '${refused}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`,
    );
    await runRawSql(
      db,
      'CREATE TRIGGER refuse_for_group_test BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_for_group_test()',
    );
    try {
      const before = await chainLength();
      const answers = await Promise.all([
        decide(duty, accepted as string, { analysis: 'First.' }),
        decide(duty, refused as string, {}),
        decide(supervisor, accepted as string, { analysis: 'Second.' }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([201, 500, 201]);
      expect(answers[1]?.body.error).toBe('server');
      expect(await chainLength()).toBe(before + 2);
    } finally {
      await runRawSql(db, 'DROP TRIGGER refuse_for_group_test ON access_log');
      await runRawSql(db, 'DROP FUNCTION refuse_for_group_test()');
    }
    // Reading the case is logged too, so only now that the database accepts its entries again.
    expect((await duty.get<Json>(`/api/cases/${refused}`)).body.decisions).toEqual([]);
    expect(await verifyAllChains(world.database.db)).toMatchObject({ ok: true });
  });
});
