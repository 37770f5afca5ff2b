import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../src/components/ErrorSummary.js';
import { TextInput } from '../src/components/fields.js';

describe('ErrorSummary', () => {
  it('takes focus when problems appear, and each link moves focus to its field', async () => {
    const registration = { name: 'label', onChange: async () => undefined, onBlur: async () => undefined, ref: () => undefined };
    render(
      <>
        <ErrorSummary problems={[{ fieldId: 'f-label', message: 'Enter a name or label for the child' }]} />
        <TextInput label="Name or label" registration={registration} error="Enter a name or label for the child" />
      </>,
    );
    const summary = screen.getByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('alert').textContent).toContain('There is a problem');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Enter a name or label for the child' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Name or label'));
  });

  it('renders nothing when there are no problems', () => {
    const { container } = render(<ErrorSummary problems={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
