/**
 * The least outcome each finding supports on its own, read from published level descriptors
 * (facts.md 2.2). Co-existing factors, history and patterns can raise the recommendation above
 * these floors (see assess/raise-rules); nothing here lowers it.
 */
import { bucks, hakeem, hampshire, kent, preBirth, wt } from './citations.js';
import type { CanonicalOutcome, Citation } from './schema.js';

type Floor = { outcome: CanonicalOutcome; citation: Citation; minOccurrences?: number };
const f = (outcome: CanonicalOutcome, citation: Citation, minOccurrences?: number): Floor =>
  minOccurrences === undefined ? { outcome, citation } : { outcome, citation, minOccurrences };

const EH = 'early-help';
const TEH = 'targeted-early-help';
const CIN = 'child-in-need';
const SH = 'significant-harm';

/** England default floors. Codes not listed (history, some factors) set no floor of their own. */
export const englandFloors: Readonly<Record<string, Floor>> = {
  // health
  'health.chronic-condition-poorly-managed': f(TEH, bucks('L3: chronic or recurring health problems untreated or badly managed')),
  'health.asthma.reliever-overuse': f(TEH, bucks('L3: chronic health problems badly managed')),
  'health.asthma.preventer-undercollected': f(TEH, bucks('L3: chronic health problems badly managed')),
  'health.asthma.no-current-action-plan': f(EH, hakeem('Finding 5: asthma action plans kept up to date and shared')),
  'health.asthma.home-nebuliser': f(TEH, hakeem('12.13, Learning Point 8: home nebules only within a hospital plan')),
  'health.emergency-care-no-follow-up': f(TEH, bucks('L3: missing routine and non-routine health appointments')),
  'health.repeated-admissions': f(TEH, bucks('L3: chronic or recurring health problems badly managed')),
  'health.repeated-emergency-attendances': f(EH, bucks('L2: frequent A&E attendance')),
  'health.was-not-brought-pattern': f(TEH, bucks('L3: missing routine and non-routine health appointments')),
  'health.discharged-without-plan': f(EH, hakeem('12.14, Finding 1: a robust discharge plan is needed')),
  'health.complex-needs-unmet': f(TEH, bucks('L3: missing routine and non-routine health appointments')),
  // Like an injury, one ingestion is not "frequent accidents": the descriptor is about frequency.
  'health.medication-ingestion': f(TEH, bucks('L3: frequent accidents'), 2),
  'health.dental-decay-untreated': f(TEH, kent('L3: significant untreated dental decay')),
  'health.growth-faltering': f(TEH, bucks('L3: dropping weight centiles')),
  'health.immunisations-or-checks-missed': f(EH, bucks('L2: missed immunisations or checks')),
  'health.medical-care-refused': f(CIN, kent('L4: parent refusing medical care endangering life or development')),
  // care
  'care.hunger': f(TEH, kent('L3: chronic neglect, food, warmth and basics often missing')),
  'care.unkempt': f(EH, bucks('L2: minor concerns about diet, hygiene, clothing')),
  'care.utilities-cut-off': f(TEH, kent('L3: chronic neglect, food, warmth and basics often missing')),
  'care.persistently-tired': f(EH, bucks('L2: development and health needs emerging')),
  'care.cannot-afford-basics': f(EH, hampshire('L2: poor housing or home environment; family under financial strain')),
  // education
  'education.persistent-absence': f(EH, kent('L2: occasional absence or truancy')),
  'education.severe-absence': f(TEH, kent('L3: persistent unauthorised absence')),
  'education.unauthorised-absence': f(TEH, kent('L3: persistent unauthorised absence')),
  'education.lateness-pattern': f(EH, hakeem('5.13: lateness as part of a neglect pattern')),
  'education.missing-from-education': f(CIN, hampshire('L4: regularly missing school, no school place')),
  'education.early-years-not-brought': f(TEH, bucks('L3: milestones unlikely to be met')),
  'education.withdrawn-while-concerns': f(TEH, kent('L2/L3: home-educated with welfare concerns')),
  'education.not-collected': f(
    EH,
    hampshire('L2: inconsistent care, poor supervision (collection by an unfit adult is supervision.carer-incapacitated)'),
  ),
  'education.decline-in-progress': f(EH, bucks('L2: slow progress')),
  // supervision
  'supervision.self-caring-young-child': f(TEH, bucks('L3: poor supervision; child caring for siblings or parent')),
  'supervision.carer-incapacitated': f(CIN, bucks('L4: child has no one to care for them')),
  'supervision.unsuitable-adults': f(CIN, kent('L4: child left with an adult known or suspected to pose a risk')),
  'supervision.repeated-accidents': f(TEH, bucks('L3: frequent accidents')),
  // safety
  'safety.injury-unexplained': f(SH, bucks('L4: unexplained injuries; evidence of significant harm')),
  // One injury seen, explained and with nothing else, is what childhood brings: the descriptor is about frequency.
  'safety.injury-seen': f(EH, bucks('L2: frequent minor illness or accidents (a pattern of accidents is L3)'), 2),
  'safety.disclosure': f(SH, wt('s47 enquiry where there is reasonable cause to suspect significant harm')),
  'safety.domestic-abuse-incident': f(CIN, bucks('L4: chronic or serious domestic violence involving the child')),
  'safety.immediate-danger': f(
    'immediate-protection',
    wt('immediate protection where there is a risk to life or serious immediate harm'),
  ),
  'safety.drugs-accessible': f(TEH, bucks('L3: unsafe care arrangements')),
  // home
  'home.poor-conditions': f(TEH, kent('L2/L3: home hazards from poor hygiene or hoarding')),
  'home.unsuitable-accommodation': f(EH, hampshire('L2: poor housing affecting health')),
  'home.main-home-not-seen': f(TEH, hakeem('10.5: the home was not seen')),
  // emotional
  'emotional.child-expresses-fear-or-distress': f(TEH, hakeem('5.7, 6.3: the child said he was scared')),
  'emotional.appears-sad-or-distressed': f(EH, hakeem('5.15: sad, sunken eyes')),
  'emotional.witnesses-conflict': f(TEH, bucks('L3: instability and domestic violence')),
  'emotional.significant-loss': f(EH, hakeem('Finding 4: a parent in prison')),
  'emotional.self-harm': f(TEH, hampshire('L3: emotional health needs needing targeted support')),
  // development
  'development.delay': f(EH, bucks('L2: slow to reach milestones')),
  // parents and household
  'parent.substance-misuse-current': f(TEH, bucks('L3: parental substance misuse significantly affecting care')),
  'parent.treatment-disengaged': f(TEH, bucks('L3: non-compliance with services')),
  'parent.mental-health': f(EH, kent('L2: parent’s mental health affecting the child')),
  'parent.learning-disability': f(EH, kent('L2: parent’s learning disability affecting the child')),
  'parent.domestic-abuse': f(EH, hampshire('L2: concerns about possible domestic abuse')),
  'parent.previous-children-removed': f(TEH, bucks('L3: difficulty caring for a previous child')),
  'parent.imprisoned': f(EH, hakeem('Finding 4: the father in prison was never asked')),
  'parent.criminality': f(EH, hampshire('L2: parents’ own history')),
  'parent.hostile-to-professionals': f(TEH, bucks('L3: non-compliance with services')),
  'parent.young-parent': f(EH, hampshire('L2: young parenthood')),
  'parent.postnatal-depression': f(EH, kent('L2: parent’s mental health affecting the child')),
  'household.financial-hardship': f(EH, hampshire('L2: family under financial strain')),
  'household.housing-instability': f(EH, hampshire('L2: poor housing or housing risk')),
  'household.multiple-adult-factors': f(
    TEH,
    bucks('L3: parental mental health or substance misuse significantly affecting care'),
  ),
  'household.new-partner': f(EH, hampshire('L2: changes in household composition')),
  // engagement
  'engagement.access-refused': f(TEH, bucks('L3: non-compliance with services')),
  'engagement.disguised-compliance': f(TEH, bucks('L3: non-compliance with services')),
  'engagement.consent-refused': f(EH, bucks('L2: reluctance to engage')),
  'engagement.non-engagement': f(TEH, bucks('L3: non-compliance with services')),
  'engagement.improvement-not-sustained': f(TEH, bucks('L3: erratic care')),
  'engagement.hostile-or-intimidating': f(EH, hakeem('8.1: staff avoided confronting a volatile parent')),
  // unborn
  'unborn.risk-factors': f('pre-birth', preBirth('pre-birth assessment where an unborn baby is at risk')),
  'unborn.late-or-concealed': f(TEH, kent('L3: unborn baby needing pre-birth assessment')),
};
