/**
 * The escalation pages follow the core's escalation machine: it decides which step page comes
 * next; a step page is a react-hook-form form ending in the machine's payload schema, with an
 * error summary that takes focus, and answers that survive going Back to the tracker.
 */
import { englandFramework, type EscalationEvent, type EscalationStepEvent, escalationStepEventSchema } from '@sightline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/types.js';
import type { EscalationPathway } from '../src/escalation/api.js';
import { accepts, nextStep, openSteps, startEscalation } from '../src/escalation/model.js';
import { ContactStep } from '../src/escalation/steps/ConversationSteps.js';
import type { StepProps } from '../src/escalation/steps/StepFrame.js';

const input = { caseRef: 'esc-1', asOf: '2025-03-14' };
const at = (day: string, time = '10:00:00') => `${day}T${time}Z`;
const worker = { role: 'duty social worker', agency: 'childrens-social-care' } as const;
const raised: EscalationEvent = {
  type: 'RECORD_DISAGREEMENT',
  at: at('2025-03-14'),
  disagreement: {
    decisionChallenged: 'Level 1: universal services',
    decisionDate: '2025-03-13',
    decisionBy: 'the front door',
    challenger: { role: 'designated safeguarding lead', agency: 'Example Primary' },
    challengerView: 'Attendance of 58% needs a multi-agency response.',
    stagesTried: [],
    newInformationSinceDecision: [],
    localProcedureNote: null,
  },
};
const contact: EscalationEvent = {
  type: 'RECORD_CONTACT',
  contact: { with: worker, at: at('2025-03-14', '11:00:00'), method: 'phone', summary: 'Asked them to look again.' },
};
const response = (resolvesConcern: boolean): EscalationEvent => ({
  type: 'RECORD_RESPONSE',
  response: { from: worker, at: at('2025-03-14', '12:00:00'), response: 'The decision stands.', resolvesConcern },
});
const now = new Date(at('2025-03-14', '13:00:00'));

const snapshotAfter = (events: EscalationEvent[]) => startEscalation(englandFramework, input, events).getSnapshot();

describe('the escalation machine decides the next page', () => {
  it('goes from the conversation to its outcome, then to the next stage when the outcome does not resolve it', () => {
    expect(nextStep(snapshotAfter([raised]), now)).toBe('contact');
    expect(openSteps(snapshotAfter([raised]), now)).not.toContain('next-stage');
    expect(nextStep(snapshotAfter([raised, contact]), now)).toBe('response');
    const refused = snapshotAfter([raised, contact, response(false)]);
    expect(nextStep(refused, now)).toBe('next-stage');
    const stage2 = snapshotAfter([
      raised,
      contact,
      response(false),
      { type: 'ESCALATE', at: at('2025-03-14', '13:00:00'), reason: 'No.' },
    ]);
    expect(stage2.context.stage?.number).toBe(2);
    expect(nextStep(stage2, now)).toBe('contact');
  });

  it('offers the resolution once a response resolves the concern, and nothing once it is resolved', () => {
    const agreed = snapshotAfter([raised, contact, response(true)]);
    expect(nextStep(agreed, now)).toBe('resolve');
    const done = snapshotAfter([
      raised,
      contact,
      response(true),
      {
        type: 'RESOLVE',
        resolution: {
          at: at('2025-03-14', '13:00:00'),
          outcome: 'decision-changed',
          detail: 'Agreed.',
          by: { userId: 'u', role: 'dsl' },
        },
      },
    ]);
    expect(nextStep(done, now)).toBeNull();
    expect(openSteps(done, now)).toEqual([]);
  });

  it('puts a due urgent referral first while the escalation carries on, and offers the next stage when the deadline has passed', () => {
    const risk = snapshotAfter([
      raised,
      { type: 'IMMEDIATE_RISK', risk: { at: at('2025-03-14', '12:00:00'), detail: 'Scared to go home.', reportedBy: 'DSL' } },
    ]);
    expect(nextStep(risk, now)).toBe('urgent-referral');
    expect(openSteps(risk, now)).toEqual(expect.arrayContaining(['contact', 'next-stage', 'immediate-risk', 'urgent-referral']));
    expect(openSteps(risk, now)).not.toContain('resolve');
    const late = new Date(at('2025-03-24'));
    const passed = snapshotAfter([raised, contact, { type: 'CHECK_DEADLINE', at: at('2025-03-24') }]);
    expect(passed.hasTag('next-stage-offered')).toBe(true);
    expect(nextStep(passed, late)).toBe('next-stage');
  });
});

const user: User = {
  id: 'user-1',
  username: 'dsl',
  displayName: 'Dee Ess',
  role: 'dsl',
  agency: { id: 'agency-1', name: 'Example Primary', kind: 'school' } as User['agency'],
  team: null,
  isDemo: false,
};

function pathwayAfter(events: EscalationEvent[]): EscalationPathway {
  const s = snapshotAfter(events);
  const stage = s.context.stage;
  return {
    input,
    events,
    state: s.value,
    status: 'active',
    stage: stage ? { ...stage, workingDays: 5 } : null,
    nextStageOffered: s.hasTag('next-stage-offered'),
    urgent: s.context.urgent,
    log: s.context.log,
  };
}

function stepProps(onDone: (e: EscalationStepEvent) => void): StepProps {
  return {
    pathway: pathwayAfter([raised]),
    framework: englandFramework,
    base: '/escalations/esc-1',
    today: '2025-03-14',
    user,
    keepKey: 'esc-1:contact:1',
    onDone,
    sendError: null,
    sending: false,
  };
}

describe('a step page', () => {
  it('shows the error summary with focus, keeps typed answers when the person goes Back and returns, and sends an event the machine takes', async () => {
    const onDone = vi.fn();
    const person = userEvent.setup();
    const first = render(<ContactStep {...stepProps(onDone)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Record your conversation');
    expect(screen.getByRole('link', { name: 'Tell Sightline and act now' }).getAttribute('href')).toBe(
      '/escalations/esc-1/immediate-risk',
    );
    await person.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Say who you spoke to or wrote to, by their role');
    expect(summary.textContent).toContain('Select how you were in touch');
    expect(onDone).not.toHaveBeenCalled();

    await person.type(screen.getByLabelText('Who you spoke to or wrote to'), 'duty social worker');
    await person.type(screen.getByLabelText('What was said'), 'Asked them to look again.');
    first.unmount(); // Back to the tracker
    render(<ContactStep {...stepProps(onDone)} />);
    expect((screen.getByLabelText('Who you spoke to or wrote to') as HTMLInputElement).value).toBe('duty social worker');
    expect((screen.getByLabelText('What was said') as HTMLTextAreaElement).value).toBe('Asked them to look again.');

    await person.click(screen.getByLabelText('Phone'));
    await person.clear(screen.getByLabelText('Date you were in touch'));
    await person.type(screen.getByLabelText('Date you were in touch'), '2025-03-14');
    await person.clear(screen.getByLabelText('Time'));
    await person.type(screen.getByLabelText('Time'), '09:30');
    await person.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    const event = onDone.mock.calls[0]?.[0] as EscalationStepEvent;
    expect(escalationStepEventSchema.parse(event)).toEqual(event);
    expect(event).toMatchObject({ type: 'RECORD_CONTACT', contact: { with: worker, method: 'phone' } });
    expect(accepts(snapshotAfter([raised]), event)).toBe(true);
  });
});
