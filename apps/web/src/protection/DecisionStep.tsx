/** The protection decision: no further action, a child in need plan or a child protection plan, in the framework's words. */
import { type Assessment, decisionScale, type Framework, isBelowRecommendation, type Recommendation } from '@sightline/core';
import { useMemo } from 'react';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../components/display.js';
import { Radios, Textarea } from '../components/fields.js';
import { useStepForm } from '../forms/useStepForm.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';

export interface ProtectionDecision {
  levelId: string;
  analysis: string;
  reason: string | null;
}

/** True when choosing `levelId` on the cin-cp scale would be below the recommendation. */
export function isBelowFor(framework: Framework, recommendation: Recommendation, levelId: string): boolean {
  const option = decisionScale(framework, 'cin-cp').find((o) => o.levelId === levelId);
  return option ? isBelowRecommendation(framework, option, recommendation) : false;
}

function decisionSchemaFor(framework: Framework, recommendation: Recommendation) {
  const below = (levelId: string) => isBelowFor(framework, recommendation, levelId);
  return z
    .object({
      levelId: z.string().min(1, { error: 'Select your decision' }),
      analysis: z.string().trim().min(1, { error: 'Write your analysis' }).max(4000),
      reason: z.string().trim().max(4000),
    })
    .superRefine((v, ctx) => {
      if (v.levelId && below(v.levelId) && !v.reason)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give the reason for deciding below the recommendation' });
    })
    .transform(
      (v): ProtectionDecision => ({ levelId: v.levelId, analysis: v.analysis, reason: below(v.levelId) ? v.reason : null }),
    );
}

/** The decision page of the protection pathway. */
export function ProtectionDecisionStep({
  framework,
  assessment,
  backHref,
  childLabel,
  refusal,
  onDone,
}: {
  framework: Framework;
  assessment: Assessment;
  backHref: string;
  childLabel: string;
  refusal: string | null;
  onDone: (d: ProtectionDecision) => void;
}) {
  const r = assessment.recommendation;
  const options = decisionScale(framework, 'cin-cp');
  const schema = useMemo(() => decisionSchemaFor(framework, r), [framework, r]);
  const { form, problems, submit } = useStepForm({
    schema,
    defaults: { levelId: '', analysis: '', reason: '' },
    onValid: onDone,
  });
  usePageTitle('Your decision', problems.length > 0);
  const { register, formState, watch } = form;
  const levelId = watch('levelId');
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={`Child protection: ${childLabel}`}>Your decision</PageHeading>
          <div className="govuk-panel govuk-panel--informational">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Sightline recommends: {r.levelName}</h2>
            <p className="govuk-body govuk-!-margin-bottom-0">{r.summary}</p>
          </div>
          {refusal ? <WarningText>{refusal}</WarningText> : null}
          <form noValidate onSubmit={submit}>
            <Radios
              legend="What is your decision?"
              name="levelId"
              registration={register('levelId')}
              error={formState.errors.levelId?.message}
              selected={[levelId]}
              choices={options.map((o) => ({
                value: o.levelId,
                label: `${o.name}${o.levelId === r.levelId ? ' (recommended)' : ''}`,
              }))}
            />
            {levelId && isBelowFor(framework, r, levelId) ? (
              <>
                <WarningText>This is below the recommendation. Say why; a manager will be asked to sign it off.</WarningText>
                <Textarea
                  label="Why you decided below the recommendation"
                  registration={register('reason')}
                  error={formState.errors.reason?.message}
                  rows={4}
                />
              </>
            ) : null}
            <Textarea
              label="Your analysis"
              registration={register('analysis')}
              error={formState.errors.analysis?.message}
              rows={5}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
