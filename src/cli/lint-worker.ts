import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import type { LintInput, LintOutput, RuleDocs, WorkerMessage } from './lint.js';
import { auditParser, type FlowStripper, type ParseRecord } from './parser.js';

/** Files linted in one ESLint call; the progress bar moves between batches. */
const BATCH = 25;

/** The worker's entry (see `startLintWorker`): lints the files it is given and posts the results. */
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

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  // The modules above load as soon as the thread starts; the work arrives once the audit has planned it.
  port.once('message', (input: LintInput) => {
    lint(input, post).then(
      (output) => post({ type: 'done', output }),
      (error: unknown) => post({ type: 'error', message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' }),
    );
  });
}
