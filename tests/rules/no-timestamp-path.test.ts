import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-timestamp-path.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-timestamp-path.cases.js';

runRuleSuite('no-timestamp-path', rule, cases);

describe('no-timestamp-path options schema', () => {
  const plugin = { rules: { 'no-timestamp-path': rule as unknown as Rule.RuleModule } };
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter().verify('const stamp = Date.now();', [
      { plugins: { concurrency: plugin }, rules: { 'concurrency/no-timestamp-path': ['error', options] } },
    ]);

  it('accepts both resolutions', () => {
    expect(lint({ resolution: 'second' })).toEqual([]);
    expect(lint({ resolution: 'millisecond' })).toEqual([]);
  });

  it('rejects an unknown resolution', () => {
    expect(() => lint({ resolution: 'minute' })).toThrow(/should be equal to one of the allowed values/);
  });

  it('rejects an unknown property', () => {
    expect(() => lint({ resolutions: 'second' })).toThrow(/additional properties/);
  });
});
