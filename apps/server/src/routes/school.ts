/**
 * A school's shared pupil concern log: the pupils a school keeps a log for and each pupil's school
 * chronology (concerns, figures, requests for support), append-only. Any DSL of the school reads
 * and writes it; another school's DSL gets 404, and no other role may use these routes (403): the
 * front door learns of a pupil only through a request for support the school sends.
 */
import {
  addChronologyEntry,
  addSchoolPupil,
  type ChronologyInput,
  type DbOrTx,
  findSchoolPupil,
  getCaseRow,
  getChronologyEntry,
  getSchoolPupil,
  listChronologyHistory,
  listSchoolPupils,
  type SchoolPupil,
  type UserContext,
} from '@sightline/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canReadCase, keepsPupilLog } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import { logAccess } from '../access-log.js';
import { dateInEngland } from '../clock.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, type Issue, notFound } from '../http/errors.js';
import { idParams } from '../schemas/common.js';
import { retractionBody } from '../schemas/people.js';
import { concernBody, measuresBody, pupilBody, requestForSupportBody, schoolCorrectionBody } from '../schemas/school.js';
import {
  entryStatuses,
  type FigureField,
  figureDescription,
  figureNames,
  pupilSummary,
  pupilView,
  entryView,
} from '../school/views.js';

const dsl = ['dsl'] as const;

type Figures = { period: string } & Record<FigureField, number | null>;

