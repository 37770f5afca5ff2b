/** The DSL's home: the school's shared pupil concern log, requests for support and their outcomes. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { CaseSummary } from '../api/types.js';
import { Link, useLocation } from '../app/router.js';
import { ButtonGroup, ButtonLink, NotificationBanner, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { formatDate, formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { figureText, pupilName } from './pupilLog.js';
import { usePupils } from './usePupils.js';

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
  const { pupils, error } = usePupils();
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
        caption={`Pupils with concerns logged (${pupils?.length ?? 0})`}
        rows={pupils ?? []}
        rowKey={(p) => p.id}
        columns={[
          {
            heading: 'Pupil',
            cell: (p) => (
              <Link className="govuk-link" href={`/school/pupils/${p.id}`}>
                {pupilName(p)}
                <span className="govuk-visually-hidden">: see their log</span>
              </Link>
            ),
          },
          { heading: 'Concerns', cell: (p) => String(p.concerns), numeric: true },
          { heading: 'Last logged', cell: (p) => formatDate(p.lastConcernOn ?? undefined) },
          { heading: 'Attendance', cell: (p) => figureText(p.figures.attendancePct) },
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
