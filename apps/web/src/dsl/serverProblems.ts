/** Turns a failed save into problems for the GOV.UK error summary, each linked to the field it names. */
import { ApiError } from '../api/client.js';
import type { FieldProblem } from '../components/ErrorSummary.js';
import { fieldId } from '../components/fields.js';

/**
 * One problem per bad field the server named (`body/figures/attendancePct` → the form's
 * `attendancePct`), or one problem on `fallback` for any other failure.
 * @example serverProblems(error, { occurredOn: 'date' }, 'pupil', 'The concern could not be saved')
 */
export function serverProblems(error: unknown, fields: Record<string, string>, fallback: string, lead: string): FieldProblem[] {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && error.issues.length > 0) {
    return error.issues.map((issue) => {
      const name = issue.path.replace(/^body\//, '').replace(/^figures\//, '');
      return { fieldId: fieldId(fields[name] ?? fallback), message: issue.message };
    });
  }
  return [{ fieldId: fieldId(fallback), message: `${lead}: ${message}` }];
}
