import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { fixturesDir } from '../rule-tester.js';

/**
 * `examples/eslint.config.js` is one line, `concurrency.configs.recommended`,
 * importing the built package by name. Linting `examples/` with it must report
 * exactly the lines marked `// ❌ concurrency/<rule>` for the recommended rules,
 * and nothing else; the marks of `strict` rules are what `strict` adds.
 */
const examplesDir = path.resolve(fixturesDir, '../../examples');
const MARKER = /\/\/ ❌ (concurrency\/[a-z-]+)/gu;
const RECOMMENDED: ReadonlySet<string> = new Set(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
    .map(([name]) => `concurrency/${name}`),
);

describe('examples/ with the one-line recommended config', () => {
  it('reports exactly the marked lines', async () => {
    const eslint = new ESLint({ cwd: examplesDir });
    const results = await eslint.lintFiles(['.']);
    const actual: string[] = [];
    const expected: string[] = [];
    for (const result of results) {
      const file = path.relative(examplesDir, result.filePath);
      for (const message of result.messages) actual.push(`${file}:${message.line} ${message.ruleId ?? message.message}`);
      readFileSync(result.filePath, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const match of line.matchAll(MARKER)) {
            if (RECOMMENDED.has(match[1] ?? '')) expected.push(`${file}:${index + 1} ${match[1]}`);
          }
        });
    }
    expect(results.map((result) => path.relative(examplesDir, result.filePath)).sort()).toContain('src/jobs/lock.cjs');
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('has an instance of every recommended rule', async () => {
    const eslint = new ESLint({ cwd: examplesDir });
    const results = await eslint.lintFiles(['.']);
    const found = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)));
    const recommended = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => `concurrency/${name}`);
    expect(recommended.filter((name) => !found.has(name))).toEqual([]);
  });
});
