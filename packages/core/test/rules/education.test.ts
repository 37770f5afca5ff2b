import { describeRuleSpecs } from './harness.js';
import { educationSpecs } from './specs/education.js';

describeRuleSpecs('education rules', educationSpecs);
