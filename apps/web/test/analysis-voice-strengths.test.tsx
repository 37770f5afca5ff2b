import { assess, englandFramework } from '@sightline/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChildsVoiceList, StrengthsList } from '../src/analysis/AssessmentView.js';
import { scenarioFacts } from './scenarios.js';

describe('the analysis shows the child’s own words and what is going well', () => {
  it('quotes every entry of the child’s voice, including those with no box ticked', () => {
    const facts = scenarioFacts('S02');
    render(<ChildsVoiceList facts={facts} />);
    const section = screen.getByRole('region', { name: 'In the child’s own words' });
    // S02 holds five entries; one ("I don't wash regularly…") has no observation code at all.
    expect(within(section).getAllByText(/The child’s exact words/)).toHaveLength(facts.childsVoice.length);
    expect(within(section).getByText(/I don't wash regularly/)).toBeTruthy();
  });

  it('says when the child’s words are not recorded', () => {
    const facts = { ...scenarioFacts('S13'), childsVoice: [] };
    render(<ChildsVoiceList facts={facts} />);
    expect(screen.getByText(/The child’s own words are not recorded/)).toBeTruthy();
  });

  it('lists the strengths the engine found for a well-managed asthma case, with their sources', () => {
    const facts = scenarioFacts('S13');
    const strengths = assess(facts, englandFramework, '2024-02-21').strengths ?? [];
    render(<StrengthsList strengths={strengths} />);
    const section = screen.getByRole('region', { name: `What is going well (${strengths.length})` });
    expect(strengths.length).toBeGreaterThanOrEqual(3);
    expect(within(section).getByText('An up-to-date asthma action plan is shared', { exact: false })).toBeTruthy();
    expect(within(section).getAllByText(/Source/).length).toBe(strengths.length);
  });
});
