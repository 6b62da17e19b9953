import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-stored-session.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-stored-session.cases.js';

runRuleSuite('no-stored-session', rule, cases);

describe('no-stored-session options', () => {
  const lint = (options: unknown) =>
    new Linter().verify('export {};', {
      languageOptions: { parser: tsParser },
      plugins: { concurrency: { rules: { 'no-stored-session': rule as never } } },
      rules: { 'concurrency/no-stored-session': ['error', options] as never },
    });

  it('accepts type specifiers', () => {
    expect(lint({ sessionTypes: ['UnitOfWork', { from: 'package', package: 'my-orm', name: 'Tx' }] })).toEqual([]);
  });

  it('rejects an unknown option', () => {
    expect(() => lint({ sessionType: ['UnitOfWork'] })).toThrow(/"concurrency\/no-stored-session"[\s\S]*should NOT have additional properties/u);
  });

  it('rejects a package specifier without its package', () => {
    expect(() => lint({ sessionTypes: [{ from: 'package', name: 'Tx' }] })).toThrow(/should have required property 'package'/u);
  });
});
