/**
 * What the API returns for a school's pupils and their school chronology: every row (nothing is
 * hidden when it is corrected or retracted), each marked with whether it is still in force, and
 * the concerns and latest figures worked out from the rows in force.
 */
import type { ChronologyRowWithAuthor, SchoolPupil } from '@sightline/store';

/** The figures a school keeps, as chronology measure names (the core's measure keys). */
export const figureNames = {
  attendancePct: 'schoolAttendancePct',
  latenessPct: 'latenessPct',
  unauthorisedAbsencePct: 'unauthorisedAbsencePct',
} as const;
export type FigureField = keyof typeof figureNames;

const figureWords: Record<FigureField, string> = {
  attendancePct: 'Attendance',
  latenessPct: 'Sessions late',
  unauthorisedAbsencePct: 'Unauthorised absence',
};

/** The description a figure's chronology entry carries, e.g. "Attendance 58% (this school year)". */
export function figureDescription(field: FigureField, value: number | null, period: string): string {
  return `${figureWords[field]} ${value === null ? 'not known' : `${value}%`} (${period})`;
}

/** Which figure a measure name is, if it is one the school keeps. */
export function figureFieldOf(measureName: string): FigureField | undefined {
  return (Object.keys(figureNames) as FigureField[]).find((f) => figureNames[f] === measureName);
}

/**
 * A row's standing: `in-force`; `corrected` or `retracted` (a later row replaced it); or a
 * `retraction` (the row that withdrew another).
 */
export type EntryStatus = 'in-force' | 'corrected' | 'retracted' | 'retraction';

export function entryStatuses(rows: readonly ChronologyRowWithAuthor[]): Map<string, { status: EntryStatus; by: string | null }> {
  const successor = new Map<string, ChronologyRowWithAuthor>();
  for (const row of rows) if (row.supersedesId !== null) successor.set(row.supersedesId, row);
  const result = new Map<string, { status: EntryStatus; by: string | null }>();
  for (const row of rows) {
    const next = successor.get(row.id);
    if (row.retracted) result.set(row.id, { status: 'retraction', by: null });
    else if (next) result.set(row.id, { status: next.retracted ? 'retracted' : 'corrected', by: next.id });
    else result.set(row.id, { status: 'in-force', by: null });
  }
  return result;
}

export function entryView(row: ChronologyRowWithAuthor, standing: { status: EntryStatus; by: string | null }) {
  return {
    id: row.id,
    occurredOn: row.occurredOn,
    kind: row.kind,
    domain: row.domain,
    description: row.description,
    codes: row.codes,
    childsWords: row.childsWords,
    measure: row.measure,
    event: row.event,
    caseId: row.caseId,
    sourceAgency: row.sourceAgency,
    status: standing.status,
    supersedesId: row.supersedesId,
    supersededBy: standing.by,
    recordedBy: { id: row.createdBy, displayName: row.createdByName },
    recordedAt: row.createdAt.toISOString(),
  };
}

export type EntryView = ReturnType<typeof entryView>;

interface Figure {
  value: number | null;
  period: string;
  occurredOn: string;
  entryId: string;
}

/** The latest figure in force for each measure the school keeps (rows are in the order things happened). */
export function latestFigures(entries: readonly EntryView[]): Record<FigureField, Figure | null> {
  const figures: Record<FigureField, Figure | null> = { attendancePct: null, latenessPct: null, unauthorisedAbsencePct: null };
  for (const e of entries) {
    if (e.kind !== 'measure' || e.status !== 'in-force' || !e.measure) continue;
    const field = figureFieldOf(e.measure.name);
    if (field)
      figures[field] = { value: e.measure.value, period: e.measure.period ?? '', occurredOn: e.occurredOn, entryId: e.id };
  }
  return figures;
}

/** A pupil as a school's list shows them, with what their chronology in force adds up to. */
export function pupilSummary(pupil: SchoolPupil, entries: readonly EntryView[]) {
  const concerns = entries.filter((e) => e.kind === 'observation' && e.status === 'in-force');
  return {
    id: pupil.roll.personId,
    version: pupil.details.version,
    givenName: pupil.details.givenName,
    familyName: pupil.details.familyName,
    dateOfBirth: pupil.details.dateOfBirth,
    ageYears: pupil.roll.ageYears,
    yearGroup: pupil.roll.yearGroup,
    addedAt: pupil.roll.createdAt.toISOString(),
    concerns: concerns.length,
    lastConcernOn:
      concerns
        .map((c) => c.occurredOn)
        .sort()
        .at(-1) ?? null,
    figures: latestFigures(entries),
  };
}

/** A pupil with their whole school chronology, oldest first. */
export function pupilView(pupil: SchoolPupil, rows: readonly ChronologyRowWithAuthor[]) {
  const standing = entryStatuses(rows);
  const entries = rows.map((r) => entryView(r, standing.get(r.id) ?? { status: 'in-force', by: null }));
  return { ...pupilSummary(pupil, entries), chronology: entries };
}
