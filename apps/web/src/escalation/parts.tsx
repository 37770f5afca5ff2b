/**
 * Pieces every escalation page shares: where the disagreement stands (the server's stage, who holds
 * it and its deadline in working days) and the immediate-risk path, which stays open at every stage.
 */
import { URGENT_REFERRAL_INSTRUCTION, workingDaysBetween } from '@sightline/core';
import { type ReactNode, useId } from 'react';
import { Link } from '../app/router.js';
import { Tag } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { formatDay } from '../format/dates.js';
import type { EscalationPathway } from './api.js';

/** "Friday 21 March 2025 (5 working days from Friday 14 March 2025): 4 working days left". */
export function deadlineWords(stage: NonNullable<EscalationPathway['stage']>, today: string): string {
  if (!stage.deadline) return 'It cannot be worked out: the stage’s start date is not known';
  const span = stage.workingDays === null ? '' : ` (${stage.workingDays} working days from ${formatDay(stage.startedOn)})`;
  let left = '';
  try {
    if (today > stage.deadline) left = `: passed ${workingDaysBetween(stage.deadline, today, 0)} working days ago`;
    else if (today === stage.deadline) left = ': due today';
    else left = `: ${workingDaysBetween(today, stage.deadline, 0)} working days left`;
  } catch {
    // Outside the bank holiday table: the date alone is still right.
  }
  return `${formatDay(stage.deadline)}${span}${left}`;
}

/** The stage, who holds it and its deadline, as the server answered. */
export function StageSummary({ pathway, today }: { pathway: EscalationPathway; today: string }) {
  const stage = pathway.stage;
  if (!stage) return null;
  return (
    <SummaryList
      rows={[
        {
          key: 'Status',
          value:
            pathway.status === 'done' ? (
              <Tag colour="green">Resolved</Tag>
            ) : stage.deadlinePassed ? (
              <Tag colour="red">Deadline passed</Tag>
            ) : (
              <Tag colour="blue">Open</Tag>
            ),
        },
        { key: 'Current stage', value: `${stage.number} of 4: ${stage.name}` },
        { key: 'Who holds it', value: stage.counterpart },
        { key: 'Deadline', value: deadlineWords(stage, today) },
      ]}
    />
  );
}

/** What to do now when the child is at immediate risk: refer or call the police, and keep escalating. */
export function ImmediateRiskGuidance({ children }: { children?: ReactNode }) {
  const titleId = useId();
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby={titleId} data-testid="urgent-guidance">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Act now
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{URGENT_REFERRAL_INSTRUCTION}</p>
        {children}
      </div>
    </div>
  );
}

/**
 * The immediate-risk path on every page while the disagreement is open: the instruction and a link to
 * record the referral while one is due, otherwise a link to say the child is at immediate risk now.
 */
export function UrgentPath({ pathway, base, here }: { pathway: EscalationPathway; base: string; here?: string }) {
  if (pathway.status === 'done') return null;
  if (pathway.urgent?.status === 'pending') {
    return (
      <ImmediateRiskGuidance>
        <p className="govuk-body">
          Reported: {pathway.urgent.detail}
          {here === 'urgent-referral' ? null : (
            <>
              {' '}
              <Link className="govuk-notification-banner__link" href={`${base}/urgent-referral`}>
                Record the urgent referral you made
              </Link>
            </>
          )}
        </p>
      </ImmediateRiskGuidance>
    );
  }
  if (here === 'immediate-risk') return null;
  return (
    <div className="govuk-inset-text">
      {pathway.urgent?.status === 'made' ? 'An urgent referral was made; the escalation continues alongside. ' : null}
      Is the child at immediate risk now?{' '}
      <Link className="govuk-link" href={`${base}/immediate-risk`}>
        Tell Sightline and act now
      </Link>
      .
    </div>
  );
}
