/** Escalations of professional disagreements: stages with working-day deadlines from the framework. */
import { addDays, addWorkingDays, type EscalationContext, type EscalationStepEvent, type Framework } from '@sightline/core';
import {
  addEscalationEvent,
  createEscalation,
  type DbOrTx,
  type EscalationEventInput,
  type EscalationWithEvents,
  getEscalation,
  getUserContext,
  listAgencies,
  listCaseLinks,
  listEscalations,
  lockEscalation,
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
import { escalationPathway, followsPathway, raiseOnPathway, takeStep } from '../escalations/pathway.js';
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

/**
 * An escalation as the API answers it. With the framework (one escalation at a time), an escalation
 * that follows the pathway also carries the machine's state after replaying its events.
 */
async function escalationView(ctx: AppContext, e: EscalationWithEvents, today: string, framework?: Framework) {
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
    ...(framework ? { pathway: escalationPathway(framework, e, ctx.now()) } : {}),
    events: await Promise.all(
      e.events.map(async (ev) => ({
        id: ev.id,
        kind: ev.kind,
        stage: ev.stage,
        openedOn: ev.openedOn,
        dueOn: ev.dueOn,
        between: ev.between,
        note: ev.note,
        event: ev.event ?? null,
        by: await by(ev.createdBy),
        at: ev.createdAt.toISOString(),
      })),
    ),
  };
}

type RaiseBody = z.output<typeof escalationBody>;
type EventBody = z.output<typeof escalationEventBody>;

/** The first events of an escalation raised without the pathway: the stage after the last one tried, and any urgent referral. */
function legacyOpening(framework: Framework, body: RaiseBody, userId: string, today: string): EscalationEventInput[] {
  const tried = body.disagreement.stagesTried.map((s) => s.stage);
  const stage = Math.min(4, (tried.length > 0 ? Math.max(...tried) : 0) + 1);
  return [
    {
      kind: 'stage-opened',
      stage,
      openedOn: today,
      dueOn: stageDueOn(framework, stage, today),
      between: body.between,
      note: body.note,
      createdBy: userId,
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
            createdBy: userId,
          },
        ]
      : []),
  ];
}

/** The first event of an escalation on the pathway: the disagreement recorded now, and the stage the machine opens. */
function pathwayOpening(framework: Framework, body: RaiseBody, userId: string, now: Date): EscalationEventInput[] {
  if (body.urgent) {
    throw badRequest([
      {
        path: 'body/urgent',
        message: 'On the escalation pathway, immediate risk is its own step (IMMEDIATE_RISK) after raising',
      },
    ]);
  }
  const event = { type: 'RECORD_DISAGREEMENT' as const, disagreement: body.disagreement, at: now.toISOString() };
  const opened = raiseOnPathway(framework, 'new-escalation', event);
  if (!opened?.stage)
    throw badRequest([{ path: 'body/disagreement', message: 'The escalation pathway cannot open with this disagreement' }]);
  return [
    {
      kind: 'stage-opened',
      stage: opened.stage.number,
      openedOn: opened.stage.startedOn,
      dueOn: opened.stage.deadline,
      between: body.between,
      note: body.note,
      event,
      createdBy: userId,
    },
  ];
}

/** The server's own clock and the signed-in person replace what a client says about now and about who acted. */
function stamped(step: EscalationStepEvent, user: UserContext, now: Date): EscalationStepEvent {
  const at = now.toISOString();
  const notAfterNow = (path: string, when: string) => {
    if (Date.parse(when) > now.getTime() + 5 * 60_000) throw badRequest([{ path, message: 'This cannot be in the future' }]);
  };
  switch (step.type) {
    case 'ESCALATE':
      return { ...step, at };
    case 'IMMEDIATE_RISK':
      return { ...step, risk: { ...step.risk, at } };
    case 'RESOLVE':
      return { ...step, resolution: { ...step.resolution, at, by: { userId: user.id, role: user.role } } };
    case 'RECORD_CONTACT':
      notAfterNow('body/event/contact/at', step.contact.at);
      return step;
    case 'RECORD_RESPONSE':
      notAfterNow('body/event/response/at', step.response.at);
      return step;
    case 'RECORD_URGENT_REFERRAL':
      notAfterNow('body/event/referral/at', step.referral.at);
      return step;
  }
}

