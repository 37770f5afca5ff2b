/**
 * Replaying a pathway's events, as the server does to check what a client sent: start the machine
 * with its input, send each event in order and report every event that changed nothing (a guard
 * refused it, it does not apply in that step, or the pathway had already finished).
 */
import {
  type AnyStateMachine,
  createActor,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';

export interface ReplayRefusal {
  /** Position of the event in the list given. */
  index: number;
  type: string;
  /** The state the machine was in when the event was refused. */
  state: StateValue;
  reason: 'no-effect' | 'malformed' | 'finished' | 'error';
}

export interface ReplayResult<TMachine extends AnyStateMachine> {
  snapshot: SnapshotFrom<TMachine>;
  /** True when the pathway reached its final state. */
  done: boolean;
  /** Events that had no effect, in order; empty when every event was accepted. */
  refused: ReplayRefusal[];
  /** The error that stopped the machine, if one did. */
  error: string | null;
}

const isEvent = (value: unknown): value is { type: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  !(value as { type: string }).type.startsWith('xstate.');

/**
 * Starts `machine` with `input`, sends `events` in order and returns the last snapshot with the
 * list of events that had no effect. Pure: the actor lives only inside this call.
 *
 * @example
 * const { snapshot, refused } = replay(contactMachine, input, events);
 * if (refused.length > 0) reject(refused[0]); // the first event the server will not accept
 */
export function replay<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: InputFrom<TMachine>,
  events: readonly EventFromLogic<TMachine>[] | readonly unknown[],
): ReplayResult<TMachine> {
  const actor = createActor(machine as AnyStateMachine, { input });
  const subscription = actor.subscribe({ error: () => undefined });
  actor.start();
  const refused: ReplayRefusal[] = [];
  for (const [index, event] of events.entries()) {
    const before = actor.getSnapshot();
    const type = isEvent(event) ? event.type : String((event as { type?: unknown } | null)?.type ?? typeof event);
    const refusal = (reason: ReplayRefusal['reason']) => refused.push({ index, type, state: before.value, reason });
    if (before.status === 'error') refusal('error');
    else if (!isEvent(event)) refusal('malformed');
    else if (before.status === 'done') refusal('finished');
    else {
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.status === 'error') refusal('error');
      else if (after === before) refusal('no-effect');
    }
  }
  const snapshot = actor.getSnapshot();
  subscription.unsubscribe();
  actor.stop();
  const error = snapshot.status === 'error' ? describeError(snapshot.error) : null;
  return { snapshot: snapshot as SnapshotFrom<TMachine>, done: snapshot.status === 'done', refused, error };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
