import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import { UsageError } from './args.js';
import type { AuditRequest, LintInput, LintOutput, RuleDocs, WorkerMessage } from './lint.js';
import { auditParser, type FlowStripper, type ParseRecord } from './parser.js';
import { planAudit } from './plan.js';

/** Files linted in one ESLint call; the progress bar moves between batches. */
const BATCH = 25;

/** Lints the planned files and posts progress on the way. */
async function lint(input: LintInput, post: (message: WorkerMessage) => void): Promise<LintOutput> {
  const records = new Map<string, ParseRecord>();
  const stripFlow = flowStripper(input.projectDirs);
  const config = plugin.configs[input.config];
  const eslint = new ESLint({
    cwd: input.cwd,
    // The audited project's own ESLint config is never loaded or run; the audit chose the files itself.
    overrideConfigFile: true,
    ignore: false,
    overrideConfig: [
      {
        ...config,
        languageOptions: {
          ...config.languageOptions,
          parser: auditParser(new Set(input.typedFiles), records, stripFlow),
          parserOptions: { projectService: true, tsconfigRootDir: input.tsconfigRootDir },
        },
        // The audit has set the tests, scripts and bundles it skips aside already: the rules lint every file given.
        settings: { concurrency: { instances: input.instances, files: { skip: [] } } },
      },
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
    ],
    errorOnUnmatchedPattern: false,
  });
  const results: ESLint.LintResult[] = [];
  for (let index = 0; index < input.files.length; index += BATCH) {
    const batch = input.files.slice(index, index + BATCH);
    post({ type: 'progress', done: index, current: path.relative(input.cwd, batch[0] ?? '') });
    results.push(...(await eslint.lintFiles([...batch])));
  }
  post({ type: 'progress', done: input.files.length, current: '' });
  const rulesMeta: Record<string, { docs?: object }> = {};
  for (const [id, meta] of Object.entries(eslint.getRulesMetaForResults(results))) rulesMeta[id] = { docs: meta.docs };
  return { results, rulesMeta: rulesMeta as RuleDocs, records: [...records], flowStripping: stripFlow !== null };
}

/**
 * flow-remove-types, from the plugin's dependencies or an audited project's:
 * with it, a Flow-typed file that TypeScript's parser rejects is linted with
 * its types blanked out (lines and columns stay where they were).
 */
function flowStripper(projectDirs: readonly string[]): FlowStripper | null {
  for (const from of [import.meta.url, ...projectDirs.map((dir) => path.join(dir, 'package.json'))]) {
    try {
      const strip = createRequire(from)('flow-remove-types') as (code: string, options: { all: boolean }) => { toString(): string };
      return (code) => strip(code, { all: true }).toString();
    } catch {
      // not installed there
    }
  }
  return null;
}

/** The worker's entry (see `auditInWorker`): plans the request's files, posts the plan, lints them and posts the results. */
async function audit(request: AuditRequest, post: (message: WorkerMessage) => void): Promise<LintOutput> {
  const plan = planAudit(request.paths, request.cwd, request.includeTests);
  post({ type: 'plan', plan });
  if (plan.lint.length === 0) return { results: [], rulesMeta: {}, records: [], flowStripping: false };
  return lint(
    {
      cwd: plan.cwd,
      tsconfigRootDir: plan.searchRoot,
      config: request.config,
      instances: request.instances,
      files: plan.lint.map((file) => file.path),
      typedFiles: plan.lint.flatMap((file) => (file.tsconfig ? [file.path] : [])),
      projectDirs: plan.projectDirs,
    },
    post,
  );
}

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  audit(workerData as AuditRequest, post).then(
    (output) => post({ type: 'done', output }),
    (error: unknown) =>
      post({
        type: 'error',
        message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
        usage: error instanceof UsageError,
      }),
  );
}
