/**
 * The threshold the facts support, on the national order of outcomes, with the chain of reasons.
 * Each finding sets the least outcome it supports (the framework's floors, read from level
 * descriptors); named rules for co-existing factors, history and patterns can raise it; a cap
 * that lowers it names its reason. There are no weights: every step is a rule a supervisor can read.
 */
import { bucks, childB, hakeem, kent, niceQs25, preBirth, wt } from '../framework/citations.js';
import type { CanonicalOutcome, Citation } from '../framework/schema.js';
import type { CaseFacts } from '../schema/case.js';
import { acuteToday } from './acute.js';
import { atLeast, higher, outcomeWords, rank } from './outcomes.js';
import type { Finding, ReasonStep } from './types.js';

type Findings = ReadonlyMap<string, Finding>;

const areaOf = (code: string): string | null => {
  const prefix = code.split('.')[0] ?? '';
  const areas: Record<string, string> = {
    care: 'physical care',
    health: 'health',
    education: 'education',
    supervision: 'supervision',
    home: 'home conditions',
    emotional: 'emotional wellbeing',
    development: 'development',
  };
  return areas[prefix] ?? null;
};

const has = (f: Findings, codes: readonly string[]) => codes.filter((c) => f.has(c));

/** The findings' plain titles, for a sentence a parent can read. */
const titles = (f: Findings, codes: readonly string[]) =>
  [...new Set(codes)].map((c) => (f.get(c)?.title ?? c).replace(/\.$/, '').toLowerCase()).join('; ');

interface RaiseRule {
  id: string;
  to: CanonicalOutcome;
  citations: Citation[];
  /** The codes that make the rule apply, or null when it does not. */
  applies(findings: Findings, facts: CaseFacts, asOf: string): { codes: string[]; sentence: string } | null;
}

const neglectAreas = (findings: Findings) => {
  const byArea = new Map<string, string[]>();
  for (const f of findings.values()) {
    const area = areaOf(f.code);
    if (area && f.floor && atLeast(f.floor, 'targeted-early-help')) byArea.set(area, [...(byArea.get(area) ?? []), f.code]);
  }
  return byArea;
};

/** Neglect is a persistent failure to meet basic needs: concerns in three or more areas of the child's life. */
const neglectAcrossAreas: RaiseRule = {
  id: 'raise.neglect-across-areas',
  to: 'child-in-need',
  citations: [wt('neglect: persistent failure to meet basic physical and/or psychological needs (facts.md 1.5)')],
  applies(findings) {
    const byArea = neglectAreas(findings);
    if (byArea.size < 3) return null;
    return {
      codes: [...byArea.values()].flat(),
      sentence: `Concerns reach targeted-early-help level in ${byArea.size} areas of the child's life (${[...byArea.keys()].join(', ')}): together they suggest the child's basic needs are persistently not met, which needs a child in need assessment.`,
    };
  },
};

const historyCodes = [
  'history.previous-cp-plan',
  'history.repeat-cp-plans-neglect',
  'history.unborn-plan',
  'parent.previous-children-removed',
];

/** History on record informs the decision: a past protection plan or removed children, with a current concern. */
const historyWithCurrentConcern: RaiseRule = {
  id: 'raise.history-with-current-concern',
  to: 'child-in-need',
  citations: [hakeem('Learning Points 1-2: history on record must inform threshold decisions'), childB('Learning Points 1-2')],
  applies(findings) {
    const history = has(findings, historyCodes);
    if (history.length === 0) return null;
    // A current concern of targeted-early-help weight about the child or a parent: an old plan does not lift a minor worry.
    const current = [...findings.values()].filter(
      (f) =>
        !historyCodes.includes(f.code) && f.kind !== 'history' && f.floor !== null && atLeast(f.floor, 'targeted-early-help'),
    );
    if (current.length === 0) return null;
    return {
      codes: [...history, ...current.map((f) => f.code)],
      sentence: `The family's history (${titles(findings, history)}) must be read with today's concerns (${titles(
        findings,
        current.map((f) => f.code),
      )}): a past protection plan or children removed before, together with a current concern, calls for a child in need assessment at least.`,
    };
  },
};

