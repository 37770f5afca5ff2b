/**
 * What is going well: facts in the case that show existing safety or care, each found only where
 * the matching worry was checked and did not apply. Signs of Safety weighs strengths and existing
 * safety beside the worries (facts.md 5.1); a worker reading only the worries cannot see why a
 * case is not higher, and a parent cannot see what was recognised.
 *
 * Strengths never change the recommended level: the level comes from the findings alone. They are
 * shown so the person deciding weighs both sides, and each cites the source of the worry it rules
 * out.
 */
import { addCalendarMonths, parseLooseDate } from '../dates/loose-date.js';
import type { Citation } from '../framework/schema.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { listWords } from '../rules/define.js';
import type { RuleContext } from '../rules/types.js';
import { EVIDENCE_LINES_MAX, isCarer, readMeasure } from '../rules/view.js';
import type { Strength } from './types.js';

/** The sources of the worries a strength rules out: the rules' own citations, each once. */
function citationsOf(codes: readonly string[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const code of codes) {
    for (const c of ruleCatalogue.find((r) => r.id === code)?.citations ?? []) {
      const key = `${c.source}|${c.section ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** True when any finding with one of these codes, or starting with one of these prefixes (ending in "."), fired. */
function anyFired(ctx: RuleContext, codes: readonly string[]): boolean {
  for (const code of ctx.findings.keys()) {
    if (codes.some((c) => (c.endsWith('.') ? code.startsWith(c) : code === c))) return true;
  }
  return false;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function schoolAttendance(ctx: RuleContext): Strength | null {
  const reading = readMeasure(ctx.facts.measures.schoolAttendancePct, 'low');
  if (!reading) return null;
  const line = ctx.param('persistentAbsenceAttendanceMax');
  if (reading.value / 100 <= line.value || anyFired(ctx, ['education.'])) return null;
  const unauthorised = readMeasure(ctx.facts.measures.unauthorisedAbsencePct, 'high');
  const none = unauthorised !== null && unauthorised.value === 0 ? ', with no unauthorised absence' : '';
  return {
    id: 'strength.school-attendance',
    title: 'The child is in school',
    sentence: `School attendance is ${reading.value}%${none}: above the ${Math.round(line.value * 100)}% line at which a pupil counts as persistently absent, and the school records no concern about attendance.`,
    evidence: [`School attendance ${reading.value}%${reading.note}.`],
    citations: [line.citation],
  };
}

function appointmentsKept(ctx: RuleContext): Strength | null {
  const { appointmentsAttended, appointmentsMissed } = ctx.facts.parentalEngagement;
  if (appointmentsAttended.length === 0 || anyFired(ctx, ['health.was-not-brought-pattern', 'education.early-years-not-brought']))
    return null;
  const share = readMeasure(ctx.facts.measures.healthAppointmentsAttendedPct, 'low');
  const min = ctx.param('appointmentsAttendedShareMin');
  if (share !== null && share.value / 100 < min.value) return null;
  const kept = appointmentsAttended
    .slice(0, EVIDENCE_LINES_MAX)
    .map((a) => `Brought (${a.date ?? 'date not recorded'}): ${a.detail}`);
  const missed = appointmentsMissed
    .slice(0, EVIDENCE_LINES_MAX)
    .map((a) => `Was not brought (${a.date ?? 'date not recorded'}): ${a.detail}`);
  const missedWords =
    appointmentsMissed.length === 0
      ? 'none is recorded as missed'
      : `${plural(appointmentsMissed.length, 'was', 'were')} missed, which the record does not show as a pattern`;
  const shareWords = share === null ? '' : ` ${share.value}% of health appointments were kept.`;
  return {
    id: 'strength.appointments-kept',
    title: 'The child is brought to appointments',
    sentence: `The child was brought to ${plural(appointmentsAttended.length, 'appointment', 'appointments')} on record; ${missedWords}.${shareWords}`,
    evidence: [...kept, ...missed],
    citations: [min.citation],
  };
}

const isAsthma = (condition: string) => /asthma/i.test(condition);

function asthmaPlanCurrent(ctx: RuleContext): Strength | null {
  if (anyFired(ctx, ['health.asthma.no-current-action-plan'])) return null;
  const yearAgo = addCalendarMonths(ctx.asOf, -12);
  const evidence: string[] = [];
  for (const c of ctx.facts.child.chronicConditions.filter((cc) => isAsthma(cc.condition))) {
    const plan = c.actionPlan;
    const reviewed = parseLooseDate(plan.lastReviewed);
    if (plan.exists !== true || !reviewed || reviewed.latest < yearAgo || plan.sharedWith.length === 0) return null;
    evidence.push(`Asthma action plan last reviewed ${plan.lastReviewed}, shared with ${listWords(plan.sharedWith)}.`);
  }
  if (evidence.length === 0) return null;
  return {
    id: 'strength.asthma-plan-current',
    title: 'An up-to-date asthma action plan is shared',
    sentence:
      'The asthma action plan has been reviewed in the last 12 months and is shared with those who look after the child, so they know what to do in an attack.',
    evidence,
    citations: citationsOf(['health.asthma.no-current-action-plan']),
  };
}

function asthmaControlled(ctx: RuleContext): Strength | null {
  if (anyFired(ctx, ['health.asthma.', 'health.chronic-condition-poorly-managed'])) return null;
  const reliever = readMeasure(ctx.facts.measures.relieverInhalers6m, 'high');
  const preventer = readMeasure(ctx.facts.measures.preventerInhalers6m, 'low');
  if (reliever === null && preventer === null) return null;
  const perMonth = ctx.param('relieverPerMonthMax');
  const shareMin = ctx.param('preventerShareMin');
  const parts: string[] = [];
  const evidence: string[] = [];
  if (reliever !== null) {
    parts.push(
      `${plural(reliever.value, 'reliever inhaler', 'reliever inhalers')} in about six months, no more than the ${perMonth.value} a month that good control allows`,
    );
    evidence.push(`Reliever inhalers in about six months: ${reliever.value}${reliever.note}.`);
  }
  if (preventer !== null) {
    parts.push(`${plural(preventer.value, 'preventer', 'preventers')} collected, enough for the daily treatment`);
    evidence.push(`Preventer inhalers in about six months: ${preventer.value}${preventer.note}.`);
  }
  return {
    id: 'strength.asthma-controlled',
    title: 'Inhaler collection shows the asthma is treated',
    sentence: `Prescriptions show ${parts.join(', and ')}.`,
    evidence,
    citations: [perMonth.citation, shareMin.citation],
  };
}

function noEmergencyCare(ctx: RuleContext): Strength | null {
  if (
    anyFired(ctx, ['health.repeated-admissions', 'health.repeated-emergency-attendances', 'health.emergency-care-no-follow-up'])
  )
    return null;
  const ae = ctx.facts.measures.aeAttendances12m;
  const admissions = ctx.facts.measures.hospitalAdmissions12m;
  const zero = (m: typeof ae) => m !== null && m.value === 0;
  const said: string[] = [];
  if (zero(ae)) said.push('no emergency department attendances');
  if (zero(admissions)) said.push('no hospital admissions');
  if (said.length === 0) return null;
  const text = `${listWords(said)} in the last 12 months`;
  return {
    id: 'strength.no-emergency-care',
    title: 'No emergency care',
    sentence: `The record shows ${text}.`,
    evidence: [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`],
    citations: citationsOf(['health.repeated-admissions', 'health.repeated-emergency-attendances']),
  };
}

