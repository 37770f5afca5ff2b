import {
  assess,
  decisionDateOf,
  type Framework,
  inputFacts,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '@sightline/core';
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
  const date = asOfOverride ? { asOf: asOfOverride, inferred: false } : decisionDateOf(facts.data);
  if (!date) {
    throw new CaseFileError(file, [
      '$.asOf: no decision date, and no date anywhere in the case; give one with --as-of YYYY-MM-DD',
    ]);
  }
  const assessment = assess(facts.data, framework, date.asOf);
  if (format === 'json') return `${JSON.stringify({ facts: facts.data, decisionDate: date, assessment }, null, 2)}\n`;
  if (format === 'html') return renderAssessmentHtml(facts.data, assessment);
  const markdown = renderAssessmentMarkdown(facts.data, assessment);
  if (!date.inferred) return markdown;
  // After the title: say plainly that the date was read from the case, not given.
  const cut = markdown.indexOf('\n\n');
  const note = `> The case gives no decision date, so it is assessed as at ${date.asOf}, the latest date recorded in it.`;
  return cut < 0 ? `${note}\n\n${markdown}` : `${markdown.slice(0, cut)}\n\n${note}${markdown.slice(cut)}`;
}
