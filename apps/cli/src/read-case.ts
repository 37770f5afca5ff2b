import { readFileSync } from 'node:fs';
export { describeIssues } from '@sightline/core';

export class CaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Reads and parses a JSON file; a missing file or bad JSON becomes a CaseFileError naming the file. */
export function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CaseFileError(file, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CaseFileError(file, [`$: not valid JSON (${(error as Error).message})`]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new CaseFileError(file, ['$: expected a JSON object']);
  return value as Record<string, unknown>;
}