const dependentChild = (findings: Findings, facts: CaseFacts, ageMonths: number | null) =>
  facts.child.unborn ||
  (ageMonths !== null && ageMonths < 60) ||
  has(findings, ['development.delay', 'development.non-verbal']).length > 0;

/** Repeated contacts must be read together: several low-level worries in a year are a pattern that needs coordinated help. */
const repeatedContacts: RaiseRule = {
  id: 'raise.repeated-contacts',
  to: 'targeted-early-help',
  citations: [childB('Learning Point 1: previous referrals must be read together, not one at a time')],
  applies(findings) {
    if (!findings.has('history.repeat-contacts')) return null;
    const worries = [...findings.values()].filter(
      (f) => (f.kind === 'observation' || f.kind === 'measure') && f.floor !== null && atLeast(f.floor, 'early-help'),
    );
    if (worries.length === 0) return null;
    return {
      codes: ['history.repeat-contacts', ...worries.map((f) => f.code)],
      sentence: `Several contacts about the child in a year, read together with today's worries (${titles(
        findings,
        worries.map((f) => f.code),
      )}), make a pattern that needs coordinated help from more than one agency.`,
    };
  },
};

/** Co-existing parental difficulties around a dependent child with an unmet need. */
const parentalCapacity: RaiseRule = {
  id: 'raise.parental-capacity',
  to: 'child-in-need',
  citations: [childB('Learning Point 4: co-existing parental factors'), wt('s17: a child in need of services')],
  applies(findings, facts) {
    if (!findings.has('household.multiple-adult-factors')) return null;
    if (!dependentChild(findings, facts, facts.child.ageMonths)) return null;
    const unmet = [...findings.values()].filter(
      (f) =>
        ['care', 'health', 'supervision', 'education', 'home'].includes(f.code.split('.')[0] ?? '') &&
        f.floor !== null &&
        atLeast(f.floor, 'targeted-early-help'),
    );
    if (unmet.length === 0) return null;
    return {
      codes: ['household.multiple-adult-factors', ...unmet.map((f) => f.code)],
      sentence:
        'Several parental difficulties co-exist around a young or dependent child whose needs are already not being met: this needs a child in need assessment.',
    };
  },
};

/** Poor management of a potentially fatal chronic illness, with emergency care and missed follow-up, is possible medical neglect. */
const medicalNeglect: RaiseRule = {
  id: 'raise.medical-neglect',
  to: 'significant-harm',
  citations: [
    hakeem('Finding 1: poor parental management of a chronic condition can reach the significant-harm threshold'),
    niceQs25('statement 4: review within 2 working days of emergency care'),
    wt('neglect includes failing to ensure access to medical care or treatment'),
  ],
  applies(findings) {
    if (!findings.has('health.chronic-condition-poorly-managed')) return null;
    const emergency = has(findings, ['health.repeated-admissions', 'health.emergency-care-no-follow-up']);
    const carer = has(findings, [
      'health.was-not-brought-pattern',
      'health.medical-care-refused',
      'health.asthma.home-nebuliser',
      'health.asthma.reliever-overuse',
    ]);
    if (emergency.length === 0 || carer.length === 0) return null;
    return {
      codes: ['health.chronic-condition-poorly-managed', ...emergency, ...carer],
      sentence:
        'A chronic illness that can kill is poorly managed: the child has needed emergency care and is not being brought for, or given, the treatment that follows. This is reasonable cause to suspect significant harm through medical neglect.',
    };
  },
};

