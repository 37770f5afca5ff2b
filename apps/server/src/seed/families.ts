/**
 * Synthetic families for the demo, built from the shared scenario files through the core's schema:
 * each scenario's child and household become people on record (with made-up names, test-range NHS
 * numbers and fictional addresses), its history becomes plans and parents' factors, and an open case
 * holds the contact as a worker would first record it (history not yet linked), so the demo shows
 * history surfacing once the worker confirms the match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseFacts, caseFactsSchema, type HouseholdMember, parseLooseDate } from '@sightline/core';
import {
  addPersonFactors,
  addPlan,
  addRelationship,
  createCase,
  createHousehold,
  createPerson,
  type Db,
  type DbOrTx,
  type PersonIdentifiers,
  type PlanInput,
  type RelationshipKind,
} from '@sightline/store';
import type { DemoOrganisation } from './demo-users.js';

const answerFields = ['id', 'title', 'tags', 'isNegativeControl', 'source', 'expected', 'whyExpected'] as const;
const childNames = [
  'Ayla',
  'Billy',
  'Cara',
  'Dylan',
  'Esme',
  'Finn',
  'Gracie',
  'Harvey',
  'Isla',
  'Jayden',
  'Kacey',
  'Leo',
  'Maisie',
  'Noah',
];
const familyNames = [
  'Ashdown',
  'Brookfield',
  'Carrow',
  'Denholm',
  'Elmstead',
  'Fenwick',
  'Garside',
  'Holloway',
  'Ingleby',
  'Jessop',
  'Kilbride',
  'Larkhill',
  'Marston',
  'Northcott',
];
const adultNames = ['Jordan', 'Morgan', 'Robin', 'Sam', 'Taylor', 'Jamie', 'Alex', 'Charlie', 'Drew', 'Frankie'];

/** A test-range NHS number (999…) with a valid modulus 11 check digit. */
export function syntheticNhsNumber(seed: number): string {
  for (let n = seed; ; n++) {
    const body = `999${String(n % 1_000_000).padStart(6, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${body}${check === 11 ? 0 : check}`;
  }
}

/** Reads the scenario files and keeps the input fields, validated with the core's schema. */
export function readScenarioFacts(dir: string): { file: string; facts: CaseFacts }[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const field of answerFields) delete raw[field];
    const parsed = caseFactsSchema.safeParse(raw);
    return parsed.success ? [{ file, facts: parsed.data }] : [];
  });
}

function decisionDate(facts: CaseFacts): string {
  return parseLooseDate(facts.asOf)?.latest ?? '2020-01-01';
}

function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return `${d.toISOString().slice(0, 7)}-15`;
}

function relationshipOf(member: HouseholdMember): RelationshipKind | 'sibling' | null {
  const words = `${member.role} ${member.relationshipToChild}`.toLowerCase();
  if (/\b(brother|sister|sibling|twin)\b/.test(words)) return 'sibling';
  if (/\bstep/.test(words)) return 'step-parent';
  if (/\b(mother|father|parent)\b/.test(words)) return 'parent';
  if (/\bpartner\b/.test(words)) return 'partner';
  if (/\b(carer|grand|aunt|uncle|guardian)\b/.test(words)) return 'carer';
  return member.ageYears !== null && member.ageYears < 18 ? 'sibling' : 'other';
}

function categoryOf(text: string): PlanInput['category'] {
  const t = text.toLowerCase();
  for (const c of ['neglect', 'physical', 'emotional', 'sexual', 'multiple'] as const) if (t.includes(c)) return c;
  return null;
}

/** The contact as first recorded: no history typed in and the adults' factors not yet known. */
function asFirstRecorded(facts: CaseFacts): CaseFacts {
  const unknown = { status: 'unknown' as const, detail: null };
  return {
    ...facts,
    history: {
      previousCPPlans: [],
      previousCIN: [],
      referralsLast12Months: [],
      referralsLast12MonthsCount: null,
      earlierReferrals: [],
      movesBetweenLocalAuthorities: facts.history.movesBetweenLocalAuthorities,
      openCasesForSiblings: [],
      otherRelevantHistory: [],
    },
    household: facts.household.map((m) => ({
      ...m,
      factors: {
        substanceMisuse: unknown,
        treatmentEngagement: unknown,
        mentalHealth: unknown,
        learningDisability: unknown,
        domesticAbuse: unknown,
        criminality: unknown,
        imprisonment: unknown,
        previousChildrenRemoved: { count: null, detail: null },
      },
    })),
  };
}

