import rule from '../../src/rules/no-blocking-constructor.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-blocking-constructor.cases.js';

runRuleSuite('no-blocking-constructor', rule, cases);
