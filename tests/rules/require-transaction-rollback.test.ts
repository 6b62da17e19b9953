import rule from '../../src/rules/require-transaction-rollback.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './require-transaction-rollback.cases.js';

runRuleSuite('require-transaction-rollback', rule, cases);
