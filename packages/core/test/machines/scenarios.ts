/**
 * Real scenario cases from shared/scenarios, loaded with node:fs and stripped of their answer
 * fields by `inputFacts`, and the events that walk a pathway machine through them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseFacts } from '../../src/schema/case.js';
import { inputFacts } from '../../src/scenario/scenario.js';
import type { ContactEvent } from '../../src/machines/contact/types.js';
import { blankFacts } from '../../src/machines/common/facts.js';
import { resolveAsOf } from '../../src/assess/assess.js';

const scenarioDir = fileURLToPath(new URL('../../../../../shared/scenarios/', import.meta.url));

/** The input facts of the shared scenario whose id starts with `prefix` (e.g. "S07"). */
export function scenarioFacts(prefix: string): CaseFacts {
  const file = readdirSync(scenarioDir).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.json'));
  if (!file) throw new Error(`No scenario ${prefix} in ${scenarioDir}`);
  const parsed = inputFacts(JSON.parse(readFileSync(`${scenarioDir}${file}`, 'utf8')) as Record<string, unknown>);
  if (!parsed.success) throw new Error(`Scenario ${file} is not valid case facts: ${parsed.error.message}`);
  return parsed.data;
}

/** The decision date of a scenario, as the machines read it. */
export function scenarioAsOf(facts: CaseFacts): string {
  if (facts.asOf === null) throw new Error('The scenario has no decision date');
  return resolveAsOf(facts.asOf);
}

/** Blank facts for a new contact that carry the scenario's question and who decides. */
export function blankContactLike(facts: CaseFacts): CaseFacts {
  const blank = blankFacts('contact', facts.asOf ?? '2020');
  return {
    ...blank,
    asOf: facts.asOf,
    asOfPrecision: facts.asOfPrecision,
    decisionMaker: facts.decisionMaker,
    decisionQuestion: facts.decisionQuestion,
    ...(facts.formatVersion === undefined ? {} : { formatVersion: facts.formatVersion }),
  };
}

export const ownRecordsChecked = {
  source: 'own-records',
  status: 'done',
  detail: 'Our own records checked: the history recorded on the case was found and read.',
} as const;

/** The question-step events that record a scenario's facts, page by page, from "who" to consent. */
export function contactAnswers(facts: CaseFacts): ContactEvent[] {
  return [
    { type: 'RECORD_WHO', child: facts.child, household: facts.household },
    { type: 'NEXT' },
    { type: 'RECORD_HISTORY', history: facts.history },
    { type: 'RECORD_HISTORY_CHECK', check: ownRecordsChecked },
    { type: 'NEXT' },
    { type: 'RECORD_CONCERNS', concerns: facts.currentConcerns },
    { type: 'NEXT' },
    { type: 'RECORD_MEASURES', measures: facts.measures },
    { type: 'NEXT' },
    { type: 'RECORD_CHILDS_VOICE', entries: facts.childsVoice },
    { type: 'NEXT' },
    {
      type: 'RECORD_PARENTS',
      household: facts.household,
      parentalEngagement: facts.parentalEngagement,
      professionalContext: facts.professionalContext,
    },
    { type: 'NEXT' },
    {
      type: 'RECORD_CONSENT',
      consent: facts.consent ?? { status: 'not-sought', detail: 'Consent was not sought before the referral.' },
    },
    { type: 'NEXT' },
  ];
}

export const worker = { userId: 'worker-1', role: 'duty social worker' } as const;
export const manager = { userId: 'manager-1', role: 'team manager' } as const;

export const at = (date: string, time = '10:00:00') => `${date}T${time}Z`;

/** A manager's agreeing sign-off at a time. */
export const agreedSignOff = (when: string, comment = 'I agree with this decision and the reasons given.') => ({
  by: manager,
  at: when,
  outcome: 'agreed' as const,
  comment,
});

export const socialCare = { role: 'social worker', agency: 'childrens-social-care' } as const;
export const police = { role: 'detective sergeant', agency: 'police' } as const;
export const health = { role: 'named nurse', agency: 'health' } as const;
export const school = { role: 'designated safeguarding lead', agency: 'education' } as const;

/** A complete immediate safety plan made at a time. */
export const safetyPlanAt = (when: string) => ({
  plan: 'The child stays with the maternal grandmother tonight; the mother agrees not to collect her until the review tomorrow.',
  removalConsidered: 'Removal was considered; the grandmother can keep the child safe for now, so no order is sought today.',
  agreedWith: [socialCare, health],
  at: when,
  by: worker,
});
