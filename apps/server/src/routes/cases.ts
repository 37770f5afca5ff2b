/**
 * Cases: create, list, read, save new versions, confirm people, and the server's own assessment.
 * Creating a case takes an optional Idempotency-Key, so a retried or double-clicked send makes one
 * case.
 */
import {
  addCaseLink,
  addCaseVersion,
  createCase,
  createPerson,
  getCaseLink,
  getCaseVersion,
  getPerson,
  listAgencies,
  listCaseLinks,
  listCases,
  listChainEntriesForCases,
  type UserContext,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canReadCase, canWriteCase, isOnRegister, scopingTeamOf } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { chainEntriesOf, caseStatus, loadVisibleCase, assessCase } from '../cases/service.js';
import { caseSummary, caseView } from '../cases/views.js';
import { dateInEngland } from '../clock.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { idempotencyOf, rememberAnswer, replayIfSeen, runOnce } from '../http/idempotency.js';
import { caseCreateBody, caseLinkBody, caseListQuery, caseUpdateBody, caseVersionParams, retractBody } from '../schemas/cases.js';
import { idParams, optionalIdempotencyHeaders } from '../schemas/common.js';

const caseRoles = ['duty-worker', 'supervisor', 'dsl', 'auditor'] as const;
const caseCreators = ['duty-worker', 'supervisor', 'dsl'] as const;
const registerRoles = ['duty-worker', 'supervisor'] as const;
const frontDoorReaders = ['duty-worker', 'supervisor', 'auditor'] as const;

/** Which agency holds a new case and which referred it. */
async function placeNewCase(
  ctx: AppContext,
  user: UserContext,
  body: { referrerAgencyId: string | null; ownerAgencyId: string | null },
): Promise<{ ownerAgencyId: string; referrerAgencyId: string | null }> {
  const agencies = await listAgencies(ctx.db, user.partnershipId);
  const inPartnership = (id: string) => agencies.some((a) => a.id === id);
  if (body.referrerAgencyId !== null && !inPartnership(body.referrerAgencyId)) {
    throw badRequest([{ path: 'body/referrerAgencyId', message: 'No such agency in your partnership' }]);
  }
  if (user.agency.kind === 'local-authority') {
    return { ownerAgencyId: user.agency.id, referrerAgencyId: body.referrerAgencyId };
  }
  const frontDoors = agencies.filter((a) => a.kind === 'local-authority');
  const owner = body.ownerAgencyId ?? (frontDoors.length === 1 ? frontDoors[0]?.id : undefined);
  if (!owner || !frontDoors.some((a) => a.id === owner)) {
    throw badRequest([{ path: 'body/ownerAgencyId', message: 'Choose which front door (local authority) receives this' }]);
  }
  return { ownerAgencyId: owner, referrerAgencyId: user.agency.id };
}

