// One measured ESLint run in a fresh process (so caches and the TypeScript
// program are built from scratch, as in a CI job or an editor session start).
// Usage: node bench/lint-run.mjs <mode> <project> [rule] [--stats]
//   mode: P typed parse, no rules | A P + no-floating-promises | B P + strict
//         F P + strict with type information withheld from the rules (the floor of B)
//         S untyped + strict | U untyped, no rules | R P + one rule | ALLU untyped + all
// Prints one JSON line: { mode, rule, files, ms, maxRssMb, messages, fatal }.
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import tsParser from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';
import { ESLint } from 'eslint';

// BENCH_PLUGIN: another build of the plugin (a baseline checkout's dist/index.js) for before/after runs.
const plugin = (await import(process.env.BENCH_PLUGIN ? path.resolve(process.env.BENCH_PLUGIN) : '../dist/index.js')).default;
import { listSourceFiles } from '../dist/cli/files.js';

const withStats = process.argv.includes('--stats');
const [mode, projectArg, rule] = process.argv.slice(2).filter((arg) => arg !== '--stats');
const project = path.resolve(projectArg);
const files = listSourceFiles(project).filter((file) => /\.[cm]?tsx?$/u.test(file) || mode === 'ALLU');

const typed = { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: project } };

/**
 * The plugin's rules seeing a typed parse as if it had no type information:
 * what B would cost if no rule asked the type checker anything. Each rule
 * gets a context whose source code has empty parser services (the rest is
 * the real context and source code, reached through the prototype).
 */
function withTypesWithheld(original) {
  const rules = Object.fromEntries(
    Object.entries(original.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create(context) {
          const sourceCode = Object.create(context.sourceCode, { parserServices: { value: {} } });
          return rule.create(Object.create(context, { sourceCode: { value: sourceCode } }));
        },
      },
    ]),
  );
  return { ...original, rules };
}
const untyped = { parser: tsParser, parserOptions: {} };
const strictRules = plugin.configs.strict.rules;
const configs = {
  P: { languageOptions: typed, rules: {} },
  A: {
    languageOptions: typed,
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  B: { languageOptions: typed, plugins: { concurrency: plugin }, rules: strictRules },
  F: { languageOptions: typed, plugins: { concurrency: withTypesWithheld(plugin) }, rules: strictRules },
  S: { languageOptions: untyped, plugins: { concurrency: plugin }, rules: strictRules },
  U: { languageOptions: untyped, rules: {} },
  R: { languageOptions: typed, plugins: { concurrency: plugin }, rules: { [`concurrency/${rule}`]: 'error' } },
  ALLU: { languageOptions: untyped, plugins: { concurrency: plugin }, rules: plugin.configs.all.rules },
};

const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}'], ...configs[mode] }, { linterOptions: { reportUnusedDisableDirectives: 'off' } }],
  errorOnUnmatchedPattern: false,
  // Per-rule times (ESLint's `stats`), summed over files below. Only on
  // request: timing every listener call costs a few percent of the run.
  stats: withStats,
});
const start = performance.now();
const cpuStart = process.cpuUsage();
const results = await eslint.lintFiles(files);
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const messages = results.reduce((sum, result) => sum + result.messages.filter((m) => m.ruleId).length, 0);
const fatal = results.reduce((sum, result) => sum + result.messages.filter((m) => m.fatal).length, 0);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const ruleMs = {};
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    for (const [id, time] of Object.entries(pass.rules ?? {})) ruleMs[id] = (ruleMs[id] ?? 0) + time.total;
  }
}
for (const id of Object.keys(ruleMs)) ruleMs[id] = Math.round(ruleMs[id]);
console.log(JSON.stringify({ mode, rule: rule ?? null, files: files.length, ms: Math.round(ms), cpuMs, maxRssMb, messages, fatal, ruleMs }));
