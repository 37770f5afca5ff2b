/** Signing in and out. Login is rate limited per address and username; passwords are argon2id. */
import { createSession, endSession, findUserForLogin, type UserContext } from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords.js';
import { SESSION_COOKIE, userOf } from '../auth/session-hook.js';
import { newToken, sha256 } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { sendError } from '../http/errors.js';

const loginBody = z.strictObject({
  username: z.string().trim().min(1, { error: 'Enter your username' }).max(100),
  password: z.string().min(1, { error: 'Enter your password' }).max(1000),
});

/** What the app shows about the signed-in user. */
export function publicUser(user: UserContext) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agency: user.agency,
    team: user.team,
    isDemo: user.isDemo,
  };
}

export interface LoginLimit {
  max: number;
  timeWindowMs: number;
}

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext, loginLimit: LoginLimit): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/session',
    {
      schema: { tags: ['session'], summary: 'Sign in', body: loginBody },
      config: {
        access: 'public',
        rateLimit: {
          max: loginLimit.max,
          timeWindow: loginLimit.timeWindowMs,
          keyGenerator: (request) => {
            const body = request.body as { username?: unknown } | undefined;
            const name = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
            return `${request.ip}|${sha256(name)}`;
          },
        },
      },
    },
    async (request, reply) => {
      const found = await findUserForLogin(ctx.db, request.body.username);
      const ok = found
        ? await verifyPassword(found.passwordHash, request.body.password)
        : await verifyAgainstDummy(request.body.password);
      if (!found || !ok || found.user.deactivated) {
        return sendError(reply, 401, 'unauthorised', 'The username or password is wrong');
      }
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(ctx.now().getTime() + ctx.sessionHours * 3_600_000);
      await createSession(ctx.db, { tokenHash: sha256(token), userId: found.user.id, csrfToken, expiresAt });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.secureCookies,
        path: '/',
        expires: expiresAt,
      });
      return { user: publicUser(found.user), csrfToken };
    },
  );

  r.get(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Who is signed in' }, config: { access: 'signed-in' } },
    async (request) => {
      const user = userOf(request);
      return { user: publicUser(user), csrfToken: request.session?.csrfToken ?? '' };
    },
  );

  r.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Sign out' }, config: { access: 'signed-in' } },
    async (request, reply) => {
      if (request.session) await endSession(ctx.db, request.session.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.secureCookies });
      return reply.code(204).send();
    },
  );
}
