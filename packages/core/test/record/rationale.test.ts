import { describe, expect, it } from 'vitest';
import {
  composeRationale,
  type DecisionRecord,
  type DecisionRecordInput,
  formatCitation,
  renderHtml,
  renderMarkdown,
  sealDecisionRecord,
} from '../../src/record/index.js';
import { makeBelowInput, makeInput } from './fixtures.js';

const SCRIPT = '<script>alert("x")</script>';

function seal(input: DecisionRecordInput, previous: DecisionRecord | null = null): DecisionRecord {
  return sealDecisionRecord(input, previous);
}

/** Input with markup in every piece of free text a person types. */
function hostileInput(): DecisionRecordInput {
  const input = makeBelowInput();
  input.facts.child.label = `Child ${SCRIPT}`;
  input.facts.decisionQuestion = `What next? ${SCRIPT}`;
  input.decision.analysis = `# Not a heading\n* not a list\n[link](javascript:alert(1)) ${SCRIPT} & &amp; done`;
  input.decision.overrideReason = `Because ${SCRIPT}`;
  if (input.signOff !== null) input.signOff.comment = `Fine ${SCRIPT}`;
  input.assessment.findings[0]?.evidence.push(`Quoted from the referral: ${SCRIPT}`);
  return input;
}

const allCitations = (record: DecisionRecord) =>
  [
    ...record.assessment.findings.flatMap((f) => f.citations),
    ...record.assessment.gaps.flatMap((g) => g.citations),
    ...record.assessment.actions.flatMap((a) => a.citations),
    ...record.assessment.clocks.flatMap((c) => c.citations),
    ...record.assessment.recommendation.chain.flatMap((s) => s.citations),
  ].map(formatCitation);

describe('composeRationale', () => {
  it('puts the sections in the agreed order', () => {
    const ids = composeRationale(seal(makeInput())).sections.map((s) => s.id);
    expect(ids).toStrictEqual([
      'question',
      'childs-voice',
      'recommendation',
      'findings',
      'strengths',
      'gaps',
      'actions',
      'timescales',
      'decision',
      'override',
      'sign-off',
      'record',
    ]);
  });
});

describe('the child’s own words and what is going well', () => {
  const section = (record: DecisionRecord, id: string) => {
    const found = composeRationale(record).sections.find((s) => s.id === id);
    if (!found) throw new Error(`no ${id} section`);
    return found;
  };

  it('shows every entry of the child’s voice, coded or not, and says which are their exact words', () => {
    const input = makeInput();
    input.facts.childsVoice = [
      { words: 'I do my own tea.', verbatim: true, date: '2024-03', recordedBy: 'teacher', context: 'Synthetic.', codes: [] },
      { words: 'Seemed quiet and kept to herself.', verbatim: false, date: null, recordedBy: null, context: null, codes: [] },
    ];
    const markdown = renderMarkdown(seal(input));
    expect(markdown).toContain('### “I do my own tea.”');
    expect(markdown).toContain('The child’s exact words, recorded by teacher, on 2024-03.');
    expect(markdown).toContain('### Seemed quiet and kept to herself.');
    expect(markdown).toContain('Not the child’s exact words (reported or observed), recorder not recorded, date not recorded.');
    expect(markdown.indexOf('I do my own tea.')).toBeLessThan(markdown.indexOf('## The recommendation'));
  });

  it('says when the child’s words are not recorded, and that they cannot be for an unborn baby', () => {
    const record = seal(makeInput());
    expect(section(record, 'childs-voice').blocks).toStrictEqual([
      {
        kind: 'paragraph',
        text: 'The child’s own words are not recorded. Ask the child, seen alone where it is safe, or record what was seen of their daily life.',
      },
    ]);
    const unborn = makeInput();
    unborn.facts.child.unborn = true;
    expect(JSON.stringify(section(seal(unborn), 'childs-voice').blocks)).toContain('the baby is not born yet');
  });

  it('lists strengths with evidence and sources, and says when a record predates them', () => {
    const old = seal(makeInput());
    expect(old.assessment.strengths).toBeUndefined();
    expect(JSON.stringify(section(old, 'strengths').blocks)).toContain('made before Sightline listed what is going well');

    const input = makeInput();
    input.assessment.strengths = [
      {
        id: 'strength.school-attendance',
        title: 'The child is in school',
        sentence: 'School attendance is 97%.',
        evidence: ['School attendance 97%.'],
        citations: [{ source: 'DfE absence measures', section: 'persistent absence', note: null }],
      },
    ];
    const markdown = renderMarkdown(seal(input));
    expect(markdown).toContain('### The child is in school');
    expect(markdown).toContain('it does not change the recommended level');
    expect(markdown).toContain('- DfE absence measures, persistent absence\n');
    const none = makeInput();
    none.assessment.strengths = [];
    expect(JSON.stringify(section(seal(none), 'strengths').blocks)).toContain('Nothing in the recorded information rules out');
  });
});

