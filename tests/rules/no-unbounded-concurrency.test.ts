import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unbounded-concurrency.js';
import { runRuleSuite } from '../rule-suite.js';
import { typedRuleTester } from '../rule-tester.js';
import * as cases from './no-unbounded-concurrency.cases.js';

runRuleSuite('no-unbounded-concurrency', rule, cases);

typedRuleTester().run('no-unbounded-concurrency (bounded by types)', rule, {
  valid: cases.validWithTypesOnly,
  invalid: [],
});

describe('no-unbounded-concurrency options', () => {
  const lint = (options: unknown, code = 'export {};') =>
    new Linter({ configType: 'flat' }).verify(
      code,
      [
        {
          plugins: { concurrency: { rules: { 'no-unbounded-concurrency': rule as unknown as Rule.RuleModule } } },
          rules: { 'concurrency/no-unbounded-concurrency': ['error', options] },
        },
      ],
      'file.js',
    );

  it('accepts each limiter', () => {
    for (const limiter of ['chunk', 'p-map', 'p-limit']) expect(lint({ limiter })).toEqual([]);
  });

  it('rejects an unknown limiter with the schema message', () => {
    expect(() => lint({ limiter: 'bottleneck' })).toThrow(/Value "bottleneck" should be equal to one of the allowed values/u);
  });

  it('rejects an unknown option', () => {
    expect(() => lint({ concurrency: 4 })).toThrow(/should NOT have additional properties/u);
  });

  it("does not throw under ESLint's default parser, where only import tracking answers", () => {
    const code = `import express from 'express';
import { spawn } from 'node:child_process';
import { helper } from './local.js';
import * as util from './util.js';
const app = express();
app.get('/', (req, res) => { spawn('ls'); helper(); util.run(); res.end(); });
export async function all(ids) { await Promise.all(ids.map(async (id) => helper(id))); }
export function loop(ids) { for (const id of ids) fetch(id); }
export function procs(files) { files.forEach((file) => spawn('gzip', [file])); }`;
    const messages = lint({ limiter: 'p-map' }, code);
    // The express app is recognised syntactically, so the per-request spawn is found without types too.
    expect(messages.map((message) => [message.line, message.messageId])).toEqual([
      [6, 'processPerRequest'],
      [7, 'unboundedCombinator'],
      [8, 'floatingInLoop'],
      [9, 'processPerElement'],
    ]);
  });
});