const careAffectingFactors = [
  'parent.substance-misuse-current',
  'parent.domestic-abuse',
  'household.multiple-adult-factors',
  'parent.treatment-disengaged',
];
const notChanging = [
  'engagement.non-engagement',
  'engagement.access-refused',
  'engagement.disguised-compliance',
  'engagement.consent-refused',
  'engagement.improvement-not-sustained',
  'parent.treatment-disengaged',
  'history.repeat-cp-plans-neglect',
];

/**
 * Neglect reaches significant harm when it is broad (three or more areas of the child's life), a
 * parent's difficulty is driving it, and help is not changing it (non-engagement, refusal,
 * disguised compliance, or neglect plans that did not last).
 */
const chronicNeglect: RaiseRule = {
  id: 'raise.chronic-neglect',
  to: 'significant-harm',
  citations: [
    wt('neglect: persistent failure likely to result in serious impairment of health or development'),
    bucks('L4: unable to provide good enough parenting; non-engagement; evidence of significant harm or neglect'),
  ],
  applies(findings) {
    const areas = neglectAreas(findings);
    const drivers = has(findings, careAffectingFactors);
    const stuck = has(findings, notChanging);
    if (areas.size < 3 || drivers.length === 0 || stuck.length === 0) return null;
    return {
      codes: [...[...areas.values()].flat(), ...drivers, ...stuck],
      sentence: `Neglect shows in ${areas.size} areas of the child's life (${[...areas.keys()].join(', ')}), a parent's difficulty is behind it (${titles(findings, drivers)}), and help is not changing it (${titles(findings, stuck)}): this is reasonable cause to suspect significant harm through neglect.`,
    };
  },
};

/** Early help needs consent; when it is refused and needs remain, a statutory assessment is the next step. */
const earlyHelpRefused: RaiseRule = {
  id: 'raise.early-help-refused',
  to: 'child-in-need',
  citations: [
    {
      source: 'Cambridgeshire and Peterborough threshold document; Hertfordshire continuum of need',
      section: 'early help is by consent',
      note: 'facts.md 1.7, 2.3',
    },
    hakeem('6.2: consent refused while concerns continued'),
  ],
  applies(findings) {
    if (!findings.has('engagement.consent-refused')) return null;
    const needs = [...findings.values()].filter(
      (f) =>
        (f.kind === 'observation' || f.kind === 'measure') &&
        f.code !== 'engagement.consent-refused' &&
        f.floor &&
        atLeast(f.floor, 'targeted-early-help'),
    );
    if (needs.length === 0) return null;
    return {
      codes: ['engagement.consent-refused', ...needs.map((f) => f.code)],
      sentence: `The family has refused early help, which needs their consent, while the child still has needs that call for it (${titles(
        findings,
        needs.map((f) => f.code),
      )}): the next step is a child in need assessment.`,
    };
  },
};

/** An injury to a baby who cannot yet move about is rarely accidental (non-mobile: under 6 months here). */
const nonMobileInjury: RaiseRule = {
  id: 'raise.injury-non-mobile-baby',
  to: 'significant-harm',
  citations: [kent('L4: non-mobile baby with a bruise or injury')],
  applies(findings, facts) {
    const injuries = has(findings, ['safety.injury-seen', 'safety.injury-unexplained']);
    const age = facts.child.ageMonths;
    const nonMobile = age !== null ? age < 6 : /newborn|under (?:[1-6]) months/i.test(facts.child.ageBand);
    if (injuries.length === 0 || facts.child.unborn || !nonMobile) return null;
    return {
      codes: injuries,
      sentence:
        'A baby who is not yet mobile has an injury: injuries to non-mobile babies are rarely accidental and need a strategy discussion.',
    };
  },
};