describe('renderMarkdown', () => {
  it('is byte-for-byte the same for the same input', () => {
    const first = seal(makeInput());
    const second = seal(makeBelowInput(), first);
    expect(renderMarkdown(seal(makeInput()))).toBe(renderMarkdown(first));
    expect(renderMarkdown(seal(makeBelowInput(), seal(makeInput())))).toBe(renderMarkdown(second));
  });

  it('gives every finding its sentence, evidence and citation, formatted "source, section"', () => {
    const record = seal(makeInput());
    const markdown = renderMarkdown(record);
    expect(markdown).toContain("- Serious Case Review 'Hakeem' (BSCB 2017-18/03), Finding 2");
    expect(markdown).toContain('- Buckinghamshire SCB neglect learning summary\n');
    for (const finding of record.assessment.findings) {
      expect(markdown).toContain(finding.sentence);
      for (const evidence of finding.evidence) expect(markdown).toContain(`- ${evidence}`);
    }
    for (const citation of allCitations(record)) expect(markdown).toContain(`- ${citation}\n`);
  });

  it('has the headings in order, from the question to the record details', () => {
    const markdown = renderMarkdown(seal(makeInput()));
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toStrictEqual([
      'The question and the child',
      'In the child’s own words',
      'The recommendation',
      'Findings',
      'What is going well',
      'Information gaps',
      'Required actions',
      'Timescales',
      'The decision',
      'Override',
      'Sign-off',
      'About this record',
    ]);
    expect(markdown.startsWith('# Decision record for Child A\n')).toBe(true);
  });

  it('writes the chain of reasons step by step, with the level name and id', () => {
    const markdown = renderMarkdown(seal(makeInput()));
    expect(markdown).toContain('**Recommended level:** Level 4: Specialist (level id level-4)');
    expect(markdown).toContain('### Step 1: starting point');
    expect(markdown).toContain('From universal services to child in need.');
    expect(markdown).toContain('### Step 2: pathway outcome');
    expect(markdown.indexOf('Step 1')).toBeLessThan(markdown.indexOf('Step 2'));
  });

  it('gives due dates and the day-counting convention for each timescale', () => {
    const markdown = renderMarkdown(seal(makeInput()));
    expect(markdown).toContain('1 working day, from Friday 15 March 2024. Due by Monday 18 March 2024.');
    expect(markdown).toContain('45 working days, from Friday 15 March 2024. Due by Wednesday 22 May 2024.');
    expect(markdown.match(/How days are counted: The day the clock started counts as day 0/g)).toHaveLength(1);
  });

  it('says plainly when the decision is below the recommendation, with the reason and sign-off', () => {
    const markdown = renderMarkdown(seal(makeBelowInput()));
    expect(markdown).toContain('This decision is below the recommendation.');
    expect(markdown).toContain('> The family asked for early help last week and a worker starts on Monday.');
    expect(markdown).toContain('**Outcome:** Agreed with the decision');
    expect(markdown).toContain('**Signed off by:** team manager (user u-007)');
    expect(markdown).toContain('**When:** 15 March 2024 at 16:30 (UTC+00:00)');
    expect(markdown).not.toContain('Awaiting sign-off');
  });

  it('says when a decision follows the recommendation and is awaiting sign-off', () => {
    const markdown = renderMarkdown(seal(makeInput()));
    expect(markdown).toContain('The decision follows the recommendation.');
    expect(markdown).toContain('There is no override: the decision is not below the recommendation.');
    expect(markdown).toContain('Awaiting sign-off.');
  });

  it("quotes the worker's analysis paragraph by paragraph", () => {
    const markdown = renderMarkdown(seal(makeInput()));
    expect(markdown).toContain(
      '> The hunger and absence sit on top of a previous plan for neglect.\n>\n> I agree an assessment is needed.',
    );
  });

  it('names the framework, engine, rule set, asOf, sequence and both hashes in the footer', () => {
    const first = seal(makeInput());
    const second = seal(makeBelowInput(), first);
    const markdown = renderMarkdown(second);
    const footer = markdown.slice(markdown.indexOf('## About this record'));
    expect(footer).toContain('Synthetic Partnership Continuum of Need (id synthetic-partnership, version 2024-01)');
    expect(footer).toContain('sightline-core version 0.1.0');
    expect(footer).toContain('**Rule set version:** 2024.03.1');
    expect(footer).toContain('**Information as at:** 2024-03-15');
    expect(footer).toContain('**Sequence:** 2');
    expect(footer).toContain(`**Previous record hash:** ${first.hash}`);
    expect(footer).toContain(`**Hash:** ${second.hash}`);
    expect(renderMarkdown(first)).toContain('None: this is the first record in the chain');
  });

  it('says so when there is nothing to list, and when a clock has no start date', () => {
    const input = makeInput();
    input.facts.child = { ...input.facts.child, unborn: true, gestationWeeks: 28, ageMonths: null, ageBand: 'unborn' };
    input.assessment.findings = [];
    input.assessment.gaps = [];
    input.assessment.actions = [];
    input.assessment.clocks = input.assessment.clocks.slice(0, 1).map((clock) => ({ ...clock, startsOn: null, dueOn: null }));
    const markdown = renderMarkdown(seal(input));
    expect(markdown).toContain("**Age:** Unborn child, about 28 weeks' gestation");
    expect(markdown).toContain('## Findings\n\nNothing in the information met an indicator.');
    expect(markdown).toContain('## Information gaps\n\nNo information gaps were found.');
    expect(markdown).toContain('## Required actions\n\nNo actions are required by the rules.');
    expect(markdown).toContain('1 working day. The start date is not known yet, so there is no due date.');
  });

  it('tells a decision that differs but is not below apart from one below, and records a disagreeing sign-off', () => {
    const input = makeBelowInput();
    input.decision = { ...input.decision, value: '4+', levelId: 'level-4-plus', levelName: 'Level 4+: Strategy discussion' };
    input.decision.belowRecommendation = false;
    input.decision.overrideReason = 'The school reported a new injury this morning.';
    if (input.signOff !== null) input.signOff.outcome = 'disagreed';
    const markdown = renderMarkdown(seal(input));
    expect(markdown).toContain(
      'The decision differs from the recommendation, which was Level 4: Specialist (level id level-4), but is not below it.',
    );
    expect(markdown).toContain('This decision is not below the recommendation. The reason given for differing from it:');
    expect(markdown).toContain('**Outcome:** Did not agree with the decision');
    expect(markdown).not.toContain('This decision is below the recommendation.');
  });

  it('escapes markup in free text so it stays text', () => {
    const markdown = renderMarkdown(seal(hostileInput()));
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(markdown).toContain('> \\# Not a heading');
    expect(markdown).toContain('\\* not a list');
    expect(markdown).toContain('\\[link\\](javascript:alert(1))');
    expect(markdown).toContain('& \\&amp; done');
  });

  it('never uses "did not attend" in its own wording', () => {
    for (const input of [makeInput(), makeBelowInput()]) {
      expect(renderMarkdown(seal(input)).toLowerCase()).not.toContain('did not attend');
    }
  });
});

