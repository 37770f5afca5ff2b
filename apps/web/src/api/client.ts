/**
 * The HTTP client for the Sightline server (apps/server/API.md). It sends the session cookie (same
 * origin), the CSRF token on every state-changing request, and turns error answers into
 * `ApiError`s that carry the server's per-field issues.
 */

/** One bad field, as the server names it: `body/child/label`. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** An error answer from the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The server could not be reached at all (offline, or the server is down). */
export class NetworkError extends Error {}

let csrfToken: string | null = null;

/** Remembers the CSRF token from `GET /api/session` or sign-in. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Sends one request; resolves with the JSON body (undefined for 204). */
export async function request<T>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const allHeaders: Record<string, string> = { Accept: 'application/json', ...headers };
  if (body !== undefined) allHeaders['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) allHeaders['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: allHeaders,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'The server could not be reached');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    if (response.status >= 502 && response.status <= 504)
      throw new NetworkError(`The server did not answer (${response.status})`);
    const err = (json ?? {}) as { error?: string; message?: string; issues?: ApiIssue[] };
    throw new ApiError(
      response.status,
      err.error ?? 'server',
      err.message ?? `Request failed (${response.status})`,
      err.issues ?? [],
      (json ?? {}) as Record<string, unknown>,
    );
  }
  return json as T;
}

/** A new idempotency key for a submit (made when the form opens, reused on retry). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
