import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-pool-per-call.js';
import { runRuleSuite } from '../rule-suite.js';
import * as cases from './no-pool-per-call.cases.js';

runRuleSuite('no-pool-per-call', rule, cases);

describe('no-pool-per-call options', () => {
  it.each([
    [{ ignore: true }, /"concurrency\/no-pool-per-call"[\s\S]*should NOT have additional properties/u],
    [{ contexts: { startup: 'yes' } }, /"concurrency\/no-pool-per-call"[\s\S]*Value "yes" should be boolean/u],
    [{ contexts: { request: true } }, /"concurrency\/no-pool-per-call"[\s\S]*Unexpected property "request"\. Expected properties: "startup", "shutdown"\./u],
  ])('rejects %j with a clear message', (options, message) => {
    const lint = () =>
      new Linter().verify('export {};', {
        languageOptions: { parser: tsParser },
        plugins: { concurrency: { rules: { 'no-pool-per-call': rule as never } } },
        rules: { 'concurrency/no-pool-per-call': ['error', options] as never },
      });
    expect(lint).toThrow(message);
  });
});
