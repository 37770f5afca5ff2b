import type { ReactNode } from 'react';
import { Link } from '../app/router.js';

/** One row of a summary list: a key, its value and an optional change link. */
export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** Where "Change" goes, and what it changes (read by screen readers). */
  change?: { href: string; label: string } | undefined;
}

/** The GOV.UK summary list, used for check your answers and for records. */
export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyChange = rows.some((r) => r.change);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reordered
          key={index}
          className={`govuk-summary-list__row${anyChange && !row.change ? ' govuk-summary-list__row--no-actions' : ''}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={row.change.href}>
                Change<span className="govuk-visually-hidden"> {row.change.label}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** A summary card: a titled summary list. */
export function SummaryCard({ title, rows, actions }: { title: ReactNode; rows: SummaryRow[]; actions?: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions ? <div className="govuk-summary-card__actions">{actions}</div> : null}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
      </div>
    </div>
  );
}
