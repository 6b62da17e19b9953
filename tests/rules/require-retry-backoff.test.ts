import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-retry-backoff.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './require-retry-backoff.cases.js';

runRuleSuite('require-retry-backoff', rule, cases);

describe('require-retry-backoff options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'require-retry-backoff': rule as never } } },
        rules: { 'concurrency/require-retry-backoff': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/require-retry-backoff"[\s\S]*should NOT have more than 0 items/u);
  });
});
