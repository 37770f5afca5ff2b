/**
 * Specs for the observation rules outside health and education: care, supervision, safety, home,
 * emotional wellbeing, development, engagement and a late or concealed pregnancy.
 */
import { withEngagement, withSend } from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';
import { observationSpec } from './observation.js';

export const careSpecs: readonly RuleSpec[] = [
  observationSpec('care.hunger', 'care.cannot-afford-basics'),
  observationSpec('care.unkempt', 'care.persistently-tired'),
  observationSpec('care.utilities-cut-off', 'care.cannot-afford-basics'),
  observationSpec('care.persistently-tired', 'care.unkempt'),
  observationSpec('care.cannot-afford-basics', 'care.utilities-cut-off'),
];

export const supervisionAndSafetySpecs: readonly RuleSpec[] = [
  observationSpec('supervision.self-caring-young-child', 'supervision.carer-incapacitated'),
  observationSpec('supervision.carer-incapacitated', 'supervision.self-caring-young-child'),
  observationSpec('supervision.unsuitable-adults', 'safety.drugs-accessible'),
  observationSpec('supervision.repeated-accidents', 'safety.injury-seen'),
  observationSpec('safety.injury-unexplained', 'safety.injury-seen'),
  observationSpec('safety.injury-seen', 'safety.injury-unexplained'),
  observationSpec('safety.disclosure', 'emotional.child-expresses-fear-or-distress'),
  observationSpec('safety.domestic-abuse-incident', 'emotional.witnesses-conflict'),
  observationSpec('safety.immediate-danger', 'safety.disclosure'),
  observationSpec('safety.drugs-accessible', 'supervision.unsuitable-adults'),
];

export const homeEmotionalDevelopmentSpecs: readonly RuleSpec[] = [
  observationSpec('home.poor-conditions', 'home.unsuitable-accommodation'),
  observationSpec('home.unsuitable-accommodation', 'home.poor-conditions'),
  observationSpec('home.main-home-not-seen', 'engagement.access-refused'),
  observationSpec('emotional.child-expresses-fear-or-distress', 'emotional.appears-sad-or-distressed'),
  observationSpec('emotional.appears-sad-or-distressed', 'emotional.child-expresses-fear-or-distress'),
  observationSpec('emotional.witnesses-conflict', 'safety.domestic-abuse-incident'),
  observationSpec('emotional.significant-loss', 'emotional.appears-sad-or-distressed'),
  observationSpec('emotional.self-harm', 'emotional.child-expresses-fear-or-distress'),
  observationSpec('development.delay', 'development.non-verbal', {
    fires: [ex('read from the record: SEND names global developmental delay', withSend('global developmental delay'))],
    silent: [ex('SEND names dyslexia only', withSend('dyslexia'))],
  }),
  observationSpec('development.non-verbal', 'development.delay', {
    fires: [ex('read from the record: SEND says non-verbal', withSend('autism; non-verbal'))],
    silent: [ex('SEND names autism only', withSend('autism'))],
  }),
];

export const engagementSpecs: readonly RuleSpec[] = [
  observationSpec('engagement.access-refused', 'home.main-home-not-seen', {
    fires: [
      ex(
        'read from the record: an access-refused entry with no code ticked',
        withEngagement('accessRefused', [], 'Door not answered at a planned visit.'),
      ),
    ],
    silent: [
      ex(
        'a missed appointment with no code is not a refusal of access',
        withEngagement('appointmentsMissed', [], 'Was not brought to clinic.'),
      ),
    ],
  }),
  observationSpec('engagement.disguised-compliance', 'engagement.non-engagement', {
    fires: [
      ex(
        'read from the record: a sign listed with no code ticked',
        withEngagement('disguisedComplianceSigns', [], 'Welcomes visits; nothing changes.'),
      ),
    ],
    silent: [ex('an engagement fact with no code', withEngagement('otherFacts', [], 'Mother attended the meeting.'))],
  }),
  observationSpec('engagement.consent-refused', 'engagement.hostile-or-intimidating'),
  observationSpec('engagement.non-engagement', 'engagement.disguised-compliance'),
  observationSpec('engagement.improvement-not-sustained', 'engagement.non-engagement'),
  observationSpec('engagement.hostile-or-intimidating', 'engagement.non-engagement'),
  observationSpec('unborn.late-or-concealed', 'engagement.non-engagement'),
];
