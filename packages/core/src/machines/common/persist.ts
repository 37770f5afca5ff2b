/**
 * Saving and resuming a pathway. A saved snapshot carries the machine's id and version and the
 * framework's id and version; a snapshot made by another version of the machine is refused, because
 * its states and context may not mean the same thing any more (replay its events instead).
 */
import { type Actor, type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import type { FrameworkStamp, MachineStamp, PathwayContext } from './stamp.js';

/** A saved pathway: what made it, what it is judged against, and xstate's persisted snapshot. */
export interface PersistedPathway {
  machine: MachineStamp;
  framework: FrameworkStamp;
  snapshot: Snapshot<unknown>;
}

/** Thrown when a saved pathway cannot be resumed by this machine. */
export class SnapshotRefusedError extends Error {
  override readonly name = 'SnapshotRefusedError';
}

function stampOf(machine: AnyStateMachine): MachineStamp {
  if (machine.version === undefined)
    throw new Error(`The machine "${machine.id}" has no version, so its snapshots cannot be stamped`);
  return { id: machine.id, version: machine.version };
}

function frameworkOf(snapshot: unknown): FrameworkStamp | null {
  const context = (snapshot as { context?: Partial<PathwayContext> } | null)?.context;
  const ref = context?.frameworkRef;
  return ref && typeof ref.id === 'string' && typeof ref.version === 'string' ? { id: ref.id, version: ref.version } : null;
}

/**
 * The persisted snapshot of a pathway actor, stamped with the machine and framework versions.
 * The result is plain JSON data.
 */
export function snapshotFor(actor: Actor<AnyStateMachine>): PersistedPathway {
  const machine = stampOf(actor.logic);
  const snapshot = actor.getPersistedSnapshot();
  const framework = frameworkOf(snapshot);
  if (framework === null) throw new Error(`The ${machine.id} actor's context has no framework id and version`);
  return { machine, framework, snapshot };
}

/** Another name for `snapshotFor`. */
export const persistSnapshot = snapshotFor;

/**
 * Checks a saved pathway against the machine that is to resume it and returns the snapshot.
 * Throws a `SnapshotRefusedError` naming what differs when the machine id or version differs, when
 * the stamp and the snapshot disagree about the framework, or when `expected.framework` is given and
 * the saved pathway was judged against another framework version.
 */
export function checkPersisted(
  machine: AnyStateMachine,
  persisted: unknown,
  expected: { framework?: FrameworkStamp } = {},
): Snapshot<unknown> {
  const want = stampOf(machine);
  const saved = persisted as Partial<PersistedPathway> | null;
  if (saved === null || typeof saved !== 'object' || !saved.machine || !saved.framework || !saved.snapshot) {
    throw new SnapshotRefusedError('This is not a saved pathway: it needs machine, framework and snapshot');
  }
  if (saved.machine.id !== want.id) {
    throw new SnapshotRefusedError(`This snapshot was saved by the "${saved.machine.id}" machine, not "${want.id}"`);
  }
  if (saved.machine.version !== want.version) {
    throw new SnapshotRefusedError(
      `This snapshot was saved by ${want.id} version ${saved.machine.version}, but this is version ${want.version}: the steps may have changed, so it cannot be resumed. Replay its events on this version instead.`,
    );
  }
  const inSnapshot = frameworkOf(saved.snapshot);
  if (inSnapshot === null || inSnapshot.id !== saved.framework.id || inSnapshot.version !== saved.framework.version) {
    throw new SnapshotRefusedError('The framework stamped on this snapshot does not match the framework inside it');
  }
  const framework = expected.framework;
  if (framework && (framework.id !== saved.framework.id || framework.version !== saved.framework.version)) {
    throw new SnapshotRefusedError(
      `This snapshot was judged against framework ${saved.framework.id} version ${saved.framework.version}, not ${framework.id} version ${framework.version}`,
    );
  }
  return saved.snapshot;
}

/**
 * Resumes a saved pathway: an actor (not yet started) on the saved snapshot. Refuses, with a
 * `SnapshotRefusedError`, a snapshot from another machine or machine version (see `checkPersisted`).
 */
export function restore<TMachine extends AnyStateMachine>(
  machine: TMachine,
  persisted: unknown,
  expected: { framework?: FrameworkStamp } = {},
): Actor<TMachine> {
  const snapshot = checkPersisted(machine, persisted, expected);
  return createActor(machine as AnyStateMachine, { snapshot }) as unknown as Actor<TMachine>;
}
