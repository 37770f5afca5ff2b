import { describeRuleSpecs } from './harness.js';
import { healthSpecs } from './specs/health.js';

describeRuleSpecs('health rules', healthSpecs);
