/** Administration: users, agencies and teams within the administrator's partnership. */
import {
  agencyKinds,
  createAgency,
  createTeam,
  createUser,
  deactivateUser,
  getAgency,
  getTeam,
  getUserContext,
  isUniqueViolation,
  listAgencies,
  listTeams,
  listUsers,
  roles,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import { userOf } from '../auth/session-hook.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { idParams, reasonSchema } from '../schemas/common.js';
import { publicUser } from './session.js';

const userBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/i, { error: 'Use 3-64 letters, digits, dots, dashes or underscores' }),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  agencyId: z.uuid({ error: 'Not a valid id' }),
  teamId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
  password: z.string().min(12, { error: 'Use at least 12 characters' }).max(200),
});

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = { access: ['administrator'] as const };

  r.get(
    '/api/users',
    { schema: { tags: ['admin'], summary: "Users in your partnership, and its agencies' teams" }, config: admin },
    async (request) => {
      const user = userOf(request);
      const users = await listUsers(ctx.db, user.partnershipId);
      // The teams a new user can be put in: every team of every agency in the partnership.
      const teams: { id: string; name: string; agencyId: string }[] = [];
      for (const agency of await listAgencies(ctx.db, user.partnershipId)) {
        for (const team of await listTeams(ctx.db, agency.id)) teams.push({ id: team.id, name: team.name, agencyId: agency.id });
      }
      return { users: users.map((u) => ({ ...publicUser(u), deactivated: u.deactivated })), teams };
    },
  );

  r.post(
    '/api/users',
    { schema: { tags: ['admin'], summary: 'Add a user', body: userBody }, config: admin },
    async (request, reply) => {
      const user = userOf(request);
      const agency = await getAgency(ctx.db, request.body.agencyId);
      if (!agency || agency.partnershipId !== user.partnershipId)
        throw badRequest([{ path: 'body/agencyId', message: 'No such agency in your partnership' }]);
      if (request.body.teamId !== null) {
        const team = await getTeam(ctx.db, request.body.teamId);
        if (!team || team.agencyId !== agency.id)
          throw badRequest([{ path: 'body/teamId', message: 'No such team in that agency' }]);
      }
      const passwordHash = await hashPassword(request.body.password);
      try {
        const made = await createUser(ctx.db, { ...request.body, passwordHash, createdBy: user.id });
        const context = await getUserContext(ctx.db, made.id);
        if (!context) throw notFound('That user');
        return reply.code(201).send(publicUser(context));
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('That username is taken');
        throw error;
      }
    },
  );

  r.post(
    '/api/users/:id/deactivation',
    {
      schema: { tags: ['admin'], summary: 'Deactivate a user', params: idParams, body: z.strictObject({ reason: reasonSchema }) },
      config: admin,
    },
    async (request, reply) => {
      const user = userOf(request);
      const target = await getUserContext(ctx.db, request.params.id);
      if (!target || target.partnershipId !== user.partnershipId) throw notFound('That user');
      if (target.deactivated) throw conflict('That user is already deactivated');
      if (target.id === user.id) throw conflict('You cannot deactivate yourself');
      await deactivateUser(ctx.db, { userId: target.id, reason: request.body.reason, createdBy: user.id });
      return reply.code(201).send({ deactivated: target.id });
    },
  );

  r.post(
    '/api/agencies',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add an agency',
        body: z.strictObject({ name: z.string().trim().min(1).max(200), kind: z.enum(agencyKinds) }),
      },
      config: admin,
    },
    async (request, reply) => {
      const user = userOf(request);
      const agency = await createAgency(ctx.db, { partnershipId: user.partnershipId, ...request.body });
      return reply.code(201).send({ id: agency.id, name: agency.name, kind: agency.kind });
    },
  );

  r.post(
    '/api/teams',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add a team',
        body: z.strictObject({ agencyId: z.uuid({ error: 'Not a valid id' }), name: z.string().trim().min(1).max(200) }),
      },
      config: admin,
    },
    async (request, reply) => {
      const user = userOf(request);
      const agency = await getAgency(ctx.db, request.body.agencyId);
      if (!agency || agency.partnershipId !== user.partnershipId)
        throw badRequest([{ path: 'body/agencyId', message: 'No such agency in your partnership' }]);
      const team = await createTeam(ctx.db, request.body);
      return reply.code(201).send({ id: team.id, agencyId: team.agencyId, name: team.name });
    },
  );
}
