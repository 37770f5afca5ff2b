/**
 * Who the child is, part one: search existing records. The server proposes matches with its
 * reasons (same date of birth, a surname that sounds alike...); nothing is linked until the worker
 * says which record is this child.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError, NetworkError } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import type { Candidate, PersonInput } from '../../api/types.js';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary.js';
import { BackLink, Button, ButtonGroup, InsetText } from '../../components/display.js';
import { Radios, TextInput } from '../../components/fields.js';
import { problemsFrom } from '../../forms/problems.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { useContact } from '../context.js';
import { useContactFlow } from '../useContactFlow.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const searchSchema = z
  .object({
    givenName: z.string().trim().max(100),
    familyName: z.string().trim().max(100),
    day: z.string().trim(),
    month: z.string().trim(),
    year: z.string().trim(),
    nhsNumber: z.string().trim().max(20),
    postcode: z.string().trim().max(10),
  })
  .superRefine((v, ctx) => {
    const anyDate = v.day || v.month || v.year;
    if (anyDate) {
      const iso = `${v.year.padStart(4, '0')}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}`;
      const d = new Date(`${iso}T00:00:00Z`);
      if (!isoDate.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
        ctx.addIssue({ code: 'custom', path: ['day'], message: 'Date of birth must be a real date, like 27 3 2017' });
      }
    }
    if (!v.familyName && !anyDate && !v.nhsNumber && !v.postcode) {
      ctx.addIssue({
        code: 'custom',
        path: ['familyName'],
        message: 'Enter a family name, date of birth, NHS number or postcode to search',
      });
    }
  });
type Search = z.infer<typeof searchSchema>;

function toPerson(v: Search): PersonInput {
  const dob =
    v.year && v.month && v.day ? `${v.year.padStart(4, '0')}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}` : null;
  return {
    kind: 'child',
    givenName: v.givenName,
    familyName: v.familyName,
    dateOfBirth: dob,
    nhsNumber: v.nhsNumber || null,
    postcode: v.postcode || null,
  };
}

/** "Child AB": a neutral label from a name's initials, for the decision record. */
export function labelFromName(givenName: string, familyName: string): string {
  const initials = `${givenName.charAt(0)}${familyName.charAt(0)}`.toUpperCase();
  return initials ? `Child ${initials}` : '';
}

function describeCandidate(c: Candidate): string {
  const born = c.person.dateOfBirth ? `, born ${c.person.dateOfBirth}` : '';
  return `${c.person.givenName} ${c.person.familyName}${born}${c.person.postcode ? `, ${c.person.postcode}` : ''}`;
}

