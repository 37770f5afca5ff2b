/** Timescales a recommendation starts, with their due dates by the framework's working-day convention. */
import { addWorkingDays, describeConvention } from '../calendar/index.js';
import { timescaleDeadline } from '../framework/deadlines.js';
import type { Framework } from '../framework/schema.js';
import type { CaseFacts } from '../schema/case.js';
import { vocabularyCitations } from '../vocabulary/index.js';
import { escalationStatus } from './escalation.js';
import type { Clock, Recommendation } from './types.js';

function clock(code: string, id: string, start: string, framework: Framework): Clock | null {
  const d = timescaleDeadline(framework, id, start);
  if (!d) return null;
  return {
    code,
    title: d.title,
    startsOn: start,
    dueOn: d.dueOn,
    amount: d.amount,
    unit: d.unit,
    convention: d.convention,
    citations: [d.citation, ...vocabularyCitations(code)],
  };
}

/** The clocks that the recommendation starts on the decision date. */
export function startClocks(facts: CaseFacts, framework: Framework, asOf: string, r: Recommendation): Clock[] {
  const clocks: (Clock | null)[] = [];
  if (facts.pathway === 'contact') {
    clocks.push(clock('clock.referral-decision', 'referral-decision', asOf, framework));
    if (['4', '4+', 'immediate', 'pre-birth'].includes(r.value))
      clocks.push(clock('clock.assessment', 'assessment', asOf, framework));
    if (['4+', 'immediate'].includes(r.value)) clocks.push(clock('clock.icpc', 'icpc', asOf, framework));
  }
  if (facts.pathway === 'cin-cp') {
    if (r.value === 'cp-plan' && ['icpc', 'review-conference'].includes(facts.decisionStage)) {
      clocks.push(clock('clock.core-group', 'core-group', asOf, framework));
    } else if (r.value === 'cp-plan') {
      clocks.push(clock('clock.icpc', 'icpc', asOf, framework));
    }
    if (r.value === 'cin-plan') {
      clocks.push(clock('clock.cin-plan', 'cin-plan', asOf, framework), clock('clock.cin-visit', 'cin-visit', asOf, framework));
    }
  }
  if (facts.pathway === 'escalation') {
    const s = escalationStatus(facts, framework, asOf);
    const start = s.deadlinePassed || !s.lastTried ? asOf : (s.startedOn ?? asOf);
    let dueOn: string | null = null;
    try {
      dueOn = addWorkingDays(start, s.stage.workingDays, framework.calendar.triggerDay);
    } catch {
      dueOn = null; // outside the bank-holiday table: no honest due date
    }
    clocks.push({
      code: 'clock.escalation-stage',
      title: `${s.stage.name}: response due`,
      startsOn: start,
      dueOn,
      amount: s.stage.workingDays,
      unit: 'working-days',
      convention: describeConvention(framework.calendar.triggerDay),
      citations: [s.stage.citation, ...vocabularyCitations('clock.escalation-stage')],
    });
  }
  return clocks.filter((c): c is Clock => c !== null);
}
