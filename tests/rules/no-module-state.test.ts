import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-module-state.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-module-state.cases.js';

runRuleSuite('no-module-state', rule, cases);

describe('no-module-state options schema', () => {
  const plugin = { rules: { 'no-module-state': rule as unknown as Rule.RuleModule } };
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter().verify('let count = 0;', [
      { plugins: { concurrency: plugin }, rules: { 'concurrency/no-module-state': ['error', options] } },
    ]);

  it('accepts name patterns', () => {
    expect(lint({ allow: ['^metrics', 'Cache$'] })).toEqual([]);
  });

  it('rejects an unknown property', () => {
    expect(() => lint({ allowed: ['cache'] })).toThrow(/additional properties/);
  });

  it('rejects a pattern list that is not an array of strings', () => {
    expect(() => lint({ allow: 'cache' })).toThrow(/should be array/);
    expect(() => lint({ allow: [42] })).toThrow(/should be string/);
  });

  it('rejects a pattern that is not a regular expression', () => {
    expect(() => lint({ allow: ['(unclosed'] })).toThrow(/format "regex"/);
  });
});
