/** The supervisor's audit queue: decisions with filters, and the sign-off queue on top. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { DecisionSummary } from '../api/types.js';
import { Link } from '../app/router.js';
import { Button, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { useFramework } from '../framework/framework.js';
import { formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { decisionStatus } from '../record/DecisionRecordPage.js';
import { type AuditFilters, type AuditRow, applyFilters, auditRow } from './audit.js';

const flagNames = {
  override: 'Decision differs from the recommendation',
  below: 'Decision below the recommendation',
  repeat: 'Repeat contacts',
  overdue: 'Decided after the timescale',
} as const;

function Flags({ row }: { row: AuditRow }) {
  return (
    <>
      {row.below ? <Tag colour="red">Below</Tag> : row.override ? <Tag colour="orange">Differs</Tag> : null}{' '}
      {row.repeatContacts ? <Tag colour="purple">Repeat</Tag> : null} {row.overdue ? <Tag colour="yellow">Late</Tag> : null}
    </>
  );
}

/** The audit queue page. */
export function AuditQueuePage() {
  const { framework } = useFramework();
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [queue, setQueue] = useState<DecisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draftFilters, setDraftFilters] = useState<AuditFilters>({ flags: [], worker: '', team: '' });
  const [filters, setFilters] = useState<AuditFilters>(draftFilters);
  useEffect(() => {
    if (!framework) return;
    api
      .signOffQueue()
      .then((q) => setQueue(q.decisions))
      .catch(() => setQueue([]));
    api
      .cases({ pathway: 'contact', limit: 200 })
      .then(async ({ cases }) => {
        const decided = cases.filter((c) => c.latestDecision);
        const decisions = await Promise.all(decided.map((c) => api.decision(c.latestDecision?.id ?? '')));
        setRows(decided.map((c, i) => auditRow(c, decisions[i] as NonNullable<(typeof decisions)[number]>, framework)));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [framework]);
  const shown = useMemo(() => (rows ? applyFilters(rows, filters) : []), [rows, filters]);
  const workers = useMemo(() => [...new Set((rows ?? []).map((r) => r.worker))].sort(), [rows]);
  const teams = useMemo(() => [...new Set((rows ?? []).flatMap((r) => (r.team ? [r.team] : [])))].sort(), [rows]);
  return (
    <Page title="Audit" wide>
      <Table
        caption={`Waiting for your sign-off (${queue.length})`}
        rows={queue}
        rowKey={(d) => d.id}
        columns={[
          {
            heading: 'Child',
            cell: (d) => (
              <Link className="govuk-link" href={`/decisions/${d.id}/review`}>
                {rows?.find((r) => r.decision.id === d.id)?.caseSummary.childLabel ?? d.childLabel ?? 'Decision'}
                <span className="govuk-visually-hidden">: review</span>
              </Link>
            ),
          },
          { heading: 'Decision', cell: (d) => d.levelName },
          { heading: 'Recommended', cell: (d) => d.recommendation?.levelName ?? '' },
          { heading: 'Decided by', cell: (d) => d.decidedBy?.displayName ?? '' },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setFilters(draftFilters);
            }}
          >
            <h2 className="govuk-heading-m">Filter</h2>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show only</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  {(Object.keys(flagNames) as (keyof typeof flagNames)[]).map((flag) => (
                    <div className="govuk-checkboxes__item" key={flag}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`flag-${flag}`}
                        type="checkbox"
                        checked={draftFilters.flags.includes(flag)}
                        onChange={(e) =>
                          setDraftFilters((f) => ({
                            ...f,
                            flags: e.target.checked ? [...f.flags, flag] : f.flags.filter((x) => x !== flag),
                          }))
                        }
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`flag-${flag}`}>
                        {flagNames[flag]}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="filter-worker">
                Worker
              </label>
              <select
                id="filter-worker"
                className="govuk-select"
                value={draftFilters.worker}
                onChange={(e) => setDraftFilters((f) => ({ ...f, worker: e.target.value }))}
              >
                <option value="">Everyone</option>
                {workers.map((w) => (
                  <option key={w} value={w}>
                    {w}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="filter-team">
                Team
              </label>
              <select
                id="filter-team"
                className="govuk-select"
                value={draftFilters.team}
                onChange={(e) => setDraftFilters((f) => ({ ...f, team: e.target.value }))}
              >
                <option value="">Every team</option>
                {teams.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="secondary">Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-three-quarters">
          {error ? <p className="govuk-body">The decisions could not be loaded: {error}</p> : null}
          {!rows ? (
            <p className="govuk-body" role="status">
              Loading decisions…
            </p>
          ) : (
            <Table
              caption={`Decisions (${shown.length} of ${rows.length})`}
              rows={shown}
              rowKey={(r) => r.decision.id}
              columns={[
                {
                  heading: 'Child',
                  cell: (r) => (
                    <Link className="govuk-link" href={`/decisions/${r.decision.id}/review`}>
                      {r.caseSummary.childLabel}
                      <span className="govuk-visually-hidden">: review decision</span>
                    </Link>
                  ),
                },
                { heading: 'Decision', cell: (r) => r.decision.levelName },
                { heading: 'Recommended', cell: (r) => r.decision.recommendation.levelName },
                { heading: 'Decided by', cell: (r) => `${r.worker}, ${formatDateTime(r.decision.createdAt)}` },
                { heading: 'Status', cell: (r) => decisionStatus(r.decision.status).words },
                { heading: 'Flags', cell: (r) => <Flags row={r} /> },
              ]}
            />
          )}
        </div>
      </div>
    </Page>
  );
}
