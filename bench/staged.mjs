// What a pre-commit hook costs: `eslint <a few files>` in a fresh process, as lint-staged runs it, with the
// README's one-line config (`concurrency.configs.<config>`), on a typed project with its dependencies installed.
//   node bench/staged.mjs <project-dir> [--files 1,3,10] [--runs 5] [--config recommended|strict]
// For each count N it lints N files of the project (the first N of a fixed, seeded shuffle of its .ts files), cold
// (no cache) and with `--cache` (a first run that writes the cache, then the same files again unchanged, then again
// with one of them changed), and cold with no rule on (the cost of type-aware parsing alone). CI is unset, as in a
// git hook. Prints medians in seconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const counts = option('--files', '1,3,10').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const config = option('--config', 'recommended');
const [project] = args;
if (!project) {
  console.error('usage: node bench/staged.mjs <project-dir> [--files 1,3,10] [--runs 5] [--config recommended|strict]');
  process.exit(2);
}
const projectDir = path.resolve(project);

function sourceFiles(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(file, found);
    else if (/\.ts$/u.test(entry.name) && !/\.(spec|test|d)\.ts$/u.test(entry.name)) found.push(file);
  }
  return found;
}

// A fixed shuffle (mulberry32), so every run and every build lints the same files.
function shuffled(list, seed = 7) {
  const out = [...list].sort();
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const files = shuffled(sourceFiles(path.join(projectDir, 'src')));
const scratch = mkdtempSync(path.join(tmpdir(), 'staged-'));
const configFile = path.join(projectDir, `eslint.staged-bench.config.mjs`);
writeFileSync(
  configFile,
  `import concurrency from ${JSON.stringify(pathToFileURL(path.join(repo, 'dist/index.js')).href)};
export default [concurrency.configs[${JSON.stringify(config)}]];
`,
);
// The floor: the same parsing (project service, the program of the file's tsconfig) with no rule on.
const parseOnlyFile = path.join(projectDir, `eslint.staged-bench-parse.config.mjs`);
writeFileSync(
  parseOnlyFile,
  `import concurrency from ${JSON.stringify(pathToFileURL(path.join(repo, 'dist/index.js')).href)};
const { rules, ...config } = concurrency.configs[${JSON.stringify(config)}];
export default [config];
`,
);
const env = { ...process.env };
delete env.CI;
delete env.TSESTREE_SINGLE_RUN;
const eslintBin = path.join(repo, 'node_modules/eslint/bin/eslint.js');

function run(targets, extra = [], config = configFile) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [eslintBin, '--config', config, '--max-warnings=0', ...extra, ...targets], {
    cwd: projectDir,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint failed (${result.status}): ${result.stderr.slice(-1500)}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (list) => `${median(list).toFixed(2)} s (${list.map((s) => s.toFixed(1)).join(' / ')})`;
try {
  console.log(`${path.basename(projectDir)}: ${files.length} .ts files under src/, config ${config}, ${runs} runs each, CI unset`);
  for (const count of counts) {
    const targets = files.slice(0, count);
    const cold = [];
    const parseOnly = [];
    const cacheFirst = [];
    const cacheHit = [];
    const cacheOneChanged = [];
    for (let index = 0; index < runs; index++) {
      cold.push(run(targets));
      parseOnly.push(run(targets, [], parseOnlyFile));
      const cache = ['--cache', '--cache-location', path.join(scratch, `cache-${count}-${index}`)];
      cacheFirst.push(run(targets, cache));
      cacheHit.push(run(targets, cache));
      const changed = targets[0];
      const text = readFileSync(changed, 'utf8');
      writeFileSync(changed, `${text}\n`);
      try {
        cacheOneChanged.push(run(targets, cache));
      } finally {
        const { atime, mtime } = statSync(changed);
        writeFileSync(changed, text);
        utimesSync(changed, atime, mtime);
      }
    }
    console.log(`  ${count} file(s): cold ${fmt(cold)}; the same parsing without rules ${fmt(parseOnly)}`);
    console.log(`             --cache, first ${fmt(cacheFirst)}; unchanged ${fmt(cacheHit)}; one changed ${fmt(cacheOneChanged)}`);
  }
} finally {
  rmSync(configFile, { force: true });
  rmSync(parseOnlyFile, { force: true });
  rmSync(scratch, { recursive: true, force: true });
}
