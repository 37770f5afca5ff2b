import { describeRuleSpecs } from './harness.js';
import { parentSpecs } from './specs/parent.js';

describeRuleSpecs('parent rules', parentSpecs);
