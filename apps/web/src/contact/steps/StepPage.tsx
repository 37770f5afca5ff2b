import type { ReactNode } from 'react';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary.js';
import { BackLink, Button } from '../../components/display.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';

/** The frame of a question page: back link, error summary, heading, the form and Continue. */
export function StepPage({
  title,
  caption = 'New contact',
  problems,
  backHref,
  onSubmit,
  status,
  intro,
  children,
  aside,
}: {
  title: string;
  caption?: string;
  problems: FieldProblem[];
  backHref: string;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  status?: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  aside?: ReactNode;
}) {
  usePageTitle(title, problems.length > 0);
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={caption}>{title}</PageHeading>
          {status}
          {intro}
          <form noValidate onSubmit={onSubmit}>
            {children}
            <Button>Save and continue</Button>
          </form>
        </div>
        {aside ? <div className="govuk-grid-column-one-third">{aside}</div> : null}
      </div>
    </>
  );
}
