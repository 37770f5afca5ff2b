/** The frame of an escalation step page: back link, error summary, heading, where it stands, the immediate-risk path and the form. */
import type { EscalationStepEvent, Framework } from '@sightline/core';
import type { ReactNode } from 'react';
import type { User } from '../../api/types.js';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary.js';
import { BackLink, Button } from '../../components/display.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import type { EscalationPathway } from '../api.js';
import type { EscalationStep } from '../model.js';
import { StageSummary, UrgentPath } from '../parts.js';

/** What every step page is given. */
export interface StepProps {
  pathway: EscalationPathway;
  framework: Framework;
  /** `/escalations/:id`: the tracker, and the start of each step's path. */
  base: string;
  today: string;
  user: User;
  /** Where this page's unsent answers are kept. */
  keepKey: string;
  /** Sends the step: the browser's machine checks it, then the server replays it. */
  onDone: (event: EscalationStepEvent) => void;
  /** Why the last attempt was not recorded. */
  sendError: string | null;
  sending: boolean;
}

export function StepFrame({
  step,
  title,
  problems,
  props,
  onSubmit,
  button = 'Save and continue',
  intro,
  children,
}: {
  step: EscalationStep;
  title: string;
  problems: FieldProblem[];
  props: StepProps;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  button?: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { pathway, base, today, sendError, sending } = props;
  const all = sendError ? [...problems, { fieldId: 'send', message: sendError }] : problems;
  usePageTitle(title, all.length > 0);
  return (
    <>
      <BackLink href={base} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={all} />
          <PageHeading caption={pathway.stage?.name ?? 'Resolving a professional disagreement'}>{title}</PageHeading>
          <UrgentPath pathway={pathway} base={base} here={step} />
          {intro}
          <form noValidate onSubmit={onSubmit}>
            {children}
            <Button id="send" disabled={sending}>
              {sending ? 'Recording…' : button}
            </Button>
          </form>
          <h2 className="govuk-heading-m">Where the disagreement stands</h2>
          <StageSummary pathway={pathway} today={today} />
        </div>
      </div>
    </>
  );
}
