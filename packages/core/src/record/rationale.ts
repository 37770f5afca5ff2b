/**
 * The written rationale of a decision record, as structured sections. Markdown and HTML are both
 * rendered from this one structure, so they always say the same thing in the same order.
 * Texts are raw here; each renderer escapes them for its format.
 */
import type { Clock, Finding, Gap, ReasonStep, RequiredAction, Strength } from '../assess/types.js';
import type { CanonicalOutcome, Citation } from '../framework/schema.js';
import { formatDate, formatDateTime } from './dates.js';
import type { DecisionRecord } from './decision-record.js';
import {
  describeActor,
  describeAmount,
  describeLevel,
  describeOutcome,
  describePathway,
  describeStage,
  describeStepKind,
  formatCitation,
  formatCitations,
  orNotRecorded,
} from './wording.js';

export interface RationaleField {
  label: string;
  value: string;
}

export interface RationaleList {
  label: string;
  items: string[];
}

/** One finding, gap, action, timescale or reason step: a title, some sentences and labelled lists. */
export interface RationaleEntry {
  title: string;
  paragraphs: string[];
  lists: RationaleList[];
}

export type RationaleBlock =
  | { kind: 'paragraph'; text: string }
  /** Someone's own words (the worker's analysis, a reason, a manager's comment), one string a paragraph. */
  | { kind: 'quote'; paragraphs: string[] }
  | { kind: 'fields'; fields: RationaleField[] }
  | { kind: 'entries'; ordered: boolean; entries: RationaleEntry[] };

export type RationaleSectionId =
  | 'question'
  | 'childs-voice'
  | 'recommendation'
  | 'findings'
  | 'strengths'
  | 'gaps'
  | 'actions'
  | 'timescales'
  | 'decision'
  | 'override'
  | 'sign-off'
  | 'record';

export interface RationaleSection {
  id: RationaleSectionId;
  heading: string;
  blocks: RationaleBlock[];
}

export interface Rationale {
  title: string;
  /** In reading order; the last one (`record`) is the footer. */
  sections: RationaleSection[];
}

/**
 * Composes the rationale of a sealed record: the question and the child, the recommendation and
 * its chain of reasons, findings, information gaps, required actions, timescales, the decision,
 * any override, the sign-off and the record's own details.
 */
/** What the first sections of a rationale read: the facts, the assessment, a case reference and the date. */
type RationaleSource = Pick<DecisionRecord, 'facts' | 'assessment' | 'caseRef' | 'asOf'>;

/**
 * The rationale of an assessment before anyone has decided: the same sections as a record, with
 * the decision marked as not yet made (the recommendation is never presented as a decision).
 */
export function composeAssessmentRationale(facts: DecisionRecord['facts'], assessment: DecisionRecord['assessment']): Rationale {
  const source: RationaleSource = { facts, assessment, caseRef: 'not yet recorded', asOf: assessment.asOf };
  return {
    title: `Recommendation for ${facts.child.label}`,
    sections: [
      questionSection(source),
      childsVoiceSection(facts),
      recommendationSection(source),
      findingsSection(assessment.findings),
      strengthsSection(assessment.strengths),
      gapsSection(assessment.gaps),
      actionsSection(assessment.actions),
      timescalesSection(assessment.clocks),
      {
        id: 'decision',
        heading: 'The decision',
        blocks: [
          {
            kind: 'paragraph',
            text: 'No decision has been recorded yet. The person deciding records the decision, with their own analysis, and it is signed off.',
          },
        ],
      },
    ],
  };
}

export function composeRationale(record: DecisionRecord): Rationale {
  return {
    title: `Decision record for ${record.facts.child.label}`,
    sections: [
      questionSection(record),
      childsVoiceSection(record.facts),
      recommendationSection(record),
      findingsSection(record.assessment.findings),
      strengthsSection(record.assessment.strengths),
      gapsSection(record.assessment.gaps),
      actionsSection(record.assessment.actions),
      timescalesSection(record.assessment.clocks),
      decisionSection(record),
      overrideSection(record),
      signOffSection(record),
      recordSection(record),
    ],
  };
}

