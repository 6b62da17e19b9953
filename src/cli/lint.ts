import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';

import type { ESLint } from 'eslint';

import type { ConfigName } from '../configs/index.js';
import type { ParseRecord } from './parser.js';

/** What the lint worker needs: plain data, copied to the worker. */
export interface LintInput {
  /** ESLint's working directory: a common ancestor of every file. */
  readonly cwd: string;
  /** Where the project service stops looking for a tsconfig above a file (the repository root). */
  readonly tsconfigRootDir: string;
  readonly config: ConfigName;
  /** `settings.concurrency.instances` for the rules. */
  readonly instances: 'multiple' | 'single';
  readonly files: readonly string[];
  /** The files a tsconfig's program has: only these are parsed with the project service. */
  readonly typedFiles: readonly string[];
  /** Where to look for flow-remove-types besides the plugin's own dependencies (the audited projects). */
  readonly projectDirs: readonly string[];
}

export type RuleDocs = Readonly<Record<string, { docs?: object } | undefined>>;

export interface LintOutput {
  readonly results: readonly ESLint.LintResult[];
  readonly rulesMeta: RuleDocs;
  readonly records: readonly (readonly [string, ParseRecord])[];
  readonly flowStripping: boolean;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly current: string }
  | { readonly type: 'done'; readonly output: LintOutput }
  | { readonly type: 'error'; readonly message: string };

/**
 * Lints in a worker thread whose environment says `TSESTREE_SINGLE_RUN=true`:
 * typescript-estree infers a single run only from `CI=true` or an `eslint`
 * bin in `process.argv`, and otherwise assumes an editor session, which
 * reloads every project each time a file is not found in one (throttled to
 * 250 ms: minutes on a large project). The audit is always one run. The
 * worker keeps the environment change, and the project service with its
 * programs, out of the calling process: a program that calls `runAudit` gets
 * both without a trace afterwards.
 */
export function lintInWorker(input: LintInput, onProgress: (done: number, current: string) => void): Promise<LintOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      workerData: input,
      env: { ...process.env, TSESTREE_SINGLE_RUN: 'true' },
      // The main thread's heap limit (a --max-old-space-size in NODE_OPTIONS counts), not V8's default for workers.
      resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
    });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        onProgress(message.done, message.current);
      } else {
        settled = true;
        if (message.type === 'done') resolve(message.output);
        else reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the lint worker stopped before it finished (exit code ${code})`));
    });
  });
}
