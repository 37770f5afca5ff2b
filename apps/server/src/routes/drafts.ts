/** Drafts saved as the worker types. Each save is a new version; a stale save is a 409 with the current draft. */
import { createDraft, type DraftView, getCaseRow, getDraft, listDrafts, saveDraft, type UserContext } from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canReadCase } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { draftCreateBody, draftDiscardQuery, draftSaveBody } from '../schemas/cases.js';
import { idParams } from '../schemas/common.js';

const drafters = ['duty-worker', 'supervisor', 'dsl'] as const;

function draftOut(d: DraftView) {
  return {
    id: d.id,
    kind: d.kind,
    caseId: d.caseId,
    version: d.version,
    body: d.body,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function registerDraftRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function loadOwnDraft(user: UserContext, id: string): Promise<DraftView> {
    const d = await getDraft(ctx.db, id);
    if (!d || d.ownerId !== user.id || d.discarded) throw notFound('That draft');
    return d;
  }

  r.post(
    '/api/drafts',
    { schema: { tags: ['drafts'], summary: 'Start a draft', body: draftCreateBody }, config: { access: drafters } },
    async (request, reply) => {
      const user = userOf(request);
      if (request.body.caseId !== null) {
        const row = await getCaseRow(ctx.db, request.body.caseId);
        if (!row || !canReadCase(user, row))
          throw badRequest([{ path: 'body/caseId', message: 'No such case that you can see' }]);
      }
      const d = await ctx.db.transaction((tx) =>
        createDraft(tx, { ownerId: user.id, caseId: request.body.caseId, kind: request.body.kind, body: request.body.body }),
      );
      return reply.code(201).send(draftOut(d));
    },
  );

  r.get(
    '/api/drafts',
    { schema: { tags: ['drafts'], summary: 'Your drafts' }, config: { access: drafters } },
    async (request) => {
      const user = userOf(request);
      return { drafts: (await listDrafts(ctx.db, user.id)).map(draftOut) };
    },
  );

  r.get(
    '/api/drafts/:id',
    { schema: { tags: ['drafts'], summary: 'One of your drafts', params: idParams }, config: { access: drafters } },
    async (request) => draftOut(await loadOwnDraft(userOf(request), request.params.id)),
  );

  r.put(
    '/api/drafts/:id',
    {
      schema: { tags: ['drafts'], summary: 'Save a draft', params: idParams, body: draftSaveBody },
      config: { access: drafters },
    },
    async (request) => {
      const user = userOf(request);
      await loadOwnDraft(user, request.params.id);
      const saved = await ctx.db.transaction((tx) =>
        saveDraft(tx, { draftId: request.params.id, expectedVersion: request.body.expectedVersion, body: request.body.body }),
      );
      if (!saved.ok) {
        const current = await loadOwnDraft(user, request.params.id);
        throw conflict(`This draft was saved elsewhere first: it is now at version ${saved.currentVersion}`, {
          currentVersion: saved.currentVersion,
          current: draftOut(current),
        });
      }
      return draftOut(saved.value);
    },
  );

  r.delete(
    '/api/drafts/:id',
    {
      schema: { tags: ['drafts'], summary: 'Discard a draft', params: idParams, querystring: draftDiscardQuery },
      config: { access: drafters },
    },
    async (request, reply) => {
      const user = userOf(request);
      const d = await loadOwnDraft(user, request.params.id);
      const saved = await ctx.db.transaction((tx) =>
        saveDraft(tx, { draftId: d.id, expectedVersion: request.query.expectedVersion, body: d.body, discarded: true }),
      );
      if (!saved.ok)
        throw conflict(`This draft was saved elsewhere first: it is now at version ${saved.currentVersion}`, {
          currentVersion: saved.currentVersion,
        });
      return reply.code(204).send();
    },
  );
}
