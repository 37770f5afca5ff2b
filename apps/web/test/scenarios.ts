/** Reads a shared scenario's input facts (the answer key is stripped by the core). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CaseFacts, inputFacts } from '@sightline/core';

/** The input facts of a scenario in ../shared/scenarios by its id prefix, e.g. "S07". */
export function scenarioFacts(prefix: string): CaseFacts {
  const dir = scenariosDir();
  const names = [
    'S02-contact-mash-report-assault-disclosure-may-2017.json',
    'S07-contact-gp-inhaler-pattern-after-admissions-oct-2017.json',
    'S13-contact-negative-single-missed-asthma-review.json',
  ];
  const name = names.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`No scenario ${prefix} listed`);
  const parsed = inputFacts(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>);
  if (!parsed.success) throw new Error(`Scenario ${prefix} does not parse: ${parsed.error.message}`);
  return parsed.data;
}

/** The shared scenarios folder, found by walking up from the working directory (it sits beside the repository). */
function scenariosDir(): string {
  for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared', 'scenarios');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('The shared scenarios folder (../shared/scenarios) was not found');
}
