/**
 * The child is in immediate danger: protect them now, before deciding anything else. The worker
 * records what was done today (police protection, an emergency order, a strategy discussion today).
 */
import { useState } from 'react';
import { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../../components/display.js';
import { Radios, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { requiredText } from '../../forms/values.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { useContact } from '../context.js';
import { useContactFlow } from '../useContactFlow.js';

const actions = {
  'police-protection': 'The police took the child into police protection',
  'emergency-protection-order': 'An emergency protection order was applied for',
  'strategy-discussion-today': 'A strategy discussion is being held today',
  'child-made-safe-with-agreed-adult': 'The child is safe today with an adult agreed by the professionals',
  other: 'Something else',
} as const;

const protectSchema = z.object({
  action: z.enum(Object.keys(actions) as [keyof typeof actions, ...(keyof typeof actions)[]], {
    error: 'Select what was done to protect the child',
  }),
  detail: requiredText('Say what was done, by whom and when'),
});

/** The immediate protection page. */
export function ProtectPage() {
  const { user } = useContact();
  const flow = useContactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { form, problems, submit } = useStepForm({
    schema: protectSchema,
    defaults: { action: '' as 'other', detail: '' },
    onValid: (v) =>
      setRefusal(
        flow.continueFrom(
          'protect',
          [
            {
              type: 'RECORD_IMMEDIATE_PROTECTION',
              protection: {
                action: v.action,
                detail: v.detail,
                at: new Date().toISOString(),
                by: { userId: user.id, role: user.role },
              },
            },
          ],
          true,
        ),
      ),
  });
  usePageTitle('Protect the child now', problems.length > 0);
  const { register, formState } = form;
  return (
    <>
      <BackLink href={flow.backHref('protect')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption="Immediate danger">Protect the child now</PageHeading>
          <WarningText>
            The child is in immediate danger. Call the police on 999 if they are not already involved. Decide the rest afterwards.
          </WarningText>
          {refusal ? <WarningText>{refusal}</WarningText> : null}
          <form noValidate onSubmit={submit}>
            <Radios
              legend="What was done to protect the child today?"
              name="action"
              registration={register('action')}
              error={formState.errors.action?.message}
              choices={Object.entries(actions).map(([value, label]) => ({ value, label }))}
            />
            <Textarea
              label="What was done, by whom and when"
              registration={register('detail')}
              error={formState.errors.detail?.message}
              rows={4}
            />
            <Button>Save and continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
