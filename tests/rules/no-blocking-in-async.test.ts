import rule from '../../src/rules/no-blocking-in-async.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-blocking-in-async.cases.js';

runRuleSuite('no-blocking-in-async', rule, cases);
