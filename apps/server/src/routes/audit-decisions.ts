/**
 * `GET /api/audit/decisions`: the audit list for supervisors and auditors. Each decision in the
 * user's scope with what an audit looks for, filtered and paged by the database in one statement.
 */
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, type Framework } from '@sightline/core';
import { type AuditDecisionRow, type DecisionTimescale, listAuditDecisions, listTeams } from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logAccess } from '../access-log.js';
import { canReadCase, scopingTeamOf } from '../auth/access-rules.js';
import { userOf } from '../auth/session-hook.js';
import { frameworkFor } from '../cases/service.js';
import type { AppContext } from '../context.js';
import { limitQuery } from '../schemas/common.js';

const flag = z.enum(['true', 'false'], { error: 'Use true or false' }).transform((v) => v === 'true');

export const auditDecisionsQuery = z.strictObject({
  below: flag.optional(),
  override: flag.optional(),
  repeatContacts: flag.optional(),
  overdue: flag.optional(),
  worker: z.uuid({ error: 'Not a valid id' }).optional(),
  team: z.uuid({ error: 'Not a valid id' }).optional(),
  limit: limitQuery,
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, { error: 'Use the nextCursor of the previous page' })
    .transform(Number)
    .optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });

const auditDecisionOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseVersion: z.number(),
  childLabel: z.string().nullable(),
  value: z.string(),
  levelName: z.string(),
  recommendation: z.object({ value: z.string(), levelName: z.string() }),
  belowRecommendation: z.boolean(),
  override: z.boolean(),
  repeatContacts: z.boolean(),
  overdue: z.boolean(),
  worker: ref,
  team: ref.nullable(),
  decidedAt: z.string(),
  caseOpenedAt: z.string(),
  status: z.enum(['final', 'awaiting-sign-off', 'signed-off', 'not-agreed']),
});

const auditDecisionsOut = z.object({
  decisions: z.array(auditDecisionOut),
  nextCursor: z.string().nullable(),
  teams: z.array(ref),
});

/** How the framework's "decide on a referral" timescale is counted. */
export function decisionTimescaleOf(framework: Framework): DecisionTimescale {
  const timescale = framework.timescales.find((t) => t.id === 'referral-decision');
  return {
    workingDays: timescale?.unit === 'working-days' ? timescale.amount : 1,
    triggerDay: framework.calendar.triggerDay,
    bankHolidays: BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date),
  };
}

function decisionOut(row: AuditDecisionRow): z.infer<typeof auditDecisionOut> {
  return {
    id: row.id,
    caseId: row.caseId,
    caseVersion: row.caseVersion,
    childLabel: row.childLabel,
    value: row.value,
    levelName: row.levelName,
    recommendation: { value: row.recommendedValue, levelName: row.recommendedLevelName },
    belowRecommendation: row.belowRecommendation,
    override: row.override,
    repeatContacts: row.repeatContacts,
    overdue: row.overdue,
    worker: { id: row.worker.id, name: row.worker.displayName },
    team: row.team,
    decidedAt: row.decidedAt.toISOString(),
    caseOpenedAt: row.caseOpenedAt.toISOString(),
    status: row.signOff,
  };
}

export function registerAuditDecisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit/decisions',
    {
      schema: {
        tags: ['audit'],
        summary: 'Decisions to audit, with their flags and filters',
        querystring: auditDecisionsQuery,
        response: { 200: auditDecisionsOut },
      },
      config: { access: ['supervisor', 'auditor'] },
    },
    async (request) => {
      const user = userOf(request);
      const q = request.query;
      const scopeTeamId = scopingTeamOf(user);
      const framework = await frameworkFor(ctx.db, user.partnershipId);
      const rows = await listAuditDecisions(ctx.db, {
        partnershipId: user.partnershipId,
        agencyId: user.agency.id,
        scopeTeamId,
        below: q.below,
        override: q.override,
        repeatContacts: q.repeatContacts,
        overdue: q.overdue,
        workerId: q.worker,
        teamId: q.team,
        timescale: decisionTimescaleOf(framework),
        beforeSeq: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      // The statement applies the same scope; this check keeps the two from drifting apart silently.
      const visible = page.filter((row) => canReadCase(user, { partnershipId: user.partnershipId, ...row }));
      const last = page.at(-1);
      const teams = (await listTeams(ctx.db, user.agency.id)).filter((t) => scopeTeamId === null || t.id === scopeTeamId);
      await logAccess(
        ctx.db,
        request,
        'read',
        'decision',
        visible.map((row) => ({ id: row.id, caseId: row.caseId })),
      );
      return {
        decisions: visible.map(decisionOut),
        nextCursor: rows.length > q.limit && last ? String(last.seq) : null,
        teams: teams.map((t) => ({ id: t.id, name: t.name })),
      };
    },
  );
}