/** Harm already showing in a young or dependent child: growth, development and emotional state. */
const impairmentCodes = {
  growth: 'health.growth-faltering',
  development: 'development.delay',
  emotional: 'emotional.appears-sad-or-distressed',
} as const;
const parentNotChanging = [
  'engagement.hostile-or-intimidating',
  'engagement.non-engagement',
  'engagement.access-refused',
  'engagement.disguised-compliance',
  'engagement.consent-refused',
];
const harmDefinition: Citation = {
  source: 'Children Act 1989 s31(9)-(10)',
  section: 'harm includes the impairment of health or development, judged against what could be expected of a similar child',
  note: 'facts.md 1.2',
};

/** Which kinds of impairment a young or dependent child already shows, faltering growth among them. */
function impairment(findings: Findings, facts: CaseFacts): string[] | null {
  if (!findings.has(impairmentCodes.growth) || !dependentChild(findings, facts, facts.child.ageMonths)) return null;
  const shown = Object.values(impairmentCodes).filter((c) => findings.has(c));
  return shown.length >= 2 ? shown : null;
}

/** A young child whose growth is faltering and whose development or emotional state is also affected needs assessing. */
const impairedYoungChild: RaiseRule = {
  id: 'raise.impairment-young-child',
  to: 'child-in-need',
  citations: [harmDefinition, bucks('L3: dropping weight centiles')],
  applies(findings, facts) {
    const shown = impairment(findings, facts);
    if (!shown) return null;
    return {
      codes: shown,
      sentence: `A young child is already showing harm in more than one way (${titles(findings, shown)}): the impairment of health or development is what the law means by harm, and it needs a child in need assessment at least.`,
    };
  },
};

/**
 * Harm shows in growth, development and emotional state together, or in two of them while a parent
 * is hostile to or shuts out the professionals: reasonable cause to suspect significant harm.
 */
const impairedYoungChildUnchanged: RaiseRule = {
  id: 'raise.impairment-young-child-significant',
  to: 'significant-harm',
  citations: [
    harmDefinition,
    bucks('L4: unable to provide good enough parenting; non-engagement; evidence of significant harm or neglect'),
  ],
  applies(findings, facts) {
    const shown = impairment(findings, facts);
    if (!shown) return null;
    const parent = has(findings, parentNotChanging);
    if (shown.length < 3 && parent.length === 0) return null;
    return {
      codes: [...shown, ...parent],
      sentence:
        parent.length > 0
          ? `A young child's health and development are already impaired (${titles(findings, shown)}) and a parent is keeping help out (${titles(findings, parent)}): this is reasonable cause to suspect significant harm.`
          : `A young child's growth, development and emotional state are all affected (${titles(findings, shown)}): compared with what could be expected of a similar child, this is reasonable cause to suspect significant harm.`,
    };
  },
};

/**
 * An unborn baby whose parents' risk is not changing: a previous child removed, or a risk factor
 * with treatment dropped, services or antenatal care avoided. These are the triggers for a pre-birth
 * conference, which has the same standing as an initial child protection conference (facts.md 1.8).
 */
const unbornRiskUnchanged: RaiseRule = {
  id: 'raise.unborn-risk-unchanged',
  to: 'significant-harm',
  citations: [
    preBirth('pre-birth conference triggers: a previous child removed; parental risk factors; avoidance of antenatal care'),
  ],
  applies(findings, facts) {
    if (!facts.child.unborn || !findings.has('unborn.risk-factors')) return null;
    const removed = has(findings, ['parent.previous-children-removed']);
    const avoiding = has(findings, [
      'parent.treatment-disengaged',
      'engagement.non-engagement',
      'engagement.access-refused',
      'unborn.late-or-concealed',
    ]);
    if (removed.length === 0 && avoiding.length === 0) return null;
    return {
      codes: ['unborn.risk-factors', ...removed, ...avoiding],
      sentence: `The baby is not yet born and the risk to them is not changing (${titles(findings, [...removed, ...avoiding])}): this is reasonable cause to suspect the baby is likely to suffer significant harm, so a pre-birth strategy discussion and conference are needed, not only an assessment.`,
    };
  },
};

