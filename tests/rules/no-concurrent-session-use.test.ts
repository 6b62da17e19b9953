import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-concurrent-session-use.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-concurrent-session-use.cases.js';

runRuleSuite('no-concurrent-session-use', rule, cases);

describe('no-concurrent-session-use options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'no-concurrent-session-use': rule as never } } },
        rules: { 'concurrency/no-concurrent-session-use': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/no-concurrent-session-use"[\s\S]*should NOT have more than 0 items/u);
  });
});
