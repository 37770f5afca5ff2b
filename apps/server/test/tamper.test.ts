/** Change or remove one stored decision behind the application's back: verification names it. */
import { runRawSql, verifyAllChains } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let auditor: Client;
const decisions: Json[] = [];

async function withoutAppendOnlyGuard(statement: string): Promise<void> {
  // What someone with direct database access could do: switch the guard off, change a row, switch it on.
  await runRawSql(world.database.db, 'ALTER TABLE chain_entries DISABLE TRIGGER chain_entries_append_only');
  try {
    await runRawSql(world.database.db, statement);
  } finally {
    await runRawSql(world.database.db, 'ALTER TABLE chain_entries ENABLE TRIGGER chain_entries_append_only');
  }
}

beforeAll(async () => {
  world = await createWorld();
  const duty = await Client.signIn(world.app, 'duty');
  auditor = await Client.signIn(world.app, 'auditor');
  for (let i = 0; i < 4; i++) {
    const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
    const decided = await duty.post<Json>(
      `/api/cases/${made.body.id}/decisions`,
      { caseVersion: 1, value: '4+', analysis: `Decision ${i}` },
      { 'idempotency-key': `tamper-${i}-key` },
    );
    expect(decided.status).toBe(201);
    decisions.push(decided.body);
  }
});
afterAll(async () => {
  await world.close();
});

describe('tampering with stored decisions', () => {
  it('verifies an untouched chain', async () => {
    expect((await auditor.get<Json>('/api/chain/verify')).body).toEqual({ ok: true, count: 4 });
    expect(await verifyAllChains(world.database.db)).toMatchObject({ ok: true, records: 4 });
  });

  it('names the record whose contents were changed', async () => {
    const target = decisions[1] as Json;
    await withoutAppendOnlyGuard(
      `UPDATE chain_entries SET record_json = replace(record_json, '"analysis":"Decision 1"', '"analysis":"Decision 1 (edited)"') WHERE id = '${target.id}'`,
    );
    const answer = (await auditor.get<Json>('/api/chain/verify')).body;
    expect(answer.ok).toBe(false);
    expect(answer.firstBroken).toMatchObject({ sequence: 2, decisionId: target.id });
    expect(answer.firstBroken.reason).toMatch(/changed after it was sealed/);
    const report = await verifyAllChains(world.database.db);
    expect(report).toMatchObject({ ok: false, firstBroken: { sequence: 2, entryId: target.id } });
    // Put it back for the next check.
    await withoutAppendOnlyGuard(
      `UPDATE chain_entries SET record_json = replace(record_json, '"analysis":"Decision 1 (edited)"', '"analysis":"Decision 1"') WHERE id = '${target.id}'`,
    );
    expect((await auditor.get<Json>('/api/chain/verify')).body.ok).toBe(true);
  });

  it('names the record after one that was removed', async () => {
    await withoutAppendOnlyGuard(`DELETE FROM chain_entries WHERE id = '${(decisions[2] as Json).id}'`);
    const answer = (await auditor.get<Json>('/api/chain/verify')).body;
    expect(answer.ok).toBe(false);
    expect(answer.firstBroken.decisionId).toBe((decisions[3] as Json).id);
    expect(answer.firstBroken.reason).toMatch(/removed, reordered or changed/);
  });
});
