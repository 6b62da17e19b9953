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

/** A lint worker started ahead of its work, so that loading ESLint, the parser and TypeScript overlaps planning. */
export interface LintWorker {
  /** Lints `input` in the worker; call it once. */
  lint(input: LintInput, onProgress: (done: number, current: string) => void): Promise<LintOutput>;
  /** Stops the worker if it has not finished; a finished one is left to exit without holding the process. */
  stop(): void;
}

/**
 * Starts the thread that lints, with `TSESTREE_SINGLE_RUN=true` in its
 * environment: typescript-estree infers a single run only from `CI=true` or
 * an `eslint` bin in `process.argv`, and otherwise assumes an editor session,
 * which reloads every project each time a file is not found in one (throttled
 * to 250 ms: minutes on a large project). The audit is always one run. The
 * worker keeps the environment change, and the project service with its
 * programs, out of the calling process: a program that calls `runAudit` gets
 * both without a trace afterwards.
 *
 * The worker is started before the audit plans its files and waits for them
 * in a message: its module loading (about a second) then runs beside the
 * planning instead of after it.
 */
export function startLintWorker(): LintWorker {
  const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
    env: { ...process.env, TSESTREE_SINGLE_RUN: 'true' },
    // The main thread's heap limit (a --max-old-space-size in NODE_OPTIONS counts), not V8's default for workers.
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
  });
  let onProgress: (done: number, current: string) => void = () => {};
  let settle: { resolve(output: LintOutput): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;
  let done = false;
  const fail = (error: Error) => {
    if (settle) settle.reject(error);
    else failure ??= error;
    settle = null;
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') {
      onProgress(message.done, message.current);
    } else if (message.type === 'done') {
      done = true;
      settle?.resolve(message.output);
      settle = null;
    } else {
      fail(new Error(message.message));
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the lint worker stopped before it finished (exit code ${code})`)));
  return {
    lint(input, progress) {
      onProgress = progress;
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        worker.postMessage(input);
      });
    },
    stop() {
      settle = null;
      // A worker that has posted its results exits by itself; the process need not wait for its heap to be freed.
      if (done) worker.unref();
      else void worker.terminate();
    },
  };
}
