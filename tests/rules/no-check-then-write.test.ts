import rule from '../../src/rules/no-check-then-write.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-check-then-write.cases.js';

runRuleSuite('no-check-then-write', rule, cases);
