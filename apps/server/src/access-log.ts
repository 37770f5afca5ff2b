/** Appends who read or wrote what to the access log. */
import { type AccessEntry, appendAccess, type DbOrTx } from '@sightline/store';
import type { FastifyRequest } from 'fastify';
import { userOf } from './auth/session-hook.js';

type Subject = AccessEntry['subject'];

/** The route template, e.g. `GET /api/cases/:id`: never the URL itself, which may carry a query. */
export function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

/** Records one access per subject. */
export async function logAccess(
  db: DbOrTx,
  request: FastifyRequest,
  action: 'read' | 'write',
  subject: Subject,
  items: readonly { id: string; caseId?: string | null | undefined }[],
): Promise<void> {
  const user = userOf(request);
  await appendAccess(
    db,
    items.map((item) => ({
      userId: user.id,
      action,
      subject,
      subjectId: item.id,
      caseId: item.caseId ?? null,
      route: routeOf(request),
    })),
  );
}
