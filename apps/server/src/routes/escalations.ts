/** Escalations of professional disagreements: stages with working-day deadlines from the framework. */
import { addDays, addWorkingDays, type Framework } from '@sightline/core';
import {
  addEscalationEvent,
  createEscalation,
  type EscalationWithEvents,
  getEscalation,
  getUserContext,
  listAgencies,
  listCaseLinks,
  listEscalations,
  type UserContext,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { frameworkFor, loadVisibleCase } from '../cases/service.js';
import { dateInEngland } from '../clock.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { escalationBody, escalationEventBody } from '../schemas/cases.js';
import { idParams, limitQuery } from '../schemas/common.js';

const raisers = ['dsl', 'duty-worker', 'supervisor'] as const;
const readers = ['dsl', 'duty-worker', 'supervisor', 'auditor'] as const;

/** The deadline of a stage opened on `openedOn`, in working days by the framework's convention. */
export function stageDueOn(framework: Framework, stage: number, openedOn: string): string {
  const days = framework.escalationStages[stage - 1]?.workingDays ?? 5;
  try {
    return addWorkingDays(openedOn, days, framework.calendar.triggerDay);
  } catch {
    return addDays(openedOn, Math.ceil((days * 7) / 5));
  }
}

function canSeeEscalation(user: UserContext, e: EscalationWithEvents): boolean {
  if (e.partnershipId !== user.partnershipId) return false;
  if (user.role === 'dsl') return e.raisingAgencyId === user.agency.id;
  return e.raisingAgencyId === user.agency.id || e.againstAgencyId === user.agency.id;
}

async function escalationView(ctx: AppContext, e: EscalationWithEvents, today: string) {
  const stages = e.events.filter((ev) => ev.kind === 'stage-opened');
  const current = stages.at(-1);
  const resolved = e.events.some((ev) => ev.kind === 'resolved');
  const users = new Map<string, UserContext | undefined>();
  const by = async (id: string) => {
    if (!users.has(id)) users.set(id, await getUserContext(ctx.db, id));
    const u = users.get(id);
    return { id, displayName: u?.displayName ?? 'Unknown user', role: u?.role ?? 'unknown' };
  };
  return {
    id: e.id,
    caseId: e.caseId,
    raisingAgencyId: e.raisingAgencyId,
    againstAgencyId: e.againstAgencyId,
    disagreement: e.disagreement,
    stage: current?.stage ?? null,
    dueOn: current?.dueOn ?? null,
    overdue: !resolved && current?.dueOn !== null && current?.dueOn !== undefined && today > current.dueOn,
    resolved,
    urgentReferral: e.events.some((ev) => ev.kind === 'urgent-referral'),
    createdAt: e.createdAt.toISOString(),
    events: await Promise.all(
      e.events.map(async (ev) => ({
        id: ev.id,
        kind: ev.kind,
        stage: ev.stage,
        openedOn: ev.openedOn,
        dueOn: ev.dueOn,
        between: ev.between,
        note: ev.note,
        by: await by(ev.createdBy),
        at: ev.createdAt.toISOString(),
      })),
    ),
  };
}

export function registerEscalationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/escalations',
    { schema: { tags: ['escalations'], summary: 'Raise an escalation', body: escalationBody }, config: { access: raisers } },
    async (request, reply) => {
      const user = userOf(request);
      const body = request.body;
      const agencies = await listAgencies(ctx.db, user.partnershipId);
      let against = body.againstAgencyId;
      let childPersonId: string | null = null;
      if (body.caseId !== null) {
        const found = await loadVisibleCase(ctx.db, user, body.caseId).catch(() => {
          throw badRequest([{ path: 'body/caseId', message: 'No such case that you can see' }]);
        });
        against ??= found.case.ownerAgencyId;
        childPersonId = (await listCaseLinks(ctx.db, found.case.id)).find((l) => l.role === 'subject')?.personId ?? null;
      }
      if (against === null || !agencies.some((a) => a.id === against)) {
        throw badRequest([
          { path: 'body/againstAgencyId', message: 'Say which agency in your partnership made the decision you challenge' },
        ]);
      }
      if (against === user.agency.id)
        throw badRequest([{ path: 'body/againstAgencyId', message: 'An escalation is with another agency' }]);
      const framework = await frameworkFor(ctx.db, user.partnershipId);
      const today = dateInEngland(ctx.now());
      const tried = body.disagreement.stagesTried.map((s) => s.stage);
      const stage = Math.min(4, (tried.length > 0 ? Math.max(...tried) : 0) + 1);
      const events = [
        {
          kind: 'stage-opened' as const,
          stage,
          openedOn: today,
          dueOn: stageDueOn(framework, stage, today),
          between: body.between,
          note: body.note,
          createdBy: user.id,
        },
        ...(body.urgent
          ? [
              {
                kind: 'urgent-referral' as const,
                stage: null,
                openedOn: today,
                dueOn: null,
                between: null,
                note: 'The child is at immediate risk: urgent referral or police call made now, alongside the escalation.',
                createdBy: user.id,
              },
            ]
          : []),
      ];
      const made = await ctx.db.transaction(async (tx) => {
        const e = await createEscalation(tx, {
          partnershipId: user.partnershipId,
          caseId: body.caseId,
          childPersonId,
          raisedBy: user.id,
          raisingAgencyId: user.agency.id,
          againstAgencyId: against,
          disagreement: body.disagreement,
          events,
        });
        await logAccess(tx, request, 'write', 'escalation', [{ id: e.id, caseId: body.caseId }]);
        return e;
      });
      return reply.code(201).send(await escalationView(ctx, made, today));
    },
  );

  r.get(
    '/api/escalations',
    {
      schema: { tags: ['escalations'], summary: 'Escalations you may see', querystring: z.strictObject({ limit: limitQuery }) },
      config: { access: readers },
    },
    async (request) => {
      const user = userOf(request);
      const rows = await listEscalations(ctx.db, {
        partnershipId: user.partnershipId,
        agencyIds: [user.agency.id],
        raisedOnly: user.role === 'dsl',
        limit: request.query.limit,
      });
      const visible = rows.filter((e) => canSeeEscalation(user, e));
      await logAccess(
        ctx.db,
        request,
        'read',
        'escalation',
        visible.map((e) => ({ id: e.id, caseId: e.caseId })),
      );
      const today = dateInEngland(ctx.now());
      return { escalations: await Promise.all(visible.map((e) => escalationView(ctx, e, today))) };
    },
  );

  async function loadEscalation(user: UserContext, id: string): Promise<EscalationWithEvents> {
    const e = await getEscalation(ctx.db, id);
    if (!e || !canSeeEscalation(user, e)) throw notFound('That escalation');
    return e;
  }

  r.get(
    '/api/escalations/:id',
    { schema: { tags: ['escalations'], summary: 'One escalation', params: idParams }, config: { access: readers } },
    async (request) => {
      const user = userOf(request);
      const e = await loadEscalation(user, request.params.id);
      await logAccess(ctx.db, request, 'read', 'escalation', [{ id: e.id, caseId: e.caseId }]);
      return escalationView(ctx, e, dateInEngland(ctx.now()));
    },
  );

  r.post(
    '/api/escalations/:id/events',
    {
      schema: {
        tags: ['escalations'],
        summary: 'Respond, move to the next stage, or resolve',
        params: idParams,
        body: escalationEventBody,
      },
      config: { access: raisers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const e = await loadEscalation(user, request.params.id);
      const today = dateInEngland(ctx.now());
      const resolved = e.events.some((ev) => ev.kind === 'resolved');
      if (resolved) throw conflict('This escalation is resolved');
      const current = e.events.filter((ev) => ev.kind === 'stage-opened').at(-1)?.stage ?? 0;
      const body = request.body;
      let stage: number | null = null;
      let dueOn: string | null = null;
      if (body.kind === 'stage-opened') {
        if (current >= 4) throw conflict('Stage 4 is the last stage');
        stage = current + 1;
        dueOn = stageDueOn(await frameworkFor(ctx.db, e.partnershipId), stage, today);
      }
      await ctx.db.transaction(async (tx) => {
        await addEscalationEvent(tx, {
          escalationId: e.id,
          kind: body.kind,
          stage,
          openedOn: body.kind === 'stage-opened' ? today : null,
          dueOn,
          between: body.between,
          note: body.note,
          createdBy: user.id,
        });
        await logAccess(tx, request, 'write', 'escalation', [{ id: e.id, caseId: e.caseId }]);
      });
      return reply.code(201).send(await escalationView(ctx, await loadEscalation(user, e.id), today));
    },
  );
}
