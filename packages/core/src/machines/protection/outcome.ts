/** What the protection pathway hands back when it finishes: the decision, the plan, the rationale and the record input. */
import type { Citation } from '../../framework/schema.js';
import { vocabularyCitations } from '../../vocabulary/index.js';
import { timescaleDeadline } from '../../framework/deadlines.js';
import {
  composePathwayRationale,
  decisionStatements,
  type RationaleStatement,
  recommendationStatements,
  safetyPlanStatement,
  signOffStatement,
} from '../common/rationale.js';
import { agencyWords } from '../common/payloads.js';
import { recordInputFor } from '../common/record-input.js';
import { scaleOption } from '../common/scale.js';
import { listWords } from '../common/wording.js';
import { conferenceHeld, s47OnRoute } from './guards.js';
import type { ProtectionContext, ProtectionOutcome } from './types.js';

function stepStatements(c: ProtectionContext): RationaleStatement[] {
  const statements: RationaleStatement[] = [];
  const strategyCitations = vocabularyCitations('action.strategy-discussion');
  const d = c.strategyDiscussion;
  if (c.startedAt === 'strategyDiscussion' && d !== null) {
    const who = listWords(d.participants.map((p) => `${p.role} (${agencyWords[p.agency]})`));
    const health = d.participants.some((p) => p.agency === 'health') ? '' : ' Health did not take part.';
    statements.push({
      text: `Strategy discussion on ${d.at} with ${who} decided ${d.decision === 's47-enquiry' ? 'on a section 47 enquiry' : 'not to start a section 47 enquiry'}: ${d.reason}${health}`,
      citations: strategyCitations,
    });
  }
  if (c.icpcDue !== null && d?.decision === 's47-enquiry') {
    const held =
      conferenceHeld(c) && c.conference !== null
        ? ` It was held on ${c.conference.at}${c.icpcDue.dueOn !== null && c.conference.at > c.icpcDue.dueOn ? ', late' : ''}.`
        : '';
    statements.push({
      text: `${c.icpcDue.title}: due by ${c.icpcDue.dueOn ?? 'a date that cannot be worked out'} (${c.icpcDue.amount} working days from the strategy discussion).${held} ${c.icpcDue.convention}`,
      citations: [c.icpcDue.citation],
    });
  }
  const s47 = c.s47Outcome;
  if (s47OnRoute(c) && s47 !== null) {
    statements.push({
      text: `Section 47 enquiry completed on ${s47.at}: harm ${s47.harm === 'substantiated' ? 'substantiated' : 'not substantiated'}; the child was ${s47.childSeenAlone ? '' : 'not '}seen alone. ${s47.summary}`,
      citations: strategyCitations,
    });
  }
  const conf = c.conference;
  if (conferenceHeld(c) && conf !== null) {
    const option = scaleOption(c.framework, 'cin-cp', conf.decision);
    const scaling =
      conf.safetyScaling === null ? 'Safety was not scaled.' : `Safety was scaled at ${conf.safetyScaling} out of 10.`;
    statements.push({
      text: `${conf.kind === 'initial' ? 'Initial' : 'Review'} child protection conference on ${conf.at} decided: ${option?.name ?? conf.decision}${conf.category ? ` (category: ${conf.category})` : ''}. ${scaling} ${conf.summary}`,
      citations: option ? [option.citation] : [],
    });
  }
  return statements;
}

function planStatements(c: ProtectionContext): RationaleStatement[] {
  const plan = c.plan;
  if (plan === null) return [];
  return [
    { text: `Plan led by ${plan.leadProfessional}, starting ${plan.startsOn}: ${plan.summary}`, citations: [] },
    ...plan.deadlines.map((d) => ({
      text: `${d.title}: due by ${d.dueOn ?? 'a date that cannot be worked out'}. ${d.convention}`,
      citations: [d.citation],
    })),
  ];
}

/** The outcome of a finished protection pathway. Throws if called before a decision is recorded (the machine never does). */
export function protectionOutcome(c: ProtectionContext): ProtectionOutcome {
  const { decision, signOff } = c;
  if (decision === null) throw new Error('The protection pathway finished without a decision');
  const option = scaleOption(c.framework, 'cin-cp', decision.levelId);
  const levelCitation: Citation = option?.citation ?? c.framework.calendar.citation;
  const statements: RationaleStatement[] = [...stepStatements(c)];
  if (c.safetyPlan !== null)
    statements.push(safetyPlanStatement(c.safetyPlan, vocabularyCitations('action.immediate-safety-plan')));
  statements.push(
    ...recommendationStatements(c.assessment),
    ...decisionStatements(decision, c.assessment, levelCitation),
    ...planStatements(c),
    ...signOffStatement(signOff, c.returnedSignOffs),
  );
  const recordedAt = signOff?.at ?? c.finishedAt;
  if (recordedAt === null) throw new Error('The protection pathway finished without a time');
  const category = decision.levelId === 'cp-plan' ? (c.conference?.category ?? null) : null;
  return {
    machine: c.machine,
    framework: c.frameworkRef,
    outcome: {
      decision,
      category,
      strategyDiscussion: c.strategyDiscussion,
      s47Outcome: c.s47Outcome,
      conference: conferenceHeld(c) ? c.conference : null,
      safetyPlan: c.safetyPlan,
      plan: c.plan,
      signOff,
    },
    rationale: composePathwayRationale(
      `Decision for ${c.facts.child.label}: ${decision.levelName}${category ? ` (category: ${category})` : ''}.`,
      statements,
    ),
    recordInput: recordInputFor(c, decision, signOff, recordedAt),
  };
}

/** The ICPC deadline a strategy discussion deciding on an s47 enquiry starts. */
export const icpcDeadline = (c: ProtectionContext, at: string) => timescaleDeadline(c.framework, 'icpc', at);
