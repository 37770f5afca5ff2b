/**
 * Fuzzing every route's body, query and path with fast-check: the server never answers 5xx, and
 * every 400 names each bad field by its path (`body/...`, `querystring/...`, `params/...`,
 * `headers/...`) with a message.
 */
import type { Role } from '@sightline/store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, Client, type Json } from './client.js';
import { A, D, type Fixture, idem, L, M, S, type Spec, setUpFixture, specs } from './route-specs.js';
import { createWorld, roleUsers, type World } from './world.js';

let world: World;
let fixture: Fixture;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  world = await createWorld();
  fixture = await setUpFixture(world);
  for (const role of [S, D, L, A, M]) clients.set(role, await Client.signIn(world.app, roleUsers[role]));
});
afterAll(async () => {
  await world.close();
});

function clientFor(spec: Spec): { role: Role; client: Client } {
  const role = spec.allowed === 'public' ? S : ([S, D, L, A, M].find((r) => (spec.allowed as Role[]).includes(r)) ?? S);
  const client = clients.get(role);
  if (!client) throw new Error('no client');
  return { role, client };
}

/** Checks the promise: no 5xx, and a 400 names every bad field. */
function checkAnswer(answer: Answer<Json>, what: string): void {
  expect(answer.status, `${what} -> ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`).toBeLessThan(500);
  if (answer.status === 400) {
    expect(answer.body.error, what).toBe('validation');
    expect(Array.isArray(answer.body.issues) && answer.body.issues.length > 0, `${what}: issues listed`).toBe(true);
    for (const issue of answer.body.issues as { path: string; message: string }[]) {
      expect(issue.path, what).toMatch(/^(body|querystring|params|headers)(\/|$)/);
      expect(typeof issue.message === 'string' && issue.message.length > 0, `${what}: message`).toBe(true);
    }
  }
}

type PathStep = string | number;

function pathsOf(value: unknown, prefix: PathStep[] = []): PathStep[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

/** A copy of `value` with the thing at `path` replaced, removed, or given an unknown neighbour. */
function mutate(value: unknown, path: PathStep[], op: 'replace' | 'delete' | 'add', replacement: unknown): unknown {
  if (path.length === 0) return op === 'replace' ? replacement : value;
  const copy = structuredClone(value) as Record<PathStep, unknown>;
  let parent: Record<PathStep, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<PathStep, unknown>;
  const last = path.at(-1) as PathStep;
  if (op === 'replace') parent[last] = replacement;
  else if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (!Array.isArray(parent)) parent.unexpectedField = replacement;
  return copy;
}

const fuzzable = specs.filter((s) => !(s.method === 'DELETE' && s.path === '/api/session'));
const runs = Number(process.env.FUZZ_RUNS ?? 12);

describe('fuzzing every route', () => {
  for (const spec of fuzzable) {
    it(`${spec.method} ${spec.path}`, async () => {
      const { role, client } = clientFor(spec);
      const url = spec.url(fixture, role);
      const send = (u: string, body: unknown) => client.request(spec.method, u, body, spec.headers ? idem() : {});
      if (spec.body) {
        const valid = spec.body(fixture, role);
        const paths = pathsOf(valid);
        await fc.assert(
          fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
            checkAnswer(await send(url, body), `${spec.method} ${spec.path} body ${JSON.stringify(body).slice(0, 200)}`);
          }),
          { numRuns: runs },
        );
        await fc.assert(
          fc.asyncProperty(
            fc.nat(),
            fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
            fc.oneof(
              fc.jsonValue({ maxDepth: 2 }),
              fc.string(),
              fc.constantFrom('', -1, Number.MAX_VALUE, '2025-02-30', '../../etc', '\u0000'),
            ),
            async (n, op, replacement) => {
              const path = paths[n % paths.length] ?? [];
              const body = mutate(valid, path, op, replacement);
              checkAnswer(
                await send(url, body),
                `${spec.method} ${spec.path} ${op} ${path.join('/')} ${JSON.stringify(replacement).slice(0, 100)}`,
              );
            },
          ),
          { numRuns: runs * 2 },
        );
      }
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('limit', 'pathway', 'status', 'expectedVersion', 'userId', 'x'),
          fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('-1', '0', '501', 'contact', 'NaN')),
          async (key, value) => {
            const withQuery = `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
            checkAnswer(await send(withQuery, spec.body?.(fixture, role)), `${spec.method} ${withQuery}`);
          },
        ),
        { numRuns: runs },
      );
      if (/[0-9a-f-]{36}/.test(url)) {
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.string({ minLength: 1 }), fc.uuid()), async (id) => {
            const withId = url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, encodeURIComponent(id));
            checkAnswer(await send(withId, spec.body?.(fixture, role)), `${spec.method} ${withId}`);
          }),
          { numRuns: runs },
        );
      }
    });
  }

  it('answers malformed JSON, an empty body and a wrong content type without a 5xx', async () => {
    const supervisor = clients.get(S) as Client;
    const headers = { cookie: supervisor.cookie ?? '', 'x-csrf-token': supervisor.csrf ?? '' };
    for (const payload of ['{"facts":', '', 'null', '[]', '"text"', '{"__proto__":{"polluted":true}}']) {
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      });
      checkAnswer(
        { status: response.statusCode, body: response.json() as Json, headers: response.headers },
        `POST /api/cases ${payload}`,
      );
      expect(response.statusCode, payload).toBe(400);
    }
    const text = await world.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(400);
    expect((text.json() as Json).issues[0].path).toBe('body');
    const xml = await world.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
