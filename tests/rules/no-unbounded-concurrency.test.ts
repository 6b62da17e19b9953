import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unbounded-concurrency.js';
import { runRuleSuite } from '../rule-suite.js';
import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';

import { fixturesDir, typedRuleTester } from '../rule-tester.js';
import * as cases from './no-unbounded-concurrency.cases.js';

runRuleSuite('no-unbounded-concurrency', rule, cases);

typedRuleTester().run('no-unbounded-concurrency (bounded by types)', rule, {
  valid: cases.validWithTypesOnly,
  invalid: [],
});

// Without `noImplicitAny`, `const r = []` is `never[]`: the chunked rewrite that
// rebuilds a result from an empty array would not type-check, so it is not offered.
const looseRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: [] }, tsconfigRootDir: path.join(fixturesDir, 'loose') } },
});
const loadAll = (declaration: string) => `import { readFile } from 'node:fs/promises';
export async function loadAll(paths: string[]) {
  ${declaration} await Promise.all(paths.map((p) => readFile(p, 'utf8')));
  return contents.join('\\n');
}`;
const combinatorError = { messageId: 'unboundedCombinator' as const, data: { callee: 'Promise.all' }, line: 3 };
looseRuleTester.run('no-unbounded-concurrency (a program without noImplicitAny)', rule, {
  valid: [],
  invalid: [
    { code: loadAll('const contents ='), errors: [{ ...combinatorError, suggestions: [] }] },
    {
      code: loadAll('const contents: string[] ='),
      errors: [
        {
          ...combinatorError,
          suggestions: [
            {
              messageId: 'suggestChunks',
              data: { limit: 'LIMIT', callee: 'Promise.all' },
              output: `import { readFile } from 'node:fs/promises';
export async function loadAll(paths: string[]) {
  const LIMIT = 10;
  const contents: string[] = [];
  for (let i = 0; i < paths.length; i += LIMIT) {
    contents.push(...(await Promise.all(paths.slice(i, i + LIMIT).map((p) => readFile(p, 'utf8')))));
  }
  return contents.join('\\n');
}`,
            },
          ],
        },
      ],
    },
  ],
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
