// How much type-checker work the strict config makes on a real project: the
// types and instantiations the checker creates (deterministic, unlike wall time
// on a shared machine) and, per rule, the checker calls it makes and the time
// they take (outermost calls only: a call inside another is counted once).
// Usage: node bench/checker-work.mjs <project> [rule]   (BENCH_PLUGIN: another build, as in lint-run.mjs)
// Writes bench/out/checker-work-<project>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import { listSourceFiles } from '../dist/cli/files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const plugin = (await import(process.env.BENCH_PLUGIN ? path.resolve(process.env.BENCH_PLUGIN) : '../dist/index.js')).default;
const [projectArg, only] = process.argv.slice(2);
const project = path.resolve(projectArg ?? '');
const files = listSourceFiles(project).filter((file) => /\.[cm]?tsx?$/u.test(file));

// One run, one process: this state belongs to the measurement, not to the plugin.
const calls = {};
const checkers = [];
let currentRule = null;
let depth = 0;

/** Wraps every method of a checker once, charging outermost calls to the rule that is running. */
function instrument(checker) {
  if (checkers.includes(checker)) return;
  checkers.push(checker);
  for (const [name, method] of Object.entries(checker)) {
    if (typeof method !== 'function') continue;
    checker[name] = function measured(...args) {
      if (depth > 0 || currentRule === null) return method.apply(this, args);
      depth++;
      const start = performance.now();
      try {
        return method.apply(this, args);
      } finally {
        depth--;
        const entry = (calls[currentRule] ??= { calls: 0, ms: 0 });
        entry.calls++;
        entry.ms += performance.now() - start;
      }
    };
  }
}

const rules = {};
for (const [name, rule] of Object.entries(plugin.rules)) {
  if (only && name !== only) continue;
  rules[name] = {
    ...rule,
    create(context) {
      const program = context.sourceCode.parserServices?.program;
      if (program) instrument(program.getTypeChecker());
      currentRule = name;
      const listeners = rule.create(context);
      currentRule = null;
      return Object.fromEntries(
        Object.entries(listeners).map(([selector, listener]) => [
          selector,
          (...args) => {
            const previous = currentRule;
            currentRule = name;
            try {
              return listener(...args);
            } finally {
              currentRule = previous;
            }
          },
        ]),
      );
    },
  };
}
const severities = Object.fromEntries(
  Object.keys(rules).map((name) => [`concurrency/${name}`, plugin.configs.strict.rules[`concurrency/${name}`] ?? 'error']),
);
const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: project } },
      plugins: { concurrency: { rules } },
      rules: severities,
    },
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ],
  errorOnUnmatchedPattern: false,
});
const results = await eslint.lintFiles(files);
const report = {
  project,
  files: files.length,
  findings: results.reduce((sum, result) => sum + result.messages.filter((m) => m.ruleId?.startsWith('concurrency/')).length, 0),
  typesCreated: checkers.reduce((sum, checker) => sum + checker.getTypeCount(), 0),
  instantiations: checkers.reduce((sum, checker) => sum + checker.getInstantiationCount(), 0),
  checkerCallsByRule: Object.fromEntries(
    Object.entries(calls)
      .map(([name, entry]) => [name, { calls: entry.calls, ms: Math.round(entry.ms) }])
      .sort((a, b) => b[1].ms - a[1].ms),
  ),
};
const outDir = process.env.BENCH_OUT ?? path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, `checker-work-${path.basename(project)}.json`), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
