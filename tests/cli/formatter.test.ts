import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixturesDir } from '../rule-tester.js';

const project = path.join(fixturesDir, 'audit', 'ts-project');

describe('the exported formatter (eslint -f)', () => {
  it('renders a project ESLint run as the audit report, keeping only this plugin’s findings', async () => {
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.strict, { files: ['**/*.ts'], rules: { 'no-var': 'error' } }],
    });
    const results = await eslint.lintFiles(['src']);
    const formatter = await eslint.loadFormatter(path.resolve(fixturesDir, '../../dist/formatter.js'));
    const text = await formatter.format(results);
    expect(text).toContain('# Concurrency audit: ts-project');
    expect(text).toContain('config `your ESLint config`, 2 files linted.');
    expect(text).toContain('2 findings in 1 file: 2 race, 0 leak, 0 block, 0 scale.');
    expect(text).toContain('### `src/store.ts:11` — `concurrency/no-check-then-write`');
  });
});