/** The row that records a step the machine took. */
function pathwayRow(step: EscalationStepEvent, after: EscalationContext, userId: string): EscalationEventInput {
  const base = { stage: null, openedOn: null, dueOn: null, between: null, event: step, createdBy: userId };
  switch (step.type) {
    case 'RECORD_CONTACT':
      return { ...base, kind: 'response', between: step.contact.with.role, note: step.contact.summary };
    case 'RECORD_RESPONSE':
      return { ...base, kind: 'response', between: step.response.from.role, note: step.response.response };
    case 'ESCALATE':
      return {
        ...base,
        kind: 'stage-opened',
        stage: after.stage?.number ?? null,
        openedOn: after.stage?.startedOn ?? null,
        dueOn: after.stage?.deadline ?? null,
        between: after.disagreement?.stagesTried.at(-1)?.between ?? null,
        note: step.reason,
      };
    case 'IMMEDIATE_RISK':
      return { ...base, kind: 'urgent-referral', note: step.risk.detail };
    case 'RECORD_URGENT_REFERRAL':
      return { ...base, kind: 'urgent-referral', note: step.referral.detail };
    case 'RESOLVE':
      return { ...base, kind: 'resolved', note: step.resolution.detail };
  }
}

/** A step on an escalation raised without the pathway, as before: moving on opens the next stage today. */
function legacyRow(
  e: EscalationWithEvents,
  body: EventBody,
  userId: string,
  framework: Framework,
  today: string,
): EscalationEventInput {
  const kind = body.kind ?? 'response';
  const current = e.events.filter((ev) => ev.kind === 'stage-opened').at(-1)?.stage ?? 0;
  let stage: number | null = null;
  let dueOn: string | null = null;
  if (kind === 'stage-opened') {
    if (current >= 4) throw conflict('Stage 4 is the last stage');
    stage = current + 1;
    dueOn = stageDueOn(framework, stage, today);
  }
  return {
    kind,
    stage,
    openedOn: kind === 'stage-opened' ? today : null,
    dueOn,
    between: body.between,
    note: body.note ?? '',
    createdBy: userId,
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
      const events = body.pathway
        ? pathwayOpening(framework, body, user.id, ctx.now())
        : legacyOpening(framework, body, user.id, today);
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
      return reply.code(201).send(await escalationView(ctx, made, today, framework));
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

  async function loadEscalation(user: UserContext, id: string, db: DbOrTx = ctx.db): Promise<EscalationWithEvents> {
    const e = await getEscalation(db, id);
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
      return escalationView(ctx, e, dateInEngland(ctx.now()), await frameworkFor(ctx.db, e.partnershipId));
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
      const now = ctx.now();
      const today = dateInEngland(now);
      const body = request.body;
      // The step is checked against every step before it and written in one transaction that holds
      // the escalation: two steps sent at once are taken one after the other, the second checked
      // against the first (and refused if the machine would not take it then).
      const { id, framework } = await ctx.db.transaction(async (tx) => {
        await lockEscalation(tx, request.params.id);
        const e = await loadEscalation(user, request.params.id, tx);
        const resolved = e.events.some((ev) => ev.kind === 'resolved');
        if (resolved) throw conflict('This escalation is resolved');
        const framework = await frameworkFor(tx, e.partnershipId);
        let row: EscalationEventInput;
        if (body.event !== undefined) {
          if (!followsPathway(e))
            throw conflict('This escalation was raised without the escalation pathway: record the step with kind and note');
          const step = stamped(body.event, user, now);
          const taken = takeStep(framework, e, step, now);
          if (!taken.ok) throw conflict(taken.reason, { reason: 'machine-refused', refused: { type: step.type } });
          row = pathwayRow(step, taken.context, user.id);
        } else {
          if (followsPathway(e))
            throw conflict('This escalation follows the escalation pathway: send the step as event', {
              reason: 'pathway-event-required',
            });
          row = legacyRow(e, body, user.id, framework, today);
        }
        await addEscalationEvent(tx, { escalationId: e.id, ...row });
        await logAccess(tx, request, 'write', 'escalation', [{ id: e.id, caseId: e.caseId }]);
        return { id: e.id, framework };
      });
      return reply.code(201).send(await escalationView(ctx, await loadEscalation(user, id), today, framework));
    },
  );
}
