export {
  type CanonicalMember,
  canonicalCopy,
  canonicalCopyMembers,
  canonicalJson,
  canonicalJsonMembers,
  joinCanonicalMembers,
  withCanonicalMember,
} from './canonical-json.js';
export {
  type Actor,
  type Decision,
  DECISION_RECORD_FORMAT,
  type DecisionRecord,
  type DecisionRecordInput,
  type HashText,
  hashRecord,
  type MachineRef,
  type SignOff,
  sealDecisionRecord,
  sealDecisionRecordWithJson,
} from './decision-record.js';
export {
  composeRationale,
  type Rationale,
  type RationaleBlock,
  type RationaleEntry,
  type RationaleField,
  type RationaleList,
  type RationaleSection,
  type RationaleSectionId,
} from './rationale.js';
export { renderHtml } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export { sha256Hex } from './sha256.js';
export { type ChainVerdict, verifyChain } from './verify-chain.js';
export { formatCitation } from './wording.js';
export { composeAssessmentRationale } from './rationale.js';
export { renderRationaleHtml } from './render-html.js';
export { renderRationaleMarkdown } from './render-markdown.js';
export { renderAssessmentHtml, renderAssessmentMarkdown } from './render-assessment.js';
