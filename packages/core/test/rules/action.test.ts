import { describeRuleSpecs } from './harness.js';
import { actionSpecs } from './specs/action.js';

describeRuleSpecs('action rules', actionSpecs);
