import { spawnSync } from 'node:child_process';
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

function audit(args: string[], cwd = audits): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('concurrency-audit', () => {
  // ts-project/eslint.config.js throws when loaded: it is linted (3 files) but never run.
  it('audits a typed TypeScript project and groups findings by class (markdown)', () => {
    const { status, stdout, stderr } = audit(['ts-project', '--quiet']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain('# Concurrency audit: audit-ts-fixture');
    expect(stdout).toContain('config `recommended`, 3 files linted.');
    expect(stdout).toContain('2 findings in 1 file: 2 race, 0 leak, 0 block, 0 scale.');
    expect(stdout).toMatch(/\| race \| 2 \|/u);
    expect(stdout).toMatch(/\| \[`concurrency\/no-check-then-write`\]\([^)]+\) \| race \| 2 \|/u);
    expect(stdout).toContain('## Race (2)');
    expect(stdout).not.toContain('## Leak');
    expect(stdout).toContain('### `src/store.ts:5` — `concurrency/no-check-then-write`');
    expect(stdout).toContain('### `src/store.ts:11` — `concurrency/no-check-then-write`');
    expect(stdout).toContain('> 5 |   if (!existsSync(dir)) mkdirSync(dir);');
    expect(stdout).toContain('- **Under load:**');
    expect(stdout).toContain('- **Fix:**');
  });

  it('audits a JavaScript project without a tsconfig (JSON)', () => {
    const { status, stdout } = audit(['js-project', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as {
      summary: { filesLinted: number; findings: number; byClass: Record<string, number>; byRule: Record<string, number> };
      findings: { file: string; line: number; column: number; ruleId: string; severityClass: string }[];
    };
    expect(report.summary).toMatchObject({
      filesLinted: 1,
      findings: 1,
      byClass: { race: 1, leak: 0, block: 0, scale: 0 },
      byRule: { 'concurrency/no-check-then-write': 1 },
    });
    expect(report.findings).toMatchObject([
      { file: 'lib/cache.js', line: 4, column: 28, ruleId: 'concurrency/no-check-then-write', severityClass: 'race' },
    ]);
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const output = path.join(scratch, 'audit.sarif');
    const { status, stderr } = audit(['ts-project', '--format', 'sarif', '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toContain('2 findings; report written to');
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
    const { status, stdout } = audit(['js-project', '--format', 'stylish']);
    expect(status).toBe(1);
    expect(stdout).toContain('lib/cache.js');
    expect(stdout).toMatch(/4:28\s+error\s+`unlinkSync` removes a path/u);
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
    [['bad-tsconfig'], 'concurrency-audit: malformed tsconfig.json: '],
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
});
