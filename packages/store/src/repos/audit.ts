/**
 * The supervisor's and auditor's audit list: decisions with the flags an audit looks for (a
 * decision that differs from or is below the recommendation, repeat contacts, a decision made after
 * the timescale), filtered and paged in one statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { rowsOf, toDate } from './bulk.js';

/** Finding codes that mean the child has been referred before. */
export const repeatContactCodes = ['history.repeat-contacts', 'history.re-referral-after-closure'] as const;

/** How the "decide within n working days" timescale is counted (from the partnership's framework). */
export interface DecisionTimescale {
  /** Working days from the case being opened to the decision. */
  workingDays: number;
  /** 0: the opening day is day 0; 1: it is day 1 when it is a working day. */
  triggerDay: 0 | 1;
  /** Bank holidays (YYYY-MM-DD); Saturdays and Sundays are never working days. */
  bankHolidays: readonly string[];
}

export interface AuditListFilter {
  partnershipId: string;
  /** Decisions on cases this agency holds or referred. */
  agencyId: string;
  /** A team-scoped user's team: cases the agency holds for another team are left out. */
  scopeTeamId: string | null;
  below?: boolean | undefined;
  override?: boolean | undefined;
  repeatContacts?: boolean | undefined;
  overdue?: boolean | undefined;
  /** The deciding worker. */
  workerId?: string | undefined;
  /** The deciding worker's team. */
  teamId?: string | undefined;
  timescale: DecisionTimescale;
  /** Only decisions earlier in the chain than this sequence number (the previous page's cursor). */
  beforeSeq?: number | undefined;
  limit: number;
}

export type SignOffState = 'final' | 'awaiting-sign-off' | 'signed-off' | 'not-agreed';

export interface AuditDecisionRow {
  id: string;
  seq: number;
  caseId: string;
  caseVersion: number;
  caseOpenedAt: Date;
  childLabel: string | null;
  value: string;
  levelName: string;
  recommendedValue: string;
  recommendedLevelName: string;
  belowRecommendation: boolean;
  override: boolean;
  repeatContacts: boolean;
  overdue: boolean;
  worker: { id: string; displayName: string };
  team: { id: string; name: string } | null;
  /** When the decision was recorded (the sealed record's `recordedAt`). */
  decidedAt: Date;
  signOff: SignOffState;
  ownerAgencyId: string;
  ownerTeamId: string | null;
  referrerAgencyId: string | null;
}

interface RawRow {
  id: string;
  seq: number;
  case_id: string;
  case_version: number;
  case_opened_at: unknown;
  child_label: string | null;
  value: string;
  level_name: string;
  recommended_value: string;
  recommended_level_name: string;
  below: boolean;
  override: boolean;
  repeat_contacts: boolean;
  overdue: boolean;
  worker_id: string;
  worker_name: string;
  team_id: string | null;
  team_name: string | null;
  decided_at: unknown;
  sign_off: 'agreed' | 'disagreed' | null;
  owner_agency_id: string;
  owner_team_id: string | null;
  referrer_agency_id: string | null;
}

/**
 * Whether the decision was made after the timescale ran out: the due date is the n-th working day
 * counted from the day the case was opened (dates in Europe/London), as the core's addWorkingDays
 * counts it, and the decision is late when its date is after the due date, that is when n working
 * days had already passed before the decision's day.
 */
function overdueExpression(t: DecisionTimescale): SQL {
  const firstCounted = t.triggerDay === 1 ? sql`f.opened_on` : sql`f.opened_on + 1`;
  return sql`(f.decided_on > f.opened_on and (
    select count(*) from generate_series((${firstCounted})::timestamp, (f.decided_on - 1)::timestamp, interval '1 day') as g(day)
    where extract(isodow from g.day) < 6 and g.day::date <> all(${sql.param([...t.bankHolidays])}::date[])
  ) >= ${t.workingDays})`;
}

function flagCondition(column: string, wanted: boolean | undefined): SQL | null {
  if (wanted === undefined) return null;
  return sql`${sql.raw(`x.${column}`)} = ${wanted}`;
}

