import { describeRuleSpecs } from './harness.js';
import { historySpecs } from './specs/history.js';

describeRuleSpecs('history and unborn rules', historySpecs);
