/**
 * Ten of Sightline's rules encoded for json-rules-engine, for the comparison in the core benchmark.
 * The case object is passed as almanac facts (`measures`, `history`, `household`, `child`, ...);
 * conditions read them with JSONPath selectors, and three custom operators do what plain operators
 * cannot (count a list, match the subject's label, count co-existing adult factors).
 *
 * Cut-points are read from the framework on the decision date, so both engines compare against the
 * same numbers. Like the usual json-rules-engine encoding, these rules read recorded values only:
 * Sightline's extra handling (ranges, counting appointments when no share is recorded) is not
 * reproduced, and the synthetic case records values so both engines see the same inputs.
 */
import { type Framework, type HouseholdMember, parameterAt } from '@sightline/core';
import { Engine, type RuleProperties } from 'json-rules-engine';
// The same carer test Sightline uses, so both engines count the same adults (it is internal to the core).
import { isCarer } from '@sightline/core';

/** The Sightline rule ids the ten json-rules-engine rules encode (the event type of each rule). */
export const comparedRuleIds = [
  'education.persistent-absence',
  'education.severe-absence',
  'education.lateness-pattern',
  'health.asthma.reliever-overuse',
  'health.asthma.preventer-undercollected',
  'health.repeated-admissions',
  'health.was-not-brought-pattern',
  'history.repeat-contacts',
  'history.previous-cp-plan',
  'household.multiple-adult-factors',
] as const;

interface PlanLike {
  child?: string;
}

/** Custom operator: the distinct adult factors present among carers reach the count. */
function adultFactorsAtLeast(household: unknown, min: number): boolean {
  if (!Array.isArray(household)) return false;
  const found = new Set<string>();
  for (const m of household as HouseholdMember[]) {
    if (!isCarer(m)) continue;
    const status = (key: Exclude<keyof HouseholdMember['factors'], 'previousChildrenRemoved'>) => m.factors[key].status;
    if (status('substanceMisuse') === 'current') found.add('substance');
    if (status('mentalHealth') === 'current') found.add('mental-health');
    if (status('learningDisability') === 'current') found.add('learning-disability');
    const da = status('domesticAbuse');
    if (da === 'current' || da === 'alleged') found.add('domestic-abuse');
  }
  return found.size >= min;
}

/** Custom operator: some plan in the list names the subject child (the label, with or without its note in brackets). */
function includesPlanFor(plans: unknown, label: string): boolean {
  if (!Array.isArray(plans)) return false;
  const full = label.trim().toLowerCase();
  const core = full.replace(/\s*\(.*\)\s*$/, '');
  return (plans as PlanLike[]).some((p) => {
    const n = (p.child ?? '').trim().toLowerCase();
    return n === 'subject' || n === 'this child' || n === full || n === core;
  });
}

/** Custom operator: a list has at least this many items. */
function countAtLeast(list: unknown, min: number): boolean {
  return Array.isArray(list) && list.length >= min;
}

const rule = (id: (typeof comparedRuleIds)[number], conditions: RuleProperties['conditions']): RuleProperties => ({
  name: id,
  conditions,
  event: { type: id },
});

/** The ten rules, with cut-points taken from the framework as in force on `asOf` (YYYY-MM-DD). */
export function jsonRulesEngineRules(framework: Framework, asOf: string): RuleProperties[] {
  const p = (name: string) => parameterAt(framework, name, asOf).value;
  const pct = (name: string) => p(name) * 100;
  const measure = (path: string, operator: string, value: number) => ({
    fact: 'measures',
    path: `$.${path}.value`,
    operator,
    value,
  });
  return [
    rule('education.persistent-absence', {
      all: [measure('schoolAttendancePct', 'lessThanInclusive', pct('persistentAbsenceAttendanceMax'))],
    }),
    rule('education.severe-absence', {
      all: [measure('schoolAttendancePct', 'lessThanInclusive', pct('severeAbsenceAttendanceMax'))],
    }),
    rule('education.lateness-pattern', { all: [measure('latenessPct', 'greaterThan', pct('latenessShareMax'))] }),
    rule('health.asthma.reliever-overuse', { all: [measure('relieverInhalers6m', 'greaterThan', p('relieverPerMonthMax') * 6)] }),
    rule('health.asthma.preventer-undercollected', {
      all: [measure('preventerInhalers6m', 'lessThan', p('preventerShareMin') * 6)],
    }),
    rule('health.repeated-admissions', {
      all: [measure('hospitalAdmissions12m', 'greaterThanInclusive', p('admissions12mMin'))],
    }),
    rule('health.was-not-brought-pattern', {
      all: [measure('healthAppointmentsAttendedPct', 'lessThan', pct('appointmentsAttendedShareMin'))],
    }),
    rule('history.repeat-contacts', {
      any: [
        {
          fact: 'history',
          path: '$.referralsLast12MonthsCount.value',
          operator: 'greaterThanInclusive',
          value: p('contacts12mMin'),
        },
        { fact: 'history', path: '$.referralsLast12Months', operator: 'countAtLeast', value: p('contacts12mMin') },
      ],
    }),
    rule('history.previous-cp-plan', {
      all: [
        { fact: 'history', path: '$.previousCPPlans', operator: 'includesPlanFor', value: { fact: 'child', path: '$.label' } },
      ],
    }),
    rule('household.multiple-adult-factors', { all: [{ fact: 'household', operator: 'adultFactorsAtLeast', value: 2 }] }),
  ];
}

/** A json-rules-engine engine holding the ten rules and the custom operators they use. */
export function buildJsonRulesEngine(framework: Framework, asOf: string): Engine {
  const engine = new Engine(jsonRulesEngineRules(framework, asOf), { allowUndefinedFacts: true });
  engine.addOperator<unknown, number>('countAtLeast', countAtLeast);
  engine.addOperator<unknown, string>('includesPlanFor', includesPlanFor);
  engine.addOperator<unknown, number>('adultFactorsAtLeast', adultFactorsAtLeast);
  return engine;
}
