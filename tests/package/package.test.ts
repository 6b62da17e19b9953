import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturesDir } from '../rule-tester.js';

/**
 * The package as a user gets it: packed from a fresh checkout (no dist/, so
 * `prepack` must build it), installed from the tarball into scratch projects
 * with npm, and used with the README's one-line config, a CommonJS config,
 * ESLint 10 and 9.15, the audit bin, and beside the lowest supported
 * typescript-eslint 8.
 */
const repo = path.resolve(fixturesDir, '../..');
const configs = path.join(fixturesDir, 'configs');
const scratch = mkdtempSync(path.join(tmpdir(), 'concurrency-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const versionOf = (name: string) => (JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const eslint9 = path.join(repo, 'node_modules/eslint-9-15/bin/eslint.js');

function run(file: string, args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env.CI;
  const result = spawnSync(file, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...args], { cwd, encoding: 'utf8' });
}

/** A fresh checkout: the files git has (or would add), without dist/, with this repository's installed dependencies. */
function checkout(): string {
  const dir = path.join(scratch, 'checkout');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !file.startsWith('dist/'));
  for (const file of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      copyFileSync(path.join(repo, file), target);
    } catch {
      // deleted in the work tree but not yet in the index
    }
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function project(name: string, packages: readonly string[], tarball: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  copyFileSync(path.join(configs, 'src/users.js'), path.join(dir, 'src/users.js'));
  npm(['install', '--save-dev', tarball, ...packages], dir);
  return dir;
}

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

const poolFinding = {
  ruleId: 'concurrency/no-pool-per-call',
  line: 4,
  column: 16,
  message: expect.stringMatching(/^`new Pool\(\)` creates a new `pg\.Pool` with its own connections on every call/u) as unknown as string,
};

let tarball = '';
let packed: string[] = [];
let plain = '';

beforeAll(() => {
  const dir = checkout();
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], dir)) as [{ filename: string; files: { path: string }[] }];
  tarball = path.join(scratch, info.filename);
  packed = info.files.map((file) => file.path);
  plain = project('plain', [`eslint@${versionOf('eslint')}`, `typescript@${versionOf('typescript')}`], tarball);
  for (const config of ['eslint.config.cjs', 'eslint.config.mjs']) copyFileSync(path.join(configs, config), path.join(plain, config));
}, 240_000);

describe('the packed tarball', () => {
  it('is built by prepack from a checkout without dist/ and holds the entries, the bin and the docs, not the sources', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli/bin.js', 'dist/formatter.js', 'docs/rules/no-check-then-write.md', 'README.md', 'package.json']),
    );
    expect(packed.filter((file) => /^(?:src|tests|bench|examples)\//u.test(file))).toEqual([]);
  });

  it.each([
    ['ESLint 10', 'eslint.config.mjs'],
    ['ESLint 10', 'eslint.config.cjs'],
    ['ESLint 9.15', 'eslint.config.mjs'],
    ['ESLint 9.15', 'eslint.config.cjs'],
  ])('lints with %s and %s (the README line, and require in CommonJS)', (eslint, config) => {
    const bin = eslint === 'ESLint 10' ? path.join(plain, 'node_modules/eslint/bin/eslint.js') : eslint9;
    const { status, stdout, stderr } = run(process.execPath, [bin, '--config', config, '--format', 'json', 'src/users.js'], plain);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result?.messages).toEqual([expect.objectContaining(poolFinding)]);
  });

  it('gives the plugin itself to require, the same object import gives', () => {
    const script = `
      const fromRequire = require('eslint-plugin-concurrency');
      import('eslint-plugin-concurrency').then(({ default: fromImport }) => {
        console.log(JSON.stringify({ same: fromRequire === fromImport, configs: Object.keys(fromRequire.configs), name: fromRequire.meta.name }));
      });`;
    const { stdout } = run(process.execPath, ['-e', script], plain);
    expect(JSON.parse(stdout)).toEqual({ same: true, configs: ['recommended', 'strict', 'all'], name: 'eslint-plugin-concurrency' });
  });

  it('installs the audit bin', () => {
    const { status, stdout } = run(path.join(plain, 'node_modules/.bin/concurrency-audit'), ['src', '--format', 'json', '--quiet'], plain);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string }[] };
    expect(report.findings.map(({ file, line, column, ruleId }) => ({ file, line, column, ruleId }))).toEqual([
      { file: 'src/users.js', line: 4, column: 16, ruleId: 'concurrency/no-pool-per-call' },
    ]);
  });
});

describe('beside typescript-eslint 8.58 (the lowest supported)', () => {
  // One project service: the user's parser for .ts and the plugin's for .js are the same copy, whatever npm put where.
  it('parses .ts with the user config and .js with the plugin config through one typescript-estree', () => {
    const dir = project('mixed', [`eslint@${versionOf('eslint')}`, `typescript@${versionOf('typescript')}`, 'typescript-eslint@8.58.0'], tarball);
    writeFileSync(
      path.join(dir, 'eslint.config.mjs'),
      `import tseslint from 'typescript-eslint';
import concurrency from 'eslint-plugin-concurrency';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } } },
  concurrency.configs.recommended,
];
`,
    );
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, allowJs: true, types: [] }, include: ['src'] }));
    copyFileSync(path.join(configs, 'src/users.ts'), path.join(dir, 'src/users.ts'));
    const census = path.join(configs, 'project-service-census.cjs');
    const { status, stdout, stderr } = run(process.execPath, ['--require', census, 'node_modules/eslint/bin/eslint.js', '--format', 'json', 'src'], dir);
    expect(status).toBe(1);
    const results = (JSON.parse(stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result.messages.map((message) => message.ruleId)]);
    expect(results).toEqual([
      ['users.js', ['concurrency/no-pool-per-call']],
      ['users.ts', ['concurrency/no-pool-per-call']],
    ]);
    // The one typescript-eslint installed for itself (npm puts the plugin's peer, a newer 8.x, at the top).
    const services = JSON.parse(/^project-services (.*)$/mu.exec(stderr)?.[1] ?? 'null') as string[];
    expect(services).toEqual([path.join(dir, 'node_modules/typescript-eslint/node_modules/@typescript-eslint/project-service')]);
    expect((JSON.parse(readFileSync(path.join(services[0] ?? '', 'package.json'), 'utf8')) as { version: string }).version).toBe('8.58.0');
  }, 120_000);
});
