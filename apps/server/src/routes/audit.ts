/** Access logs and the decision chain check. */
import { listAccess, verifyPartnershipChain } from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { loadVisibleCase } from '../cases/service.js';
import type { AppContext } from '../context.js';
import { idParams, limitQuery } from '../schemas/common.js';

function entryOut(e: Awaited<ReturnType<typeof listAccess>>[number]) {
  return {
    at: e.at.toISOString(),
    user: e.user,
    action: e.action,
    subject: e.subject,
    subjectId: e.subjectId,
    caseId: e.caseId,
    route: e.route,
  };
}

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/cases/:id/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: "A case's access log",
        params: idParams,
        querystring: z.strictObject({ limit: limitQuery }),
      },
      config: { access: ['auditor', 'supervisor'] },
    },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const entries = await listAccess(ctx.db, {
        partnershipId: user.partnershipId,
        caseId: found.case.id,
        limit: request.query.limit,
      });
      await logAccess(ctx.db, request, 'read', 'access-log', [{ id: found.case.id, caseId: found.case.id }]);
      return { entries: entries.map(entryOut) };
    },
  );

  r.get(
    '/api/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: "The partnership's access log",
        querystring: z.strictObject({ userId: z.uuid({ error: 'Not a valid id' }).optional(), limit: limitQuery }),
      },
      config: { access: ['auditor'] },
    },
    async (request) => {
      const user = userOf(request);
      const entries = await listAccess(ctx.db, {
        partnershipId: user.partnershipId,
        userId: request.query.userId,
        limit: request.query.limit,
      });
      return { entries: entries.map(entryOut) };
    },
  );

  r.get(
    '/api/chain/verify',
    {
      schema: { tags: ['audit'], summary: "Check the partnership's decision chain" },
      config: { access: ['auditor', 'administrator'] },
    },
    async (request) => {
      const user = userOf(request);
      const result = await verifyPartnershipChain(ctx.db, user.partnershipId);
      if (result.ok) return { ok: true, count: result.records };
      return {
        ok: false,
        count: result.records,
        firstBroken: {
          sequence: result.firstBroken.sequence,
          reason: result.firstBroken.reason,
          decisionId: result.firstBroken.entryId,
        },
      };
    },
  );
}