/** The records search page. */
export function RecordsPage() {
  const { store } = useContact();
  const flow = useContactFlow();
  const opened = useMemo(() => store.getSnapshot().draft, [store]);
  const subject = opened.identities.subject;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [choice, setChoice] = useState<string>(opened.links.find((l) => l.role === 'subject')?.personId ?? '');
  const [choiceError, setChoiceError] = useState<string | undefined>(undefined);
  const dob = subject?.dateOfBirth?.split('-') ?? [];
  const form = useForm<Search>({
    resolver: zodResolver(searchSchema),
    shouldFocusError: false,
    defaultValues: {
      givenName: subject?.givenName ?? '',
      familyName: subject?.familyName ?? '',
      year: dob[0] ?? '',
      month: dob[1] ?? '',
      day: dob[2] ?? '',
      nhsNumber: subject?.nhsNumber ?? '',
      postcode: subject?.postcode ?? '',
    },
  });
  const { register, formState } = form;
  usePageTitle('Find the child’s records', problems.length > 0);

  const search = form.handleSubmit(
    async (v) => {
      setProblems([]);
      setSearchError(null);
      const person = toPerson(v);
      store.update((d) => ({ ...d, identities: { ...d.identities, subject: person }, forms: { ...d.forms, records: v } }));
      try {
        const { candidates: found } = await api.matches(person);
        setCandidates(found);
      } catch (error) {
        if (error instanceof ApiError && error.issues.length > 0) {
          setProblems(error.issues.map((i) => ({ fieldId: 'f-familyName', message: i.message })));
        } else {
          setSearchError(
            error instanceof NetworkError
              ? 'Records cannot be searched while you are offline. You can carry on and search later.'
              : 'Records could not be searched. Try again.',
          );
        }
      }
    },
    (errors) => setProblems(problemsFrom(errors)),
  );

  const carryOn = () => {
    if (candidates && candidates.length > 0 && !choice) {
      setChoiceError('Select the record that is this child, or “None of these”');
      setProblems([{ fieldId: 'f-candidate', message: 'Select the record that is this child, or “None of these”' }]);
      return;
    }
    const picked = candidates?.find((c) => c.person.id === choice);
    const person = store.getSnapshot().draft.identities.subject;
    store.update((d) => ({
      ...d,
      links: [
        ...d.links.filter((l) => l.role !== 'subject'),
        ...(picked
          ? [
              {
                personId: picked.person.id,
                role: 'subject' as const,
                memberId: null,
                reasons: picked.reasons,
                label: describeCandidate(picked),
              },
            ]
          : []),
      ],
      facts:
        d.facts.child.label === '' && person
          ? { ...d.facts, child: { ...d.facts.child, label: labelFromName(person.givenName, person.familyName) } }
          : d.facts,
    }));
    flow.continueFrom('records', [], false);
  };

  const errors = formState.errors;
  return (
    <>
      <BackLink href={flow.backHref('records')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption="New contact">Find the child’s records</PageHeading>
          <p className="govuk-body">
            History on record must inform the decision. Search before you start, so past contacts, plans and siblings’ plans are
            not missed.
          </p>
          <form noValidate onSubmit={search}>
            <TextInput label="Given name" registration={register('givenName')} width="20" autoComplete="off" spellCheck={false} />
            <TextInput
              label="Family name"
              hint="We also look for other spellings and previous surnames."
              registration={register('familyName')}
              error={errors.familyName?.message}
              width="20"
              autoComplete="off"
              spellCheck={false}
            />
            <div className={`govuk-form-group${errors.day ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset" aria-describedby={`dob-hint${errors.day ? ' f-day-error' : ''}`}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date of birth</legend>
                <div id="dob-hint" className="govuk-hint">
                  For example, 27 3 2017
                </div>
                {errors.day ? (
                  <p id="f-day-error" className="govuk-error-message">
                    <span className="govuk-visually-hidden">Error:</span> {errors.day.message}
                  </p>
                ) : null}
                <div className="govuk-date-input">
                  {(['day', 'month', 'year'] as const).map((part) => (
                    <div className="govuk-date-input__item" key={part}>
                      <div className="govuk-form-group">
                        <label className="govuk-label govuk-date-input__label" htmlFor={`f-${part}`}>
                          {part === 'day' ? 'Day' : part === 'month' ? 'Month' : 'Year'}
                        </label>
                        <input
                          className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? '4' : '2'}${errors.day ? ' govuk-input--error' : ''}`}
                          id={`f-${part}`}
                          type="text"
                          inputMode="numeric"
                          {...register(part)}
                        />
                      </div>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <TextInput
              label="NHS number (optional)"
              registration={register('nhsNumber')}
              width="10"
              inputMode="numeric"
              spellCheck={false}
            />
            <TextInput label="Postcode (optional)" registration={register('postcode')} width="10" autoComplete="off" />
            <Button variant="secondary">Search records</Button>
          </form>
          {searchError ? <InsetText>{searchError}</InsetText> : null}
          {candidates !== null ? (
            <section aria-labelledby="results-heading">
              <h2 className="govuk-heading-m" id="results-heading">
                {candidates.length === 0
                  ? 'No records found'
                  : `${candidates.length} possible record${candidates.length === 1 ? '' : 's'}`}
              </h2>
              {candidates.length > 0 ? (
                <Radios
                  legend="Which record is this child?"
                  name="candidate"
                  registration={{
                    name: 'candidate',
                    onChange: async (e) => {
                      setChoice((e.target as HTMLInputElement).value);
                      setChoiceError(undefined);
                    },
                    onBlur: async () => undefined,
                    ref: () => undefined,
                  }}
                  error={choiceError}
                  selected={[choice]}
                  choices={[
                    ...candidates.map((c) => ({
                      value: c.person.id,
                      label: describeCandidate(c),
                      hint: `Why: ${c.reasons.join('; ')}`,
                    })),
                    { value: 'none', label: 'None of these: this child is not on record' },
                  ]}
                />
              ) : (
                <p className="govuk-body">The child will be added to the records when you continue.</p>
              )}
            </section>
          ) : null}
          <ButtonGroup>
            <Button type="button" onClick={carryOn}>
              Continue
            </Button>
          </ButtonGroup>
        </div>
      </div>
    </>
  );
}