async function seedFamily(tx: DbOrTx, org: DemoOrganisation, facts: CaseFacts, index: number): Promise<void> {
  const family = familyNames[index % familyNames.length] ?? 'Example';
  const given = childNames[index % childNames.length] ?? 'Sam';
  const asOf = decisionDate(facts);
  const address = `${index + 1} Example Road, Synthtown`;
  const postcode = `ZZ${(index % 9) + 1} ${index % 10}ZZ`;
  const createdBy = org.users['duty.worker'] ?? null;
  const base = { partnershipId: org.partnershipId, createdBy, createdByAgencyId: org.frontDoorId, isSynthetic: true };
  const child = facts.child;
  const dateOfBirth = child.unborn || child.ageMonths === null ? null : monthsBefore(asOf, child.ageMonths);
  const subject = await createPerson(tx, {
    ...base,
    person: {
      kind: child.unborn ? 'unborn' : 'child',
      givenName: child.unborn ? 'Unborn baby' : given,
      familyName: family,
      otherNames: [],
      dateOfBirth,
      expectedDate: child.unborn ? monthsBefore(asOf, -Math.max(1, Math.round((40 - (child.gestationWeeks ?? 20)) / 4.3))) : null,
      sex: child.unborn ? null : child.sex || null,
      nhsNumber: child.unborn ? null : syntheticNhsNumber(index * 37 + 1),
      address,
      postcode,
    },
  });
  const members: { personId: string; role: string; startedOn: string | null }[] = [
    { personId: subject.id, role: 'child', startedOn: null },
  ];
  const identities: { subject: PersonIdentifiers; household: Record<string, PersonIdentifiers> } = {
    // Odd-numbered families are recorded with a spelling slip, to show matching on sound and spelling.
    subject: { givenName: given, familyName: index % 2 === 1 ? `${family}e` : family, dateOfBirth, postcode },
    household: {},
  };
  const siblings = new Map<string, string>();
  for (const [j, member] of facts.household.entries()) {
    const kind = relationshipOf(member);
    const isChild = kind === 'sibling';
    const person = await createPerson(tx, {
      ...base,
      person: {
        kind: isChild ? 'child' : 'adult',
        givenName: adultNames[(index + j) % adultNames.length] ?? 'Jo',
        familyName: kind === 'partner' ? (familyNames[(index + 5) % familyNames.length] ?? family) : family,
        otherNames:
          member.role === 'mother'
            ? [{ familyName: familyNames[(index + 3) % familyNames.length], note: 'previous surname' }]
            : [],
        dateOfBirth: member.ageYears !== null ? monthsBefore(asOf, Math.round(member.ageYears * 12)) : null,
        expectedDate: null,
        sex: null,
        nhsNumber: null,
        address,
        postcode,
      },
    });
    members.push({ personId: person.id, role: member.role, startedOn: null });
    identities.household[member.id] = { givenName: person.current.givenName, familyName: person.current.familyName, postcode };
    if (isChild) {
      siblings.set(member.id, person.id);
      await addRelationship(tx, { personId: person.id, relatedPersonId: subject.id, kind: 'sibling', detail: null, createdBy });
    } else {
      await addRelationship(tx, {
        personId: person.id,
        relatedPersonId: subject.id,
        kind: kind ?? 'other',
        detail: member.relationshipToChild,
        createdBy,
      });
      await addPersonFactors(tx, { personId: person.id, factors: member.factors, notes: member.notes, createdBy });
    }
  }
  await createHousehold(tx, { partnershipId: org.partnershipId, address, postcode, members, createdBy });

  const siblingFor = async (label: string): Promise<string> => {
    const known = siblings.get(label);
    if (known) return known;
    const made = await createPerson(tx, {
      ...base,
      person: {
        kind: 'child',
        givenName: label.replace(/[^A-Za-z ]/g, '').trim() || 'Sibling',
        familyName: family,
        otherNames: [],
        dateOfBirth: null,
        expectedDate: null,
        sex: null,
        nhsNumber: null,
        address,
        postcode,
      },
    });
    await addRelationship(tx, { personId: made.id, relatedPersonId: subject.id, kind: 'sibling', detail: null, createdBy });
    siblings.set(label, made.id);
    return made.id;
  };
  const isSubject = (label: string) => label.trim().toLowerCase() === child.label.trim().toLowerCase();
  for (const plan of facts.history.previousCPPlans) {
    if (!plan.start) continue;
    const personId = isSubject(plan.child) ? subject.id : await siblingFor(plan.child);
    await addPlan(tx, {
      personId,
      kind: 'child-protection',
      category: categoryOf(plan.category),
      startedOn: plan.start,
      endedOn: plan.end,
      detail: plan.detail,
      agencyName: null,
      createdBy,
    });
  }
  for (const plan of facts.history.previousCIN) {
    if (!plan.start) continue;
    const personId = isSubject(plan.child) ? subject.id : await siblingFor(plan.child);
    await addPlan(tx, {
      personId,
      kind: 'child-in-need',
      category: null,
      startedOn: plan.start,
      endedOn: plan.end,
      detail: plan.detail,
      agencyName: null,
      createdBy,
    });
  }
  for (const open of facts.history.openCasesForSiblings) {
    const personId = await siblingFor(open.child);
    const protection = /protection/i.test(open.plan);
    await addPlan(tx, {
      personId,
      kind: protection ? 'child-protection' : 'child-in-need',
      category: protection ? categoryOf(`${open.plan} ${open.detail ?? ''}`) : null,
      startedOn: asOf.slice(0, 4),
      endedOn: null,
      detail: open.detail,
      agencyName: null,
      createdBy,
    });
  }
  const fromSchool = /school|dsl/i.test(
    `${facts.professionalContext.referrer.agency ?? ''} ${facts.professionalContext.referrer.role ?? ''}`,
  );
  await createCase(tx, {
    partnershipId: org.partnershipId,
    ownerAgencyId: org.frontDoorId,
    ownerTeamId: null,
    referrerAgencyId: fromSchool ? org.schoolId : null,
    createdBy: createdBy ?? '',
    content: { facts: asFirstRecorded(facts), events: [], identities, note: 'Synthetic demo case built from a shared scenario' },
  });
}

/** Seeds one synthetic family (and an open case) per valid scenario file; returns how many. */
export async function seedSyntheticFamilies(db: Db, org: DemoOrganisation, scenariosDir: string): Promise<number> {
  const scenarios = readScenarioFacts(scenariosDir);
  await db.transaction(async (tx) => {
    for (const [i, s] of scenarios.entries()) await seedFamily(tx, org, s.facts, i);
  });
  return scenarios.length;
}