function questionSection(record: RationaleSource): RationaleSection {
  const { facts } = record;
  const { child } = facts;
  const maker = [facts.decisionMaker.role, facts.decisionMaker.agency].filter((part) => part !== null && part.trim() !== '');
  return {
    id: 'question',
    heading: 'The question and the child',
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: 'Question', value: orNotRecorded(facts.decisionQuestion) },
          { label: 'Stage', value: describeStage(facts.decisionStage) },
          { label: 'Pathway', value: describePathway(record.assessment.pathway) },
          { label: 'Decision to be made by', value: orNotRecorded(maker.join(', ')) },
          { label: 'Child', value: child.label },
          { label: 'Age', value: describeAge(child) },
          { label: 'Case reference', value: record.caseRef },
          { label: 'Information as at', value: formatDate(record.asOf) },
        ],
      },
    ],
  };
}

/**
 * Every entry of the child's voice, coded or not, so the person deciding reads the child's own
 * words before the recommendation (reviews keep finding the child was not heard).
 */
function childsVoiceSection(facts: DecisionRecord['facts']): RationaleSection {
  const heading = 'In the child’s own words';
  if (facts.childsVoice.length === 0) {
    const text = facts.child.unborn
      ? 'Not applicable: the baby is not born yet.'
      : 'The child’s own words are not recorded. Ask the child, seen alone where it is safe, or record what was seen of their daily life.';
    return { id: 'childs-voice', heading, blocks: [{ kind: 'paragraph', text }] };
  }
  const entries = facts.childsVoice.map((v): RationaleEntry => {
    const who = v.recordedBy ? `recorded by ${v.recordedBy}` : 'recorder not recorded';
    const when = v.date ? `on ${v.date}` : 'date not recorded';
    const words = v.words ?? 'No words recorded';
    return {
      title: v.verbatim && v.words !== null ? `“${words}”` : words,
      paragraphs: [
        `${v.verbatim ? 'The child’s exact words' : 'Not the child’s exact words (reported or observed)'}, ${who}, ${when}.`,
        ...(v.context ? [v.context] : []),
      ],
      lists: [],
    };
  });
  return { id: 'childs-voice', heading, blocks: [{ kind: 'entries', ordered: false, entries }] };
}

function describeAge(child: DecisionRecord['facts']['child']): string {
  if (!child.unborn) return orNotRecorded(child.ageBand);
  return child.gestationWeeks === null ? 'Unborn child' : `Unborn child, about ${child.gestationWeeks} weeks' gestation`;
}

function recommendationSection(record: RationaleSource): RationaleSection {
  const rec = record.assessment.recommendation;
  const fields: RationaleField[] = [
    { label: 'Pathway', value: describePathway(rec.pathway) },
    { label: 'Recommended level', value: describeLevel(rec) },
    { label: 'Threshold the facts support', value: describeOutcome(rec.threshold) },
  ];
  if (rec.category !== null) fields.push({ label: 'Category of plan', value: rec.category });
  const blocks: RationaleBlock[] = [
    { kind: 'paragraph', text: 'This is a recommendation. It supports the decision; the person deciding makes the decision.' },
    { kind: 'fields', fields },
    { kind: 'paragraph', text: rec.summary },
  ];
  if (rec.immediateSafetyPlan) {
    blocks.push({ kind: 'paragraph', text: 'The recommendation includes an immediate safety plan for the child.' });
  }
  if (rec.urgentReferralBypass) {
    blocks.push({
      kind: 'paragraph',
      text: 'Because the child may be at immediate risk, the recommendation is to make an urgent referral now rather than wait for the usual steps.',
    });
  }
  blocks.push({ kind: 'paragraph', text: 'How the recommendation was reached, step by step:' });
  blocks.push({ kind: 'entries', ordered: true, entries: rec.chain.map(reasonEntry) });
  return { id: 'recommendation', heading: 'The recommendation', blocks };
}

function reasonEntry(step: ReasonStep, index: number): RationaleEntry {
  const movement =
    step.from === step.to
      ? `The level stays at ${describeOutcome(step.to)}.`
      : `From ${describeOutcome(step.from)} to ${describeOutcome(step.to)}.`;
  return {
    title: `Step ${index + 1}: ${describeStepKind(step.kind)}`,
    paragraphs: [step.sentence, movement, `Rule: ${step.ruleId}.`],
    lists: nonEmptyLists([{ label: 'Indicators', items: step.codes }]).concat(sourcesList(step.citations)),
  };
}

