/** Health, reference data and the partnership's framework. */
import { listAgencies } from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../auth/session-hook.js';
import { frameworkFor } from '../cases/service.js';
import type { AppContext } from '../context.js';

export function registerReferenceRoutes(app: FastifyInstance, ctx: AppContext, demo: boolean): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Is the service up',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean() }) },
      },
      config: { access: 'public' },
    },
    async () => ({ status: 'ok' as const, database: ctx.database.kind, demo }),
  );

  r.get(
    '/api/agencies',
    { schema: { tags: ['reference'], summary: "Your partnership's agencies" }, config: { access: 'signed-in' } },
    async (request) => {
      const user = userOf(request);
      return {
        agencies: (await listAgencies(ctx.db, user.partnershipId)).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
      };
    },
  );

  r.get(
    '/api/frameworks/current',
    { schema: { tags: ['reference'], summary: "Your partnership's threshold framework" }, config: { access: 'signed-in' } },
    async (request) => frameworkFor(ctx.db, userOf(request).partnershipId),
  );
}
