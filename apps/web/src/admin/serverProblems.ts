/** Turns a failed admin request into messages against the fields the server named. */
import { ApiError } from '../api/client.js';

/** One message for one form field. */
export interface FieldMessage {
  field: string;
  message: string;
}

/**
 * One message per bad field the server named (`body/teamId` → `teamId`); a refusal (409) goes on
 * `conflictField`; anything else goes on `fallback`, led by `lead`.
 * @example fieldMessages(error, ['username', 'teamId'], 'username', 'username', 'The user could not be added')
 */
export function fieldMessages(
  error: unknown,
  fields: readonly string[],
  conflictField: string,
  fallback: string,
  lead: string,
): FieldMessage[] {
  if (error instanceof ApiError && error.issues.length > 0) {
    return error.issues.map((issue) => {
      const name = issue.path.replace(/^body\/?/, '').split('/')[0] ?? '';
      return { field: fields.includes(name) ? name : fallback, message: issue.message };
    });
  }
  if (error instanceof ApiError && error.status === 409) return [{ field: conflictField, message: error.message }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ field: fallback, message: `${lead}: ${message}` }];
}
