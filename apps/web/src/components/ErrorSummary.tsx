import { type MouseEvent, useEffect, useRef } from 'react';

/** One problem on the page: the id of the field to jump to and the message to show. */
export interface FieldProblem {
  fieldId: string;
  message: string;
}

/** Moves focus to the field (or the first input inside a fieldset) and shows its label or legend. */
function focusField(fieldId: string): void {
  const target = document.getElementById(fieldId);
  if (!target) return;
  const focusable =
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
      ? target
      : target.querySelector<HTMLElement>('input, textarea, select, button');
  (focusable ?? target).focus();
  const legendOrLabel = target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${fieldId}"]`);
  legendOrLabel?.scrollIntoView?.();
}

/**
 * The GOV.UK error summary. It takes focus whenever the list of problems changes, so a screen
 * reader announces it and a keyboard user starts from it; each link moves focus to its field.
 */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => `${p.fieldId}:${p.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((p) => (
              <li key={`${p.fieldId}-${p.message}`}>
                <a
                  href={`#${p.fieldId}`}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                    event.preventDefault();
                    focusField(p.fieldId);
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
