/**
 * What every pathway machine carries: which machine and version made a snapshot, which framework
 * (id and version) the case is judged against, and the case facts with their current assessment.
 */
import { assess, resolveAsOf } from '../../assess/assess.js';
import type { Assessment } from '../../assess/types.js';
import type { Framework } from '../../framework/schema.js';
import type { CaseFacts, Pathway } from '../../schema/case.js';
import { blankFacts } from './facts.js';

/** A machine's id and version, stamped on every snapshot and decision record it produces. */
export interface MachineStamp {
  id: string;
  version: string;
}

/** The framework a case is judged against. */
export interface FrameworkStamp {
  id: string;
  version: string;
}

/** What the caller gives a pathway machine when it starts. */
export interface PathwayInput {
  /** Opaque case id; never a name. */
  caseRef: string;
  framework: Framework;
  /** The decision date: `YYYY-MM-DD` (a `YYYY-MM` or `YYYY` is read as the last day of that period). */
  asOf: string;
  /** Facts already known (a draft, or what the records hold); a blank case when left out. */
  facts?: CaseFacts | undefined;
}

/** The part of the context every pathway machine shares. */
export interface PathwayContext {
  caseRef: string;
  machine: MachineStamp;
  framework: Framework;
  frameworkRef: FrameworkStamp;
  /** The decision date, `YYYY-MM-DD`. */
  asOf: string;
  facts: CaseFacts;
  /** Always `assess(facts, framework, asOf)`: recomputed whenever an answer changes. */
  assessment: Assessment;
}

/**
 * Builds the shared context for a machine from its input. Throws when the case reference is blank,
 * the date cannot be read or the facts belong to another pathway.
 */
export function startPathwayContext(machine: MachineStamp, pathways: readonly Pathway[], input: PathwayInput): PathwayContext {
  if (input.caseRef.trim() === '') throw new Error('caseRef must not be empty: give the case an opaque reference');
  const asOf = resolveAsOf(input.asOf);
  const facts = input.facts ?? blankFacts(pathways[0] ?? 'contact', asOf);
  if (!pathways.includes(facts.pathway)) {
    throw new Error(
      `The ${machine.id} machine works on the ${pathways.join(' or ')} pathway, but these facts are for ${facts.pathway}`,
    );
  }
  return {
    caseRef: input.caseRef,
    machine,
    framework: input.framework,
    frameworkRef: { id: input.framework.id, version: input.framework.version },
    asOf,
    facts,
    assessment: assess(facts, input.framework, asOf),
  };
}

/** The facts and their fresh assessment, to assign after any answer changes. */
export function reassessed(
  context: PathwayContext,
  facts: CaseFacts,
  asOf: string = context.asOf,
): Pick<PathwayContext, 'facts' | 'assessment' | 'asOf'> {
  return { facts, asOf, assessment: assess(facts, context.framework, asOf) };
}
