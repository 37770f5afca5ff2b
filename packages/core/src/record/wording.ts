/**
 * Plain-English labels for the codes a decision record carries. One place, so that the Markdown
 * and the HTML say the same thing and a reviewer can check the words in one sitting.
 */
import type { Clock, ReasonStep } from '../assess/types.js';
import type { CanonicalOutcome, Citation } from '../framework/schema.js';
import type { DecisionStage, Pathway } from '../schema/case.js';

/** A citation as "source, section" (or the source alone when it has no section). */
export function formatCitation(citation: Citation): string {
  const section = citation.section?.trim() ?? '';
  return section === '' ? citation.source : `${citation.source}, ${section}`;
}

/** Formatted citations in their order, each once. */
export function formatCitations(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map(formatCitation))];
}

const PATHWAYS: Record<Pathway, string> = {
  contact: 'Contact: deciding what happens next at the front door',
  'cin-cp': 'Child in need or child protection',
  escalation: 'Escalation of a professional disagreement',
};

export function describePathway(pathway: Pathway): string {
  return PATHWAYS[pathway];
}

const STAGES: Record<DecisionStage, string> = {
  contact: 'A contact or referral',
  escalation: 'An escalation',
  'post-assessment': 'After a child and family assessment',
  'strategy-discussion': 'A strategy discussion',
  's47-outcome': 'The outcome of a section 47 enquiry',
  icpc: 'An initial child protection conference',
  'review-conference': 'A review child protection conference',
};

export function describeStage(stage: DecisionStage): string {
  return STAGES[stage];
}

const OUTCOMES: Record<CanonicalOutcome, string> = {
  universal: 'universal services',
  'early-help': 'early help',
  'targeted-early-help': 'targeted early help',
  'child-in-need': 'child in need',
  'significant-harm': 'significant harm (child protection)',
  'immediate-protection': 'immediate protection',
  'pre-birth': 'pre-birth assessment',
};

/** The national outcome a partnership's levels map onto, in words. */
export function describeOutcome(outcome: CanonicalOutcome): string {
  return OUTCOMES[outcome];
}

const STEP_KINDS: Record<ReasonStep['kind'], string> = {
  floor: 'starting point',
  raise: 'raised',
  lower: 'lowered',
  cap: 'capped',
  pathway: 'pathway outcome',
};

export function describeStepKind(kind: ReasonStep['kind']): string {
  return STEP_KINDS[kind];
}

const UNITS: Record<string, [singular: string, plural: string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
};

/** "15 working days", "1 month"; an unknown unit is written as given. */
export function describeAmount(clock: Pick<Clock, 'amount' | 'unit'>): string {
  const names = UNITS[clock.unit];
  if (names === undefined) return `${clock.amount} ${clock.unit}`;
  return `${clock.amount} ${clock.amount === 1 ? names[0] : names[1]}`;
}

/** "Level 4 — Specialist (level id l4)". */
export function describeLevel(level: { levelName: string; levelId: string }): string {
  return `${level.levelName} (level id ${level.levelId})`;
}

/** "Duty social worker (user u-102)". */
export function describeActor(actor: { userId: string; role: string }): string {
  return `${actor.role} (user ${actor.userId})`;
}

/** Fills in an empty value so a field is never blank in print. */
export function orNotRecorded(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? 'Not recorded' : value;
}
