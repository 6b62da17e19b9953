import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-sqlite-wal.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './require-sqlite-wal.cases.js';

runRuleSuite('require-sqlite-wal', rule, cases);

describe('require-sqlite-wal options', () => {
  it('takes no options', () => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'require-sqlite-wal': rule as never } } },
        rules: { 'concurrency/require-sqlite-wal': ['error', { ignore: true }] as never },
      });
    expect(lint).toThrow(/"concurrency\/require-sqlite-wal"[\s\S]*should NOT have more than 0 items/u);
  });
});
