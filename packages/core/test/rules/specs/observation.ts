/**
 * The spec shape every observation rule shares: ticked on a concern it fires; the near-miss code
 * (a neighbouring observation a worker might tick instead) does not fire it; ticked on another
 * place (the child's words, an engagement record) it still fires, and the near miss there does not.
 */
import { withChildsVoice, withConcern, withEngagement } from '../../fixtures/case-builder.js';
import { type Example, ex, type RuleSpec } from '../harness.js';

interface Extra {
  fires?: readonly Example[];
  silent?: readonly Example[];
  boundaryFires?: readonly Example[];
  boundarySilent?: readonly Example[];
}

/** A spec for an observation rule, with the neighbouring code that must not fire it and any extra examples. */
export function observationSpec(code: string, nearMiss: string, extra: Extra = {}): RuleSpec {
  return {
    code,
    fires: [ex('ticked on a concern', withConcern([code])), ...(extra.fires ?? [])],
    silent: [ex(`a different code (${nearMiss}) ticked on a concern`, withConcern([nearMiss])), ...(extra.silent ?? [])],
    boundary: {
      fires: [
        ex('ticked on the child’s words', withChildsVoice([code])),
        ex('ticked on an engagement record', withEngagement('otherFacts', [code])),
        ...(extra.boundaryFires ?? []),
      ],
      silent: [
        ex(`${nearMiss} ticked on the child’s words`, withChildsVoice([nearMiss])),
        ex(`${nearMiss} ticked on an engagement record`, withEngagement('otherFacts', [nearMiss])),
        ...(extra.boundarySilent ?? []),
      ],
    },
  };
}
