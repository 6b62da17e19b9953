import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-pool-limits.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './require-pool-limits.cases.js';

runRuleSuite('require-pool-limits', rule, cases);

describe('require-pool-limits options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'require-pool-limits': rule as never } } },
        rules: { 'concurrency/require-pool-limits': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/require-pool-limits"[\s\S]*should NOT have more than 0 items/u);
  });
});
