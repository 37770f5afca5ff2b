/** The DSL's home: pupils' concern logs, requests for support and their outcomes. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { CaseSummary } from '../api/types.js';
import { Link, useLocation } from '../app/router.js';
import { ButtonGroup, ButtonLink, NotificationBanner, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { formatDate, formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { usePupilLogs } from './usePupilLogs.js';

/** Words for where a referral has got to. */
export function referralStatus(c: CaseSummary): { words: string; colour: 'grey' | 'orange' | 'green' } {
  if (c.status === 'open') return { words: 'Waiting for a decision', colour: 'grey' };
  if (c.status === 'awaiting-sign-off') return { words: 'Decided, waiting for sign-off', colour: 'orange' };
  return { words: 'Decided', colour: 'green' };
}

/** The school home page. */
export function SchoolHomePage() {
  const user = useUser();
  const { search } = useLocation();
  const { logs, error } = usePupilLogs();
  const [referrals, setReferrals] = useState<CaseSummary[] | null>(null);
  useEffect(() => {
    api
      .cases({ limit: 100 })
      .then(({ cases }) => setReferrals(cases))
      .catch(() => setReferrals([]));
  }, []);
  return (
    <Page title="My school" caption={user.agency.name} wide>
      {search.get('logged') ? <NotificationBanner success heading="The concern was saved to the pupil’s log." /> : null}
      {search.get('requested') ? (
        <NotificationBanner
          success
          heading="Your request for support was sent to the front door. They decide within 1 working day."
        />
      ) : null}
      <ButtonGroup>
        <ButtonLink href="/school/concerns/new">Log a concern</ButtonLink>
        <ButtonLink href="/school/requests/new" secondary>
          Ask for support
        </ButtonLink>
      </ButtonGroup>
      {error ? <p className="govuk-body">The logs could not be loaded: {error}</p> : null}
      <Table
        caption={`Pupils with concerns logged (${logs?.length ?? 0})`}
        rows={logs ?? []}
        rowKey={(l) => l.id}
        columns={[
          { heading: 'Pupil', cell: (l) => `${l.body.pupil.givenName} ${l.body.pupil.familyName}` },
          { heading: 'Concerns', cell: (l) => String(l.body.entries.length), numeric: true },
          { heading: 'Last logged', cell: (l) => formatDate(l.body.entries.at(-1)?.date) },
          {
            heading: 'Attendance',
            cell: (l) => (l.body.measures.attendancePct === null ? 'Not recorded' : `${l.body.measures.attendancePct}%`),
          },
        ]}
      />
      <Table
        caption={`Requests for support and their outcomes (${referrals?.length ?? 0})`}
        rows={referrals ?? []}
        rowKey={(c) => c.id}
        columns={[
          {
            heading: 'Child',
            cell: (c) => (
              <Link className="govuk-link" href={`/school/referrals/${c.id}`}>
                {c.childLabel}
                <span className="govuk-visually-hidden">: see the outcome</span>
              </Link>
            ),
          },
          { heading: 'Sent', cell: (c) => formatDateTime(c.createdAt) },
          {
            heading: 'Outcome',
            cell: (c) => {
              const s = referralStatus(c);
              return (
                <>
                  <Tag colour={s.colour}>{s.words}</Tag> {c.latestDecision?.levelName ?? ''}
                </>
              );
            },
          },
        ]}
      />
    </Page>
  );
}
