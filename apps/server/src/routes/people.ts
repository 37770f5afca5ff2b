/** The people register: search, read, add, correct; relationships, households, factors, plans and chronology. */
import {
  addChronologyEntry,
  addPersonFactors,
  addPersonVersion,
  addPlan,
  addRelationship,
  createHousehold,
  createPerson,
  findMatches,
  getCaseRow,
  getChronologyEntry,
  getCurrentVersions,
  getPerson,
  getPlan,
  getRelationship,
  latestFactors,
  listChronology,
  listHouseholdsFor,
  listLinksForPeople,
  listPlans,
  listRelationships,
  type PersonRecord,
  retractRelationship,
  type UserContext,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canReadCase, isOnRegister } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { candidateView, personSummary } from '../cases/views.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { idParams } from '../schemas/common.js';
import {
  chronologyBody,
  chronologyCorrectionBody,
  factorsBody,
  householdBody,
  matchQuerySchema,
  personInputSchema,
  personVersionBody,
  planBody,
  planCorrectionBody,
  relationshipBody,
  retractionBody,
} from '../schemas/people.js';

const writers = ['duty-worker', 'supervisor'] as const;
const readers = ['duty-worker', 'supervisor', 'auditor'] as const;

async function loadPerson(ctx: AppContext, user: UserContext, id: string): Promise<PersonRecord> {
  const person = await getPerson(ctx.db, id);
  if (!person || !isOnRegister(user, person)) throw notFound('That person');
  return person;
}

function versionView(v: PersonRecord['current']) {
  return {
    version: v.version,
    kind: v.kind,
    givenName: v.givenName,
    familyName: v.familyName,
    otherNames: v.otherNames,
    dateOfBirth: v.dateOfBirth,
    expectedDate: v.expectedDate,
    sex: v.sex,
    nhsNumber: v.nhsNumber,
    address: v.address,
    postcode: v.postcode,
    reason: v.reason,
    createdAt: v.createdAt.toISOString(),
  };
}

async function personView(ctx: AppContext, user: UserContext, person: PersonRecord) {
  const ids = [person.id];
  const [relationships, households, factors, plans, chronology, links] = await Promise.all([
    listRelationships(ctx.db, ids),
    listHouseholdsFor(ctx.db, ids),
    latestFactors(ctx.db, ids),
    listPlans(ctx.db, ids),
    listChronology(ctx.db, ids),
    listLinksForPeople(ctx.db, ids),
  ]);
  const others = await getCurrentVersions(ctx.db, [
    ...relationships.flatMap((r) => [r.personId, r.relatedPersonId]),
    ...households.flatMap((h) => h.members.map((m) => m.personId)),
  ]);
  const summary = (id: string) => {
    const v = others.get(id);
    return v ? personSummary(id, v) : null;
  };
  const caseRows = await Promise.all([...new Set(links.map((l) => l.caseId))].map((id) => getCaseRow(ctx.db, id)));
  const visibleCases = caseRows.filter((c) => c !== undefined && canReadCase(user, c));
  return {
    id: person.id,
    version: person.current.version,
    isSynthetic: person.isSynthetic,
    current: versionView(person.current),
    versions: person.versions.map(versionView),
    relationships: relationships.map((r) => ({
      id: r.id,
      kind: r.kind,
      direction: r.personId === person.id ? 'from' : 'to',
      other: summary(r.personId === person.id ? r.relatedPersonId : r.personId),
      detail: r.detail,
    })),
    households: households.map((h) => ({
      id: h.id,
      address: h.address,
      postcode: h.postcode,
      members: h.members.map((m) => ({
        id: m.id,
        person: summary(m.personId),
        role: m.role,
        startedOn: m.startedOn,
        endedOn: m.endedOn,
      })),
    })),
    factors: factors.get(person.id)?.factors ?? null,
    factorNotes: factors.get(person.id)?.notes ?? [],
    plans: plans.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
    chronology: chronology.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    cases: visibleCases.map((c) => ({
      id: c?.id ?? '',
      pathway: c?.pathway ?? 'contact',
      createdAt: c?.createdAt.toISOString() ?? '',
      role: links.find((l) => l.caseId === c?.id)?.role ?? 'subject',
    })),
  };
}

