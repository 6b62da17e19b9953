import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixturesDir } from '../rule-tester.js';

const docsDir = path.resolve(fixturesDir, '../../docs/rules');

/** The ```ts / ```js blocks under a `### ❌ Incorrect` or `### ✅ Correct` heading. */
function examples(markdown: string): { kind: 'incorrect' | 'correct'; code: string }[] {
  const found: { kind: 'incorrect' | 'correct'; code: string }[] = [];
  let kind: 'incorrect' | 'correct' | null = null;
  const pattern = /^(#{1,6}) (.*)$|^```(?:ts|js|typescript|javascript)\n([\s\S]*?)^```$/gmu;
  for (const match of markdown.matchAll(pattern)) {
    if (match[2] !== undefined) {
      kind = match[2].includes('❌') ? 'incorrect' : match[2].includes('✅') ? 'correct' : match[1] === '###' ? null : kind;
      if (match[1] === '##') kind = null;
    } else if (kind && match[3] !== undefined) {
      found.push({ kind, code: match[3] });
    }
  }
  return found;
}

function linter(rule: string): ESLint {
  return new ESLint({
    cwd: fixturesDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
        plugins: { concurrency: plugin },
        rules: { [`concurrency/${rule}`]: 'error' },
      },
    ],
  });
}

const pages = readdirSync(docsDir).filter((file) => file.endsWith('.md'));

describe.each(pages)('docs/rules/%s', (page) => {
  const rule = page.replace(/\.md$/u, '');
  const blocks = examples(readFileSync(path.join(docsDir, page), 'utf8'));

  it('has incorrect and correct examples', () => {
    expect(blocks.some((block) => block.kind === 'incorrect')).toBe(true);
    expect(blocks.some((block) => block.kind === 'correct')).toBe(true);
  });

  it.each(blocks.map((block, index) => [index, block] as const))('example %i is reported as its heading says', async (_index, block) => {
    const [result] = await linter(rule).lintText(block.code, { filePath: path.join(fixturesDir, 'file.ts') });
    const fatal = result?.messages.filter((message) => message.fatal) ?? [];
    expect(fatal).toEqual([]);
    const reports = result?.messages.filter((message) => message.ruleId === `concurrency/${rule}`) ?? [];
    if (block.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0);
    else expect(reports.map((message) => `${message.line}: ${message.message}`)).toEqual([]);
  });
});
