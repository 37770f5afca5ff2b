/**
 * The shared scenario format 1.1 (shared/scenarios/README.md): a case's input fields plus an
 * answer key. `inputFacts` strips everything but the input fields, so the engine never sees the
 * answer; `scoreScenario` scores an assessment as that README says.
 */
import { z } from 'zod';
import type { Assessment } from '../assess/types.js';
import { caseFactsSchema, type CaseFacts } from '../schema/case.js';

const codeList = z.array(z.string());
const textItem = z.object({ id: z.string(), text: z.string(), hints: z.array(z.string()) });
const scaleValue = z.union([z.string(), z.number()]).transform((v) => String(v));

export const expectedSchema = z.object({
  outcome: z.object({
    scale: z.enum(['contact', 'cin-cp', 'escalation-stage']),
    preferred: scaleValue.nullable(),
    acceptable: z.array(scaleValue).min(1),
    min: scaleValue,
    max: scaleValue,
    note: z.string().optional(),
  }),
  mustMention: z.array(textItem),
  mustFlagGaps: z.array(textItem),
  mustRequireActions: z.array(textItem),
  mustNot: z.array(
    z.union([
      z.object({ type: z.literal('outcome'), value: scaleValue }),
      z.object({ type: z.literal('stage'), value: scaleValue }),
      z.object({ type: z.literal('bypass'), value: z.string() }),
      z.object({ type: z.literal('behaviour'), id: z.string(), text: z.string(), hints: z.array(z.string()) }),
    ]),
  ),
  mustFireCodes: codeList,
  mustFlagGapCodes: codeList,
  mustRequireActionCodes: codeList,
  mustNotFireCodes: codeList,
  cpCategory: z
    .object({ preferred: z.string().nullable(), acceptable: z.array(z.string()) })
    .nullable()
    .optional(),
  immediateSafetyPlanOrRemovalConsideration: z
    .object({ required: z.boolean(), note: z.string().nullable().optional() })
    .optional(),
  bypassToUrgentReferral: z.enum(['required', 'not-required', 'optional']).optional(),
});
export type Expected = z.infer<typeof expectedSchema>;

/** The answer and bookkeeping fields the engine must never see. */
export const answerFields = ['id', 'title', 'tags', 'isNegativeControl', 'source', 'expected', 'whyExpected'] as const;

export const scenarioFileSchema = z.looseObject({
  id: z.string().regex(/^[A-Z][0-9]{2}-[a-z0-9-]+$/, { error: 'id must look like S01-short-name' }),
  title: z.string(),
  isNegativeControl: z.boolean(),
  expected: expectedSchema,
});

/** The input fields of a scenario file, validated as case facts (answer fields removed first). */
export function inputFacts(file: Record<string, unknown>): z.ZodSafeParseResult<CaseFacts> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) {
    if (!(answerFields as readonly string[]).includes(key)) input[key] = value;
  }
  return caseFactsSchema.safeParse(input);
}

export interface ScenarioScore {
  passed: boolean;
  outcome: string;
  failures: string[];
}

/** Scores an assessment against a scenario's answer key (shared/scenarios/README.md, "how to score it"). */
export function scoreScenario(expected: Expected, a: Assessment): ScenarioScore {
  const r = a.recommendation;
  const failures: string[] = [];
  const outcome = r.value;
  if (!expected.outcome.acceptable.includes(outcome)) {
    failures.push(`outcome ${outcome} not in [${expected.outcome.acceptable.join(', ')}]`);
  }
  for (const m of expected.mustNot) {
    if ((m.type === 'outcome' || m.type === 'stage') && m.value === outcome) failures.push(`mustNot ${m.type} ${m.value}`);
  }
  const actions = new Set(a.actions.map((x) => x.code));
  const bypass = actions.has('action.urgent-referral-bypass');
  if (expected.bypassToUrgentReferral === 'required' && !bypass) failures.push('bypass required but not given');
  if (expected.bypassToUrgentReferral === 'not-required' && bypass) failures.push('bypass given but not required');
  for (const m of expected.mustNot) {
    if (m.type === 'bypass' && ((m.value === 'not-required' && !bypass) || (m.value === 'required' && bypass))) {
      failures.push(`mustNot bypass ${m.value}`);
    }
  }
  if (expected.cpCategory && outcome === 'cp-plan' && !expected.cpCategory.acceptable.includes(r.category ?? '')) {
    failures.push(`category ${r.category ?? 'none'} not in [${expected.cpCategory.acceptable.join(', ')}]`);
  }
  const safetyPlan = actions.has('action.immediate-safety-plan');
  const safetyExpected = expected.immediateSafetyPlanOrRemovalConsideration;
  if (safetyExpected && safetyExpected.required !== safetyPlan) {
    failures.push(
      `immediate safety plan ${safetyPlan ? 'given' : 'missing'} (expected ${safetyExpected.required ? 'required' : 'not required'})`,
    );
  }
  const found = new Set(a.findings.map((f) => f.code));
  const gaps = new Set(a.gaps.map((g) => g.code));
  const missing = (list: string[], have: Set<string>) => list.filter((c) => !have.has(c));
  const missF = missing(expected.mustFireCodes, found);
  const missG = missing(expected.mustFlagGapCodes, gaps);
  const missA = missing(expected.mustRequireActionCodes, actions);
  if (missF.length > 0) failures.push(`findings missing: ${missF.join(', ')}`);
  if (missG.length > 0) failures.push(`gaps missing: ${missG.join(', ')}`);
  if (missA.length > 0) failures.push(`actions missing: ${missA.join(', ')}`);
  const forbidden = expected.mustNotFireCodes.filter((c) => found.has(c) || gaps.has(c) || actions.has(c));
  if (forbidden.length > 0) failures.push(`must not fire: ${forbidden.join(', ')}`);
  return { passed: failures.length === 0, outcome, failures };
}
