/**
 * "I disagree": the DSL records the disagreement and stage 1 opens with its deadline. If the child
 * is at immediate risk, the page says plainly to make an urgent referral or call the police now;
 * the escalation continues alongside.
 */
import { type Disagreement, disagreementSchema } from '@sightline/core';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import type { Case } from '../api/types.js';
import { navigate } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../components/display.js';
import { Radios, TextInput, Textarea } from '../components/fields.js';
import { useStepForm } from '../forms/useStepForm.js';
import { linesList, optionalText, requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';

const raiseSchema = z.object({
  decisionChallenged: requiredText('Say which decision you disagree with', 500),
  challengerView: requiredText('Say why you disagree'),
  newInformation: linesList,
  immediateRisk: z.enum(['yes', 'no'], { error: 'Say whether the child is at immediate risk now' }),
  urgentNote: optionalText,
});

/** The guidance shown when the child is at immediate risk. */
export function ImmediateRiskGuidance() {
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="urgent-title" data-testid="urgent-guidance">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="urgent-title">
          Act now
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Make an urgent referral to the front door by phone now, or call the police on 999.
        </p>
        <p className="govuk-body">Do not wait for the escalation: it continues alongside. Record what you did below.</p>
      </div>
    </div>
  );
}

/** The raise an escalation page. */
export function RaiseEscalationPage({ caseId }: { caseId: string | null }) {
  const user = useUser();
  const [c, setCase] = useState<Case | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  useEffect(() => {
    if (caseId) void api.case(caseId).then(setCase, () => setCase(null));
  }, [caseId]);
  const decision = c?.decisions.at(-1);
  const { form, problems, submit } = useStepForm({
    schema: raiseSchema,
    defaults: { decisionChallenged: '', challengerView: '', newInformation: '', immediateRisk: '' as 'no', urgentNote: '' },
    onValid: (v) => {
      const disagreement: Disagreement = disagreementSchema.parse({
        decisionChallenged: v.decisionChallenged,
        decisionDate: decision?.createdAt?.slice(0, 10) ?? null,
        decisionBy: c?.ownerAgency.name ?? 'the front door',
        challenger: { role: 'designated safeguarding lead', agency: user.agency.name },
        challengerView: v.challengerView,
        stagesTried: [],
        newInformationSinceDecision: v.newInformation,
        localProcedureNote: null,
      });
      setSendError(null);
      api
        .raiseEscalation({
          caseId,
          disagreement,
          between: `${user.agency.name} DSL and the duty social worker`,
          urgent: v.immediateRisk === 'yes',
          note: [v.challengerView, v.urgentNote].filter(Boolean).join('\n\n'),
        })
        .then((e) => navigate(`/escalations/${e.id}`))
        .catch((e: unknown) => setSendError(e instanceof Error ? e.message : String(e)));
    },
  });
  const { register, formState, watch, setValue } = form;
  useEffect(() => {
    if (decision && !form.getValues('decisionChallenged'))
      setValue('decisionChallenged', `${decision.levelName} (${c?.facts.child.label ?? ''})`);
  }, [decision, c, form, setValue]);
  const risk = watch('immediateRisk');
  const allProblems = sendError
    ? [...problems, { fieldId: 'f-decisionChallenged', message: `The disagreement could not be recorded: ${sendError}` }]
    : problems;
  usePageTitle('Disagree with a decision', allProblems.length > 0);
  return (
    <>
      <BackLink href={caseId ? `/school/referrals/${caseId}` : '/escalations'} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={allProblems} />
          <PageHeading caption="Resolving a professional disagreement">Disagree with a decision</PageHeading>
          <form noValidate onSubmit={submit}>
            <Radios
              legend="Is the child at immediate risk now?"
              name="immediateRisk"
              registration={register('immediateRisk')}
              error={formState.errors.immediateRisk?.message}
              selected={[risk]}
              choices={[
                {
                  value: 'yes',
                  label: 'Yes',
                  conditional: (
                    <>
                      <ImmediateRiskGuidance />
                      <Textarea
                        label="What you have done (optional)"
                        hint="For example: called the front door at 10:15, spoke to the duty manager."
                        registration={register('urgentNote')}
                        rows={2}
                      />
                    </>
                  ),
                },
                { value: 'no', label: 'No' },
              ]}
            />
            <TextInput
              label="The decision you disagree with"
              registration={register('decisionChallenged')}
              error={formState.errors.decisionChallenged?.message}
            />
            <Textarea
              label="Why you disagree"
              hint="What the decision does not take into account, in plain words."
              registration={register('challengerView')}
              error={formState.errors.challengerView?.message}
              rows={5}
            />
            <Textarea
              label="New information since the decision (optional)"
              hint="One item on each line."
              registration={register('newInformation')}
              rows={3}
            />
            <WarningText>
              Stage 1 starts now: you and the worker who decided try to resolve it, with a deadline in working days.
            </WarningText>
            <Button>Start the escalation</Button>
          </form>
        </div>
      </div>
    </>
  );
}
