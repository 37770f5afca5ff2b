/**
 * Core benchmark: `assess` on a large synthetic case (p50, p99, mean), and ten representative rules
 * run by Sightline and by json-rules-engine on the same case, with the ratio. Prints figures and
 * the targets with PASS or MISS; it never fails the suite for a missed target.
 */
import { assess, englandFramework } from '@sightline/core';
import type { BenchModule } from './bench-module.js';
import { buildJsonRulesEngine, comparedRuleIds } from './jre-rules.js';
import { catalogueRules, findingContext, runFindingRules } from './sightline-subset.js';
import { ms, measure, type Timings, timingLine } from './stats.js';
import { buildSyntheticLargeCase, quietVariant, SYNTHETIC_AS_OF } from './synthetic-case.js';

const WARMUP = 500;
const RUNS = 4000;
/** Per subject, so the whole module stays well under a minute on a shared two-core machine. */
const BUDGET_MS = 12_000;

const TARGET_P50_MS = 1;
const TARGET_RATIO = 10;

const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
const ratio = (slow: Timings, fast: Timings) => slow.p50 / fast.p50;

/** Lists ids present in one set and not the other, or null when both sets hold the same ids. */
function disagreement(a: ReadonlySet<string>, b: ReadonlySet<string>): string | null {
  const onlyA = [...a].filter((id) => !b.has(id));
  const onlyB = [...b].filter((id) => !a.has(id));
  if (onlyA.length === 0 && onlyB.length === 0) return null;
  return `only Sightline: [${onlyA.join(', ')}]; only json-rules-engine: [${onlyB.join(', ')}]`;
}

async function runCoreAssessBench(): Promise<void> {
  const facts = buildSyntheticLargeCase();
  const asOf = SYNTHETIC_AS_OF;
  const framework = englandFramework;
  console.log(
    `case: ${facts.currentConcerns.length} chronology entries, ${facts.household.length} household members, ` +
      `${facts.history.openCasesForSiblings.length} siblings with open cases, ${facts.history.previousCPPlans.length} previous plans, ` +
      `${facts.history.referralsLast12Months.length} referrals in 12 months (synthetic, schema-valid); asOf ${asOf}`,
  );

  const tenRules = catalogueRules(comparedRuleIds);
  const engine = buildJsonRulesEngine(framework, asOf);
  const runEngine = () => engine.run(facts);

  // Check both engines fire the same ten rules on this case before timing anything.
  const assessment = assess(facts, framework, asOf);
  const fromAssess = new Set(
    assessment.findings.map((f) => f.code).filter((code) => (comparedRuleIds as readonly string[]).includes(code)),
  );
  const prepared = findingContext(facts, framework, asOf);
  const fromSubset = new Set(runFindingRules(tenRules, prepared).keys());
  const fromEngine = new Set((await runEngine()).events.map((e) => e.type));
  console.log(
    `full assess: ${assessment.findings.length} findings, ${assessment.gaps.length} gaps, ${assessment.actions.length} actions; ` +
      `recommendation ${assessment.recommendation.value}`,
  );
  console.log(
    `ten compared rules fired: Sightline (in assess) ${fromAssess.size}/10, Sightline (ten alone) ${fromSubset.size}/10, ` +
      `json-rules-engine ${fromEngine.size}/10`,
  );
  const quiet = quietVariant(facts);
  const quietSightline = new Set(runFindingRules(tenRules, findingContext(quiet, framework, asOf)).keys());
  const quietEngine = new Set((await engine.run(quiet)).events.map((e) => e.type));
  console.log(
    `same case with the compared facts inside their limits: Sightline ${quietSightline.size}/10, json-rules-engine ${quietEngine.size}/10`,
  );
  const differs =
    disagreement(fromSubset, fromEngine) ?? disagreement(fromAssess, fromSubset) ?? disagreement(quietSightline, quietEngine);
  console.log(
    differs ? `engines DISAGREE, so the comparison is not like for like: ${differs}` : 'engines agree on every compared rule',
  );

  const options = { warmup: WARMUP, runs: RUNS, budgetMs: BUDGET_MS };
  const full = await measure(() => assess(facts, framework, asOf), options);
  const subset = await measure(() => runFindingRules(tenRules, findingContext(facts, framework, asOf)), options);
  const rulesOnly = await measure(() => runFindingRules(tenRules, prepared), options);
  const jre = await measure(runEngine, options);

  console.log(timingLine('Sightline assess (full catalogue)', full));
  console.log(timingLine('Sightline ten rules (with case view, as assess)', subset));
  console.log(timingLine('Sightline ten rules (case view prebuilt)', rulesOnly));
  console.log(timingLine('json-rules-engine 7.3.1, the ten rules', jre));
  const subsetRatio = ratio(jre, subset);
  const rulesOnlyRatio = ratio(jre, rulesOnly);
  const fullRatio = ratio(jre, full);
  console.log(`ratio json-rules-engine p50 / Sightline ten-rule p50 (with view): ${subsetRatio.toFixed(2)}x`);
  console.log(`ratio json-rules-engine p50 / Sightline ten-rule p50 (prebuilt):  ${rulesOnlyRatio.toFixed(2)}x`);
  console.log(`ratio json-rules-engine p50 / full assess p50:                    ${fullRatio.toFixed(2)}x`);
  console.log(`target: assess p50 <= ${TARGET_P50_MS} ms; >= ${TARGET_RATIO}x faster than json-rules-engine`);
  console.log(`  assess p50 ${ms(full.p50)} <= ${TARGET_P50_MS} ms: ${verdict(full.p50 <= TARGET_P50_MS)}`);
  console.log(
    `  ten rules like for like (with view) ${subsetRatio.toFixed(2)}x >= ${TARGET_RATIO}x: ${verdict(subsetRatio >= TARGET_RATIO)}`,
  );
  console.log(
    `  ten rules, view prebuilt ${rulesOnlyRatio.toFixed(2)}x >= ${TARGET_RATIO}x: ${verdict(rulesOnlyRatio >= TARGET_RATIO)}`,
  );
  console.log(
    `  full assess (107 rules, recommendation, gaps, actions) vs the ten json-rules-engine rules: ${fullRatio.toFixed(2)}x (for information; not like for like)`,
  );
}

/** `assess` on the synthetic large case, and ten rules against json-rules-engine. */
export const coreAssessBench: BenchModule = { name: 'core: assess on a large synthetic case', run: runCoreAssessBench };