/** Decisions in the user's scope with their flags, newest first, in one statement. */
export async function listAuditDecisions(db: DbOrTx, filter: AuditListFilter): Promise<AuditDecisionRow[]> {
  const scope: SQL[] = [
    sql`e.partnership_id = ${filter.partnershipId}`,
    sql`e.kind = 'decision'`,
    sql`(c.owner_agency_id = ${filter.agencyId} or c.referrer_agency_id = ${filter.agencyId})`,
  ];
  if (filter.scopeTeamId !== null) {
    scope.push(
      sql`(c.owner_agency_id <> ${filter.agencyId} or c.owner_team_id is null or c.owner_team_id = ${filter.scopeTeamId})`,
    );
  }
  if (filter.workerId !== undefined) scope.push(sql`e.actor_id = ${filter.workerId}`);
  if (filter.teamId !== undefined) scope.push(sql`u.team_id = ${filter.teamId}`);
  if (filter.beforeSeq !== undefined) scope.push(sql`e.seq < ${filter.beforeSeq}`);
  const flags = [
    flagCondition('below', filter.below),
    flagCondition('override', filter.override),
    flagCondition('repeat_contacts', filter.repeatContacts),
    flagCondition('overdue', filter.overdue),
  ].filter((c): c is SQL => c !== null);
  const codes = sql.param([...repeatContactCodes]);
  const statement = sql`
    with f as (
      select e.id, e.seq, e.case_id, e.case_version, e.actor_id, e.record_json::jsonb as r, c.created_at as case_opened_at,
             c.owner_agency_id, c.owner_team_id, c.referrer_agency_id,
             u.display_name as worker_name, t.id as team_id, t.name as team_name,
             (c.created_at at time zone 'Europe/London')::date as opened_on,
             e.record_json::jsonb ->> 'recordedAt' as recorded_at
      from chain_entries e
      join cases c on c.id = e.case_id
      join users u on u.id = e.actor_id
      left join teams t on t.id = u.team_id
      where ${sql.join(scope, sql` and `)}
    ),
    d as (
      select f.*, f.recorded_at::timestamptz as decided_at,
             (f.recorded_at::timestamptz at time zone 'Europe/London')::date as decided_on
      from f
    ),
    x as (
      select f.id, f.seq, f.case_id, f.case_version, f.case_opened_at, f.decided_at,
             f.r #>> '{facts,child,label}' as child_label,
             f.r #>> '{decision,value}' as value,
             f.r #>> '{decision,levelName}' as level_name,
             f.r #>> '{assessment,recommendation,value}' as recommended_value,
             f.r #>> '{assessment,recommendation,levelName}' as recommended_level_name,
             coalesce((f.r #>> '{decision,belowRecommendation}')::boolean, false) as below,
             (f.r #>> '{decision,value}') is distinct from (f.r #>> '{assessment,recommendation,value}') as override,
             exists (
               select 1 from jsonb_array_elements(coalesce(f.r #> '{assessment,findings}', '[]'::jsonb)) as finding
               where finding ->> 'code' = any(${codes}::text[])
             ) as repeat_contacts,
             ${overdueExpression(filter.timescale)} as overdue,
             f.actor_id as worker_id, f.worker_name, f.team_id, f.team_name,
             (select s.record_json::jsonb #>> '{signOff,outcome}' from chain_entries s
               where s.decision_id = f.id and s.kind = 'sign-off' order by s.seq desc limit 1) as sign_off,
             f.owner_agency_id, f.owner_team_id, f.referrer_agency_id
      from d as f
    )
    select * from x
    ${flags.length > 0 ? sql`where ${sql.join(flags, sql` and `)}` : sql``}
    order by x.seq desc
    limit ${filter.limit}`;
  return rowsOf<RawRow>(await db.execute(statement)).map(toAuditRow);
}

function signOffState(row: RawRow): SignOffState {
  if (row.sign_off === 'disagreed') return 'not-agreed';
  if (row.sign_off !== null) return 'signed-off';
  return row.below ? 'awaiting-sign-off' : 'final';
}

function toAuditRow(row: RawRow): AuditDecisionRow {
  return {
    id: row.id,
    seq: Number(row.seq),
    caseId: row.case_id,
    caseVersion: Number(row.case_version),
    caseOpenedAt: toDate(row.case_opened_at),
    childLabel: row.child_label,
    value: row.value,
    levelName: row.level_name,
    recommendedValue: row.recommended_value,
    recommendedLevelName: row.recommended_level_name,
    belowRecommendation: row.below,
    override: row.override,
    repeatContacts: row.repeat_contacts,
    overdue: row.overdue,
    worker: { id: row.worker_id, displayName: row.worker_name },
    team: row.team_id !== null && row.team_name !== null ? { id: row.team_id, name: row.team_name } : null,
    decidedAt: toDate(row.decided_at),
    signOff: signOffState(row),
    ownerAgencyId: row.owner_agency_id,
    ownerTeamId: row.owner_team_id,
    referrerAgencyId: row.referrer_agency_id,
  };
}
