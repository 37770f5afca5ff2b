/**
 * The decision, in the partnership's own level names. The recommendation shows first; choosing a
 * level below it asks for the reason, and the decision then goes to a manager for sign-off.
 */
import {
  contactScale,
  decisionScale,
  type Framework,
  isBelowRecommendation,
  type Level,
  type Recommendation,
} from '@sightline/core';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { useAssessment } from '../../analysis/useAssessment.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../../components/display.js';
import { useContactFlow } from '../useContactFlow.js';
import { Radios, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { useContact } from '../context.js';
import { type DecisionAnswers, withRecordHistory } from '../draft.js';

/** The levels a worker can choose for this child: pre-birth only for an unborn child. */
export function levelsFor(framework: Framework, unborn: boolean): Level[] {
  return framework.levels.filter((l) => (unborn ? true : l.outcome !== 'pre-birth'));
}

/**
 * True when choosing the contact-scale `value` would be below the recommendation, by the core's own
 * rule (a pre-birth recommendation is met by a pre-birth referral or a child in need assessment up).
 */
export function isBelow(framework: Framework, value: string, recommendation: Recommendation): boolean {
  const option = decisionScale(framework, 'contact').find((o) => o.value === value);
  return option ? isBelowRecommendation(framework, option, recommendation) : false;
}

function decisionSchema(framework: Framework, recommendation: Recommendation) {
  return z
    .object({
      value: z.string().min(1, { error: 'Select your decision' }),
      analysis: z.string().trim().min(1, { error: 'Write your analysis: why this decision, in your own words' }).max(4000),
      overrideReason: z.string().trim().max(4000),
    })
    .superRefine((v, ctx) => {
      if (v.value && isBelow(framework, v.value, recommendation) && v.overrideReason === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['overrideReason'],
          message: 'Give the reason for deciding below the recommendation',
        });
      }
    });
}

/** The decision page. */
export function DecisionPage() {
  const { store, framework, today, user } = useContact();
  const flow = useContactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const opened = useMemo(() => store.getSnapshot().draft, [store]);
  const facts = useMemo(() => withRecordHistory(opened.facts, opened.record), [opened]);
  const assessment = useAssessment(facts, framework, today);
  const r = assessment.recommendation;
  const schema = useMemo(() => decisionSchema(framework, r), [framework, r]);
  const saved = opened.decision ?? (opened.forms.decision as DecisionAnswers | undefined);
  const { form, problems, submit } = useStepForm({
    schema,
    defaults: { value: saved?.value ?? '', analysis: saved?.analysis ?? '', overrideReason: saved?.overrideReason ?? '' },
    onLive: (_parsed, raw) => store.update((d) => ({ ...d, forms: { ...d.forms, decision: raw } })),
    onValid: (v) => {
      store.update((d) => ({ ...d, decision: v }));
      const level = framework.levels.find((l) => contactScale[l.outcome] === v.value);
      const below = isBelow(framework, v.value, r);
      setRefusal(
        flow.continueFrom(
          'decision',
          [
            {
              type: 'DECIDE',
              decision: {
                levelId: level?.id ?? v.value,
                analysis: v.analysis,
                reason: below ? v.overrideReason : null,
                by: { userId: user.id, role: user.role },
              },
            },
          ],
          true,
        ),
      );
    },
  });
  usePageTitle('Your decision', problems.length > 0);
  const { register, formState, watch } = form;
  const value = watch('value');
  const below = value ? isBelow(framework, value, r) : false;
  const levels = levelsFor(framework, facts.child.unborn);
  return (
    <>
      <BackLink href={flow.backHref('decision')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={`Contact about ${facts.child.label}`}>Your decision</PageHeading>
          <div className="govuk-panel govuk-panel--informational">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Sightline recommends: {r.levelName}</h2>
            <p className="govuk-body govuk-!-margin-bottom-0">{r.summary}</p>
          </div>
          {refusal ? <WarningText>{refusal}</WarningText> : null}
          <form noValidate onSubmit={submit}>
            <Radios
              legend="What should happen next?"
              hint={`Levels of ${framework.partnership}.`}
              name="value"
              registration={register('value')}
              error={formState.errors.value?.message}
              selected={[value]}
              choices={levels.map((l) => ({
                value: contactScale[l.outcome],
                label: `${l.name}${l.id === r.levelId ? ' (recommended)' : ''}`,
                hint: `${l.meaning}. ${l.response}.`,
              }))}
            />
            {below ? (
              <>
                <WarningText>This is below the recommendation. Say why, and a manager will be asked to sign it off.</WarningText>
                <Textarea
                  label="Why you decided below the recommendation"
                  hint="Name what the recommendation does not take into account."
                  registration={register('overrideReason')}
                  error={formState.errors.overrideReason?.message}
                  rows={4}
                />
              </>
            ) : null}
            <Textarea
              label="Your analysis"
              hint="In your own words: what you weighed, and why this is the right response for this child."
              registration={register('analysis')}
              error={formState.errors.analysis?.message}
              rows={6}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
