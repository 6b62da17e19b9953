// `--concurrency=2` must give exactly the results of a single-threaded run:
// the plugin keeps no per-process state that threads could disagree on.
// Usage: node bench/threads.mjs [--slice N] [typed-project]
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';

import { ESLint } from 'eslint';

import { listSourceFiles } from '../dist/cli/files.js';
import { corpusFiles } from './corpus-packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const slice = args.includes('--slice') ? Number(args[args.indexOf('--slice') + 1]) : 4000;
const project = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--slice');
if (project) process.env.CONCURRENCY_BENCH_TYPED = '1';
const cwd = project ? path.resolve(project) : root;
const files = project ? listSourceFiles(cwd) : corpusFiles(root, slice);

async function run(concurrency) {
  const eslint = new ESLint({ cwd, concurrency, overrideConfigFile: path.join(here, 'threads.config.mjs'), errorOnUnmatchedPattern: false });
  const start = performance.now();
  const results = await eslint.lintFiles(files);
  const ms = Math.round(performance.now() - start);
  const messages = results
    .flatMap((result) => result.messages.filter((m) => m.ruleId?.startsWith('concurrency/')).map((m) => `${path.relative(cwd, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
    .sort();
  return { ms, messages };
}

const single = await run('off');
const threaded = await run(2);
const identical = JSON.stringify(single.messages) === JSON.stringify(threaded.messages);
const report = { files: files.length, findings: single.messages.length, identical, singleMs: single.ms, twoThreadsMs: threaded.ms };
// BENCH_OUT: where reports go (the CI smoke writes to a temporary directory).
const outDir = process.env.BENCH_OUT ?? path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, `threads${project ? `-${path.basename(cwd)}` : ''}.json`), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
process.exitCode = identical ? 0 : 1;
