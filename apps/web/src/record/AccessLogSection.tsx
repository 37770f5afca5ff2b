/**
 * "Who has read or changed this case": the case's access log, newest first, for supervisors and
 * auditors (the roles the server lets read it). The server records this read too.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { AccessLogEntry } from '../api/types.js';
import { Table } from '../components/Table.js';
import { formatDateTime } from '../format/dates.js';
import { describeAccess, whoAccessed } from './accessWords.js';

/** How many entries the server sends when no limit is asked for. */
const SERVER_PAGE = 50;

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; entries: AccessLogEntry[] };

/** The case's access log as a GOV.UK table. */
export function AccessLogSection({ caseId }: { caseId: string }) {
  const [log, setLog] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    api.accessLog(caseId).then(
      ({ entries }) => live && setLog({ kind: 'loaded', entries }),
      (e: unknown) => live && setLog({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [caseId]);
  return (
    <section aria-labelledby="access-log-heading" data-testid="access-log">
      <h2 className="govuk-heading-m" id="access-log-heading">
        Who has read or changed this case
      </h2>
      {log.kind === 'loading' ? (
        <p className="govuk-body" role="status">
          Loading who has read or changed this case…
        </p>
      ) : null}
      {log.kind === 'failed' ? <p className="govuk-body">The list could not be loaded: {log.message}</p> : null}
      {log.kind === 'loaded' && log.entries.length === 0 ? (
        <p className="govuk-body">No one has read or changed this case yet.</p>
      ) : null}
      {log.kind === 'loaded' && log.entries.length > 0 ? (
        <>
          <p className="govuk-body">
            Every time someone opens or changes the case, its decisions or its people, Sightline writes it down. Your looking at
            this list is written down too.
          </p>
          <Table
            caption={
              log.entries.length >= SERVER_PAGE
                ? `The latest ${log.entries.length} reads and changes, newest first`
                : `Reads and changes, newest first (${log.entries.length})`
            }
            captionSize="s"
            columns={[
              { heading: 'When', cell: (e) => formatDateTime(e.at) },
              { heading: 'Who', cell: (e) => whoAccessed(e.user) },
              { heading: 'What', cell: (e) => describeAccess(e) },
            ]}
            rows={log.entries.map((entry, index) => ({ ...entry, key: `${index}` }))}
            rowKey={(e) => e.key}
          />
        </>
      ) : null}
    </section>
  );
}
