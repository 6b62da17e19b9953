import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
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
    expect(() => lint({ ignoreFiles: ['(unclosed'] })).toThrow(/format "regex"/);
  });
});

describe('no-module-state in test files', () => {
  const single = { rules: { 'no-module-state': rule as unknown as Rule.RuleModule } };
  const code = `const seen = new Set();
export function track(id) { seen.add(id); }
export function wasSeen(id) { return seen.has(id); }`;
  const lint = (filename: string, options?: unknown, from: object = plugin): string[] =>
    new Linter({ cwd: '/project' })
      .verify(
        code,
        [{ files: ['**/*.js', '**/*.ts'], plugins: { concurrency: from }, rules: { 'concurrency/no-module-state': options ? ['error', options] : 'error' } }],
        { filename },
      )
      .map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`);

  it('reports the state in application code, including names that only contain "test"', () => {
    for (const filename of ['/project/src/jobs.js', '/project/src/testing/jobs.js', '/project/src/latest.js', '/project/src/contest/jobs.ts']) {
      expect(lint(filename), filename).toEqual(['1:7 sharedState']);
    }
  });

  it('ignores the files of test runners by default (the shared file classification)', () => {
    for (const filename of [
      '/project/src/jobs.test.js',
      '/project/src/jobs.spec.ts',
      '/project/test/app.e2e-spec.ts',
      '/project/src/__tests__/jobs.js',
      '/project/src/__mocks__/jobs.js',
      '/project/src/test/fixtures/no-logger.ts',
      '/project/tests/helpers.js',
    ]) {
      expect(lint(filename), filename).toEqual([]);
    }
  });

  it('lints test files when the rule is used on its own, and ignoreFiles takes more patterns', () => {
    expect(lint('/project/src/jobs.test.js', undefined, single)).toEqual(['1:7 sharedState']);
    expect(lint('/project/src/jobs/seed.js', { ignoreFiles: ['^src/jobs/'] }, single)).toEqual([]);
    expect(lint('/project/src/jobs.js', { ignoreFiles: ['^other/'] }, single)).toEqual(['1:7 sharedState']);
  });
});
