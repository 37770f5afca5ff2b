/** The web app is served beside the API, logs carry no personal data, and production refuses demo users. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { seedDemoOrganisation } from '../src/seed/demo-users.js';
import { Client } from './client.js';
import { contactFacts, contactIdentities } from './fixtures.js';
import { createWorld, TEST_PASSWORD, type World } from './world.js';

let world: World;
const temp = mkdtempSync(join(tmpdir(), 'sightline-serving-'));

beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves files, sends index.html for app paths and keeps /api answers as JSON', async () => {
    const dist = join(temp, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Sightline</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ database: world.database, webDist: dist });
    try {
      expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('<title>Sightline</title>');
      expect((await app.inject({ method: 'GET', url: '/cases/123/decision' })).body).toContain('<title>Sightline</title>');
      expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      const api = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toMatchObject({ error: 'not-found' });
    } finally {
      await app.close();
    }
  });
});

describe('logs', () => {
  it('never hold names, dates of birth, passwords or query strings', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    const app = await buildApp({ database: world.database, logger: { stream } });
    try {
      await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'duty', password: 'wrong-Secret-Password' } });
      const duty = await Client.signIn(app, 'duty', TEST_PASSWORD);
      await duty.post('/api/people/matches', { givenName: 'Tia', familyName: 'Marshwood', dateOfBirth: '2021-01-09' });
      await duty.post('/api/cases', {
        facts: contactFacts(),
        identities: { ...contactIdentities(), subject: { givenName: 'Tia', familyName: 'Marshwood' } },
      });
      await duty.get('/api/cases?limit=5&pathway=contact');
      await duty.post('/api/people', { kind: 'child', givenName: 'Tia', familyName: 'Bad\u0000Name' });
    } finally {
      await app.close();
    }
    // One line per request, when it completes, saying what was asked and how it ended.
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg?: string; req?: { method: string; url: string }; res?: { statusCode: number } });
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed.length).toBeGreaterThanOrEqual(6);
    expect(lines.filter((line) => line.msg === 'incoming request')).toEqual([]);
    expect(completed).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ method: 'GET', url: '/api/cases' }), res: { statusCode: 200 } }),
    );
    for (const secret of ['Marshwood', 'Tia', '2021-01-09', 'wrong-Secret-Password', TEST_PASSWORD, 'limit=5', 'hungry']) {
      expect(log, secret).not.toContain(secret);
    }
  });
});

describe('production mode', () => {
  it('refuses to start while the database has demo users', async () => {
    const dataDir = join(temp, 'pglite-demo');
    const database = await openDatabase({ dataDir });
    await seedDemoOrganisation(database.db);
    await database.close();
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=@sightline/source', '--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', PGLITE_DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start in production: the database has demo users');
  }, 60_000);
});
