import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

import AjvModule from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';

import { fixturesDir } from '../rule-tester.js';

/** End-to-end: spawns the built `concurrency-audit` bin (npm test builds first). */
const bin = path.resolve(fixturesDir, '../../dist/cli/bin.js');
const audits = path.join(fixturesDir, 'audit');
const scratch = mkdtempSync(path.join(tmpdir(), 'concurrency-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment a user's shell gives the audit: no CI variable, no single-run hint. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extra };
  delete env.CI;
  delete env.TSESTREE_SINGLE_RUN;
  return env;
}

function audit(args: string[], cwd = audits, env = userEnv()): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  summary: {
    filesLinted: number;
    files: { typed: number; untyped: number; unparsed: number; skipped: Record<string, number> };
    tsconfigs: { file: string; files: number }[];
    findings: number;
    otherFindings: number;
    byClass: Record<string, number>;
    byRule: Record<string, number>;
  };
  findings: { file: string; line: number; column: number; ruleId: string; severityClass: string; kind: string }[];
  otherFindings: { file: string; line: number; ruleId: string; kind: string }[];
  unanalysed: { file: string; message: string }[];
}

// The fixtures' findings are of `strict` rules (check-then-write, module state); `recommended` is the default.
describe('concurrency-audit', () => {
  // ts-project/eslint.config.js throws when loaded: it is linted (3 files) but never run.
  it('audits a typed TypeScript project and groups findings by class (markdown)', () => {
    const { status, stdout, stderr } = audit(['ts-project', '--config', 'strict', '--quiet']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain('# Concurrency audit: audit-ts-fixture');
    expect(stdout).toMatch(/^eslint-plugin-concurrency \d+\.\d+\.\d+, config `strict`, \d+\.\d s\.$/mu);
    expect(stdout).toContain('| linted with types | 2 |\n| linted without types | 1 |\n');
    expect(stdout).toContain('Types from `ts-project/tsconfig.json` (2 files).');
    expect(stdout).toContain('2 findings in 1 file: 2 race, 0 leak, 0 block, 0 scale.');
    expect(stdout).toMatch(/^Audited 3 files \(2 with types, 1 without\) in \d+\.\d s\.$/mu);
    expect(stdout).toMatch(/\| race \| 2 \|/u);
    expect(stdout).toMatch(/\| \[`concurrency\/no-check-then-write`\]\([^)]+\) \| race \| 2 \|/u);
    expect(stdout).toContain('## Race (2)');
    expect(stdout).not.toContain('## Leak');
    expect(stdout).toContain('### `ts-project/src/store.ts:5` — `concurrency/no-check-then-write`');
    expect(stdout).toContain('### `ts-project/src/store.ts:11` — `concurrency/no-check-then-write`');
    expect(stdout).toContain('> 5 |   if (!existsSync(dir)) mkdirSync(dir);');
    expect(stdout).toContain('- **Under load:**');
    expect(stdout).toContain('- **Fix:**');
  });

  it('audits a JavaScript project without a tsconfig (JSON)', () => {
    const { status, stdout } = audit(['js-project', '--config', 'strict', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.summary).toMatchObject({
      filesLinted: 1,
      findings: 1,
      byClass: { race: 1, leak: 0, block: 0, scale: 0 },
      byRule: { 'concurrency/no-check-then-write': 1 },
    });
    expect(report.findings).toMatchObject([
      { file: 'js-project/lib/cache.js', line: 4, column: 28, ruleId: 'concurrency/no-check-then-write', severityClass: 'race', kind: 'production' },
    ]);
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const output = path.join(scratch, 'audit.sarif');
    const { status, stderr } = audit(['ts-project', '--config', 'strict', '--format', 'sarif', '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`^concurrency-audit: 2 findings in 3 files \\(2 with types, 1 without\\), 0 skipped, \\d+\\.\\d s; report written to ${output}\n$`, 'u'),
    );
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // ajv-draft-04 is CommonJS: under NodeNext its default import is the module object.
    const Ajv = AjvModule.default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.region.startLine)).toEqual([5, 11]);
  });

  it('prints stylish output', () => {
    const { status, stdout } = audit(['js-project', '--config', 'strict', '--format', 'stylish']);
    expect(status).toBe(1);
    expect(stdout).toContain('js-project/lib/cache.js');
    expect(stdout).toMatch(/4:28\s+error\s+Checking with `existsSync` \(line 4\) before `unlinkSync` is a race; remove with/u);
  });

  it('exits 0 on a project without findings', () => {
    const { status, stdout } = audit(['ts-project/src/clean.ts']);
    expect(status).toBe(0);
    expect(stdout).toContain('No findings.');
  });

  it.each([
    [['no-such-dir'], 'concurrency-audit: no such file or directory: no-such-dir'],
    [['--colour'], "concurrency-audit: Unknown option '--colour'"],
    [['--format', 'xml'], "concurrency-audit: unknown format 'xml': use one of markdown, json, sarif, stylish"],
    [['--config', 'loose'], "concurrency-audit: unknown config 'loose': use one of recommended, strict, all"],
    [['bad-tsconfig'], 'concurrency-audit: malformed bad-tsconfig/tsconfig.json: Property assignment expected.'],
    [['--instances', 'two'], "concurrency-audit: unknown instances 'two': use single or multiple"],
  ])('answers bad input %j with one line and exit 2', (args, line) => {
    const { status, stdout, stderr } = audit(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(line)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it('answers a directory with no JavaScript or TypeScript files with exit 2', () => {
    const empty = mkdtempSync(path.join(scratch, 'empty-'));
    const { status, stderr } = audit([empty]);
    expect(status).toBe(2);
    expect(stderr).toBe(`concurrency-audit: no JavaScript or TypeScript files in ${empty}\n`);
  });

  it('takes the instance count: --instances single turns off the findings that need a second instance', () => {
    const findings = (args: string[]) =>
      (JSON.parse(audit(['state-project', '--config', 'strict', '--format', 'json', ...args]).stdout) as JsonReport).findings.map((finding) => [finding.file, finding.line, finding.ruleId]);
    expect(findings([])).toEqual([['state-project/src/jobs.js', 1, 'concurrency/no-module-state']]);
    expect(findings(['--instances', 'multiple'])).toEqual([['state-project/src/jobs.js', 1, 'concurrency/no-module-state']]);
    expect(findings(['--instances', 'single'])).toEqual([]);
  });

  // no-module-state had no failureUnderLoad or remedy, and its findings printed neither line (null in JSON).
  it('prints how a finding fails under load and its fix for every rule (markdown and JSON)', async () => {
    const { default: moduleState } = await import('../../src/rules/no-module-state.js');
    const docs = moduleState.meta.docs as unknown as { failureUnderLoad: Record<string, string>; remedy: Record<string, string> };
    const markdown = audit(['state-project', '--config', 'strict']).stdout;
    expect(markdown).toContain('### `state-project/src/jobs.js:1` — `concurrency/no-module-state`');
    expect(markdown).toContain(`- **Under load:** ${docs.failureUnderLoad.sharedState}\n- **Fix:** ${docs.remedy.sharedState}\n`);
    const json = JSON.parse(audit(['state-project', '--config', 'strict', '--format', 'json']).stdout) as {
      findings: { messageId: string; failureUnderLoad: string | null; remedy: string | null }[];
    };
    expect(json.findings).toEqual([
      expect.objectContaining({ messageId: 'sharedState', failureUnderLoad: docs.failureUnderLoad.sharedState, remedy: docs.remedy.sharedState }),
    ]);
    expect(docs.failureUnderLoad.sharedState).toMatch(/^Each instance, worker or pod has its own copy/u);
  });

  it('runs recommended by default, where a check-then-write is not reported', () => {
    const { status, stdout } = audit(['ts-project', '--quiet']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^eslint-plugin-concurrency \d+\.\d+\.\d+, config `recommended`, \d+\.\d s\.$/mu);
    expect(stdout).toContain('No findings.');
  });

  it('prints its version', () => {
    const { status, stdout } = audit(['--version']);
    expect(status).toBe(0);
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    expect(stdout).toBe(`${version}\n`);
  });

  describe('a workspace with tests, migrations, scripts, bundles, browser code and a tsconfig per package', () => {
    // workspace/packages/api has its own tsconfig (src/legacy excluded); nothing above it but this repository's root.
    it('lints production code with the nearest tsconfig, skips and counts the rest, and lists files it cannot parse', () => {
      const { status, stdout, stderr } = audit(['workspace/packages', '--config', 'strict', '--format', 'json']);
      expect(status).toBe(1);
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.summary).toMatchObject({
        filesLinted: 2,
        files: { typed: 1, untyped: 0, unparsed: 1, skipped: { test: 1, migration: 1, script: 1, vendored: 1, browser: 1, excluded: 1 } },
        tsconfigs: [{ file: 'workspace/packages/api/tsconfig.json', files: 1 }],
        findings: 1,
        otherFindings: 0,
      });
      expect(report.findings).toMatchObject([
        { file: 'workspace/packages/api/src/files.ts', line: 4, ruleId: 'concurrency/no-check-then-write', kind: 'production' },
      ]);
      expect(report.unanalysed).toEqual([
        expect.objectContaining({ file: 'workspace/packages/api/src/broken.ts', message: 'Parsing error: Parameter declaration expected.' }),
      ]);
      expect(stderr).toMatch(/^concurrency-audit: 1 finding in 2 files \(1 with types, 0 without, 1 not parsed\), 6 skipped, \d+\.\d s\n$/u);
    });

    // The script's check-then-write is at its top level, which runs once: silent even with --include-tests.
    it('shows tests, scripts and migrations in their own section with --include-tests, never bundles or browser code', () => {
      const { status, stdout } = audit(['workspace/packages', '--config', 'strict', '--format', 'json', '--include-tests']);
      expect(status).toBe(1);
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.summary.files.skipped).toEqual({ vendored: 1, browser: 1, excluded: 1 });
      expect(report.findings.map((finding) => finding.file)).toEqual(['workspace/packages/api/src/files.ts']);
      expect(report.otherFindings.map((finding) => [finding.file, finding.line, finding.ruleId, finding.kind])).toEqual([
        ['workspace/packages/api/migrations/001-init.js', 4, 'concurrency/no-blocking-in-async', 'migration'],
        ['workspace/packages/api/migrations/001-init.js', 4, 'concurrency/no-check-then-write', 'migration'],
        ['workspace/packages/api/src/files.test.ts', 4, 'concurrency/no-check-then-write', 'test'],
      ]);
    });

    it('shows absolute paths when the target was given absolute', () => {
      const target = path.join(audits, 'workspace/packages/api/src');
      const { stdout } = audit([target, '--config', 'strict', '--format', 'json']);
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.findings.map((finding) => finding.file)).toEqual([path.join(target, 'files.ts')]);
    });
  });

  it('runs as one run, never as an editor session, with CI unset (typescript-estree single-run mode)', () => {
    // The probe wraps typescript-estree's inferSingleRun in the process that parses and writes down each typed parse's answer.
    const out = path.join(scratch, 'single-run.txt');
    const env = userEnv({
      PROBE_OUT: out,
      PROBE_FROM: path.resolve(fixturesDir, '../..'),
      NODE_OPTIONS: `--require ${path.join(audits, 'single-run-probe.cjs')}`,
    });
    const { status } = audit(['ts-project', '--config', 'strict', '--format', 'json'], audits, env);
    expect(status).toBe(1);
    const answers = readFileSync(out, 'utf8').trim().split('\n');
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answers)).toEqual(new Set(['true']));
  });

  it('loads neither TypeScript nor ESLint in the calling thread: the worker plans and lints, so they load once', () => {
    const entry = path.resolve(fixturesDir, '../../dist/cli/audit.js');
    const probe = `await import(${JSON.stringify(entry)});
const cache = (await import('node:module')).createRequire(import.meta.url).cache;
console.log(Object.keys(cache).filter((file) => /[\\\\/]node_modules[\\\\/](typescript|eslint)[\\\\/]/.test(file)).length);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });

  it('ends quietly when the reader closes the pipe early (`concurrency-audit | head`)', async () => {
    const child = spawn(process.execPath, [bin, 'ts-project', '--config', 'strict'], { cwd: audits, env: userEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.destroy(); // a reader that has read all it wanted before the report comes
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|node:events|at /u);
    expect(status).toBe(1);
  });
});
