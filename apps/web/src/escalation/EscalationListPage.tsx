/** Every disagreement you can see, with its stage and deadline. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { EscalationSummary } from '../api/types.js';
import { Link } from '../app/router.js';
import { Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../format/dates.js';
import { Page } from '../layout/Page.js';

/** The escalations list page. */
export function EscalationListPage() {
  const [rows, setRows] = useState<EscalationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .escalations()
      .then((e) => setRows(e.escalations))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <Page title="Disagreements" wide>
      {error ? <p className="govuk-body">The disagreements could not be loaded: {error}</p> : null}
      {rows ? (
        <Table
          caption={`Disagreements (${rows.length})`}
          rows={rows}
          rowKey={(e) => e.id}
          columns={[
            {
              heading: 'Decision challenged',
              cell: (e) => (
                <Link className="govuk-link" href={`/escalations/${e.id}`}>
                  {e.decisionChallenged ?? e.childLabel ?? 'Disagreement'}
                </Link>
              ),
            },
            { heading: 'Stage', cell: (e) => `${e.stage} of 4` },
            { heading: 'Response due', cell: (e) => formatDay(e.dueOn) },
            {
              heading: 'Status',
              cell: (e) =>
                e.resolved ? (
                  <Tag colour="green">Resolved</Tag>
                ) : e.overdue ? (
                  <Tag colour="red">Deadline passed</Tag>
                ) : (
                  <Tag colour="blue">Open</Tag>
                ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
    </Page>
  );
}
