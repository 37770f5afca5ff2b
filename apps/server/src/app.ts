/**
 * `buildApp(options)`: the whole HTTP service around an open database. Tests call it with an
 * in-memory PGlite (or a PostgreSQL schema) and use `inject()`; `main.ts` calls it and listens.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type Database, findLiveSessions } from '@sightline/store';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { installSessionHook } from './auth/session-hook.js';
import { CoalescingLoader } from './batching/coalescing-loader.js';
import type { AppContext } from './context.js';
import { DecisionWriter } from './decisions/writer.js';
import { installErrorHandling, sendError } from './http/errors.js';
import { installTextGuard } from './http/text-guard.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAuditDecisionRoutes } from './routes/audit-decisions.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerDecisionRoutes } from './routes/decisions.js';
import { registerDraftRoutes } from './routes/drafts.js';
import { registerEscalationRoutes } from './routes/escalations.js';
import { registerPeopleRoutes } from './routes/people.js';
import { registerReferenceRoutes } from './routes/reference.js';
import { registerSchoolRoutes } from './routes/school.js';
import { type LoginLimit, registerSessionRoutes } from './routes/session.js';

export interface BuildAppOptions {
  database: Database;
  /** The server's clock (default: the real one). */
  now?: (() => Date) | undefined;
  /** Log requests (method, path, status, timing; never bodies, queries or personal data). Default off; a stream for tests. */
  logger?: boolean | { stream: NodeJS.WritableStream } | undefined;
  /** Sign-in attempts allowed per address and username in a window. Default 10 a minute. */
  loginLimit?: LoginLimit | undefined;
  /** Folder of the built web app to serve (index.html for other non-/api paths). */
  webDist?: string | null | undefined;
  secureCookies?: boolean | undefined;
  /** Embedded demo mode (shown by /api/health). */
  demo?: boolean | undefined;
  sessionHours?: number | undefined;
  /** Trust X-Forwarded-* from a proxy in front (for the client address used by rate limiting). */
  trustProxy?: boolean | undefined;
}

/** Builds the service; call `ready()` or `inject()` on it. Closing the app does not close the database. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // One log line per request, when it completes (method, path, status, time; see the onResponse
    // hook below). Request logging never records bodies, query strings or headers.
    disableRequestLogging: true,
    logger: options.logger
      ? {
          level: 'info',
          ...(typeof options.logger === 'object' ? { stream: options.logger.stream } : {}),
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0] ?? '', id: req.id }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const now = options.now ?? (() => new Date());
  const db = options.database.db;
  const ctx: AppContext = {
    database: options.database,
    db,
    now,
    secureCookies: options.secureCookies ?? false,
    sessionHours: options.sessionHours ?? 8,
    sessions: new CoalescingLoader((tokenHashes) => findLiveSessions(db, tokenHashes, now())),
    decisions: new DecisionWriter(options.database),
  };

  if (options.logger) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    });
  }

  await app.register(cookie);
  // Security headers on every response. helmet's middleware is built once here: @fastify/helmet
  // builds it again for every request (parsing the CSP directives each time).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Too many attempts: try again in ${Math.ceil(context.ttl / 1000)} seconds`,
    }),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Sightline API',
        version: '0.1.0',
        description:
          'Threshold decisions for children’s safeguarding. Sign in with POST /api/session; send X-CSRF-Token on every state-changing request.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sightline_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installErrorHandling(app);
  installSessionHook(app, ctx);
  installTextGuard(app);

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  registerReferenceRoutes(app, ctx, options.demo ?? false);
  registerSessionRoutes(app, ctx, options.loginLimit ?? { max: 10, timeWindowMs: 60_000 });
  registerPeopleRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerDecisionRoutes(app, ctx);
  registerEscalationRoutes(app, ctx);
  registerSchoolRoutes(app, ctx);
  registerDraftRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerAuditDecisionRoutes(app, ctx);
  registerAdminRoutes(app, ctx);

  const webDist = options.webDist ?? null;
  const serveWeb = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: true, index: 'index.html' });

  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return sendError(reply, 404, 'not-found', 'There is nothing at this address');
  });
  return app;
}
