import { describeRuleSpecs } from './harness.js';
import { gapSpecs } from './specs/gap.js';

describeRuleSpecs('gap rules', gapSpecs);