export function registerSchoolRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => dateInEngland(ctx.now());

  /** The pupil, if they are on the user's school roll; 404 otherwise (another school's pupil, or none). */
  async function loadPupil(user: UserContext, personId: string): Promise<SchoolPupil> {
    const pupil = await getSchoolPupil(ctx.db, personId);
    if (!pupil || !keepsPupilLog(user, { partnershipId: pupil.partnershipId, agencyId: pupil.roll.agencyId }))
      throw notFound('That pupil');
    return pupil;
  }

  async function viewOf(db: DbOrTx, pupil: SchoolPupil) {
    return pupilView(pupil, await listChronologyHistory(db, [pupil.roll.personId]));
  }

  /** 400 naming each date that is after today (in England). */
  function refuseFutureDates(dates: { path: string; value: string | null }[]): void {
    const issues: Issue[] = dates
      .filter((d) => d.value !== null && d.value > today())
      .map((d) => ({ path: d.path, message: 'The date cannot be in the future' }));
    if (issues.length > 0) throw badRequest(issues);
  }

  /** The chronology rows for the figures given (one per figure that is not null). */
  function figureEntries(figures: Figures, occurredOn: string, sourceAgency: string): ChronologyInput[] {
    return (Object.keys(figureNames) as FigureField[]).flatMap((field) => {
      const value = figures[field];
      if (value === null) return [];
      return [
        {
          occurredOn,
          kind: 'measure' as const,
          domain: 'education',
          description: figureDescription(field, value, figures.period),
          codes: [],
          measure: { name: figureNames[field], value, unit: '%', period: figures.period },
          event: null,
          sourceAgency,
          caseId: null,
        },
      ];
    });
  }

  async function writeEntries(request: FastifyRequest, pupil: SchoolPupil, entries: ChronologyInput[], caseId: string | null) {
    const user = userOf(request);
    return ctx.db.transaction(async (tx) => {
      for (const entry of entries) await addChronologyEntry(tx, { ...entry, personId: pupil.roll.personId, createdBy: user.id });
      await logAccess(tx, request, 'write', 'person', [{ id: pupil.roll.personId, caseId }]);
      return viewOf(tx, pupil);
    });
  }

  r.get(
    '/api/school/pupils',
    {
      schema: { tags: ['school'], summary: 'The pupils your school keeps a concern log for' },
      config: { access: dsl },
    },
    async (request) => {
      const user = userOf(request);
      const pupils = await listSchoolPupils(ctx.db, user.agency.id);
      const rows = await listChronologyHistory(
        ctx.db,
        pupils.map((p) => p.roll.personId),
      );
      const standing = entryStatuses(rows);
      const views = pupils.map((p) =>
        pupilSummary(
          p,
          rows
            .filter((row) => row.personId === p.roll.personId)
            .map((row) => entryView(row, standing.get(row.id) ?? { status: 'in-force', by: null })),
        ),
      );
      await logAccess(
        ctx.db,
        request,
        'read',
        'person',
        pupils.map((p) => ({ id: p.roll.personId })),
      );
      return { pupils: views };
    },
  );

  r.post(
    '/api/school/pupils',
    {
      schema: { tags: ['school'], summary: 'Add a pupil to your school’s concern log', body: pupilBody },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      refuseFutureDates([{ path: 'body/dateOfBirth', value: request.body.dateOfBirth }]);
      const existing = await findSchoolPupil(ctx.db, user.agency.id, request.body);
      if (existing) {
        throw conflict('That pupil is already in your school’s log', { existing: { id: existing.roll.personId } });
      }
      const view = await ctx.db.transaction(async (tx) => {
        const pupil = await addSchoolPupil(tx, {
          partnershipId: user.partnershipId,
          agencyId: user.agency.id,
          createdBy: user.id,
          ...request.body,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: pupil.roll.personId }]);
        return viewOf(tx, pupil);
      });
      return reply.code(201).send(view);
    },
  );

  r.get(
    '/api/school/pupils/:id',
    {
      schema: { tags: ['school'], summary: 'A pupil and their school chronology', params: idParams },
      config: { access: dsl },
    },
    async (request) => {
      const user = userOf(request);
      const pupil = await loadPupil(user, request.params.id);
      await logAccess(ctx.db, request, 'read', 'person', [{ id: pupil.roll.personId }]);
      return viewOf(ctx.db, pupil);
    },
  );

  r.post(
    '/api/school/pupils/:id/concerns',
    {
      schema: {
        tags: ['school'],
        summary: 'Log a concern on a pupil’s school chronology (with the latest figures, if given)',
        params: idParams,
        body: concernBody,
      },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      const pupil = await loadPupil(user, request.params.id);
      const { figures, childsWords, ...concern } = request.body;
      refuseFutureDates([{ path: 'body/occurredOn', value: concern.occurredOn }]);
      const entries: (ChronologyInput & { childsWords?: string | null })[] = [
        {
          ...concern,
          kind: 'observation',
          measure: null,
          event: null,
          sourceAgency: user.agency.name,
          caseId: null,
          childsWords: childsWords === '' ? null : childsWords,
        },
        ...(figures ? figureEntries(figures, concern.occurredOn, user.agency.name) : []),
      ];
      return reply.code(201).send(await writeEntries(request, pupil, entries, null));
    },
  );

  r.post(
    '/api/school/pupils/:id/measures',
    {
      schema: {
        tags: ['school'],
        summary: 'Record a pupil’s attendance, lateness or unauthorised absence',
        params: idParams,
        body: measuresBody,
      },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      const pupil = await loadPupil(user, request.params.id);
      const { occurredOn, ...figures } = request.body;
      refuseFutureDates([{ path: 'body/occurredOn', value: occurredOn }]);
      return reply.code(201).send(await writeEntries(request, pupil, figureEntries(figures, occurredOn, user.agency.name), null));
    },
  );

  r.post(
    '/api/school/pupils/:id/requests-for-support',
    {
      schema: {
        tags: ['school'],
        summary: 'Note on a pupil’s school chronology that a request for support was sent',
        params: idParams,
        body: requestForSupportBody,
      },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      const pupil = await loadPupil(user, request.params.id);
      const { caseId } = request.body;
      const sent = await getCaseRow(ctx.db, caseId);
      if (!sent || !canReadCase(user, sent)) {
        throw badRequest([{ path: 'body/caseId', message: 'No request for support from your school with that id' }]);
      }
      const current = await viewOf(ctx.db, pupil);
      if (current.chronology.some((e) => e.caseId === caseId && e.status === 'in-force')) {
        throw conflict('That request for support is already on the pupil’s chronology', { current });
      }
      const entry: ChronologyInput = {
        occurredOn: dateInEngland(sent.createdAt),
        kind: 'event',
        domain: null,
        description: 'Request for support sent to the front door',
        codes: [],
        measure: null,
        event: { type: 'school' },
        sourceAgency: user.agency.name,
        caseId,
      };
      return reply.code(201).send(await writeEntries(request, pupil, [entry], caseId));
    },
  );

  /**
   * The entry a correction or retraction supersedes, with its pupil: 404 when there is no such
   * entry on a pupil of the user's school, 409 when it was already corrected or retracted.
   */
  async function entryToSupersede(user: UserContext, id: string) {
    const old = await getChronologyEntry(ctx.db, id);
    if (!old) throw notFound('That entry');
    const pupil = await loadPupil(user, old.personId).catch(() => {
      throw notFound('That entry');
    });
    const current = await viewOf(ctx.db, pupil);
    if (current.chronology.find((e) => e.id === old.id)?.status !== 'in-force') {
      throw conflict('That entry was already corrected or retracted', { current });
    }
    return { old, pupil };
  }

  r.post(
    '/api/school/chronology/:id/corrections',
    {
      schema: {
        tags: ['school'],
        summary: 'Correct an entry on a pupil’s school chronology (a new row pointing at the old)',
        params: idParams,
        body: schoolCorrectionBody,
      },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      const { old, pupil } = await entryToSupersede(user, request.params.id);
      const body = request.body;
      if (body.kind !== old.kind) {
        throw badRequest([
          {
            path: 'body/kind',
            message:
              old.kind === 'event'
                ? 'A note that a request for support was sent cannot be corrected, only retracted'
                : `This entry is ${old.kind === 'measure' ? 'a figure' : 'a concern'}: correct it as one`,
          },
        ]);
      }
      refuseFutureDates([{ path: 'body/occurredOn', value: body.occurredOn }]);
      let entry: ChronologyInput & { childsWords?: string | null };
      if (body.kind === 'observation') {
        const { reason: _reason, childsWords, ...fields } = body;
        entry = {
          ...fields,
          measure: null,
          event: null,
          sourceAgency: old.sourceAgency,
          caseId: old.caseId,
          childsWords: childsWords === '' ? null : childsWords,
        };
      } else {
        const name = old.measure?.name ?? '';
        const field = (Object.keys(figureNames) as FigureField[]).find((f) => figureNames[f] === name);
        entry = {
          occurredOn: body.occurredOn,
          kind: 'measure',
          domain: old.domain,
          description: field ? figureDescription(field, body.value, body.period) : old.description,
          codes: [],
          measure: { name, value: body.value, unit: old.measure?.unit ?? '%', period: body.period },
          event: null,
          sourceAgency: old.sourceAgency,
          caseId: old.caseId,
        };
      }
      const view = await ctx.db.transaction(async (tx) => {
        await addChronologyEntry(tx, { ...entry, personId: old.personId, createdBy: user.id, supersedesId: old.id });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId, caseId: old.caseId }]);
        return viewOf(tx, pupil);
      });
      return reply.code(201).send(view);
    },
  );

  r.post(
    '/api/school/chronology/:id/retraction',
    {
      schema: {
        tags: ['school'],
        summary: 'Retract an entry on a pupil’s school chronology recorded in error (the entry stays, marked retracted)',
        params: idParams,
        body: retractionBody,
      },
      config: { access: dsl },
    },
    async (request, reply) => {
      const user = userOf(request);
      const { old, pupil } = await entryToSupersede(user, request.params.id);
      const view = await ctx.db.transaction(async (tx) => {
        const { id: _id, createdAt: _at, createdBy: _by, supersedesId: _s, retracted: _r, ...fields } = old;
        await addChronologyEntry(tx, {
          ...fields,
          description: `Retracted: ${request.body.reason}`,
          createdBy: user.id,
          supersedesId: old.id,
          retracted: true,
        });
        await logAccess(tx, request, 'write', 'person', [{ id: old.personId, caseId: old.caseId }]);
        return viewOf(tx, pupil);
      });
      return reply.code(201).send(view);
    },
  );
}
