import type { HouseholdMember } from '../../schema/case.js';
import { defineRule } from '../define.js';

const needs: { factor: string; service: RegExp; present: (m: HouseholdMember) => boolean }[] = [
  {
    factor: 'drug or alcohol misuse',
    service: /drug|alcohol|substance|methadone|treatment/i,
    present: (m) => ['current', 'historic', 'alleged'].includes(m.factors.substanceMisuse.status),
  },
  {
    factor: 'mental ill health',
    service: /mental health|psychiatr|perinatal/i,
    present: (m) => m.factors.mentalHealth.status === 'current',
  },
  {
    factor: 'learning disability',
    service: /learning disab/i,
    present: (m) => m.factors.learningDisability.status === 'current',
  },
];

/** `gap.adult-services-not-consulted`: a parent factor is present and the matching adult service has not been consulted. */
export const gapAdultServicesNotConsulted = defineRule({
  id: 'gap.adult-services-not-consulted',
  condition:
    'A parent or carer has drug or alcohol misuse (current, past or alleged), current mental ill health or a learning disability, and the matching adult service is not recorded as consulted.',
  evaluate: (ctx) => {
    const consulted = ctx.facts.professionalContext.adultServicesConsulted;
    const evidence: string[] = [];
    for (const need of needs) {
      const who = ctx.view.carers.filter(need.present).map((m) => m.role);
      if (who.length === 0) continue;
      const asked = consulted.some((s) => need.service.test(s.service) && s.consulted === true);
      if (asked) continue;
      const listed = consulted.find((s) => need.service.test(s.service));
      evidence.push(
        `${need.factor} (${[...new Set(who)].join(', ')}): ${listed ? `${listed.service} ${listed.consulted === false ? 'not consulted' : 'consultation not recorded'}` : 'no adult service recorded as consulted'}`,
      );
    }
    if (evidence.length === 0) return null;
    return {
      evidence,
      sentence:
        'Services that work with the parents (drugs and alcohol, mental health, learning disability) have not been asked what they know.',
    };
  },
});