/**
 * The child's own protection plan ended within the re-referral window and the change it secured has
 * not lasted: the risk that justified the plan is back.
 */
const planConcernsReturned: RaiseRule = {
  id: 'raise.plan-concerns-returned',
  to: 'significant-harm',
  citations: [
    {
      source: 'Royal Greenwich and Hackney MASH re-referral practice',
      section: 're-referral within 12 months of a protection plan ending',
      note: 'facts.md summary D',
    },
    wt('a plan ends only when the child is no longer judged at continuing risk of significant harm (facts.md 1.4)'),
  ],
  applies(findings) {
    if (!findings.has('history.previous-cp-plan') || !findings.has('history.re-referral-after-closure')) return null;
    const notLasting = has(findings, [
      'engagement.improvement-not-sustained',
      'parent.treatment-disengaged',
      'engagement.disguised-compliance',
    ]);
    if (notLasting.length === 0) return null;
    return {
      codes: ['history.previous-cp-plan', 'history.re-referral-after-closure', ...notLasting],
      sentence: `The child's protection plan ended recently and the change has not lasted (${titles(findings, notLasting)}): the risk that justified the plan is back, which is reasonable cause to suspect significant harm.`,
    };
  },
};

/**
 * Domestic abuse the child has seen more than once, harm already showing in the child, and a
 * parent's difficulty behind it that help is not changing: seeing or hearing the ill-treatment of
 * another is harm in law (s31(9)), and this combination is reasonable cause to suspect it is
 * significant.
 */
const domesticAbuseHarmingChild: RaiseRule = {
  id: 'raise.domestic-abuse-harming-child',
  to: 'significant-harm',
  citations: [
    {
      source: 'Children Act 1989 s31(9)',
      section: 'harm includes impairment suffered from seeing or hearing the ill-treatment of another',
      note: 'facts.md 1.2',
    },
    bucks('L4: chronic or serious domestic violence involving the child'),
  ],
  applies(findings) {
    const incident = findings.get('safety.domestic-abuse-incident');
    if (!incident || !findings.has('emotional.witnesses-conflict')) return null;
    if (incident.evidence.filter((line) => !line.startsWith('…')).length < 2) return null;
    const showing = has(findings, [
      'emotional.child-expresses-fear-or-distress',
      'emotional.appears-sad-or-distressed',
      'emotional.self-harm',
    ]);
    const stuck = has(findings, [
      'parent.treatment-disengaged',
      'engagement.non-engagement',
      'engagement.improvement-not-sustained',
    ]);
    if (showing.length === 0 || stuck.length === 0) return null;
    return {
      codes: ['safety.domestic-abuse-incident', 'emotional.witnesses-conflict', ...showing, ...stuck],
      sentence: `The child has seen domestic abuse more than once, it is already showing in them (${titles(findings, showing)}), and what drives it is not changing (${titles(findings, stuck)}): this is reasonable cause to suspect significant harm.`,
    };
  },
};

/** Something happening today that leaves the child unsafe needs a same-day response. */
const acuteRisk: RaiseRule = {
  id: 'raise.acute-today',
  to: 'significant-harm',
  citations: [wt('where there is a risk of serious immediate harm, act at once; a strategy discussion follows')],
  applies(_findings, facts, asOf) {
    const acute = acuteToday(facts, asOf);
    if (acute.length === 0) return null;
    return {
      codes: [...new Set(acute.flatMap((a) => a.codes))],
      sentence: `Something recorded today leaves the child unsafe now (${acute.map((a) => a.text).join('; ')}): the response cannot wait.`,
    };
  },
};

export const raiseRules: readonly RaiseRule[] = [
  neglectAcrossAreas,
  historyWithCurrentConcern,
  repeatedContacts,
  parentalCapacity,
  earlyHelpRefused,
  medicalNeglect,
  chronicNeglect,
  impairedYoungChild,
  impairedYoungChildUnchanged,
  nonMobileInjury,
  unbornRiskUnchanged,
  planConcernsReturned,
  domesticAbuseHarmingChild,
  acuteRisk,
];

