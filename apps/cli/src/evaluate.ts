import { assess, type Framework, inputFacts, renderAssessmentHtml, renderAssessmentMarkdown } from '@sightline/core';
import { CaseFileError, describeIssues, readJson } from './read-case.js';

/** Reads a case file (scenario format; answer fields are ignored) and renders its assessment. */
export function evaluateCase(
  file: string,
  framework: Framework,
  format: 'markdown' | 'json' | 'html',
  asOfOverride?: string,
): string {
  const raw = readJson(file);
  const facts = inputFacts(raw);
  if (!facts.success) throw new CaseFileError(file, describeIssues(facts.error));
  const asOf = asOfOverride ?? facts.data.asOf;
  if (!asOf) throw new CaseFileError(file, ['$.asOf: no decision date; give one with --as-of YYYY-MM-DD']);
  const assessment = assess(facts.data, framework, asOf);
  if (format === 'json') return `${JSON.stringify({ facts: facts.data, assessment }, null, 2)}\n`;
  if (format === 'html') return renderAssessmentHtml(facts.data, assessment);
  return renderAssessmentMarkdown(facts.data, assessment);
}
