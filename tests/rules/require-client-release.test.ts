import rule from '../../src/rules/require-client-release.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './require-client-release.cases.js';

runRuleSuite('require-client-release', rule, cases);
