import type { z } from 'zod';

/** A JSON path for a validation issue: `$.household[0].factors.mentalHealth.status`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

/** One line per validation issue, naming the JSON path of the bad field and what is wrong. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`);
}
