/**
 * A school's shared pupil concern log: any DSL of the school reads and writes a pupil's school
 * chronology; another school's DSL gets 404; the front door cannot use the routes (403) and its
 * register never shows the school's pupils (404, no match). Everything is append-only: a correction
 * or retraction is a new row and the original stays. Every read and write is in the access log.
 */
import { createUser, runRawSql } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.js';
import { type Answer, Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, TEST_PASSWORD, type World } from './world.js';

let world: World;
let dsl: Client;
let colleague: Client;
let otherSchool: Client;
let duty: Client;

const created = (a: Answer<Json>): Json => {
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  return a.body;
};

const concern = (overrides: Record<string, unknown> = {}) => ({
  occurredOn: '2025-03-10',
  domain: 'physical-care',
  description: 'Came in hungry again and ate two breakfasts at breakfast club.',
  codes: [],
  childsWords: 'There was no food at home.',
  ...overrides,
});

beforeAll(async () => {
  world = await createWorld();
  await createUser(world.database.db, {
    username: 'dsl.colleague',
    displayName: 'Deputy DSL',
    role: 'dsl',
    agencyId: world.a.schoolId,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  dsl = await Client.signIn(world.app, 'dsl');
  colleague = await Client.signIn(world.app, 'dsl.colleague');
  otherSchool = await Client.signIn(world.app, 'dsl2');
  duty = await Client.signIn(world.app, 'duty');
});
afterAll(async () => {
  await world.close();
});

async function newPupil(givenName: string, familyName = 'Example'): Promise<Json> {
  return created(await dsl.post<Json>('/api/school/pupils', { givenName, familyName, ageYears: 8 }));
}

describe('a school’s shared pupil log', () => {
  it('shows a concern one DSL logs to another DSL of the same school, with the child’s words and the figures', async () => {
    const pupil = await newPupil('Ayla');
    expect(pupil).toMatchObject({ givenName: 'Ayla', familyName: 'Example', ageYears: 8, concerns: 0, chronology: [] });
    const logged = created(
      await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, {
        ...concern(),
        codes: ['care.hunger'],
        figures: { period: 'this school year', attendancePct: 58, latenessPct: 18, unauthorisedAbsencePct: null },
      }),
    );
    expect(logged.chronology).toHaveLength(3);

    const list = (await colleague.get<Json>('/api/school/pupils')).body;
    const listed = list.pupils.find((p: Json) => p.id === pupil.id);
    expect(listed).toMatchObject({ concerns: 1, lastConcernOn: '2025-03-10' });
    expect(listed.figures.attendancePct).toMatchObject({ value: 58, period: 'this school year' });
    expect(listed.figures.latenessPct.value).toBe(18);
    expect(listed.figures.unauthorisedAbsencePct).toBeNull();

    const seen = await colleague.get<Json>(`/api/school/pupils/${pupil.id}`);
    expect(seen.status).toBe(200);
    const entry = seen.body.chronology.find((e: Json) => e.kind === 'observation');
    expect(entry).toMatchObject({
      occurredOn: '2025-03-10',
      domain: 'physical-care',
      codes: ['care.hunger'],
      childsWords: 'There was no food at home.',
      status: 'in-force',
      sourceAgency: 'Alpha school',
      recordedBy: { displayName: 'Test dsl' },
    });

    // The colleague writes too, and the first DSL sees it.
    created(
      await colleague.post<Json>(`/api/school/pupils/${pupil.id}/measures`, {
        occurredOn: '2025-03-12',
        period: 'this school year',
        attendancePct: 57.5,
      }),
    );
    const after = (await dsl.get<Json>(`/api/school/pupils/${pupil.id}`)).body;
    expect(after.figures.attendancePct).toMatchObject({ value: 57.5, occurredOn: '2025-03-12' });
    expect(after.figures.latenessPct.value).toBe(18);
    expect(after.chronology.at(-1).recordedBy.displayName).toBe('Deputy DSL');
  });

  it('answers another school’s DSL 404 on every route about the pupil, and leaves the pupil out of their list', async () => {
    const pupil = await newPupil('Billy');
    const entryId = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern())).chronology[0].id;
    const attempts: [string, unknown][] = [
      [`/api/school/pupils/${pupil.id}/concerns`, concern()],
      [`/api/school/pupils/${pupil.id}/measures`, { occurredOn: '2025-03-10', period: 'this term', attendancePct: 90 }],
      [`/api/school/chronology/${entryId}/corrections`, { kind: 'observation', ...concern(), reason: 'x' }],
      [`/api/school/chronology/${entryId}/retraction`, { reason: 'x' }],
    ];
    expect((await otherSchool.get(`/api/school/pupils/${pupil.id}`)).status).toBe(404);
    for (const [url, body] of attempts) expect((await otherSchool.post(url, body)).status, url).toBe(404);
    const theirs = (await otherSchool.get<Json>('/api/school/pupils')).body.pupils;
    expect(theirs.map((p: Json) => p.id)).not.toContain(pupil.id);
    // Nothing they tried was written.
    expect((await dsl.get<Json>(`/api/school/pupils/${pupil.id}`)).body.chronology).toHaveLength(1);
    // A DSL in another partnership sees nothing either.
    const elsewhere = await Client.signIn(world.app, 'b.dsl');
    expect((await elsewhere.get(`/api/school/pupils/${pupil.id}`)).status).toBe(404);
  });

  it('keeps the pupil from the front door: its register answers 404 and never offers the pupil as a match', async () => {
    const pupil = created(
      await dsl.post<Json>('/api/school/pupils', { givenName: 'Cara', familyName: 'Holloway', dateOfBirth: '2016-09-14' }),
    );
    const entryId = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern())).chronology[0].id;
    // The school's routes are not the front door's at all.
    expect((await duty.get('/api/school/pupils')).status).toBe(403);
    expect((await duty.get(`/api/school/pupils/${pupil.id}`)).status).toBe(403);
    expect((await duty.post(`/api/school/pupils/${pupil.id}/concerns`, concern())).status).toBe(403);
    // The register does not reveal the pupil or their entries.
    for (const username of ['duty', 'supervisor', 'auditor']) {
      const worker = await Client.signIn(world.app, username);
      expect((await worker.get(`/api/people/${pupil.id}`)).status, username).toBe(404);
    }
    expect((await duty.post(`/api/chronology/${entryId}/retraction`, { reason: 'x' })).status).toBe(404);
    expect(
      (
        await duty.post(`/api/chronology/${entryId}/corrections`, {
          occurredOn: '2025-03-10',
          kind: 'observation',
          description: 'x',
          sourceAgency: 'x',
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await duty.post(`/api/people/${pupil.id}/chronology`, {
          occurredOn: '2025-03-10',
          kind: 'observation',
          description: 'Seen at the GP',
          sourceAgency: 'GP',
        })
      ).status,
    ).toBe(404);
    const matches = await duty.post<Json>('/api/people/matches', {
      givenName: 'Cara',
      familyName: 'Holloway',
      dateOfBirth: '2016-09-14',
    });
    expect(matches.status).toBe(200);
    expect(matches.body.candidates.map((c: Json) => c.person.id)).not.toContain(pupil.id);
    const contact = created(await duty.post<Json>('/api/cases', { facts: contactFacts() }));
    expect((await duty.post(`/api/cases/${contact.id}/links`, { personId: pupil.id, role: 'subject' })).status).toBe(404);
  });

  it('answers bad input with 400 naming each bad field, and writes nothing', async () => {
    const pupil = await newPupil('Dylan');
    const issuesOf = (a: Answer<Json>) => {
      expect(a.status, JSON.stringify(a.body)).toBe(400);
      return [...new Set((a.body.issues as { path: string }[]).map((i) => i.path))].sort();
    };
    expect(
      issuesOf(
        await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, {
          occurredOn: '14/03/2025',
          domain: 'weather',
          description: '',
          codes: ['gap.history'],
        }),
      ),
    ).toEqual(['body/codes', 'body/description', 'body/domain', 'body/occurredOn']);
    expect(
      issuesOf(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern({ occurredOn: '2025-03-15' }))),
    ).toEqual(['body/occurredOn']);
    expect(
      issuesOf(
        await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, {
          ...concern(),
          figures: { period: '', attendancePct: 140 },
        }),
      ),
    ).toEqual(['body/figures/attendancePct', 'body/figures/period']);
    expect(
      issuesOf(
        await dsl.post<Json>(`/api/school/pupils/${pupil.id}/measures`, { occurredOn: '2025-03-10', period: 'this term' }),
      ),
    ).toEqual(['body/attendancePct']);
    expect(issuesOf(await dsl.post<Json>('/api/school/pupils', { givenName: 'Esme', ageYears: 40 }))).toEqual([
      'body/ageYears',
      'body/familyName',
    ]);
    expect(issuesOf(await dsl.post<Json>('/api/school/pupils/not-an-id/concerns', concern()))).toEqual(['params/id']);
    expect((await dsl.get<Json>(`/api/school/pupils/${pupil.id}`)).body.chronology).toEqual([]);
  });

  it('records a retraction as a new row: the original stays, marked retracted, and leaves the count', async () => {
    const pupil = await newPupil('Finn');
    const first = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern()));
    const entryId = first.chronology[0].id;
    created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern({ occurredOn: '2025-03-11' })));

    const retracted = created(
      await colleague.post<Json>(`/api/school/chronology/${entryId}/retraction`, { reason: 'Logged on the wrong pupil' }),
    );
    expect(retracted.concerns).toBe(1);
    const original = retracted.chronology.find((e: Json) => e.id === entryId);
    expect(original).toMatchObject({ status: 'retracted', description: concern().description });
    const retraction = retracted.chronology.find((e: Json) => e.supersedesId === entryId);
    expect(retraction).toMatchObject({ status: 'retraction', description: 'Retracted: Logged on the wrong pupil' });
    expect(original.supersededBy).toBe(retraction.id);

    const rows = await runRawSql(
      world.database.db,
      `select id, description, retracted, supersedes_id from chronology_entries where person_id = '${pupil.id}' and kind = 'observation' order by created_at`,
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: entryId, description: concern().description, retracted: false, supersedes_id: null });

    // Once retracted, it cannot be retracted or corrected again.
    const again = await dsl.post<Json>(`/api/school/chronology/${entryId}/retraction`, { reason: 'Again' });
    expect(again.status).toBe(409);
    expect(
      (await dsl.post<Json>(`/api/school/chronology/${entryId}/corrections`, { kind: 'observation', ...concern(), reason: 'x' }))
        .status,
    ).toBe(409);
  });

  it('records a correction as a new row pointing at the old one, for a concern and for a figure', async () => {
    const pupil = await newPupil('Gracie');
    const logged = created(
      await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, {
        ...concern(),
        figures: { period: 'this school year', attendancePct: 85, latenessPct: null, unauthorisedAbsencePct: null },
      }),
    );
    const observation = logged.chronology.find((e: Json) => e.kind === 'observation');
    const figure = logged.chronology.find((e: Json) => e.kind === 'measure');
    expect(figure.description).toBe('Attendance 85% (this school year)');

    const wrongKind = await dsl.post<Json>(`/api/school/chronology/${figure.id}/corrections`, {
      kind: 'observation',
      ...concern(),
      reason: 'x',
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.issues[0].path).toBe('body/kind');
    const noKind = await dsl.post<Json>(`/api/school/chronology/${figure.id}/corrections`, { value: 80, reason: 'x' });
    expect(noKind.status).toBe(400);
    expect(noKind.body.issues.map((i: Json) => i.path)).toContain('body/kind');

    const corrected = created(
      await dsl.post<Json>(`/api/school/chronology/${observation.id}/corrections`, {
        kind: 'observation',
        ...concern({ occurredOn: '2025-03-07', childsWords: null }),
        reason: 'It was the Friday before',
      }),
    );
    expect(corrected.chronology.find((e: Json) => e.id === observation.id).status).toBe('corrected');
    expect(corrected.chronology.find((e: Json) => e.supersedesId === observation.id)).toMatchObject({
      status: 'in-force',
      occurredOn: '2025-03-07',
      childsWords: null,
    });
    expect(corrected.lastConcernOn).toBe('2025-03-07');

    const figureFixed = created(
      await colleague.post<Json>(`/api/school/chronology/${figure.id}/corrections`, {
        kind: 'measure',
        occurredOn: '2025-03-10',
        value: 82,
        period: 'this school year',
        reason: 'Typed the wrong figure',
      }),
    );
    expect(figureFixed.figures.attendancePct).toMatchObject({ value: 82 });
    expect(figureFixed.chronology.filter((e: Json) => e.kind === 'measure')).toHaveLength(2);
  });

  it('lets only one of two simultaneous corrections of the same entry through (the other gets 409)', async () => {
    const pupil = await newPupil('Harvey');
    const entryId = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern())).chronology[0].id;
    const answers = await Promise.all(
      [dsl, colleague].map((c, i) =>
        c.post<Json>(`/api/school/chronology/${entryId}/corrections`, {
          kind: 'observation',
          ...concern({ description: `Corrected by ${i}` }),
          reason: 'Detail',
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const rows = await runRawSql(
      world.database.db,
      `select count(*)::int as n from chronology_entries where supersedes_id = '${entryId}'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a second pupil with the same names and date of birth (409 naming the one on the log)', async () => {
    const body = { givenName: 'Isla', familyName: 'Ingleby', dateOfBirth: '2017-02-01' };
    const first = created(await dsl.post<Json>('/api/school/pupils', body));
    const again = await colleague.post<Json>('/api/school/pupils', { ...body, givenName: ' isla ' });
    expect(again.status).toBe(409);
    expect(again.body.existing.id).toBe(first.id);
    // Another school may have a pupil with the same details on its own log.
    created(await otherSchool.post<Json>('/api/school/pupils', body));
  });

  it('notes a request for support the school sent on the pupil’s chronology, once', async () => {
    const pupil = await newPupil('Jayden');
    const sent = created(await dsl.post<Json>('/api/cases', { facts: contactFacts() }));
    const noted = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/requests-for-support`, { caseId: sent.id }));
    expect(noted.chronology[0]).toMatchObject({
      kind: 'event',
      caseId: sent.id,
      description: 'Request for support sent to the front door',
      occurredOn: '2025-03-14',
    });
    expect((await colleague.post(`/api/school/pupils/${pupil.id}/requests-for-support`, { caseId: sent.id })).status).toBe(409);
    const theirs = created(await otherSchool.post<Json>('/api/cases', { facts: contactFacts() }));
    const wrong = await dsl.post<Json>(`/api/school/pupils/${pupil.id}/requests-for-support`, { caseId: theirs.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues[0].path).toBe('body/caseId');
  });

  it('writes every read and write to the access log', async () => {
    const pupil = await newPupil('Kacey');
    const entryId = created(await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, concern())).chronology[0].id;
    await colleague.get(`/api/school/pupils/${pupil.id}`);
    await colleague.get('/api/school/pupils');
    created(await colleague.post<Json>(`/api/school/chronology/${entryId}/retraction`, { reason: 'Duplicate' }));
    const rows = await runRawSql(
      world.database.db,
      `select u.username, a.action, a.subject, a.route from access_log a join users u on u.id = a.user_id where a.subject_id = '${pupil.id}' order by a.id`,
    );
    expect(rows).toEqual([
      { username: 'dsl', action: 'write', subject: 'person', route: 'POST /api/school/pupils' },
      { username: 'dsl', action: 'write', subject: 'person', route: 'POST /api/school/pupils/:id/concerns' },
      { username: 'dsl.colleague', action: 'read', subject: 'person', route: 'GET /api/school/pupils/:id' },
      { username: 'dsl.colleague', action: 'read', subject: 'person', route: 'GET /api/school/pupils' },
      { username: 'dsl.colleague', action: 'write', subject: 'person', route: 'POST /api/school/chronology/:id/retraction' },
    ]);
  });
});
