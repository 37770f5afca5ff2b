/**
 * Safety is scaled at 2 or lower: an immediate safety plan, and what was considered about the
 * child staying at home or being removed (Hakeem review, learning point 6). The same form serves
 * the contact and the protection pathways.
 */
import { useState } from 'react';
import { z } from 'zod';
import type { User } from '../../api/types.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../../components/display.js';
import { Checkboxes, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { requiredText } from '../../forms/values.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { type Participant, type SafetyPlan, safetyPlanSchema } from '../../machines.js';
import { useContact } from '../context.js';
import { useContactFlow } from '../useContactFlow.js';

/** Agencies that can take part or agree a plan, in plain words. */
export const participantAgencies: Record<Participant['agency'], string> = {
  'childrens-social-care': 'Children’s social care',
  police: 'Police',
  health: 'Health',
  education: 'School or nursery',
  'early-help': 'Early help',
  'adult-services': 'Adult services',
  probation: 'Probation',
  family: 'The family',
  other: 'Someone else',
};

function safetySchema(user: User) {
  return z
    .object({
      plan: requiredText('Write the safety plan: what will keep the child safe today and tonight'),
      removalConsidered: requiredText(
        'Say what was considered about the child staying at home or being removed, and what was decided',
      ),
      agreedWith: z.array(z.string()).min(1, { error: 'Say who agreed the safety plan' }),
    })
    .transform(
      (v): SafetyPlan => ({
        plan: v.plan,
        removalConsidered: v.removalConsidered,
        agreedWith: v.agreedWith.map((agency) => ({
          role: participantAgencies[agency as Participant['agency']],
          agency: agency as Participant['agency'],
        })),
        at: new Date().toISOString(),
        by: { userId: user.id, role: user.role },
      }),
    )
    .pipe(safetyPlanSchema);
}

/** The immediate safety plan form, for either pathway. */
export function SafetyPlanForm({
  user,
  caption,
  backHref,
  refusal,
  onDone,
}: {
  user: User;
  caption: string;
  backHref: string;
  refusal: string | null;
  onDone: (plan: SafetyPlan) => void;
}) {
  const { form, problems, submit } = useStepForm({
    schema: safetySchema(user),
    defaults: { plan: '', removalConsidered: '', agreedWith: [] },
    onValid: onDone,
  });
  usePageTitle('Immediate safety plan', problems.length > 0);
  const { register, formState, watch } = form;
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={caption}>Immediate safety plan</PageHeading>
          <WarningText>
            Professionals scaled the child’s safety at 2 or lower. Make a safety plan today and consider removal.
          </WarningText>
          {refusal ? <WarningText>{refusal}</WarningText> : null}
          <form noValidate onSubmit={submit}>
            <Textarea
              label="The safety plan"
              hint="What will keep the child safe today and tonight, who does what, and by when."
              registration={register('plan')}
              error={formState.errors.plan?.message}
              rows={5}
            />
            <Textarea
              label="Staying at home or removal"
              hint="What was considered, and what was decided and why."
              registration={register('removalConsidered')}
              error={formState.errors.removalConsidered?.message}
              rows={4}
            />
            <Checkboxes
              legend="Who agreed the plan"
              name="agreedWith"
              registration={register('agreedWith')}
              error={formState.errors.agreedWith?.message}
              selected={watch('agreedWith')}
              choices={Object.entries(participantAgencies).map(([value, label]) => ({ value, label }))}
            />
            <Button>Save and continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** The contact pathway's immediate safety plan page. */
export function SafetyPlanPage() {
  const { user } = useContact();
  const flow = useContactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <SafetyPlanForm
      user={user}
      caption="Safety scaled at 2 or lower"
      backHref={flow.backHref('safety-plan')}
      refusal={refusal}
      onDone={(plan) => setRefusal(flow.continueFrom('safety-plan', [{ type: 'RECORD_SAFETY_PLAN', plan }], true))}
    />
  );
}
