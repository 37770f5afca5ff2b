/**
 * GOV.UK form fields. Each takes react-hook-form's `register(...)` result (or is controlled) and an
 * optional error message, and wires label, hint and error together with `aria-describedby`.
 */
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** Turns a dotted form path (`household.0.role`) into an id that is safe in `#fragment` links. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The error line above a field. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
  /** Show the label as the page heading (one question on the page). */
  isPageHeading?: boolean;
  width?: '2' | '3' | '4' | '5' | '10' | '20' | '30';
  suffix?: string;
}

function Label({ id, label, isPageHeading }: { id: string; label: ReactNode; isPageHeading?: boolean | undefined }) {
  if (isPageHeading) {
    return (
      <h1 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--l" htmlFor={id}>
          {label}
        </label>
      </h1>
    );
  }
  return (
    <label className="govuk-label" htmlFor={id}>
      {label}
    </label>
  );
}

/** A single-line text input. */
export function TextInput({
  label,
  registration,
  hint,
  error,
  isPageHeading,
  width,
  suffix,
  className,
  ...rest
}: TextFieldProps) {
  const id = fieldId(registration.name);
  const input = (
    <input
      id={id}
      type="text"
      className={['govuk-input', width ? `govuk-input--width-${width}` : '', error ? 'govuk-input--error' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy(id, hint, error, suffix ? `${id}-suffix` : undefined)}
      aria-invalid={error ? true : undefined}
      {...rest}
      {...registration}
    />
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label id={id} label={label} isPageHeading={isPageHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} message={error} />
      {suffix ? (
        <div className="govuk-input__wrapper">
          {input}
          <div className="govuk-input__suffix" id={`${id}-suffix`}>
            {suffix}
          </div>
        </div>
      ) : (
        input
      )}
    </div>
  );
}

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
  isPageHeading?: boolean;
}

/** A multi-line text box. */
export function Textarea({ label, registration, hint, error, isPageHeading, rows = 4, ...rest }: TextareaProps) {
  const id = fieldId(registration.name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label id={id} label={label} isPageHeading={isPageHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} message={error} />
      <textarea
        id={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
        {...registration}
      />
    </div>
  );
}

/** One choice in a radios or checkboxes group. */
export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
}

interface ChoiceGroupProps {
  legend: ReactNode;
  /** Name used for the group's id (error summary links land on the first choice). */
  name: string;
  choices: Choice[];
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l';
  small?: boolean;
  inline?: boolean;
  /** Values currently selected, to decide which conditional parts show. */
  selected?: readonly string[];
}

function Legend({ legend, isPageHeading, size }: { legend: ReactNode; isPageHeading?: boolean | undefined; size: string }) {
  return (
    <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${isPageHeading ? 'l' : size}`}>
      {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
    </legend>
  );
}

function ChoiceGroup({ kind, ...props }: ChoiceGroupProps & { kind: 'radios' | 'checkboxes' }) {
  const {
    legend,
    name,
    choices,
    registration,
    hint,
    error,
    isPageHeading,
    legendSize = 'm',
    small,
    inline,
    selected = [],
  } = props;
  const id = fieldId(name);
  const modifiers = [small ? `govuk-${kind}--small` : '', inline ? `govuk-${kind}--inline` : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <Legend legend={legend} isPageHeading={isPageHeading} size={legendSize} />
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} message={error} />
        <div className={`govuk-${kind} ${modifiers}`.trim()}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index + 1}`;
            const isSelected = selected.includes(choice.value);
            return (
              <div key={choice.value}>
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={choiceId}
                    type={kind === 'radios' ? 'radio' : 'checkbox'}
                    value={choice.value}
                    aria-describedby={choice.hint ? `${choiceId}-item-hint` : undefined}
                    aria-controls={choice.conditional && isSelected ? `${choiceId}-conditional` : undefined}
                    {...registration}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={choiceId}>
                    {choice.label}
                  </label>
                  {choice.hint ? (
                    <div id={`${choiceId}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {choice.hint}
                    </div>
                  ) : null}
                </div>
                {choice.conditional && isSelected ? (
                  <div className={`govuk-${kind}__conditional`} id={`${choiceId}-conditional`}>
                    {choice.conditional}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A GOV.UK radios group: pick one. */
export function Radios(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="radios" {...props} />;
}

/** A GOV.UK checkboxes group: pick any. */
export function Checkboxes(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="checkboxes" {...props} />;
}

/** A GOV.UK select (used sparingly: radios are easier for most people). */
export function Select({
  label,
  registration,
  options,
  hint,
  error,
}: {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = fieldId(registration.name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label id={id} label={label} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} message={error} />
      <select
        id={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A fieldset around related questions. */
export function Fieldset({ legend, children, size = 'm' }: { legend: ReactNode; children: ReactNode; size?: 's' | 'm' | 'l' }) {
  return (
    <fieldset className="govuk-fieldset">
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>{legend}</legend>
      {children}
    </fieldset>
  );
}