export function registerPeopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people/matches',
    {
      schema: { tags: ['people'], summary: 'Find people on record who may be this person', body: matchQuerySchema },
      config: { access: writers },
    },
    async (request) => {
      const user = userOf(request);
      const candidates = await findMatches(ctx.db, user.partnershipId, request.body);
      await logAccess(
        ctx.db,
        request,
        'read',
        'person',
        candidates.map((c) => ({ id: c.personId })),
      );
      return { candidates: candidates.map(candidateView) };
    },
  );

  r.post(
    '/api/people',
    { schema: { tags: ['people'], summary: 'Put a person on record', body: personInputSchema }, config: { access: writers } },
    async (request, reply) => {
      const user = userOf(request);
      const person = await ctx.db.transaction(async (tx) => {
        const made = await createPerson(tx, {
          partnershipId: user.partnershipId,
          createdBy: user.id,
          createdByAgencyId: user.agency.id,
          person: request.body,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: made.id }]);
        return made;
      });
      return reply.code(201).send(await personView(ctx, user, person));
    },
  );

  r.get(
    '/api/people/:id',
    {
      schema: { tags: ['people'], summary: 'A person and their history on record', params: idParams },
      config: { access: readers },
    },
    async (request) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      await logAccess(ctx.db, request, 'read', 'person', [{ id: person.id }]);
      return personView(ctx, user, person);
    },
  );

  r.post(
    '/api/people/:id/versions',
    {
      schema: { tags: ['people'], summary: "Correct a person's details", params: idParams, body: personVersionBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      const result = await ctx.db.transaction(async (tx) => {
        const saved = await addPersonVersion(tx, { personId: person.id, ...request.body, createdBy: user.id });
        if (saved.ok) await logAccess(tx, request, 'write', 'person', [{ id: person.id }]);
        return saved;
      });
      if (!result.ok) {
        throw conflict(`Someone corrected this person first: the details are now at version ${result.currentVersion}`, {
          currentVersion: result.currentVersion,
          current: await personView(ctx, user, await loadPerson(ctx, user, person.id)),
        });
      }
      return reply.code(201).send(await personView(ctx, user, await loadPerson(ctx, user, person.id)));
    },
  );

  r.post(
    '/api/people/:id/relationships',
    {
      schema: { tags: ['people'], summary: 'Record a relationship', params: idParams, body: relationshipBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      if (request.body.relatedPersonId === person.id)
        throw badRequest([{ path: 'body/relatedPersonId', message: 'A person cannot be related to themselves' }]);
      await loadPerson(ctx, user, request.body.relatedPersonId);
      const row = await ctx.db.transaction(async (tx) => {
        const made = await addRelationship(tx, { personId: person.id, ...request.body, createdBy: user.id });
        await logAccess(tx, request, 'write', 'person', [{ id: person.id }, { id: request.body.relatedPersonId }]);
        return made;
      });
      return reply
        .code(201)
        .send({ id: row.id, personId: row.personId, relatedPersonId: row.relatedPersonId, kind: row.kind, detail: row.detail });
    },
  );

  r.post(
    '/api/relationships/:id/retraction',
    {
      schema: { tags: ['people'], summary: 'Retract a relationship', params: idParams, body: retractionBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const rel = await getRelationship(ctx.db, request.params.id);
      if (!rel) throw notFound('That relationship');
      await loadPerson(ctx, user, rel.personId);
      const current = await listRelationships(ctx.db, [rel.personId]);
      if (!current.some((c) => c.id === rel.id)) throw conflict('That relationship was already retracted');
      await ctx.db.transaction(async (tx) => {
        await retractRelationship(tx, { id: rel.id, reason: request.body.reason, createdBy: user.id });
        await logAccess(tx, request, 'write', 'person', [{ id: rel.personId }, { id: rel.relatedPersonId }]);
      });
      return reply.code(201).send({ retracted: rel.id });
    },
  );

  r.post(
    '/api/people/:id/factors',
    {
      schema: { tags: ['people'], summary: "Record a parent's or carer's factors", params: idParams, body: factorsBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      await ctx.db.transaction(async (tx) => {
        await addPersonFactors(tx, { personId: person.id, ...request.body, createdBy: user.id });
        await logAccess(tx, request, 'write', 'person', [{ id: person.id }]);
      });
      return reply.code(201).send({ personId: person.id, factors: request.body.factors, notes: request.body.notes });
    },
  );

  r.post(
    '/api/households',
    { schema: { tags: ['people'], summary: 'Record a household', body: householdBody }, config: { access: writers } },
    async (request, reply) => {
      const user = userOf(request);
      for (const [i, m] of request.body.members.entries()) {
        const p = await getPerson(ctx.db, m.personId);
        if (!p || !isOnRegister(user, p))
          throw badRequest([{ path: `body/members/${i}/personId`, message: 'No such person on record' }]);
      }
      const household = await ctx.db.transaction(async (tx) => {
        const made = await createHousehold(tx, { partnershipId: user.partnershipId, ...request.body, createdBy: user.id });
        await logAccess(
          tx,
          request,
          'write',
          'person',
          request.body.members.map((m) => ({ id: m.personId })),
        );
        return made;
      });
      return reply.code(201).send({ id: household.id });
    },
  );

  r.post(
    '/api/people/:id/plans',
    { schema: { tags: ['people'], summary: 'Record a plan', params: idParams, body: planBody }, config: { access: writers } },
    async (request, reply) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      const plan = await ctx.db.transaction(async (tx) => {
        const made = await addPlan(tx, { personId: person.id, ...request.body, createdBy: user.id });
        await logAccess(tx, request, 'write', 'person', [{ id: person.id }]);
        return made;
      });
      return reply.code(201).send({ ...plan, createdAt: plan.createdAt.toISOString() });
    },
  );

  r.post(
    '/api/plans/:id/corrections',
    {
      schema: {
        tags: ['people'],
        summary: 'Correct a plan (a new row pointing at the old)',
        params: idParams,
        body: planCorrectionBody,
      },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const old = await rowToSupersede(user, request.params.id, getPlan, listPlans, 'That plan');
      const { reason, ...fields } = request.body;
      const plan = await ctx.db.transaction(async (tx) => {
        const made = await addPlan(tx, {
          ...fields,
          detail: fields.detail ?? `Corrected: ${reason}`,
          personId: old.personId,
          createdBy: user.id,
          supersedesId: old.id,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId }]);
        return made;
      });
      return reply.code(201).send({ ...plan, createdAt: plan.createdAt.toISOString() });
    },
  );

  r.post(
    '/api/plans/:id/retraction',
    {
      schema: { tags: ['people'], summary: 'Retract a plan recorded in error', params: idParams, body: retractionBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const old = await rowToSupersede(user, request.params.id, getPlan, listPlans, 'That plan');
      await ctx.db.transaction(async (tx) => {
        await addPlan(tx, {
          kind: old.kind,
          category: old.category,
          startedOn: old.startedOn,
          endedOn: old.endedOn,
          detail: `Retracted: ${request.body.reason}`,
          agencyName: old.agencyName,
          personId: old.personId,
          createdBy: user.id,
          supersedesId: old.id,
          retracted: true,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId }]);
      });
      return reply.code(201).send({ retracted: old.id });
    },
  );

  /**
   * The row a correction or retraction supersedes: 404 when it does not exist or its person is out
   * of the user's scope, 409 when it has already been corrected or retracted.
   */
  async function rowToSupersede<T extends { id: string; personId: string }>(
    user: UserContext,
    id: string,
    get: (db: typeof ctx.db, id: string) => Promise<T | undefined>,
    listCurrent: (db: typeof ctx.db, personIds: string[]) => Promise<{ id: string }[]>,
    what: string,
  ): Promise<T> {
    const old = await get(ctx.db, id);
    if (!old) throw notFound(what);
    await loadPerson(ctx, user, old.personId);
    if (!(await listCurrent(ctx.db, [old.personId])).some((row) => row.id === old.id))
      throw conflict(`${what} was already corrected or retracted`);
    return old;
  }

  async function checkCaseRef(user: UserContext, caseId: string | null): Promise<void> {
    if (caseId === null) return;
    const row = await getCaseRow(ctx.db, caseId);
    if (!row || !canReadCase(user, row)) throw badRequest([{ path: 'body/caseId', message: 'No such case that you can see' }]);
  }

  r.post(
    '/api/people/:id/chronology',
    {
      schema: { tags: ['people'], summary: 'Add a chronology entry', params: idParams, body: chronologyBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const person = await loadPerson(ctx, user, request.params.id);
      await checkCaseRef(user, request.body.caseId);
      const entry = await ctx.db.transaction(async (tx) => {
        const made = await addChronologyEntry(tx, { ...request.body, personId: person.id, createdBy: user.id });
        await logAccess(tx, request, 'write', 'person', [{ id: person.id, caseId: request.body.caseId }]);
        return made;
      });
      return reply.code(201).send({ ...entry, createdAt: entry.createdAt.toISOString() });
    },
  );

  r.post(
    '/api/chronology/:id/corrections',
    {
      schema: { tags: ['people'], summary: 'Correct a chronology entry', params: idParams, body: chronologyCorrectionBody },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const old = await getChronologyEntry(ctx.db, request.params.id);
      if (!old) throw notFound('That entry');
      await loadPerson(ctx, user, old.personId);
      await checkCaseRef(user, request.body.caseId);
      if (!(await listChronology(ctx.db, [old.personId])).some((c) => c.id === old.id))
        throw conflict('That entry was already corrected or retracted');
      const { reason: _reason, ...fields } = request.body;
      const entry = await ctx.db.transaction(async (tx) => {
        const made = await addChronologyEntry(tx, {
          ...fields,
          personId: old.personId,
          createdBy: user.id,
          supersedesId: old.id,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId, caseId: fields.caseId }]);
        return made;
      });
      return reply.code(201).send({ ...entry, createdAt: entry.createdAt.toISOString() });
    },
  );

  r.post(
    '/api/chronology/:id/retraction',
    {
      schema: {
        tags: ['people'],
        summary: 'Retract a chronology entry recorded in error',
        params: idParams,
        body: retractionBody,
      },
      config: { access: writers },
    },
    async (request, reply) => {
      const user = userOf(request);
      const old = await rowToSupersede(user, request.params.id, getChronologyEntry, listChronology, 'That entry');
      await ctx.db.transaction(async (tx) => {
        const { id: _id, createdAt: _at, createdBy: _by, supersedesId: _s, retracted: _r, ...fields } = old;
        await addChronologyEntry(tx, {
          ...fields,
          description: `Retracted: ${request.body.reason}`,
          createdBy: user.id,
          supersedesId: old.id,
          retracted: true,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId }]);
      });
      return reply.code(201).send({ retracted: old.id });
    },
  );
}
