import rule from '../../src/rules/no-outer-client-in-transaction.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-outer-client-in-transaction.cases.js';

runRuleSuite('no-outer-client-in-transaction', rule, cases);
