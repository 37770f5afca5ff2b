import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRawSql } from '../src/index.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

describe('storage of sealed records', () => {
  it('keeps a record’s JSON out of line and uncompressed (no pglz on the write path)', async () => {
    const rows = await runRawSql(
      database.db,
      `select attstorage from pg_attribute where attrelid = 'chain_entries'::regclass and attname = 'record_json'`,
    );
    // 'e' is EXTERNAL: TOASTed out of line when large, never compressed; the default for text is 'x'.
    expect(rows).toEqual([{ attstorage: 'e' }]);
  });
});
