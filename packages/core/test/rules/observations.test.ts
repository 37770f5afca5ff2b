import { describeRuleSpecs } from './harness.js';
import { careSpecs, engagementSpecs, homeEmotionalDevelopmentSpecs, supervisionAndSafetySpecs } from './specs/observations.js';

describeRuleSpecs('care rules', careSpecs);
describeRuleSpecs('supervision and safety rules', supervisionAndSafetySpecs);
describeRuleSpecs('home, emotional and development rules', homeEmotionalDevelopmentSpecs);
describeRuleSpecs('engagement rules', engagementSpecs);
