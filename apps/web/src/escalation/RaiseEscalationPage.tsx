/**
 * "I disagree": the first step of the escalation pathway (the machine's RECORD_DISAGREEMENT). The
 * server records it and opens the stage the machine opens, with its deadline. If the child is at
 * immediate risk, the page says plainly to make an urgent referral or call the police now, and the
 * risk is recorded as its own step (IMMEDIATE_RISK) while the escalation continues alongside.
 */
import { type Disagreement, immediateRiskSchema, recordDisagreementEventSchema } from '@sightline/core';
import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import type { Case, User } from '../api/types.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../components/display.js';
import { Radios, TextInput, Textarea } from '../components/fields.js';
import { useFramework } from '../framework/framework.js';
import { useStepForm } from '../forms/useStepForm.js';
import { linesList, requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { forgetAnswers, keepAnswers, keptAnswers, useKeptAnswers } from './answers.js';
import { escalationApi } from './api.js';
import { accepts, actorFromPathway, nextStep, startNewEscalation } from './model.js';
import { ImmediateRiskGuidance } from './parts.js';
import { reporterOf } from './steps/RiskSteps.js';

/** The form, ending in the machine's own event schema (and the immediate-risk payload when there is one). */
function raiseForm(c: Case | null, user: User) {
  const decision = c?.decisions.at(-1);
  return z
    .object({
      decisionChallenged: requiredText('Say which decision you disagree with', 500),
      challengerView: requiredText('Say why you disagree'),
      newInformation: linesList,
      immediateRisk: z.enum(['yes', 'no'], { error: 'Say whether the child is at immediate risk now' }),
      riskDetail: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      if (v.immediateRisk === 'yes' && v.riskDetail === '')
        ctx.addIssue({ code: 'custom', path: ['riskDetail'], message: 'Say what puts the child at immediate risk now' });
    })
    .transform((v) => {
      const at = new Date().toISOString();
      const disagreement: Disagreement = {
        decisionChallenged: v.decisionChallenged,
        decisionDate: decision?.createdAt?.slice(0, 10) ?? null,
        decisionBy: c?.ownerAgency.name ?? 'the front door',
        challenger: { role: 'designated safeguarding lead', agency: user.agency.name },
        challengerView: v.challengerView,
        stagesTried: [],
        newInformationSinceDecision: v.newInformation,
        localProcedureNote: null,
      };
      return {
        event: { type: 'RECORD_DISAGREEMENT' as const, disagreement, at },
        risk: v.immediateRisk === 'yes' ? { at, detail: v.riskDetail, reportedBy: reporterOf(user) } : null,
      };
    })
    .pipe(
      z.object({
        event: recordDisagreementEventSchema,
        risk: immediateRiskSchema.nullable(),
      }),
    );
}

/** The raise an escalation page. */
export function RaiseEscalationPage({ caseId }: { caseId: string | null }) {
  const user = useUser();
  const { framework } = useFramework();
  const [c, setCase] = useState<Case | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (caseId) void api.case(caseId).then(setCase, () => setCase(null));
  }, [caseId]);
  const decision = c?.decisions.at(-1);
  const schema = useMemo(() => raiseForm(c, user), [c, user]);
  const keepKey = `raise:${caseId ?? ''}`;
  const { form, problems, submit } = useStepForm({
    schema,
    defaults: keptAnswers(keepKey, {
      decisionChallenged: '',
      challengerView: '',
      newInformation: '',
      immediateRisk: '' as 'no',
      riskDetail: '',
    }),
    onValid: ({ event, risk }) => {
      if (!framework) return;
      // The machine checks the step before it is sent; the server replays it again.
      const machine = startNewEscalation(framework, todayIso());
      const accepted = accepts(machine.getSnapshot(), event);
      machine.stop();
      if (!accepted) {
        setSendError('Sightline could not accept this disagreement. Check the answers and try again.');
        return;
      }
      setSendError(null);
      setSending(true);
      escalationApi
        .raise({
          caseId,
          disagreement: event.disagreement,
          between: `${user.agency.name} DSL and ${c?.ownerAgency.name ?? 'the front door'}`,
          note: event.disagreement.challengerView,
        })
        .then(async (raised) => {
          forgetAnswers(keepKey);
          let answer = raised;
          if (risk) {
            try {
              answer = await escalationApi.step(raised.id, { type: 'IMMEDIATE_RISK', risk });
            } catch {
              // The disagreement is recorded; the risk page opens with what was typed, to send again.
              keepAnswers(`${raised.id}:immediate-risk:${raised.pathway?.stage?.number ?? 0}`, { detail: risk.detail });
              navigate(`/escalations/${raised.id}/immediate-risk`);
              return;
            }
          }
          const after = answer.pathway ? actorFromPathway(framework, answer.pathway) : null;
          const then = after ? nextStep(after.getSnapshot(), new Date()) : null;
          after?.stop();
          navigate(`/escalations/${raised.id}${then ? `/${then}` : ''}`);
        })
        .catch((e: unknown) => {
          setSending(false);
          setSendError(`The disagreement could not be recorded: ${e instanceof Error ? e.message : String(e)}`);
        });
    },
  });
  useKeptAnswers(keepKey, form);
  const { register, formState, watch, setValue } = form;
  useEffect(() => {
    if (decision && !form.getValues('decisionChallenged'))
      setValue('decisionChallenged', `${decision.levelName} (${c?.facts.child.label ?? ''})`);
  }, [decision, c, form, setValue]);
  const risk = watch('immediateRisk');
  const allProblems = sendError ? [...problems, { fieldId: 'send', message: sendError }] : problems;
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
                      <ImmediateRiskGuidance>
                        <p className="govuk-body">Then finish this page: the escalation continues alongside.</p>
                      </ImmediateRiskGuidance>
                      <Textarea
                        label="What puts the child at immediate risk now"
                        hint="What happened or what you were told today. You record the referral you made on the next page."
                        registration={register('riskDetail')}
                        error={formState.errors.riskDetail?.message}
                        rows={3}
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
            <Button id="send" disabled={sending || !framework}>
              {sending ? 'Recording…' : 'Start the escalation'}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
