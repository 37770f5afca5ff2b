import { childSchema } from '@sightline/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyContactFacts } from '../src/contact/empty-facts.js';
import { childStep } from '../src/contact/steps/child.js';
import type { StepFormProps } from '../src/contact/steps/types.js';

function renderStep(overrides: Partial<StepFormProps> = {}) {
  const props: StepFormProps = {
    facts: emptyContactFacts('2024-03-15'),
    saved: undefined,
    onLive: vi.fn(),
    onContinue: vi.fn(),
    backHref: '/contacts',
    ...overrides,
  };
  render(<childStep.Form {...props} />);
  return props;
}

describe('the child step', () => {
  it('shows every problem in an error summary, in the order of the page, and does not continue', async () => {
    const props = renderStep();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = screen.getByTestId('error-summary');
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual([
      'Enter a name or label for the child',
      'Select the child’s sex, or not known',
      'Select yes if the child is not born yet',
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Who the child is - Sightline'));
    expect(props.onContinue).not.toHaveBeenCalled();
  });

  it('gives the core a valid child, with the age in months and a readable age band', async () => {
    const props = renderStep();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name or label for the child'), 'Child H');
    await user.click(screen.getByLabelText('Male'));
    await user.click(screen.getByLabelText('No'));
    await user.type(screen.getByLabelText('Years'), '7');
    await user.type(screen.getByLabelText('And months, if under 2 or if known'), '9');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(props.onContinue).toHaveBeenCalledOnce();
    const facts = vi.mocked(props.onContinue).mock.calls[0]?.[0];
    expect(facts?.child).toMatchObject({ label: 'Child H', sex: 'male', ageMonths: 93, ageBand: '7 years', unborn: false });
    expect(childSchema.safeParse(facts?.child).success).toBe(true);
  });

  it('passes the answers to the live view as they are typed', async () => {
    const props = renderStep();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name or label for the child'), 'C');
    const last = vi.mocked(props.onLive).mock.calls.at(-1);
    expect(last?.[0]).toBeNull();
    expect(last?.[1]).toMatchObject({ label: 'C' });
  });
});
