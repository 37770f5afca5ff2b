/**
 * The pathway's own order of steps and guards, checked by the server before a decision. When the
 * web app drove the pathway machine, the server replays the same events from the stored facts:
 * any event the machine refuses, or a decision the machine would not accept at that point, is a
 * 409, and the facts the machine arrives at are the facts that get assessed and sealed. Without
 * events (an API client), a contact still cannot be decided until history checks are recorded
 * (invariant 4).
 */
import {
  type CaseFacts,
  contactMachine,
  type DecideInput,
  escalationMachine,
  type Framework,
  type MachineRef,
  protectionMachine,
  replay,
} from '@sightline/core';
import type { MachineEvent } from '@sightline/store';
import { conflict } from '../http/errors.js';

/** Events the server performs itself when it records a decision; a client's copies are set aside. */
const serverEvents = new Set(['DECIDE', 'CONFIRM', 'SIGN_OFF', 'FINISH']);

export interface PathwayInput {
  caseRef: string;
  framework: Framework;
  asOf: string;
}

function machineFor(pathway: CaseFacts['pathway']) {
  if (pathway === 'contact') return contactMachine;
  if (pathway === 'cin-cp') return protectionMachine;
  return escalationMachine;
}

function refuseIfAny(
  result: { refused: { index: number; type: string; state: unknown; reason: string }[]; error: string | null },
  what: string,
): void {
  const first = result.refused[0];
  if (first) {
    throw conflict(`${what}: step ${first.index + 1} (${first.type}) was not accepted at that point`, {
      reason: 'machine-refused',
      refused: { index: first.index, type: first.type, state: first.state, why: first.reason },
    });
  }
}

/** The facts to assess: what the machine's events arrive at, or the stored facts when there are none. */
export function factsAfterSteps(
  facts: CaseFacts,
  events: readonly MachineEvent[],
  input: PathwayInput,
): { facts: CaseFacts; machine: MachineRef | null } {
  const clientEvents = events.filter((e) => !serverEvents.has(e.type));
  if (clientEvents.length === 0) {
    if (facts.pathway === 'contact' && (facts.historyChecks ?? []).length === 0) {
      throw conflict('Record the history checks (done, or not possible and why) before deciding on a contact', {
        reason: 'history-checks-missing',
      });
    }
    return { facts, machine: null };
  }
  const machine = machineFor(facts.pathway);
  const result = replay(machine, { ...input, facts }, clientEvents);
  refuseIfAny(result, 'The pathway cannot reach a decision');
  const context = result.snapshot.context as { facts: CaseFacts; machine: MachineRef };
  return { facts: context.facts, machine: { id: context.machine.id, version: context.machine.version } };
}

/** Throws 409 unless the pathway machine accepts this decision after the client's events. */
export function checkDecisionAccepted(
  facts: CaseFacts,
  events: readonly MachineEvent[],
  input: PathwayInput,
  decision: DecideInput,
): void {
  const clientEvents = events.filter((e) => !serverEvents.has(e.type));
  if (clientEvents.length === 0 || facts.pathway === 'escalation') return;
  const result = replay(machineFor(facts.pathway), { ...input, facts }, [...clientEvents, { type: 'DECIDE', decision }]);
  const refusedDecision = result.refused.find((r) => r.index === clientEvents.length);
  if (refusedDecision) {
    throw conflict('The pathway is not at the decision yet: finish the earlier steps first', {
      reason: 'not-ready-to-decide',
      refused: { index: refusedDecision.index, type: 'DECIDE', state: refusedDecision.state, why: refusedDecision.reason },
    });
  }
  refuseIfAny(result, 'The pathway cannot reach a decision');
}
