/** GOV.UK display components: panel, notification banner, tag, warning text, inset text, details, buttons. */
import { type ButtonHTMLAttributes, type ReactNode, useId } from 'react';
import { Link } from '../app/router.js';

/** The green confirmation panel. */
export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}

/** A notification banner: important news, or a success message after an action (announced as an alert). */
export function NotificationBanner({
  title,
  heading,
  children,
  success = false,
}: {
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
  success?: boolean;
}) {
  const titleId = useId();
  const inner = (
    <>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </>
  );
  if (success) {
    return (
      <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={titleId}>
        {inner}
      </div>
    );
  }
  return (
    <section className="govuk-notification-banner" aria-labelledby={titleId}>
      {inner}
    </section>
  );
}

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A status tag. */
export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour | undefined }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

/** Bold warning text with the ! icon. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

/** Inset text for something the reader should notice. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

/** Details: a summary that opens to show more. */
export function Details({ summary, children, open }: { summary: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

/** A GOV.UK button. */
export function Button({
  children,
  variant = 'primary',
  type = 'submit',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'warning' }) {
  const modifier = variant === 'primary' ? '' : ` govuk-button--${variant}`;
  return (
    <button type={type} className={`govuk-button${modifier}`} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}

/** A link styled as a button (for start buttons and moving on without a form). */
export function ButtonLink({ href, children, secondary }: { href: string; children: ReactNode; secondary?: boolean }) {
  return (
    <Link href={href} role="button" draggable="false" className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}>
      {children}
    </Link>
  );
}

/** The back link at the top of a question page. */
export function BackLink({ href, onClick }: { href: string; onClick?: () => void }) {
  return (
    <Link
      href={href}
      className="govuk-back-link"
      onClick={(event) => {
        if (onClick) {
          event.preventDefault();
          onClick();
        }
      }}
    >
      Back
    </Link>
  );
}

/** A row of buttons and links under a form. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
