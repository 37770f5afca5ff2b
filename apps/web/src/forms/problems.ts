/**
 * Flattens react-hook-form's nested errors into the list the GOV.UK error summary shows, in the
 * order the fields appear on the page.
 */
import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { FieldProblem } from '../components/ErrorSummary.js';
import { fieldId } from '../components/fields.js';

function walk(errors: unknown, path: string[], out: { name: string; message: string }[]): void {
  if (!errors || typeof errors !== 'object') return;
  const record = errors as Record<string, unknown>;
  if (typeof record.message === 'string' && record.message !== '' && ('type' in record || 'ref' in record)) {
    out.push({ name: path.join('.'), message: record.message });
    return;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'ref' || key === 'type' || key === 'types') continue;
    walk(value, [...path, key], out);
  }
}

/** Orders problems as their fields appear on the page (fields not on the page go last). */
function byPagePosition(a: FieldProblem, b: FieldProblem): number {
  const ea = document.getElementById(a.fieldId);
  const eb = document.getElementById(b.fieldId);
  if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
  return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Every error message with the id of the field it belongs to, in page order. */
export function problemsFrom<T extends FieldValues>(errors: FieldErrors<T>): FieldProblem[] {
  const found: { name: string; message: string }[] = [];
  walk(errors, [], found);
  return found.map((f) => ({ fieldId: fieldId(f.name.replace(/\.root$/, '')), message: f.message })).sort(byPagePosition);
}

/** The message for one field path, e.g. `concerns.0.description`. */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (node && typeof node === 'object' && 'message' in node) {
    const message = (node as { message?: unknown }).message;
    return typeof message === 'string' ? message : undefined;
  }
  return undefined;
}
