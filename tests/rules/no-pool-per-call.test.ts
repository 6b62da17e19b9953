import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-pool-per-call.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-pool-per-call.cases.js';

runRuleSuite('no-pool-per-call', rule, cases);

describe('no-pool-per-call options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'no-pool-per-call': rule as never } } },
        rules: { 'concurrency/no-pool-per-call': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/no-pool-per-call"[\s\S]*should NOT have more than 0 items/u);
  });
});
