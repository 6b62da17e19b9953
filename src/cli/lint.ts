import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';

import type { ESLint } from 'eslint';

import type { ConfigName } from '../configs/index.js';
import { UsageError } from './args.js';
import type { ParseRecord } from './parser.js';
import type { AuditPlan } from './plan.js';

/** What the lint step needs, from the plan. */
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

/** What the audit asks of its worker: plan the files of these paths, then lint them. */
export interface AuditRequest {
  readonly paths: readonly string[];
  /** Where the paths are relative to. */
  readonly cwd: string;
  readonly includeTests: boolean;
  readonly config: ConfigName;
  readonly instances: 'multiple' | 'single';
}

export type WorkerMessage =
  | { readonly type: 'plan'; readonly plan: AuditPlan }
  | { readonly type: 'progress'; readonly done: number; readonly current: string }
  | { readonly type: 'done'; readonly output: LintOutput }
  | { readonly type: 'error'; readonly message: string; readonly usage: boolean };

export interface WorkerEvents {
  /** The files are planned: the worker lints `plan.lint` next. */
  onPlan(plan: AuditPlan): void;
  onProgress(done: number, current: string): void;
}

/**
 * Plans and lints in a worker thread whose environment says
 * `TSESTREE_SINGLE_RUN=true`: typescript-estree infers a single run only from
 * `CI=true` or an `eslint` bin in `process.argv`, and otherwise assumes an
 * editor session, which reloads every project each time a file is not found
 * in one (throttled to 250 ms: minutes on a large project). The audit is
 * always one run. The worker keeps the environment change, and the project
 * service with its programs, out of the calling process: a program that calls
 * `runAudit` gets both without a trace afterwards.
 *
 * Planning runs in the worker too: it needs TypeScript (to read tsconfigs),
 * which the worker loads anyway, so the calling thread loads neither
 * TypeScript nor ESLint and the audit costs what one ESLint process costs.
 */
export function auditInWorker(request: AuditRequest, events: WorkerEvents): Promise<{ plan: AuditPlan; output: LintOutput }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      workerData: request,
      env: { ...process.env, TSESTREE_SINGLE_RUN: 'true' },
      // The main thread's heap limit (a --max-old-space-size in NODE_OPTIONS counts), not V8's default for workers.
      resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
    });
    let plan: AuditPlan | null = null;
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'plan') {
        plan = message.plan;
        events.onPlan(plan);
      } else if (message.type === 'progress') {
        events.onProgress(message.done, message.current);
      } else {
        settled = true;
        // The worker has posted everything: the process need not wait while it frees its heap.
        worker.unref();
        if (message.type === 'error') reject(message.usage ? new UsageError(message.message) : new Error(message.message));
        else if (plan) resolve({ plan, output: message.output });
        else reject(new Error('the lint worker finished without a plan'));
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
