import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-overlapping-schedule.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-overlapping-schedule.cases.js';

runRuleSuite('no-overlapping-schedule', rule, cases);

describe('no-overlapping-schedule options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'no-overlapping-schedule': rule as never } } },
        rules: { 'concurrency/no-overlapping-schedule': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/no-overlapping-schedule"[\s\S]*should NOT have more than 0 items/u);
  });
});
