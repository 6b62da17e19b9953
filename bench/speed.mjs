// Speed of this plugin against the typed-linting baseline, on a real project.
// Usage: node bench/speed.mjs <project> [--runs 5] [--rules] [--baseline <checkout>]
// Alternates configurations run by run (P A B F S U, P A B F S U, …) in fresh
// processes and reports medians. Writes bench/out/speed-<project>.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import plugin from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const project = path.resolve(args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--baseline' && args[index - 1] !== '--runs') ?? '');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const perRule = args.includes('--rules');
// --baseline: a checkout of an earlier commit, built; its B and S run as B0 and S0 in the same rounds.
const baselineDir = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]) : null;

function run(mode, rule, stats = false) {
  const baseline = mode.endsWith('0');
  const env = baseline ? { ...process.env, BENCH_PLUGIN: path.join(baselineDir, 'dist/index.js') } : process.env;
  const output = execFileSync(process.execPath, [path.join(here, 'lint-run.mjs'), baseline ? mode.slice(0, -1) : mode, project, ...(rule ? [rule] : []), ...(stats ? ['--stats'] : [])], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').at(-1));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// F: B with type information withheld from the rules, the floor that B could reach without the checker.
const modes = baselineDir ? ['P', 'A', 'B0', 'B', 'F', 'S0', 'S', 'U'] : ['P', 'A', 'B', 'F', 'S', 'U'];
const samples = Object.fromEntries(modes.map((mode) => [mode, []]));
run('P'); // warm the file-system cache once; not measured
for (let index = 0; index < runs; index++) {
  for (const mode of modes) {
    const result = run(mode);
    samples[mode].push(result);
    process.stderr.write(`run ${index + 1}/${runs} ${mode}: ${result.ms} ms, ${result.maxRssMb} MB\n`);
  }
}
const summary = Object.fromEntries(
  modes.map((mode) => [mode, { ms: median(samples[mode].map((s) => s.ms)), cpuMs: median(samples[mode].map((s) => s.cpuMs)), maxRssMb: Math.max(...samples[mode].map((s) => s.maxRssMb)), files: samples[mode][0].files, messages: samples[mode][0].messages, fatal: samples[mode][0].fatal }]),
);
const ratios = {
  'B/A': summary.B.ms / summary.A.ms,
  'B/P': summary.B.ms / summary.P.ms,
  'F/P': summary.F.ms / summary.P.ms,
  'S/U': summary.S.ms / summary.U.ms,
  ...(baselineDir && {
    'B0/P': summary.B0.ms / summary.P.ms,
    'S0/U': summary.S0.ms / summary.U.ms,
  }),
};
// Each rule's own time inside B and S (ESLint stats), median over extra runs:
// timing every listener call slows a run, so the measured runs above go
// without it. The first typed rule to ask for types also pays for the
// program's lazy work.
const ruleTimes = {};
const untypedRuleTimes = {};
for (let index = 0; index < runs; index++) {
  for (const [id, ms] of Object.entries(run('B', undefined, true).ruleMs)) (ruleTimes[id] ??= []).push(ms);
  for (const [id, ms] of Object.entries(run('S', undefined, true).ruleMs)) (untypedRuleTimes[id] ??= []).push(ms);
}
const ruleMsInS = Object.fromEntries(Object.entries(untypedRuleTimes).map(([id, times]) => [id, median(times)]).sort((a, b) => b[1] - a[1]));
const ruleMsInB = Object.fromEntries(Object.entries(ruleTimes).map(([id, times]) => [id, median(times)]).sort((a, b) => b[1] - a[1]));
const rules = {};
if (perRule) {
  for (const name of Object.keys(plugin.rules)) {
    const times = [];
    for (let index = 0; index < Math.max(3, Math.ceil(runs / 2)); index++) times.push(run('R', name).ms);
    rules[name] = { ms: median(times), overP: median(times) - summary.P.ms };
    process.stderr.write(`rule ${name}: ${rules[name].ms} ms (${rules[name].overP >= 0 ? '+' : ''}${Math.round(rules[name].overP)} over P)\n`);
  }
}
// BENCH_OUT: where reports go (the CI smoke writes to a temporary directory).
const outDir = process.env.BENCH_OUT ?? path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `speed-${path.basename(project)}.json`);
writeFileSync(out, JSON.stringify({ project, runs, summary, ratios, ruleMsInB, ruleMsInS, rules }, null, 2));
console.log(JSON.stringify({ summary, ratios, ruleMsInB, ruleMsInS, rules }, null, 2));