const moneyCodes = [
  'care.cannot-afford-basics',
  'household.financial-hardship',
  'household.housing-instability',
  'home.unsuitable-accommodation',
];

/** Derives the supported threshold from the findings, with each step of the reasoning. */
export function deriveThreshold(
  findings: Findings,
  facts: CaseFacts,
  asOf: string,
): { threshold: CanonicalOutcome; chain: ReasonStep[] } {
  const chain: ReasonStep[] = [];
  const floored = [...findings.values()].filter((f) => f.floor !== null && f.floor !== 'pre-birth');
  let level: CanonicalOutcome = 'universal';
  for (const f of floored) if (f.floor) level = higher(level, f.floor);
  if (floored.length === 0 || level === 'universal') {
    chain.push({
      kind: 'floor',
      ruleId: 'floor.none',
      from: 'universal',
      to: 'universal',
      codes: [],
      sentence:
        'No finding supports more than universal services: the needs recorded can be met by the services the child already has.',
      citations: [wt('the referral decision may be no further action, with advice or signposting')],
    });
  } else {
    const top = floored.filter((f) => f.floor === level);
    chain.push({
      kind: 'floor',
      ruleId: 'floor.findings',
      from: 'universal',
      to: level,
      codes: top.map((f) => f.code),
      sentence: `On their own, the strongest findings (${top.map((f) => f.title.toLowerCase()).join('; ')}) support at least ${outcomeWords[level]}, as the level descriptors say.`,
      citations: top.flatMap((f) => (f.floorCitation ? [f.floorCitation] : [])),
    });
  }
  // A finding whose usual floor was lowered because the need is met or explained says so in the chain
  // when, without the lowering, it would have set a higher level.
  const lowered = [...findings.values()].filter((f) => f.lowered && rank(f.lowered.from) > rank(level));
  if (lowered.length > 0) {
    const from = lowered.reduce<CanonicalOutcome>((acc, f) => higher(acc, f.lowered?.from ?? acc), level);
    chain.push({
      kind: 'lower',
      ruleId: 'lower.need-met-or-explained',
      from,
      to: level,
      codes: lowered.map((f) => f.code),
      sentence: `Some findings support less than they usually would, because the need is met or explained: ${lowered
        .map((f) => `${f.title.toLowerCase()} (${f.lowered?.because})`)
        .join('; ')}.`,
      citations: lowered.flatMap((f) => (f.floorCitation ? [f.floorCitation] : f.citations.slice(0, 1))),
    });
  }
  for (const rule of raiseRules) {
    const hit = rule.applies(findings, facts, asOf);
    if (!hit) continue;
    const to = higher(level, rule.to);
    chain.push({
      kind: 'raise',
      ruleId: rule.id,
      from: level,
      to,
      codes: hit.codes,
      sentence: hit.sentence,
      citations: rule.citations,
    });
    level = to;
  }
  // Every current concern (anything but the history on record) must be about money for the cap to apply.
  const concerns = floored.filter(
    (f) => f.kind !== 'history' && f.code !== 'parent.previous-children-removed' && f.floor && rank(f.floor) > rank('universal'),
  );
  if (concerns.length > 0 && concerns.every((f) => moneyCodes.includes(f.code)) && rank(level) > rank('targeted-early-help')) {
    chain.push({
      kind: 'cap',
      ruleId: 'cap.poverty-alone',
      from: level,
      to: 'targeted-early-help',
      codes: concerns.map((f) => f.code),
      sentence:
        'The only concerns are about money and housing: poverty alone is not neglect, so the recommendation is held at targeted early help.',
      citations: [childB('4.2.6: debts and finances as a neglect factor only with unmet needs')],
    });
    level = 'targeted-early-help';
  }
  return { threshold: level, chain };
}
