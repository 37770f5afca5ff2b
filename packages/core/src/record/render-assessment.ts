import type { Assessment } from '../assess/types.js';
import type { CaseFacts } from '../schema/case.js';
import { composeAssessmentRationale } from './rationale.js';
import { renderRationaleHtml } from './render-html.js';
import { renderRationaleMarkdown } from './render-markdown.js';

/** The rationale of an assessment not yet decided, as Markdown. */
export function renderAssessmentMarkdown(facts: CaseFacts, assessment: Assessment): string {
  return renderRationaleMarkdown(composeAssessmentRationale(facts, assessment));
}

/** The rationale of an assessment not yet decided, as printable HTML. */
export function renderAssessmentHtml(facts: CaseFacts, assessment: Assessment): string {
  return renderRationaleHtml(composeAssessmentRationale(facts, assessment));
}
