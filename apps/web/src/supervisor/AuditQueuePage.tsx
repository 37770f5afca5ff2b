/**
 * The audit queue: decisions with filters (worked out by the server). A supervisor also sees the
 * sign-off queue on top and opens each decision to review it; an auditor, who neither signs off
 * nor reviews, opens each decision's record.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { DecisionSummary } from '../api/types.js';
import { Link } from '../app/router.js';
import { Button, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { decisionStatus } from '../record/DecisionRecordPage.js';
import { type AuditFilters, type AuditRow, auditQuery, workersOf } from './audit.js';

const flagNames = {
  override: 'Decision differs from the recommendation',
  below: 'Decision below the recommendation',
  repeat: 'Repeat contacts',
  overdue: 'Decided after the timescale',
} as const;

function Flags({ row }: { row: AuditRow }) {
  return (
    <>
      {row.belowRecommendation ? <Tag colour="red">Below</Tag> : row.override ? <Tag colour="orange">Differs</Tag> : null}{' '}
      {row.repeatContacts ? <Tag colour="purple">Repeat</Tag> : null} {row.overdue ? <Tag colour="yellow">Late</Tag> : null}
    </>
  );
}

/** The audit queue page. */
export function AuditQueuePage() {
  const reviews = useUser().role === 'supervisor';
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [teams, setTeams] = useState<{ id: string; name: string }[]>([]);
  const [workers, setWorkers] = useState<Map<string, string>>(new Map());
  const [queue, setQueue] = useState<DecisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draftFilters, setDraftFilters] = useState<AuditFilters>({ flags: [], worker: '', team: '' });
  const [filters, setFilters] = useState<AuditFilters>(draftFilters);
  useEffect(() => {
    if (!reviews) return;
    api
      .signOffQueue()
      .then((q) => setQueue(q.decisions))
      .catch(() => setQueue([]));
  }, [reviews]);
  const load = useCallback(
    (cursor: string | null) =>
      api
        .auditDecisions(auditQuery(filters, cursor))
        .then((answer) => {
          setError(null);
          setRows((before) => (cursor && before ? [...before, ...answer.decisions] : answer.decisions));
          setNextCursor(answer.nextCursor);
          setTeams(answer.teams);
          setWorkers((known) => workersOf(answer.decisions, known));
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e))),
    [filters],
  );
  useEffect(() => {
    setRows(null);
    void load(null);
  }, [load]);
  const labels = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r.childLabel])), [rows]);
  return (
    <Page title="Audit" wide>
      {reviews ? (
        <Table
          caption={`Waiting for your sign-off (${queue.length})`}
          rows={queue}
          rowKey={(d) => d.id}
          columns={[
            {
              heading: 'Child',
              cell: (d) => (
                <Link className="govuk-link" href={`/decisions/${d.id}/review`}>
                  {labels.get(d.id) ?? d.childLabel ?? 'Decision'}
                  <span className="govuk-visually-hidden">: review</span>
                </Link>
              ),
            },
            { heading: 'Decision', cell: (d) => d.levelName },
            { heading: 'Recommended', cell: (d) => d.recommendation?.levelName ?? '' },
            { heading: 'Decided by', cell: (d) => d.decidedBy?.displayName ?? '' },
          ]}
        />
      ) : null}
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
                {[...workers].map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
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
                  <option key={t.id} value={t.id}>
                    {t.name}
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
            <>
              <Table
                caption={`Decisions (${rows.length}${nextCursor ? ' shown, more to load' : ''})`}
                rows={rows}
                rowKey={(r) => r.id}
                columns={[
                  {
                    heading: 'Child',
                    cell: (r) => (
                      <Link className="govuk-link" href={reviews ? `/decisions/${r.id}/review` : `/decisions/${r.id}`}>
                        {r.childLabel ?? 'Child'}
                        <span className="govuk-visually-hidden">
                          {reviews ? ': review decision' : ': see the decision record'}
                        </span>
                      </Link>
                    ),
                  },
                  { heading: 'Decision', cell: (r) => r.levelName },
                  { heading: 'Recommended', cell: (r) => r.recommendation.levelName },
                  {
                    heading: 'Decided by',
                    cell: (r) => `${r.worker.name}${r.team ? ` (${r.team.name})` : ''}, ${formatDateTime(r.decidedAt)}`,
                  },
                  { heading: 'Status', cell: (r) => decisionStatus(r.status).words },
                  { heading: 'Flags', cell: (r) => <Flags row={r} /> },
                ]}
              />
              {nextCursor ? (
                <Button variant="secondary" type="button" onClick={() => void load(nextCursor)}>
                  Show more decisions
                </Button>
              ) : null}
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
