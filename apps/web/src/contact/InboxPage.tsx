/** The duty worker's inbox: new contacts with the time left for the 1-working-day decision, and drafts in progress. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { CaseSummary, Draft } from '../api/types.js';
import { todayIso } from '../analysis/useAssessment.js';
import { Link } from '../app/router.js';
import { ButtonLink, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { useFramework } from '../framework/framework.js';
import { formatDate, formatDateTime, localDate, timeLeft } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { type ContactDraftBody, isContactDraftBody } from './draft.js';

interface InboxData {
  open: CaseSummary[];
  awaiting: CaseSummary[];
  drafts: Draft<ContactDraftBody>[];
}

/** The inbox page. */
export function InboxPage() {
  const { framework, error: fwError } = useFramework();
  const [data, setData] = useState<InboxData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([
      api.cases({ pathway: 'contact', status: 'open', limit: 100 }),
      api.cases({ pathway: 'contact', status: 'awaiting-sign-off', limit: 100 }),
      api.drafts(),
    ])
      .then(([open, awaiting, drafts]) =>
        setData({
          open: open.cases,
          awaiting: awaiting.cases,
          drafts: drafts.drafts.filter(
            (d): d is Draft<ContactDraftBody> =>
              d.kind === 'contact' && isContactDraftBody(d.body) && !d.body.decisionId && d.caseId === null,
          ),
        }),
      )
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const today = todayIso();
  const decisionDays = framework?.timescales.find((t) => t.id === 'referral-decision')?.amount ?? 1;
  return (
    <Page title="Contacts" wide>
      <ButtonLink href="/contacts/new">Start a new contact</ButtonLink>
      {error || fwError ? <p className="govuk-body">The inbox could not be loaded: {error ?? fwError}</p> : null}
      {!data || !framework ? (
        <p className="govuk-body" role="status">
          Loading contacts…
        </p>
      ) : (
        <>
          <Table
            caption={`New contacts (${data.open.length})`}
            rows={[...data.open].sort((a, b) => a.createdAt.localeCompare(b.createdAt))}
            rowKey={(c) => c.id}
            columns={[
              {
                heading: 'Child',
                cell: (c) => (
                  <Link className="govuk-link" href={`/contacts/new?case=${encodeURIComponent(c.id)}`}>
                    {c.childLabel}
                    <span className="govuk-visually-hidden">: open contact</span>
                  </Link>
                ),
              },
              { heading: 'From', cell: (c) => c.referrerAgency?.name ?? c.ownerAgency.name },
              { heading: 'Received', cell: (c) => formatDateTime(c.createdAt) },
              {
                heading: 'Decision due',
                cell: (c) => {
                  const left = timeLeft(localDate(c.createdAt), decisionDays, framework, today);
                  return (
                    <>
                      {formatDate(left.dueOn)}{' '}
                      <Tag colour={left.overdue ? 'red' : left.workingDaysLeft === 0 ? 'orange' : 'green'}>{left.words}</Tag>
                    </>
                  );
                },
              },
            ]}
          />
          {data.drafts.length > 0 ? (
            <Table
              caption="Contacts you have started"
              rows={data.drafts}
              rowKey={(d) => d.id}
              columns={[
                {
                  heading: 'Child',
                  cell: (d) => (
                    <Link className="govuk-link" href={`/contact/${d.id}`}>
                      {d.body.facts.child.label || 'Child not named yet'}
                    </Link>
                  ),
                },
                { heading: 'Last saved', cell: (d) => formatDateTime(d.updatedAt) },
              ]}
            />
          ) : null}
          <Table
            caption={`Waiting for a manager to sign off (${data.awaiting.length})`}
            rows={data.awaiting}
            rowKey={(c) => c.id}
            columns={[
              { heading: 'Child', cell: (c) => c.childLabel },
              {
                heading: 'Decision',
                cell: (c) =>
                  c.latestDecision ? (
                    <Link className="govuk-link" href={`/decisions/${c.latestDecision.id}`}>
                      {c.latestDecision.levelName}
                    </Link>
                  ) : (
                    'None'
                  ),
              },
              { heading: 'Received', cell: (c) => formatDateTime(c.createdAt) },
            ]}
          />
        </>
      )}
    </Page>
  );
}
