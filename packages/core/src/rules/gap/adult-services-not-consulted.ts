import type { HouseholdMember } from '../../schema/case.js';
import { defineRule } from '../define.js';

interface Need {
  factor: string;
  service: RegExp;
  present: (m: HouseholdMember) => boolean;
  /** Past misuse calls for the service only when it has been listed as one to ask and was not asked. */
  pastNeedsListing?: boolean;
}

/** Which adult service answers which parent factor. */
const needs: readonly Need[] = [
  {
    factor: 'drug or alcohol misuse',
    service: /drug|alcohol|substance|methadone|recovery|treatment/i,
    present: (m) => ['current', 'alleged', 'historic', 'completed'].includes(m.factors.substanceMisuse.status),
    pastNeedsListing: true,
  },
  {
    factor: 'mental ill health',
    service: /mental health|psychiatr|perinatal|talking therap|\biapt\b|\bcmht\b|psycholog|counsell|crisis team|depress|anxiet/i,
    present: (m) => m.factors.mentalHealth.status === 'current',
  },
  {
    factor: 'learning disability',
    service: /learning disab|\bcldt\b/i,
    present: (m) => m.factors.learningDisability.status === 'current',
  },
];

const personWords = /\b(mother|father|mum|dad|partner|step-?\w+|carer|grand\w+|aunt|uncle)\b/i;

/** A service entry that names a person ("drug service (mother)") covers that person only; one that names nobody covers all. */
function covers(service: string, m: HouseholdMember): boolean {
  const named = service.match(new RegExp(personWords.source, 'gi'));
  if (!named) return true;
  const who = `${m.role} ${m.relationshipToChild}`.toLowerCase();
  return named.some((word) => who.includes(word.toLowerCase()));
}

const isPast = (m: HouseholdMember) => ['historic', 'completed'].includes(m.factors.substanceMisuse.status);

/** `gap.adult-services-not-consulted`: a parent factor is present and the matching adult service has not been consulted. */
export const gapAdultServicesNotConsulted = defineRule({
  id: 'gap.adult-services-not-consulted',
  condition:
    'A parent or carer has current or alleged drug or alcohol misuse, current mental ill health or a learning disability, and the matching adult service is not recorded as consulted; past misuse counts when the drug or alcohol service is listed but was not asked.',
  evaluate: (ctx) => {
    const consulted = ctx.facts.professionalContext.adultServicesConsulted;
    const evidence: string[] = [];
    for (const need of needs) {
      // A service asked about one named parent does not answer for the other.
      // A service asked about one named parent does not answer for the other; and a service listed
      // for a parent as not asked (a perinatal team, say) is a gap even if another one was asked.
      const members = ctx.view.carers.filter(need.present).filter((m) => {
        const theirs = consulted.filter((s) => need.service.test(s.service) && covers(s.service, m));
        return !theirs.some((s) => s.consulted === true) || theirs.some((s) => s.consulted === false);
      });
      if (members.length === 0) continue;
      const listed =
        consulted.find(
          (s) => need.service.test(s.service) && s.consulted === false && covers(s.service, members[0] as HouseholdMember),
        ) ?? consulted.find((s) => need.service.test(s.service) && covers(s.service, members[0] as HouseholdMember));
      if (need.pastNeedsListing && members.every(isPast) && !listed) continue;
      const who = [...new Set(members.map((m) => m.role))].join(', ');
      const status = listed
        ? `${listed.service} ${listed.consulted === false ? 'not consulted' : 'consultation not recorded'}`
        : 'no adult service recorded as consulted';
      evidence.push(`${need.factor} (${who}): ${status}`);
    }
    if (evidence.length === 0) return null;
    return {
      evidence,
      sentence:
        'Adult services that work with the parents (drugs and alcohol, mental health, learning disability) have not been asked what they know.',
    };
  },
});
