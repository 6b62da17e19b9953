import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixturesDir } from '../rule-tester.js';

/**
 * The CI-sized version of the real-world bench (bench/README in RESULTS.md):
 * a slice of the published-library corpus and examples/ must lint with no
 * rule crash, every fix and suggestion must parse and type-check, and two
 * threads must agree with one.
 */
const root = path.resolve(fixturesDir, '../..');
/** Reports of the slices go to a temporary directory, not over the full runs' bench/out. */
const outDir = mkdtempSync(path.join(os.tmpdir(), 'concurrency-bench-'));

function bench(script: string, ...args: string[]): { status: number | null; report: Record<string, unknown> } {
  const result = spawnSync(process.execPath, [path.join(root, 'bench', script), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_OUT: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  return { status: result.status, report: JSON.parse(json) as Record<string, unknown> };
}

describe('bench smoke', () => {
  it('lints a corpus slice with the all config without a rule crash', () => {
    const { status, report } = bench('corpus.mjs', '--slice', '250');
    expect(report.totals).toMatchObject({ files: 250, crashes: 0, parseErrors: 0 });
    expect(status).toBe(0);
  }, 300_000);

  it('every fix and suggestion on a corpus slice and examples/ parses and type-checks', () => {
    const { status, report } = bench('fixes.mjs', '--slice', '250');
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
    expect(status).toBe(0);
  }, 300_000);

  it('gives the same results with two threads as with one', () => {
    const { status, report } = bench('threads.mjs', '--slice', '120');
    expect(report).toMatchObject({ files: 120, identical: true });
    expect(status).toBe(0);
  }, 300_000);
});