function findingsSection(findings: readonly Finding[]): RationaleSection {
  return listSection('findings', 'Findings', findings, 'Nothing in the information met an indicator.', (finding) => {
    const paragraphs = [finding.sentence];
    if (finding.floor !== null) paragraphs.push(describeFloor(finding.floor, finding.floorCitation));
    paragraphs.push(`Indicator: ${finding.code}.`);
    const parameter = finding.parameter === undefined ? [] : [`${finding.parameter.name} = ${finding.parameter.value}`];
    return {
      title: finding.title,
      paragraphs,
      lists: nonEmptyLists([
        { label: 'Evidence', items: finding.evidence.length > 0 ? finding.evidence : ['No evidence was given'] },
        { label: 'Framework parameter used', items: parameter },
      ]).concat(sourcesList(finding.citations)),
    };
  });
}

function describeFloor(floor: CanonicalOutcome, citation: Citation | null): string {
  const supports = `On its own, this supports at least ${describeOutcome(floor)}`;
  return citation === null ? `${supports}.` : `${supports} (${formatCitation(citation)}).`;
}

/** Records sealed before strengths existed have none to show, and say so differently. */
function strengthsSection(strengths: readonly Strength[] | undefined): RationaleSection {
  if (strengths === undefined) {
    return {
      id: 'strengths',
      heading: 'What is going well',
      blocks: [{ kind: 'paragraph', text: 'This record was made before Sightline listed what is going well.' }],
    };
  }
  return listSection(
    'strengths',
    'What is going well',
    strengths,
    'Nothing in the recorded information rules out one of the worries; record what is going well in the analysis.',
    (strength) => ({
      title: strength.title,
      paragraphs: [strength.sentence, 'This is weighed beside the findings; it does not change the recommended level.'],
      lists: nonEmptyLists([{ label: 'Evidence', items: strength.evidence }]).concat(sourcesList(strength.citations)),
    }),
  );
}

function gapsSection(gaps: readonly Gap[]): RationaleSection {
  return listSection('gaps', 'Information gaps', gaps, 'No information gaps were found.', (gap) => ({
    title: gap.title,
    paragraphs: [gap.sentence],
    lists: nonEmptyLists([{ label: 'Evidence', items: gap.evidence }]).concat(sourcesList(gap.citations)),
  }));
}

function actionsSection(actions: readonly RequiredAction[]): RationaleSection {
  return listSection('actions', 'Required actions', actions, 'No actions are required by the rules.', (action) => ({
    title: action.title,
    paragraphs: [action.sentence],
    lists: nonEmptyLists([{ label: 'Because', items: action.because }]).concat(sourcesList(action.citations)),
  }));
}

function timescalesSection(clocks: readonly Clock[]): RationaleSection {
  const section = listSection('timescales', 'Timescales', clocks, 'No timescales apply to this decision.', (clock) => ({
    title: clock.title,
    paragraphs: [describeClock(clock)],
    lists: [sourcesList(clock.citations)],
  }));
  const conventions = [...new Set(clocks.map((clock) => clock.convention.trim()).filter((text) => text !== ''))];
  for (const convention of conventions) section.blocks.push({ kind: 'paragraph', text: `How days are counted: ${convention}` });
  return section;
}

function describeClock(clock: Clock): string {
  const amount = describeAmount(clock);
  if (clock.startsOn === null) return `${amount}. The start date is not known yet, so there is no due date.`;
  const starts = formatDate(clock.startsOn, { weekday: true });
  if (clock.dueOn === null) return `${amount}, from ${starts}. No due date is set.`;
  return `${amount}, from ${starts}. Due by ${formatDate(clock.dueOn, { weekday: true })}.`;
}

function decisionSection(record: DecisionRecord): RationaleSection {
  const { decision } = record;
  const recommended = describeLevel(record.assessment.recommendation);
  const relation = {
    follows: 'The decision follows the recommendation.',
    below: `The decision is below the recommendation, which was ${recommended}.`,
    differs: `The decision differs from the recommendation, which was ${recommended}, but is not below it.`,
  }[relationToRecommendation(record)];
  return {
    id: 'decision',
    heading: 'The decision',
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: 'Decision', value: describeLevel(decision) },
          { label: 'Decided by', value: describeActor(decision.decidedBy) },
        ],
      },
      { kind: 'paragraph', text: relation },
      { kind: 'paragraph', text: "The worker's analysis, in their own words:" },
      ...freeText(decision.analysis, 'No analysis was written.'),
    ],
  };
}

function relationToRecommendation(record: DecisionRecord): 'follows' | 'below' | 'differs' {
  const { decision } = record;
  const rec = record.assessment.recommendation;
  if (decision.belowRecommendation) return 'below';
  return decision.levelId === rec.levelId && decision.value === rec.value ? 'follows' : 'differs';
}

