import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-query-in-loop.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-query-in-loop.cases.js';

runRuleSuite('no-query-in-loop', rule, cases);

describe('no-query-in-loop options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'no-query-in-loop': rule as never } } },
        rules: { 'concurrency/no-query-in-loop': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/no-query-in-loop"[\s\S]*should NOT have more than 0 items/u);
  });
});
