import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assess, type Framework, inputFacts, scenarioFileSchema, scoreScenario } from '@sightline/core';
import { decisionDateFor } from './evaluate.js';
import { CaseFileError, describeIssues, readJson } from './read-case.js';

export interface ScenarioRun {
  id: string;
  passed: boolean;
  line: string;
}

/** Runs every `*.json` case in a folder, giving the engine the input fields only, and scores each. */
export function runScenarios(dir: string, framework: Framework): ScenarioRun[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    const id = file.replace(/\.json$/, '');
    try {
      const raw = readJson(path);
      const scenario = scenarioFileSchema.safeParse(raw);
      if (!scenario.success) throw new CaseFileError(path, describeIssues(scenario.error));
      const facts = inputFacts(raw);
      if (!facts.success) throw new CaseFileError(path, describeIssues(facts.error));
      const date = decisionDateFor(facts.data);
      const score = scoreScenario(scenario.data.expected, assess(facts.data, framework, date.asOf));
      const when = date.inferred ? `, assessed as at ${date.asOf}, ${date.from}` : '';
      const line = score.passed
        ? `PASS ${id} (outcome ${score.outcome}${when})`
        : `FAIL ${id} (outcome ${score.outcome}${when}): ${score.failures.join('; ')}`;
      return { id, passed: score.passed, line };
    } catch (error) {
      const message = error instanceof CaseFileError ? error.problems.join('; ') : (error as Error).message;
      return { id, passed: false, line: `FAIL ${id}: ${message}` };
    }
  });
}