function overrideSection(record: DecisionRecord): RationaleSection {
  const { decision } = record;
  const reason = decision.overrideReason;
  let blocks: RationaleBlock[];
  if (decision.belowRecommendation) {
    blocks = [
      {
        kind: 'paragraph',
        text: `This decision is below the recommendation. The recommendation was ${describeLevel(record.assessment.recommendation)}; the decision is ${describeLevel(decision)}.`,
      },
      { kind: 'paragraph', text: 'The reason given for deciding below the recommendation:' },
      ...freeText(reason ?? '', 'No reason was written.'),
      { kind: 'paragraph', text: "A decision below the recommendation needs a manager's sign-off." },
    ];
  } else if (reason !== null && reason.trim() !== '') {
    const follows = relationToRecommendation(record) === 'follows';
    blocks = [
      {
        kind: 'paragraph',
        text: follows
          ? 'This decision follows the recommendation. The reason recorded with it:'
          : 'This decision is not below the recommendation. The reason given for differing from it:',
      },
      ...freeText(reason, ''),
    ];
  } else {
    blocks = [{ kind: 'paragraph', text: 'There is no override: the decision is not below the recommendation.' }];
  }
  return { id: 'override', heading: 'Override', blocks };
}

function signOffSection(record: DecisionRecord): RationaleSection {
  const { signOff } = record;
  if (signOff === null) {
    const blocks: RationaleBlock[] = [{ kind: 'paragraph', text: 'Awaiting sign-off.' }];
    if (record.decision.belowRecommendation) {
      blocks.push({ kind: 'paragraph', text: 'A manager must sign off this decision because it is below the recommendation.' });
    }
    return { id: 'sign-off', heading: 'Sign-off', blocks };
  }
  return {
    id: 'sign-off',
    heading: 'Sign-off',
    blocks: [
      {
        kind: 'fields',
        fields: [
          {
            label: 'Outcome',
            value: signOff.outcome === 'agreed' ? 'Agreed with the decision' : 'Did not agree with the decision',
          },
          { label: 'Signed off by', value: describeActor(signOff.by) },
          { label: 'When', value: formatDateTime(signOff.at) },
        ],
      },
      { kind: 'paragraph', text: 'Comment:' },
      ...freeText(signOff.comment, 'No comment was written.'),
    ],
  };
}

function recordSection(record: DecisionRecord): RationaleSection {
  const { framework, engine, machine } = record;
  return {
    id: 'record',
    heading: 'About this record',
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: 'Framework', value: `${framework.name} (id ${framework.id}, version ${framework.version})` },
          { label: 'Engine', value: `${engine.name} version ${engine.version}` },
          { label: 'Rule set version', value: engine.ruleSetVersion },
          { label: 'Pathway machine', value: machine === null ? 'None recorded' : `${machine.id} version ${machine.version}` },
          { label: 'Information as at', value: record.asOf },
          { label: 'Recorded at', value: formatDateTime(record.recordedAt) },
          { label: 'Partnership', value: record.partnership },
          { label: 'Record format', value: record.format },
          { label: 'Sequence', value: String(record.sequence) },
          { label: 'Previous record hash', value: record.prevHash ?? 'None: this is the first record in the chain' },
          { label: 'Hash', value: record.hash },
        ],
      },
    ],
  };
}

function listSection<T>(
  id: RationaleSectionId,
  heading: string,
  items: readonly T[],
  whenNone: string,
  toEntry: (item: T) => RationaleEntry,
): RationaleSection {
  const blocks: RationaleBlock[] =
    items.length === 0
      ? [{ kind: 'paragraph', text: whenNone }]
      : [{ kind: 'entries', ordered: false, entries: items.map(toEntry) }];
  return { id, heading, blocks };
}

/** The sources of an entry; an entry without one says so rather than hiding it (invariant 2). */
function sourcesList(citations: readonly Citation[]): RationaleList {
  const items = formatCitations(citations);
  if (items.length === 0) return { label: 'Source', items: ['No source was given'] };
  return { label: items.length === 1 ? 'Source' : 'Sources', items };
}

function nonEmptyLists(lists: readonly RationaleList[]): RationaleList[] {
  return lists.filter((list) => list.items.length > 0);
}

/** Someone's own words as a quotation of paragraphs split at blank lines. */
function freeText(text: string, whenEmpty: string): RationaleBlock[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return whenEmpty === '' ? [] : [{ kind: 'paragraph', text: whenEmpty }];
  return [{ kind: 'quote', paragraphs }];
}
