/**
 * Sessions, CSRF and role checks for every `/api` route, from the route's `config.access`:
 * `'public'` (no session needed), `'signed-in'` (any role), or a list of roles. State-changing
 * methods also need the `X-CSRF-Token` header to match the session's token.
 */
import type { Role, UserContext } from '@sightline/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError, sendError } from '../http/errors.js';
import { sameSecret, sha256 } from './tokens.js';

export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    session: { id: string; csrfToken: string; user: UserContext } | null;
  }
}

export const SESSION_COOKIE = 'sightline_session';
export const CSRF_HEADER = 'x-csrf-token';
const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The signed-in user; the hook has already answered 401 for routes that need one. */
export function userOf(request: FastifyRequest): UserContext {
  if (!request.session) throw new HttpError(401, 'unauthorised', 'Sign in first');
  return request.session.user;
}

export function installSessionHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // not an API route (static files, docs)
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const live = await ctx.sessions.load(sha256(token));
      if (live) request.session = { id: live.sessionId, csrfToken: live.csrfToken, user: live.user };
    }
    if (access === 'public') return;
    if (!request.session) return sendError(reply, 401, 'unauthorised', 'Sign in first');
    if (stateChanging.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken)) {
        return sendError(reply, 403, 'csrf', `Send the ${CSRF_HEADER} header with the token from GET /api/session`);
      }
    }
    if (access !== 'signed-in' && !access.includes(request.session.user.role)) {
      return sendError(reply, 403, 'forbidden', 'Your role cannot do this');
    }
  });
}
