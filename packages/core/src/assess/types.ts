import type { CanonicalOutcome, Citation } from '../framework/schema.js';
import type { Pathway } from '../schema/case.js';

export type IndicatorKind = 'observation' | 'measure' | 'history' | 'factor' | 'gap' | 'action' | 'clock';

/** Something a rule found in the facts, with the evidence that triggered it and its source. */
export interface Finding {
  code: string;
  kind: IndicatorKind;
  title: string;
  /** Facts from the case that triggered the rule, in plain words. */
  evidence: string[];
  citations: Citation[];
  /** One plain-English sentence a parent could read. */
  sentence: string;
  /** The framework parameter the rule compared against, where it used one. */
  parameter?: { name: string; value: number } | undefined;
  /** The least outcome this finding supports on its own (from the framework's floors). */
  floor: CanonicalOutcome | null;
  /** The level descriptor behind the floor. */
  floorCitation: Citation | null;
  /** Set when the facts show the need met or explained, so the finding supports less than its usual floor. */
  lowered?: { from: CanonicalOutcome; because: string } | undefined;
}

/** Information the decision lacks. */
export interface Gap {
  code: string;
  title: string;
  evidence: string[];
  citations: Citation[];
  sentence: string;
}

/** Something that must happen, whatever level is chosen. */
export interface RequiredAction {
  code: string;
  title: string;
  because: string[];
  citations: Citation[];
  sentence: string;
}

/** A timescale that the decision starts or that is running. */
export interface Clock {
  code: string;
  title: string;
  startsOn: string | null;
  dueOn: string | null;
  amount: number;
  unit: string;
  convention: string;
  citations: Citation[];
}

/** One step in the chain of reasons that produced the recommendation. */
export interface ReasonStep {
  kind: 'floor' | 'raise' | 'lower' | 'cap' | 'pathway';
  ruleId: string;
  /** Outcome before and after this step (equal when a step only confirms). */
  from: CanonicalOutcome;
  to: CanonicalOutcome;
  codes: string[];
  sentence: string;
  citations: Citation[];
}

export type CinCpValue = 'nfa' | 'cin-plan' | 'cp-plan';
export type CpCategory = 'neglect' | 'physical' | 'emotional' | 'sexual' | 'multiple';

export interface Recommendation {
  pathway: Pathway;
  /** Value on the pathway's scale: a contact level ('1'..'4+', 'immediate', 'pre-birth'), a cin-cp outcome, or an escalation stage ('1'..'4'). */
  value: string;
  /** The framework's own level id and name for that value. */
  levelId: string;
  levelName: string;
  /** The contact-scale outcome the facts support; for cin-cp and escalation the threshold beneath the pathway decision. */
  threshold: CanonicalOutcome;
  category: CpCategory | null;
  immediateSafetyPlan: boolean;
  urgentReferralBypass: boolean;
  chain: ReasonStep[];
  /** The sentence that summarises the recommendation. */
  summary: string;
}

/**
 * Something going well that the person deciding weighs beside the worries (strengths and existing
 * safety): found only where the matching worry was checked and did not apply. Strengths never move
 * the recommended level.
 */
export interface Strength {
  /** `strength.*`: not an indicator code (the vocabulary has no strengths). */
  id: string;
  title: string;
  sentence: string;
  evidence: string[];
  /** The sources of the worries this rules out. */
  citations: Citation[];
}

export interface Assessment {
  engine: { name: 'sightline-core'; version: string; ruleSetVersion: string };
  framework: { id: string; version: string; name: string };
  asOf: string;
  pathway: Pathway;
  findings: Finding[];
  gaps: Gap[];
  actions: RequiredAction[];
  /** What is going well. Absent from records sealed before rule set 2026.11.2. */
  strengths?: Strength[];
  clocks: Clock[];
  recommendation: Recommendation;
}