export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Record a contact or open a case',
        headers: optionalIdempotencyHeaders,
        body: caseCreateBody,
      },
      config: { access: caseCreators },
    },
    async (request, reply) => {
      const user = userOf(request);
      const key = request.headers['idempotency-key'];
      const idem = key === undefined ? null : idempotencyOf(request, key);
      if (idem && (await replayIfSeen(ctx.db, idem, reply))) return reply;
      const place = await placeNewCase(ctx, user, request.body);
      const { facts, events, identities } = request.body;
      const create = () =>
        ctx.db.transaction(async (tx) => {
          const made = await createCase(tx, {
            partnershipId: user.partnershipId,
            ownerAgencyId: place.ownerAgencyId,
            ownerTeamId: user.agency.id === place.ownerAgencyId ? (user.team?.id ?? null) : null,
            referrerAgencyId: place.referrerAgencyId,
            createdBy: user.id,
            content: { facts, events, identities, note: null },
            createdAt: ctx.now(),
          });
          await logAccess(tx, request, 'write', 'case', [{ id: made.case.id, caseId: made.case.id }]);
          const view = await caseView(tx, user, made, [], []);
          // The answer is kept with the case, so a retry of this submission gets this case, never a second one.
          if (idem) await rememberAnswer(tx, idem, 201, view);
          return view;
        });
      if (!idem) return reply.code(201).send(await create());
      const result = await runOnce(ctx.db, idem, reply, create);
      if (!result.done) return reply;
      return reply.code(201).send(result.value);
    },
  );

  r.get(
    '/api/cases',
    { schema: { tags: ['cases'], summary: 'Cases you may see', querystring: caseListQuery }, config: { access: caseRoles } },
    async (request) => {
      const user = userOf(request);
      const rows = await listCases(ctx.db, {
        partnershipId: user.partnershipId,
        agencyIds: [user.agency.id],
        referredOnly: user.role === 'dsl',
        pathway: request.query.pathway,
        teamId: scopingTeamOf(user),
        limit: request.query.limit,
      });
      const visible = rows.filter((row) => canReadCase(user, row.case));
      const entries = await listChainEntriesForCases(
        ctx.db,
        visible.map((v) => v.case.id),
      );
      const agencies = new Map((await listAgencies(ctx.db, user.partnershipId)).map((a) => [a.id, a]));
      const summaries = visible
        .map((v) =>
          caseSummary(
            v,
            entries.filter((e) => e.caseId === v.case.id),
            agencies,
          ),
        )
        .filter((s) => !request.query.status || s.status === request.query.status);
      await logAccess(
        ctx.db,
        request,
        'read',
        'case',
        summaries.map((s) => ({ id: s.id, caseId: s.id })),
      );
      return { cases: summaries };
    },
  );

  r.get(
    '/api/cases/:id',
    { schema: { tags: ['cases'], summary: 'One case', params: idParams }, config: { access: caseRoles } },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const [links, entries] = await Promise.all([listCaseLinks(ctx.db, found.case.id), chainEntriesOf(ctx.db, found.case.id)]);
      await logAccess(ctx.db, request, 'read', 'case', [{ id: found.case.id, caseId: found.case.id }]);
      return caseView(ctx.db, user, found, links, entries);
    },
  );

  r.put(
    '/api/cases/:id',
    {
      schema: { tags: ['cases'], summary: 'Save a new version of a case', params: idParams, body: caseUpdateBody },
      config: { access: caseCreators },
    },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const entries = await chainEntriesOf(ctx.db, found.case.id);
      if (!canWriteCase(user, found.case, caseStatus(entries) !== 'open')) throw forbidden('You cannot change this case');
      if (request.body.facts.pathway !== found.case.pathway) {
        throw badRequest([{ path: 'body/facts/pathway', message: `This case is on the ${found.case.pathway} pathway` }]);
      }
      const { expectedVersion, facts, events, identities, note } = request.body;
      const saved = await ctx.db.transaction(async (tx) => {
        const result = await addCaseVersion(tx, {
          caseId: found.case.id,
          expectedVersion,
          content: { facts, events, identities, note },
          createdBy: user.id,
        });
        if (result.ok) await logAccess(tx, request, 'write', 'case', [{ id: found.case.id, caseId: found.case.id }]);
        return result;
      });
      if (!saved.ok) {
        const current = await loadVisibleCase(ctx.db, user, found.case.id);
        const links = await listCaseLinks(ctx.db, found.case.id);
        throw conflict(`Someone saved this case first: it is now at version ${saved.currentVersion}`, {
          currentVersion: saved.currentVersion,
          current: await caseView(ctx.db, user, current, links, entries),
        });
      }
      const links = await listCaseLinks(ctx.db, found.case.id);
      return caseView(ctx.db, user, { case: found.case, version: saved.value }, links, entries);
    },
  );

  r.get(
    '/api/cases/:id/versions/:version',
    {
      schema: { tags: ['cases'], summary: 'One earlier version of a case', params: caseVersionParams },
      config: { access: caseRoles },
    },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const version = await getCaseVersion(ctx.db, found.case.id, request.params.version);
      if (!version) throw notFound('That version');
      await logAccess(ctx.db, request, 'read', 'case', [{ id: found.case.id, caseId: found.case.id }]);
      return {
        version: version.version,
        facts: version.facts,
        events: version.events,
        note: version.note,
        createdAt: version.createdAt.toISOString(),
        createdBy: version.createdBy,
      };
    },
  );

  r.post(
    '/api/cases/:id/links',
    {
      schema: {
        tags: ['cases'],
        summary: 'Confirm a person on record as part of this case',
        params: idParams,
        body: caseLinkBody,
      },
      config: { access: registerRoles },
    },
    async (request, reply) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      if (!canWriteCase(user, found.case, false)) throw forbidden('You cannot change this case');
      const body = request.body;
      const existing = await listCaseLinks(ctx.db, found.case.id);
      if (body.role === 'subject' && existing.some((l) => l.role === 'subject')) {
        throw conflict('This case already has a confirmed subject: retract that link first');
      }
      if (
        body.memberId !== null &&
        body.role === 'household-member' &&
        !found.version.facts.household.some((h) => h.id === body.memberId)
      ) {
        throw badRequest([{ path: 'body/memberId', message: 'No household member with that id in the case facts' }]);
      }
      if (body.personId !== undefined) {
        const person = await getPerson(ctx.db, body.personId);
        if (!person || !isOnRegister(user, person)) throw notFound('That person');
        if (existing.some((l) => l.personId === body.personId)) throw conflict('That person is already linked to this case');
      }
      const link = await ctx.db.transaction(async (tx) => {
        let personId = body.personId;
        if (body.newPerson) {
          const made = await createPerson(tx, {
            partnershipId: user.partnershipId,
            createdBy: user.id,
            createdByAgencyId: user.agency.id,
            person: body.newPerson,
          });
          personId = made.id;
          await logAccess(tx, request, 'write', 'person', [{ id: made.id, caseId: found.case.id }]);
        }
        if (!personId) throw badRequest([{ path: 'body/personId', message: 'Give either personId or newPerson' }]);
        const row = await addCaseLink(tx, {
          caseId: found.case.id,
          personId,
          role: body.role,
          memberId: body.role === 'household-member' ? body.memberId : null,
          reasons: body.reasons,
          createdBy: user.id,
        });
        await logAccess(tx, request, 'write', 'case', [{ id: found.case.id, caseId: found.case.id }]);
        return row;
      });
      return reply
        .code(201)
        .send({ id: link.id, caseId: link.caseId, personId: link.personId, role: link.role, memberId: link.memberId });
    },
  );

  r.post(
    '/api/case-links/:id/retraction',
    {
      schema: { tags: ['cases'], summary: 'Undo a confirmed link', params: idParams, body: retractBody },
      config: { access: registerRoles },
    },
    async (request, reply) => {
      const user = userOf(request);
      const link = await getCaseLink(ctx.db, request.params.id);
      if (!link) throw notFound('That link');
      const found = await loadVisibleCase(ctx.db, user, link.caseId);
      if (!canWriteCase(user, found.case, false)) throw forbidden('You cannot change this case');
      const current = await listCaseLinks(ctx.db, link.caseId);
      if (!current.some((l) => l.id === link.id)) throw conflict('That link was already retracted or replaced');
      await ctx.db.transaction(async (tx) => {
        await addCaseLink(tx, {
          caseId: link.caseId,
          personId: link.personId,
          role: link.role,
          memberId: link.memberId,
          reasons: [request.body.reason],
          createdBy: user.id,
          supersedesId: link.id,
          retracted: true,
        });
        await logAccess(tx, request, 'write', 'case', [{ id: link.caseId, caseId: link.caseId }]);
      });
      return reply.code(201).send({ retracted: link.id });
    },
  );

  r.get(
    '/api/cases/:id/history',
    {
      schema: { tags: ['cases'], summary: 'The facts as assess will see them, with history on record', params: idParams },
      config: { access: frontDoorReaders },
    },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const result = await assessCase(ctx.db, found, dateInEngland(ctx.now()));
      await logAccess(ctx.db, request, 'read', 'case', [{ id: found.case.id, caseId: found.case.id }]);
      return { caseVersion: found.version.version, asOf: result.asOf, facts: result.facts, added: result.historyAdded };
    },
  );

  r.get(
    '/api/cases/:id/assessment',
    {
      schema: { tags: ['cases'], summary: "The server's assessment of the current version", params: idParams },
      config: { access: frontDoorReaders },
    },
    async (request) => {
      const user = userOf(request);
      const found = await loadVisibleCase(ctx.db, user, request.params.id);
      const result = await assessCase(ctx.db, found, dateInEngland(ctx.now()));
      await logAccess(ctx.db, request, 'read', 'case', [{ id: found.case.id, caseId: found.case.id }]);
      return {
        caseVersion: found.version.version,
        asOf: result.asOf,
        assessment: result.assessment,
        historyAdded: result.historyAdded,
      };
    },
  );
}
