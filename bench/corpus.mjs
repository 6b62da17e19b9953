// Crash-freedom and findings on real code: the published JavaScript of the
// back-end libraries that `npm ci` installs (a reproducible corpus), linted
// with the `all` config without types, plus any typed projects given as
// arguments (linted with types through their tsconfig).
// Usage: node bench/corpus.mjs [--slice N] [typed-project …]
// Writes bench/out/corpus.json and bench/out/corpus-sample.md (findings to review by hand).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import plugin from '../dist/index.js';
import { listSourceFiles } from '../dist/cli/files.js';
import { corpusFiles } from './corpus-packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const slice = args.includes('--slice') ? Number(args[args.indexOf('--slice') + 1]) : Infinity;
const typedProjects = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--slice');

function eslintFor(cwd, typed) {
  const config = plugin.configs.all;
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      // The corpus lives in node_modules, which ESLint ignores by default.
      { ignores: ['!**/node_modules/'] },
      {
        ...config,
        files: ['**/*.{js,cjs,mjs,ts,mts,cts,tsx,jsx}'],
        languageOptions: {
          ...config.languageOptions,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: cwd } : { projectService: false },
        },
      },
      // Library code carries directives for rules that are not loaded here.
      { linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true } },
    ],
    errorOnUnmatchedPattern: false,
  });
}

/** Lints in batches; a batch that throws is re-run file by file so that a crash names its file. */
async function lintAll(eslint, files, label) {
  const results = [];
  const crashes = [];
  const BATCH = 50;
  for (let index = 0; index < files.length; index += BATCH) {
    const batch = files.slice(index, index + BATCH);
    try {
      results.push(...(await eslint.lintFiles(batch)));
    } catch {
      for (const file of batch) {
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          crashes.push({ file: path.relative(root, file), error: String(error?.message ?? error).split('\n').slice(0, 3).join(' | ') });
        }
      }
    }
    if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${Math.min(index + BATCH, files.length)}/${files.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return { results, crashes };
}

function countLines(files) {
  let lines = 0;
  for (const file of files) lines += readFileSync(file, 'utf8').split('\n').length;
  return lines;
}

const started = performance.now();
const runs = [{ label: 'node_modules corpus (untyped)', cwd: root, typed: false, files: corpusFiles(root, slice) }];
for (const project of typedProjects) {
  const cwd = path.resolve(project);
  runs.push({ label: `${path.basename(cwd)} (typed)`, cwd, typed: true, files: listSourceFiles(cwd) });
}

const report = { runs: [], totals: { files: 0, lines: 0, crashes: 0, parseErrors: 0, findings: 0 }, byRule: {} };
const sample = ['# Findings to review by hand', ''];
for (const run of runs) {
  const lines = countLines(run.files);
  const { results, crashes } = await lintAll(eslintFor(run.cwd, run.typed), run.files, run.label);
  const byRule = {};
  let parseErrors = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) parseErrors++;
      // Other messages (directives for rules not loaded here) are not this plugin's.
      if (!message.ruleId?.startsWith('concurrency/')) continue;
      const rule = message.ruleId.replace('concurrency/', '');
      (byRule[rule] ??= []).push({ file: path.relative(run.cwd, result.filePath), line: message.line, message: message.message });
    }
  }
  const findings = Object.values(byRule).reduce((sum, list) => sum + list.length, 0);
  report.runs.push({
    label: run.label,
    files: run.files.length,
    lines,
    crashes,
    parseErrors,
    findings,
    perRulePer10kLines: Object.fromEntries(Object.entries(byRule).map(([rule, list]) => [rule, Number(((list.length / lines) * 10000).toFixed(2))])),
    perRule: Object.fromEntries(Object.entries(byRule).map(([rule, list]) => [rule, list.length])),
  });
  report.totals.files += run.files.length;
  report.totals.lines += lines;
  report.totals.crashes += crashes.length;
  report.totals.parseErrors += parseErrors;
  report.totals.findings += findings;
  for (const [rule, list] of Object.entries(byRule)) {
    report.byRule[rule] = (report.byRule[rule] ?? 0) + list.length;
    sample.push(`## ${run.label}: ${rule} (${list.length})`, '');
    for (const item of list.slice(0, 15)) {
      const source = readFileSync(path.join(run.cwd, item.file), 'utf8').split('\n');
      const excerpt = source.slice(Math.max(0, item.line - 3), item.line + 2).map((text, offset) => `${Math.max(1, item.line - 2) + offset}: ${text.slice(0, 160)}`);
      sample.push(`- \`${item.file}:${item.line}\` ${item.message}`, '', '```js', ...excerpt, '```', '');
    }
  }
}
report.seconds = Math.round((performance.now() - started) / 1000);
// BENCH_OUT: where reports go (the CI smoke writes to a temporary directory).
const outDir = process.env.BENCH_OUT ?? path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(report, null, 2));
writeFileSync(path.join(outDir, 'corpus-sample.md'), sample.join('\n'));
console.log(JSON.stringify({ totals: report.totals, byRule: report.byRule, seconds: report.seconds, crashes: report.runs.flatMap((r) => r.crashes).slice(0, 20) }, null, 2));
process.exitCode = report.totals.crashes > 0 ? 1 : 0;