describe('renderHtml', () => {
  const tagBalance = (html: string) => {
    const stack: string[] = [];
    for (const [, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
      if (name === undefined || ['meta', 'br'].includes(name)) continue;
      if (closing === '') stack.push(name);
      else if (stack.pop() !== name) return false;
    }
    return stack.length === 0;
  };

  it('is a complete, standalone English document with a print stylesheet', () => {
    const html = renderHtml(seal(makeBelowInput()));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Decision record for Child A</title>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(tagBalance(html.replace(/<style>[\s\S]*<\/style>/, ''))).toBe(true);
  });

  it('is byte-for-byte the same for the same input', () => {
    expect(renderHtml(seal(makeBelowInput()))).toBe(renderHtml(seal(makeBelowInput())));
  });

  it('has one h1 and never skips a heading level', () => {
    const html = renderHtml(seal(makeBelowInput()));
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
    });
  });

  it('lists every finding with its evidence and citation', () => {
    const record = seal(makeInput());
    const html = renderHtml(record);
    for (const finding of record.assessment.findings) {
      expect(html).toContain(`<h3>${finding.title}</h3>`);
      for (const evidence of finding.evidence) expect(html).toContain(`<li>${evidence.replaceAll("'", '&#39;')}</li>`);
    }
    for (const citation of allCitations(record)) expect(html).toContain(`<li>${citation.replaceAll("'", '&#39;')}</li>`);
  });

  it('escapes every piece of free text', () => {
    const html = renderHtml(seal(hostileInput()));
    expect(html).not.toContain('<script');
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    expect(html).toContain(`<title>Decision record for Child ${escaped}</title>`);
    expect(html).toContain(`What next? ${escaped}`);
    expect(html).toContain(`<p>Because ${escaped}</p>`);
    expect(html).toContain(`<p>Fine ${escaped}</p>`);
    expect(html).toContain(`<li>Quoted from the referral: ${escaped}</li>`);
    expect(html).toContain('&amp; &amp;amp; done');
  });
});
