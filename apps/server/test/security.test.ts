/** Sign-in, sessions, CSRF, rate limiting, security headers, health and the OpenAPI document. */
import { findUserForLogin } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { Client, type Json } from './client.js';
import { createWorld, TEST_PASSWORD, type World } from './world.js';

let world: World;

beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.close();
});

describe('signing in', () => {
  it('stores passwords as argon2id hashes', async () => {
    const found = await findUserForLogin(world.database.db, 'duty');
    expect(found?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('sets an httpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'DUTY', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sightline_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const body = response.json() as Json;
    expect(body.user).toMatchObject({ username: 'duty', role: 'duty-worker' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(JSON.stringify(body)).not.toContain('passwordHash');
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'duty', password: 'nope' },
    });
    const unknown = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('needs a session for everything but health, the docs and signing in', async () => {
    const anonymous = Client.anonymous(world.app);
    expect((await anonymous.get('/api/cases')).status).toBe(401);
    expect((await anonymous.get('/api/session')).status).toBe(401);
    expect((await anonymous.get('/api/health')).status).toBe(200);
  });

  it('refuses state-changing requests without the CSRF token, or with another session’s', async () => {
    const duty = await Client.signIn(world.app, 'duty');
    const other = await Client.signIn(world.app, 'supervisor');
    const body = { kind: 'contact', caseId: null, body: { step: 1 } };
    const missing = await duty.request('POST', '/api/drafts', body, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.error).toBe('csrf');
    const wrong = await duty.request('POST', '/api/drafts', body, { 'x-csrf-token': other.csrf ?? '' });
    expect(wrong.status).toBe(403);
    expect((await duty.post('/api/drafts', body)).status).toBe(201);
  });

  it('ends the session on sign-out', async () => {
    const duty = await Client.signIn(world.app, 'duty');
    expect((await duty.get('/api/session')).status).toBe(200);
    expect((await duty.delete('/api/session')).status).toBe(204);
    expect((await duty.get('/api/session')).status).toBe(401);
  });

  it('ends sessions when they expire', async () => {
    const duty = await Client.signIn(world.app, 'duty');
    const start = world.clock.now;
    world.clock.now = new Date(start.getTime() + 9 * 3_600_000);
    try {
      expect((await duty.get('/api/session')).status).toBe(401);
    } finally {
      world.clock.now = start;
    }
  });

  it('stops a deactivated user at once', async () => {
    const admin = await Client.signIn(world.app, 'admin');
    const victim = await Client.signIn(world.app, 'dsl2');
    const off = await admin.post(`/api/users/${world.users.dsl2}/deactivation`, { reason: 'Left the school' });
    expect(off.status).toBe(201);
    expect((await victim.get('/api/session')).status).toBe(401);
    const again = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'dsl2', password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe('rate limiting sign-in', () => {
  it('answers 429 after too many attempts for one username from one address', async () => {
    const app = await buildApp({ database: world.database, loginLimit: { max: 3, timeWindowMs: 60_000 } });
    try {
      const attempt = () =>
        app.inject({ method: 'POST', url: '/api/session', payload: { username: 'auditor', password: 'guess' } });
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const limited = await attempt();
      expect(limited.json()).toMatchObject({ error: 'rate-limited' });
      expect(limited.headers['retry-after']).toBeDefined();
      // Another username from the same address is not locked out by these attempts.
      const other = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'duty', password: TEST_PASSWORD },
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('headers and documents', () => {
  it('sends security headers', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the same security headers on a 404 and on a refused request', async () => {
    const missing = await world.app.inject({ method: 'GET', url: '/api/no-such-route' });
    const refused = await world.app.inject({ method: 'GET', url: '/api/cases' });
    expect(missing.statusCode).toBe(404);
    expect(refused.statusCode).toBe(401);
    for (const response of [missing, refused]) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('answers health and serves the OpenAPI document and its browser', async () => {
    expect((await world.app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
    const doc = (await world.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Json;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/cases', '/api/cases/{id}/decisions', '/api/people/matches']),
    );
    const docs = await world.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown API addresses with a JSON 404', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });
});
