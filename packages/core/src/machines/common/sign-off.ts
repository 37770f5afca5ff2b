/**
 * A manager's sign-off: agreed or disagreed, with a comment, by someone other than the person who
 * decided. A disagreement sends the decision back to be made again; it never closes the pathway.
 */
import type { Decision, SignOff } from '../../record/decision-record.js';
import { isValid, signOffSchema } from './payloads.js';

/** The sign-off a SIGN_OFF payload describes, or null when it is malformed or the decider signs off their own decision. */
export function signOffFrom(decision: Decision | null, payload: unknown): SignOff | null {
  if (decision === null || !isValid(signOffSchema, payload)) return null;
  const signOff = payload as SignOff;
  if (signOff.by.userId === decision.decidedBy.userId) return null;
  return {
    by: { userId: signOff.by.userId, role: signOff.by.role },
    at: signOff.at,
    outcome: signOff.outcome,
    comment: signOff.comment,
  };
}

/** True when the payload is an acceptable sign-off with this outcome. */
export function signOffWith(outcome: SignOff['outcome'], decision: Decision | null, payload: unknown): boolean {
  return signOffFrom(decision, payload)?.outcome === outcome;
}
