import type { Finding, Gap, Recommendation } from '../assess/types.js';
import type { ParameterReading } from '../framework/parameters.js';
import type { CanonicalOutcome, Citation, Framework } from '../framework/schema.js';
import type { CaseFacts } from '../schema/case.js';
import type { CaseView } from './view.js';

/** What every rule may read: the facts, the framework, the decision date and a prepared view of the facts. */
export interface RuleContext {
  facts: CaseFacts;
  framework: Framework;
  /** The decision date as YYYY-MM-DD (the last day of the period when the case gives only a month or year). */
  asOf: string;
  view: CaseView;
  /** A framework parameter as in force on the decision date. */
  param(name: string): ParameterReading;
  /** Findings so far (finding rules run in catalogue order; gap and action rules see all findings). */
  findings: ReadonlyMap<string, Finding>;
  /** Gaps found (action rules only). */
  gaps: ReadonlyMap<string, Gap>;
  /** The recommendation (gap and action rules only). */
  recommendation: Recommendation | null;
}

/** What a rule returns when it fires. */
export interface RuleHit {
  evidence: string[];
  sentence: string;
  /** How many separate times it was recorded (entries on different dates; undated entries each count). */
  occurrences?: number | undefined;
  /**
   * The facts show the need is met or explained, so the finding supports less than its listed floor
   * on its own: the lower floor (null: none) and why, said in the finding.
   */
  lowerFloor?: { to: CanonicalOutcome | null; because: string } | undefined;
  parameter?: ParameterReading | undefined;
}

export type RulePhase = 'finding' | 'gap' | 'action';

/** One rule of the catalogue: a vocabulary code, its plain-English condition and sources, and a pure test of the facts. */
export interface Rule {
  /** The stable vocabulary code this rule fires (shared/domain/indicators.md). */
  id: string;
  phase: RulePhase;
  title: string;
  /** When it fires, in plain English (shown in the rulebook). */
  condition: string;
  /** Framework parameters it reads. */
  parameters: readonly string[];
  citations: readonly Citation[];
  evaluate(ctx: RuleContext): RuleHit | null;
}