function parentsInTreatment(ctx: RuleContext): Strength | null {
  if (anyFired(ctx, ['parent.treatment-disengaged'])) return null;
  const evidence: string[] = [];
  for (const m of ctx.facts.household.filter(isCarer)) {
    const engaged = m.factors.treatmentEngagement;
    if (engaged.status !== 'engaged' && engaged.status !== 'completed') continue;
    const what = engaged.status === 'engaged' ? 'is engaged with treatment or support' : 'has completed treatment';
    evidence.push(`${m.relationshipToChild || m.role} ${what}${engaged.detail ? `: ${engaged.detail}` : '.'}`);
  }
  if (evidence.length === 0) return null;
  return {
    id: 'strength.parent-in-treatment',
    title: 'A parent is getting help',
    sentence: `${evidence.length === 1 ? 'A parent is' : 'Parents are'} working with services on what affects their parenting; this is weighed with how the child is now.`,
    evidence,
    citations: citationsOf(['parent.treatment-disengaged']),
  };
}

function familyInvolved(ctx: RuleContext): Strength | null {
  const { fatherConsulted, extendedFamilyConsulted } = ctx.facts.professionalContext;
  const asked: { who: string; detail: string | null }[] = [];
  if (fatherConsulted.value === true) asked.push({ who: 'the father', detail: fatherConsulted.detail });
  if (extendedFamilyConsulted.value === true) asked.push({ who: 'wider family', detail: extendedFamilyConsulted.detail });
  if (asked.length === 0) return null;
  const who = listWords(asked.map((a) => a.who));
  return {
    id: 'strength.family-involved',
    title: 'The father or wider family has been asked',
    sentence: `${who.charAt(0).toUpperCase()}${who.slice(1)} ${asked.length === 1 && fatherConsulted.value === true ? 'has' : 'have'} been asked for their view and what they can offer the child.`,
    evidence: asked.map((a) => `Asked: ${a.who}${a.detail ? ` (${a.detail})` : ''}.`),
    citations: citationsOf(['gap.father-not-consulted', 'gap.extended-family-not-considered']),
  };
}

/** About the child's own care (none applies to an unborn baby). */
const childFinders = [schoolAttendance, appointmentsKept, asthmaPlanCurrent, asthmaControlled, noEmergencyCare];
/** About the adults around the child. */
const familyFinders = [parentsInTreatment, familyInvolved];

/** The strengths of a case, once its findings are known. */
export function findStrengths(ctx: RuleContext): Strength[] {
  const out: Strength[] = [];
  for (const find of ctx.facts.child.unborn ? familyFinders : [...childFinders, ...familyFinders]) {
    const s = find(ctx);
    if (s !== null) out.push(s);
  }
  return out;
}
