import {
  assess,
  type CaseFacts,
  decisionDateOf,
  type Framework,
  inputFacts,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '@sightline/core';
import { CaseFileError, describeIssues, readJson } from './read-case.js';

/** The date a case is assessed as at, whether it was read from the case, and from where. */
export interface AssessedAsAt {
  asOf: string;
  inferred: boolean;
  from: string;
}

/**
 * The date to assess a case as at: its own, else the latest date recorded in it, else (a case that
 * dates nothing at all) today, read here in the CLI: the core never reads the clock.
 */
export function decisionDateFor(facts: CaseFacts, today: () => Date = () => new Date()): AssessedAsAt {
  const found = decisionDateOf(facts);
  if (found) return { ...found, from: 'the latest date recorded in it' };
  return { asOf: today().toISOString().slice(0, 10), inferred: true, from: 'today, as it records no date at all' };
}

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
  const date: AssessedAsAt = asOfOverride
    ? { asOf: asOfOverride, inferred: false, from: 'the date given' }
    : decisionDateFor(facts.data);
  const assessment = assess(facts.data, framework, date.asOf);
  if (format === 'json') return `${JSON.stringify({ facts: facts.data, decisionDate: date, assessment }, null, 2)}\n`;
  if (format === 'html') return renderAssessmentHtml(facts.data, assessment);
  const markdown = renderAssessmentMarkdown(facts.data, assessment);
  if (!date.inferred) return markdown;
  // After the title: say plainly that the date was not given by the case.
  const cut = markdown.indexOf('\n\n');
  const note = `> The case gives no decision date, so it is assessed as at ${date.asOf}, ${date.from}.`;
  return cut < 0 ? `${note}\n\n${markdown}` : `${markdown.slice(0, cut)}\n\n${note}${markdown.slice(cut)}`;
}
