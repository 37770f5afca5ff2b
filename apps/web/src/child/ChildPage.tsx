/**
 * A child's page: the chronology across agencies (filter by domain and agency), patterns as
 * figures, plans, past decisions, and which timescales are running or overdue.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Case, Person } from '../api/types.js';
import { todayIso } from '../analysis/useAssessment.js';
import { Link } from '../app/router.js';
import { Button, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { domainLabels, labelFor } from '../contact/vocabulary.js';
import { useFramework } from '../framework/framework.js';
import { formatDate, localDate, timeLeft } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { decisionStatus } from '../record/DecisionRecordPage.js';
import { appointmentsKept, latestAttendance, planTimescales, relieversIn6Months, type RunningTimescale } from './patterns.js';

const planWords = {
  'early-help': 'Early help',
  'child-in-need': 'Child in need plan',
  'child-protection': 'Child protection plan',
} as const;

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="govuk-grid-column-one-third">
      <p className="govuk-body-s govuk-!-margin-bottom-0">{label}</p>
      <p className="govuk-heading-l govuk-!-margin-bottom-1">{value}</p>
      <p className="govuk-body-s">{hint}</p>
    </div>
  );
}

/** The child's page. */
export function ChildPage({ personId }: { personId: string }) {
  const { framework } = useFramework();
  const [person, setPerson] = useState<Person | null>(null);
  const [cases, setCases] = useState<Case[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [domain, setDomain] = useState('');
  const [agency, setAgency] = useState('');
  const [applied, setApplied] = useState({ domain: '', agency: '' });
  const today = useMemo(() => todayIso(), []);
  useEffect(() => {
    api
      .person(personId)
      .then(async (p) => {
        setPerson(p);
        setCases(await Promise.all(p.cases.map((c) => api.case(c.id))));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [personId]);
  if (error) return <p className="govuk-body">The child’s page could not be loaded: {error}</p>;
  if (!person || !framework) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  const chronology = [...person.chronology].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  const agencies = [...new Set(chronology.map((e) => e.sourceAgency))].sort();
  const shown = chronology.filter(
    (e) => (!applied.domain || e.domain === applied.domain) && (!applied.agency || e.sourceAgency === applied.agency),
  );
  const attendance = latestAttendance(chronology);
  const kept = appointmentsKept(chronology);
  const relievers = relieversIn6Months(chronology, today);
  const decisionDays = framework.timescales.find((t) => t.id === 'referral-decision')?.amount ?? 1;
  const timescales: RunningTimescale[] = [
    ...person.plans.flatMap((p) => planTimescales(p, framework, today)),
    ...cases
      .filter((c) => c.status === 'open')
      .map((c) => {
        const left = timeLeft(localDate(c.createdAt), decisionDays, framework, today);
        return { title: 'Decide what happens to the contact', dueOn: left.dueOn, overdue: left.overdue };
      }),
  ];
  const decisions = cases.flatMap((c) => c.decisions.map((d) => ({ ...d, caseCreated: c.createdAt })));
  const name = `${person.current.givenName} ${person.current.familyName}`;
  return (
    <Page title={name} caption={person.current.dateOfBirth ? `Born ${formatDate(person.current.dateOfBirth)}` : 'Child'} wide>
      <h2 className="govuk-heading-m">Patterns</h2>
      <div className="govuk-grid-row" data-testid="patterns">
        <Figure
          label="School attendance"
          value={attendance ? `${attendance.value}%` : 'Not recorded'}
          hint={attendance ? `Recorded ${formatDate(attendance.on)}` : 'No figure on record'}
        />
        <Figure
          label="Appointments the child was brought to"
          value={kept.share === null ? 'None recorded' : `${Math.round(kept.share * 100)}%`}
          hint={kept.due === 0 ? 'No appointments on record' : `${kept.kept} of ${kept.due}`}
        />
        <Figure
          label="Reliever inhalers in 6 months"
          value={relievers === null ? 'None recorded' : String(relievers)}
          hint="Dispensed, from pharmacy and GP records"
        />
      </div>
      <Table
        caption="Timescales"
        rows={timescales}
        rowKey={(t) => `${t.title}-${t.dueOn}`}
        columns={[
          { heading: 'What', cell: (t) => t.title },
          { heading: 'Due', cell: (t) => formatDate(t.dueOn) },
          { heading: 'Status', cell: (t) => (t.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="green">Running</Tag>) },
        ]}
      />
      <Table
        caption="Plans"
        rows={person.plans}
        rowKey={(p) => p.id}
        columns={[
          { heading: 'Plan', cell: (p) => `${planWords[p.kind]}${p.category ? ` (${p.category})` : ''}` },
          { heading: 'Started', cell: (p) => formatDate(p.startedOn) },
          { heading: 'Ended', cell: (p) => (p.endedOn ? formatDate(p.endedOn) : 'Open') },
        ]}
      />
      <Table
        caption="Past decisions"
        rows={decisions}
        rowKey={(d) => d.id}
        columns={[
          {
            heading: 'Decision',
            cell: (d) => (
              <Link className="govuk-link" href={`/decisions/${d.id}`}>
                {d.levelName}
              </Link>
            ),
          },
          { heading: 'Contact received', cell: (d) => formatDate(localDate(d.caseCreated)) },
          { heading: 'Status', cell: (d) => decisionStatus(d.status).words },
        ]}
      />
      <h2 className="govuk-heading-m">Chronology</h2>
      <form
        noValidate
        className="govuk-!-margin-bottom-6"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ domain, agency });
        }}
      >
        <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-4">
          <label className="govuk-label" htmlFor="filter-domain">
            About
          </label>
          <select id="filter-domain" className="govuk-select" value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">Everything</option>
            {Object.entries(domainLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-4">
          <label className="govuk-label" htmlFor="filter-agency">
            From
          </label>
          <select id="filter-agency" className="govuk-select" value={agency} onChange={(e) => setAgency(e.target.value)}>
            <option value="">Every agency</option>
            {agencies.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">Apply filters</Button>
      </form>
      <Table
        caption={`Entries (${shown.length} of ${chronology.length})`}
        captionSize="s"
        rows={shown}
        rowKey={(e) => e.id}
        columns={[
          { heading: 'Date', cell: (e) => formatDate(e.occurredOn) },
          {
            heading: 'What happened',
            cell: (e) => (
              <>
                {e.description}
                {e.event?.outcome === 'was-not-brought' ? ' (was not brought)' : ''}
                {e.codes.length > 0 ? <span className="govuk-body-s"> ({e.codes.map(labelFor).join('; ')})</span> : null}
              </>
            ),
          },
          { heading: 'About', cell: (e) => (e.domain ? domainLabels[e.domain] : '') },
          { heading: 'From', cell: (e) => e.sourceAgency },
        ]}
      />
    </Page>
  );
}
