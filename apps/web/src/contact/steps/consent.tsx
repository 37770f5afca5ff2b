/** Step: consent and information sharing, saying plainly when consent is not needed. */
import { assess, type CaseFacts, consentSchema, outcomeRank } from '@sightline/core';
import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { InsetText, NotificationBanner } from '../../components/display.js';
import { Radios, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { optionalText } from '../../forms/values.js';
import { assessmentDate } from '../../analysis/useAssessment.js';
import { useContact } from '../context.js';
import { withRecordHistory } from '../draft.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

const consentForm = z
  .object({
    status: z.enum(['given', 'refused', 'not-sought', 'unknown'], {
      error: 'Say whether the family agreed to information being shared',
    }),
    detail: optionalText,
  })
  .superRefine((v, ctx) => {
    if (v.status === 'refused' && v.detail === null)
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say who refused and what they said' });
    if (v.status === 'not-sought' && v.detail === null)
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say why consent was not asked for' });
  })
  .pipe(consentSchema);
type ConsentForm = z.input<typeof consentForm>;
type ConsentOut = z.output<typeof consentForm>;

const apply = (facts: CaseFacts, consent: ConsentOut): CaseFacts => ({ ...facts, consent });

/** Consent is not needed when the facts point to significant harm, or the engine says to share without it. */
export function consentNotNeeded(facts: CaseFacts, assessment: ReturnType<typeof assess>): boolean {
  return (
    assessment.actions.some((a) => a.code === 'action.share-without-consent') ||
    outcomeRank(assessment.recommendation.threshold) >= outcomeRank('significant-harm') ||
    facts.currentConcerns.some((c) => c.codes.includes('safety.immediate-danger'))
  );
}

function ConsentFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const { store, framework, today } = useContact();
  const assessment = useMemo(() => {
    const d = store.getSnapshot().draft;
    const f = withRecordHistory(facts, d.record);
    return assess(f, framework, assessmentDate(f, today));
  }, [facts, store, framework, today]);
  const notNeeded = consentNotNeeded(facts, assessment);
  const live = useCallback(
    (parsed: ConsentOut | null, raw: ConsentForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: consentForm,
    defaults: (saved as ConsentForm | undefined) ?? {
      status: (facts.consent?.status ?? '') as ConsentForm['status'],
      detail: facts.consent?.detail ?? '',
    },
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, formState, watch } = form;
  const chosen = watch('status');
  return (
    <StepPage
      title="Consent and information sharing"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
      intro={
        notNeeded ? (
          <NotificationBanner heading="You do not need consent to share information about this child.">
            <p className="govuk-body">
              The facts point to a risk of significant harm. Share what you know with the agencies who need it now, and tell the
              family you are doing so unless that would put the child at greater risk.
            </p>
            <p className="govuk-body-s">
              Source: Working Together to Safeguard Children; Information sharing advice for safeguarding practitioners (2024).
            </p>
          </NotificationBanner>
        ) : (
          <InsetText>
            For early help, ask the family’s agreement before sharing. If a child may be at risk of significant harm, you do not
            need it.
          </InsetText>
        )
      }
    >
      <Radios
        legend="Has the family agreed to information being shared?"
        name="status"
        registration={register('status')}
        error={formState.errors.status?.message}
        selected={[chosen ?? '']}
        choices={[
          { value: 'given', label: 'Yes, they agreed' },
          { value: 'refused', label: 'No, they refused' },
          { value: 'not-sought', label: 'Not asked', hint: 'For example because asking could put the child at risk.' },
          { value: 'unknown', label: 'Not known' },
        ]}
      />
      <Textarea
        label="Details (optional unless they refused or were not asked)"
        rows={3}
        registration={register('detail')}
        error={formState.errors.detail?.message}
      />
    </StepPage>
  );
}

const consentWords = { given: 'Agreed', refused: 'Refused', 'not-sought': 'Not asked', unknown: 'Not known' } as const;

/** The "consent and information sharing" step. */
export const consentStep: ContactStep = {
  id: 'consent',
  events: (facts) => (facts.consent ? [{ type: 'RECORD_CONSENT', consent: facts.consent }] : []),
  advances: true,
  title: 'Consent and information sharing',
  Form: ConsentFormView,
  isStarted: (facts) => facts.consent !== undefined,
  summary: (facts, href) => [
    {
      key: 'Consent to share',
      value: facts.consent
        ? `${consentWords[facts.consent.status]}${facts.consent.detail ? `: ${facts.consent.detail}` : ''}`
        : 'Not recorded',
      change: { href, label: 'consent' },
    },
  ],
};
