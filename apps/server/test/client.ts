/** A signed-in user talking to the app through `inject()`, with the session cookie and CSRF token. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TEST_PASSWORD } from './world.js';

/** A response body read loosely: tests check its shape with expect(). */
// biome-ignore lint/suspicious/noExplicitAny: test code reads JSON bodies without declaring every shape
export type Json = Record<string, any>;

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

function toAnswer<T>(response: LightMyRequestResponse): Answer<T> {
  const type = String(response.headers['content-type'] ?? '');
  const body = type.includes('json') && response.body !== '' ? (response.json() as T) : (response.body as unknown as T);
  return { status: response.statusCode, body, headers: response.headers };
}

export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string | null,
    readonly csrf: string | null,
  ) {}

  /** Signs in; throws if the sign-in fails. */
  static async signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in for ${username} failed with ${response.statusCode}`);
    const cookie = response.cookies.find((c) => c.name === 'sightline_session');
    if (!cookie) throw new Error('no session cookie');
    return new Client(app, `${cookie.name}=${cookie.value}`, (response.json() as { csrfToken: string }).csrfToken);
  }

  static anonymous(app: FastifyInstance): Client {
    return new Client(app, null, null);
  }

  async request<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const all: Record<string, string> = { ...headers };
    if (this.cookie) all.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers)) all['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers: all,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return toAnswer<T>(response);
  }

  get<T = Record<string, unknown>>(url: string): Promise<Answer<T>> {
    return this.request<T>('GET', url);
  }
  post<T = Record<string, unknown>>(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    return this.request<T>('POST', url, payload, headers);
  }
  put<T = Record<string, unknown>>(url: string, payload: unknown): Promise<Answer<T>> {
    return this.request<T>('PUT', url, payload);
  }
  delete<T = Record<string, unknown>>(url: string): Promise<Answer<T>> {
    return this.request<T>('DELETE', url);
  }
}
