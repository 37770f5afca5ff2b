import { assess, englandFramework } from '@sightline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { measuresStep } from '../src/contact/steps/measures.js';
import type { StepFormProps } from '../src/contact/steps/types.js';
import { scenarioFacts } from './scenarios.js';

describe('the measures step', () => {
  it('turns typed figures into measures with their unit, and the assessment changes with them', async () => {
    const base = scenarioFacts('S13');
    const props: StepFormProps = { facts: base, saved: undefined, onLive: vi.fn(), onContinue: vi.fn(), backHref: '/' };
    render(<measuresStep.Form {...props} />);
    const user = userEvent.setup();
    const relievers = screen.getByLabelText('Reliever inhalers dispensed');
    await user.clear(relievers);
    await user.type(relievers, '8');
    const live = vi.mocked(props.onLive).mock.calls.at(-1)?.[0];
    expect(live?.measures.relieverInhalers6m).toMatchObject({ value: 8, unit: 'inhalers' });
    const before = assess(base, englandFramework, '2024-03-15').findings.map((f) => f.code);
    const after = live ? assess(live, englandFramework, '2024-03-15').findings.map((f) => f.code) : [];
    expect(before).not.toContain('health.asthma.reliever-overuse');
    expect(after).toContain('health.asthma.reliever-overuse');
  });

  it('refuses an attendance over 100%', async () => {
    const props: StepFormProps = {
      facts: scenarioFacts('S13'),
      saved: undefined,
      onLive: vi.fn(),
      onContinue: vi.fn(),
      backHref: '/',
    };
    render(<measuresStep.Form {...props} />);
    const user = userEvent.setup();
    const attendance = screen.getByLabelText('Attendance');
    await user.clear(attendance);
    await user.type(attendance, '140');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(screen.getByRole('link', { name: 'Attendance must be 100 or less' })).toBeTruthy();
    expect(props.onContinue).not.toHaveBeenCalled();
  });
});
