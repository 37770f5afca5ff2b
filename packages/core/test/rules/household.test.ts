import { describeRuleSpecs } from './harness.js';
import { householdSpecs } from './specs/household.js';

describeRuleSpecs('household rules', householdSpecs);
