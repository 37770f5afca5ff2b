/**
 * Decisions and sign-offs. The server runs the assessment itself; a decision below its
 * recommendation needs a written reason and then a sign-off by a different person with the
 * supervisor role. Each write is one transaction: the sealed record, the idempotency answer and the
 * access log entry land together or not at all. Decisions go through the group-commit writer
 * (decisions/writer.ts), which puts the decisions waiting for a partnership's chain in one
 * transaction, each with all of its own rows.
 */
import { type DecisionRecord, renderHtml, renderMarkdown, sealDecisionRecord } from '@sightline/core';
import {
  appendChainEntry,
  type ChainEntry,
  getCaseRow,
  getChainEntry,
  listDecisionsWithoutSignOff,
  listSignOffs,
  lockPartnershipChain,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canDecideCase, canReadCase } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { sha256 } from '../auth/tokens.js';
import { decisionView, outcomeOnlyFor } from '../cases/views.js';
import type { AppContext } from '../context.js';
import { conflict, forbidden, notFound } from '../http/errors.js';
import { idempotencyOf, rememberAnswer, replayIfSeen, runOnce } from '../http/idempotency.js';
import { decisionBody, signOffBody } from '../schemas/cases.js';
import { idempotencyHeaders, idParams, limitQuery } from '../schemas/common.js';
import { z } from 'zod';

const deciders = ['duty-worker', 'supervisor'] as const;
const readers = ['duty-worker', 'supervisor', 'dsl', 'auditor'] as const;

export function registerDecisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cases/:id/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Decide on the current version of a case',
        params: idParams,
        headers: idempotencyHeaders,
        body: decisionBody,
      },
      config: { access: deciders },
    },
    async (request, reply) => {
      const outcome = await ctx.decisions.submit({
        user: userOf(request),
        caseId: request.params.id,
        body: request.body,
        idem: idempotencyOf(request, request.headers['idempotency-key']),
        now: ctx.now(),
      });
      if (outcome.replayed) return reply.code(outcome.statusCode).header('idempotent-replayed', 'true').send(outcome.response);
      return reply.code(201).type('application/json; charset=utf-8').send(outcome.json);
    },
  );

  async function loadDecision(
    id: string,
    user: ReturnType<typeof userOf>,
  ): Promise<{ entry: ChainEntry; signOffs: ChainEntry[] }> {
    const entry = await getChainEntry(ctx.db, id);
    if (entry?.kind !== 'decision') throw notFound('That decision');
    const row = await getCaseRow(ctx.db, entry.caseId);
    if (!row || !canReadCase(user, row)) throw notFound('That decision');
    return { entry, signOffs: await listSignOffs(ctx.db, [entry.id]) };
  }

  r.get(
    '/api/decisions/:id',
    { schema: { tags: ['decisions'], summary: 'A decision and its sign-offs', params: idParams }, config: { access: readers } },
    async (request) => {
      const user = userOf(request);
      const { entry, signOffs } = await loadDecision(request.params.id, user);
      await logAccess(ctx.db, request, 'read', 'decision', [{ id: entry.id, caseId: entry.caseId }]);
      return outcomeOnlyFor(user, await decisionView(ctx.db, entry, signOffs));
    },
  );

  const printable = (format: 'md' | 'html') => async (request: { params: { id: string } }, user: ReturnType<typeof userOf>) => {
    const { entry, signOffs } = await loadDecision(request.params.id, user);
    const latest: DecisionRecord = signOffs.at(-1)?.record ?? entry.record;
    return { entry, text: format === 'md' ? renderMarkdown(latest) : renderHtml(latest) };
  };

  for (const format of ['md', 'html'] as const) {
    r.get(
      `/api/decisions/:id/record.${format}`,
      {
        schema: {
          tags: ['decisions'],
          summary: `The printable decision record (${format === 'md' ? 'Markdown' : 'HTML'})`,
          params: idParams,
        },
        config: { access: ['duty-worker', 'supervisor', 'auditor'] },
      },
      async (request, reply) => {
        const user = userOf(request);
        const { entry, text } = await printable(format)(request, user);
        await logAccess(ctx.db, request, 'read', 'decision', [{ id: entry.id, caseId: entry.caseId }]);
        return reply.type(format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8').send(text);
      },
    );
  }

  r.post(
    '/api/decisions/:id/sign-offs',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Sign off a decision',
        params: idParams,
        headers: idempotencyHeaders,
        body: signOffBody,
      },
      config: { access: ['supervisor'] },
    },
    async (request, reply) => {
      const user = userOf(request);
      const idem = idempotencyOf(request, request.headers['idempotency-key']);
      if (await replayIfSeen(ctx.db, idem, reply)) return reply;
      const { entry } = await loadDecision(request.params.id, user);
      const row = await getCaseRow(ctx.db, entry.caseId);
      if (!row || !canDecideCase(user, row)) throw forbidden('Only a supervisor at the front door that holds the case signs off');
      if (entry.actorId === user.id) throw forbidden('Someone else must sign off your own decision');
      const now = ctx.now();
      const result = await runOnce(ctx.db, idem, reply, () =>
        ctx.db.transaction(async (tx) => {
          await lockPartnershipChain(tx, entry.partnershipId);
          if ((await listSignOffs(tx, [entry.id])).length > 0) throw conflict('This decision is already signed off');
          const base = entry.record;
          const signOffEntry = await appendChainEntry(tx, {
            partnershipId: entry.partnershipId,
            kind: 'sign-off',
            caseId: entry.caseId,
            caseVersion: entry.caseVersion,
            decisionId: entry.id,
            actorId: user.id,
            seal: (previous) =>
              sealDecisionRecord(
                {
                  caseRef: base.caseRef,
                  recordedAt: now.toISOString(),
                  facts: base.facts,
                  assessment: base.assessment,
                  decision: base.decision,
                  signOff: {
                    by: { userId: user.id, role: user.role },
                    at: now.toISOString(),
                    outcome: request.body.outcome,
                    comment: request.body.comment,
                  },
                  machine: base.machine,
                },
                previous,
                sha256,
              ),
          });
          const view = await decisionView(tx, entry, [signOffEntry], true, [user]);
          await rememberAnswer(tx, idem, 201, view);
          await logAccess(tx, request, 'write', 'decision', [{ id: entry.id, caseId: entry.caseId }]);
          return view;
        }),
      );
      if (!result.done) return reply;
      return reply.code(201).send(result.value);
    },
  );

  r.get(
    '/api/sign-offs/queue',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Decisions waiting for sign-off',
        querystring: z.strictObject({ limit: limitQuery }),
      },
      config: { access: ['supervisor'] },
    },
    async (request) => {
      const user = userOf(request);
      const pending = await listDecisionsWithoutSignOff(ctx.db, user.partnershipId, request.query.limit * 4);
      const waiting: ChainEntry[] = [];
      for (const entry of pending.filter((e) => e.record.decision.belowRecommendation)) {
        const row = await getCaseRow(ctx.db, entry.caseId);
        if (row && canDecideCase(user, row)) waiting.push(entry);
        if (waiting.length >= request.query.limit) break;
      }
      await logAccess(
        ctx.db,
        request,
        'read',
        'decision',
        waiting.map((e) => ({ id: e.id, caseId: e.caseId })),
      );
      return { decisions: await Promise.all(waiting.map((e) => decisionView(ctx.db, e, [], false))) };
    },
  );
}
