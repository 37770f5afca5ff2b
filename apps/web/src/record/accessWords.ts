/** A case's access log in plain English: what each read or write was, and who made it. */
import type { AccessLogEntry, Role } from '../api/types.js';
import { roleNames } from '../session/session.js';

/** What a request to each route did, as the person reading the log would say it. */
const routeWords: Record<string, string> = {
  'GET /api/cases': 'Saw the case in a list of cases',
  'GET /api/cases/:id': 'Opened the case',
  'GET /api/cases/:id/versions/:version': 'Read an earlier version of the case',
  'GET /api/cases/:id/history': 'Read the history on record for the case',
  'GET /api/cases/:id/assessment': 'Read Sightline’s recommendation for the case',
  'GET /api/cases/:id/access-log': 'Read who has read or changed this case',
  'POST /api/cases': 'Started the case',
  'PUT /api/cases/:id': 'Changed the case',
  'POST /api/cases/:id/links': 'Linked a person to the case',
  'POST /api/case-links/:id/retraction': 'Took back a person’s link to the case',
  'POST /api/cases/:id/decisions': 'Recorded a decision',
  'GET /api/decisions/:id': 'Read the decision record',
  'GET /api/decisions/:id/record.html': 'Opened the printable decision record',
  'GET /api/decisions/:id/record.md': 'Downloaded the decision record as text',
  'POST /api/decisions/:id/sign-offs': 'Added a manager’s review to the decision',
  'GET /api/sign-offs/queue': 'Saw the decision in the list waiting for sign-off',
  'GET /api/audit/decisions': 'Saw the decision in the audit list',
  'GET /api/escalations': 'Saw the disagreement in a list of disagreements',
  'GET /api/escalations/:id': 'Read the disagreement about the case',
  'POST /api/escalations': 'Raised a disagreement about the case',
  'POST /api/escalations/:id/events': 'Recorded a step in the disagreement',
  'POST /api/people/:id/chronology': 'Added to a person’s chronology',
  'POST /api/chronology/:id/corrections': 'Corrected an entry in a person’s chronology',
  'POST /api/school/pupils/:id/requests-for-support': 'Sent a request for support from the school',
  'POST /api/school/chronology/:id/corrections': 'Corrected an entry in the school’s concern log',
  'POST /api/school/chronology/:id/retraction': 'Took back an entry in the school’s concern log',
};

/** What was read or written, for routes without their own words. */
const subjectWords: Record<string, { read: string; write: string }> = {
  case: { read: 'Read the case', write: 'Changed the case' },
  person: { read: 'Read a person’s record', write: 'Changed a person’s record' },
  decision: { read: 'Read a decision', write: 'Changed a decision' },
  escalation: { read: 'Read a disagreement', write: 'Changed a disagreement' },
  draft: { read: 'Read a draft', write: 'Changed a draft' },
  'access-log': { read: 'Read who has read or changed this case', write: 'Changed the access log' },
  user: { read: 'Read a user’s details', write: 'Changed a user’s details' },
};

/**
 * What one access-log entry did, in plain English.
 * @example describeAccess({ action: 'read', subject: 'decision', route: 'GET /api/decisions/:id', ... }) // 'Read the decision record'
 */
export function describeAccess(entry: Pick<AccessLogEntry, 'action' | 'subject' | 'route'>): string {
  const byRoute = routeWords[entry.route];
  if (byRoute) return byRoute;
  const bySubject = subjectWords[entry.subject];
  if (bySubject) return bySubject[entry.action];
  return entry.action === 'read' ? `Read a ${entry.subject}` : `Changed a ${entry.subject}`;
}

/**
 * Who made an access: their name and their role in plain words.
 * @example whoAccessed({ id: 'u1', displayName: 'Sam Patel', role: 'supervisor' }) // 'Sam Patel, supervisor'
 */
export function whoAccessed(user: AccessLogEntry['user']): string {
  const role = roleNames[user.role as Role] as string | undefined;
  return `${user.displayName}, ${(role ?? user.role).toLowerCase()}`;
}
