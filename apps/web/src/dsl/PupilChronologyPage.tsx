/**
 * A pupil's school chronology, as every DSL of the school sees it: each concern, figure and request
 * for support in the order it happened, who recorded it, and whether it still stands. Corrected and
 * retracted entries stay on the page, marked, because the record is never rewritten.
 */
import { useEffect, useState } from 'react';
import { BackLink, ButtonLink, Tag } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { Table } from '../components/Table.js';
import { domainLabels, labelFor } from '../contact/vocabulary.js';
import { formatDate, formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { figureFields, figureText, pupilName } from './pupilLog.js';
import { type SchoolEntry, type SchoolPupilWithChronology, schoolApi } from './schoolApi.js';

const standing: Record<SchoolEntry['status'], { words: string; colour: 'green' | 'grey' | 'orange' | 'red' }> = {
  'in-force': { words: 'Stands', colour: 'green' },
  corrected: { words: 'Corrected', colour: 'orange' },
  retracted: { words: 'Retracted', colour: 'red' },
  retraction: { words: 'Retraction', colour: 'grey' },
};

function whatItIs(e: SchoolEntry): string {
  if (e.kind === 'measure') return 'Figures';
  if (e.kind === 'event') return 'Request for support';
  return e.domain ? domainLabels[e.domain] : 'Concern';
}

function EntryText({ entry }: { entry: SchoolEntry }) {
  return (
    <>
      {entry.description}
      {entry.codes.length > 0 ? <span className="govuk-body-s"> ({entry.codes.map(labelFor).join('; ')})</span> : null}
      {entry.childsWords ? (
        <span className="govuk-body-s govuk-!-display-block">The child said: “{entry.childsWords}”</span>
      ) : null}
    </>
  );
}

/** The pupil chronology page. */
export function PupilChronologyPage({ pupilId }: { pupilId: string }) {
  const [pupil, setPupil] = useState<SchoolPupilWithChronology | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    schoolApi
      .pupil(pupilId)
      .then(setPupil)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [pupilId]);
  if (error) return <p className="govuk-body">The pupil’s log could not be loaded: {error}</p>;
  if (!pupil) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  return (
    <Page title={pupilName(pupil)} caption="Pupil’s concern log" wide before={<BackLink href="/school" />}>
      <SummaryList
        rows={[
          {
            key: 'Date of birth',
            value: pupil.dateOfBirth
              ? formatDate(pupil.dateOfBirth)
              : pupil.ageYears === null
                ? 'Not known'
                : `Not known (age ${pupil.ageYears} when added)`,
          },
          { key: 'Concerns that stand', value: String(pupil.concerns) },
          ...figureFields.map(({ field, name }) => ({ key: name, value: figureText(pupil.figures[field]) })),
        ]}
      />
      <Table
        caption={`Chronology (${pupil.chronology.length} entries)`}
        rows={pupil.chronology}
        rowKey={(e) => e.id}
        columns={[
          { heading: 'Date', cell: (e) => formatDate(e.occurredOn) },
          { heading: 'What', cell: whatItIs },
          { heading: 'Detail', cell: (e) => <EntryText entry={e} /> },
          { heading: 'Recorded by', cell: (e) => `${e.recordedBy.displayName}, ${formatDateTime(e.recordedAt)}` },
          {
            heading: 'Standing',
            cell: (e) => <Tag colour={standing[e.status].colour}>{standing[e.status].words}</Tag>,
          },
        ]}
      />
      <ButtonLink href="/school/concerns/new">Log a concern</ButtonLink>
    </Page>
  );
}
