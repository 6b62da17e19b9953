// Audit wall time vs `eslint` with the same config on the same files, CI unset:
//   node bench/audit-vs-eslint.mjs <project-dir> <paths…> [--config recommended|strict] [--runs 3] [--bin <built dist/cli/bin.js>]
// The audit runs as a user runs it (`concurrency-audit <paths>` from the project folder). ESLint then lints
// exactly the files the audit linted (from bench's own call of the audit's planner), with
// `concurrency.configs.<config>` and the same tsconfigRootDir, through its own bin, from a temporary config file.
// Runs alternate (audit, eslint) in fresh processes; medians are printed, with the typed/untyped census of both
// (bench/parse-census.cjs). Raw output goes to bench/out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const config = option('--config', 'recommended');
const runs = Number(option('--runs', '3'));
const bin = path.resolve(option('--bin', path.join(repo, 'dist/cli/bin.js')));
const [project, ...paths] = args;
if (!project || paths.length === 0) {
  console.error('usage: node bench/audit-vs-eslint.mjs <project-dir> <paths…> [--config c] [--runs n] [--bin dist/cli/bin.js]');
  process.exit(2);
}
const projectDir = path.resolve(project);
const { planAudit } = await import(pathToFileURL(path.join(path.dirname(bin), 'plan.js')).href);
const plan = planAudit(paths, projectDir, false);
const files = plan.lint.map((file) => file.path);
const scratch = mkdtempSync(path.join(tmpdir(), 'audit-vs-eslint-'));
const eslintConfig = path.join(scratch, 'eslint.config.mjs');
writeFileSync(
  eslintConfig,
  `import concurrency from ${JSON.stringify(pathToFileURL(path.resolve(path.dirname(bin), '../index.js')).href)};
const config = concurrency.configs[${JSON.stringify(config)}];
export default [
  { ...config, languageOptions: { ...config.languageOptions, parserOptions: { projectService: true, tsconfigRootDir: ${JSON.stringify(plan.searchRoot)} } },
    settings: { concurrency: { files: { skip: [] } } } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];
`,
);
const env = { ...process.env };
delete env.CI;
delete env.TSESTREE_SINGLE_RUN;
const census = path.join(here, 'parse-census.cjs');
const eslintBin = path.join(repo, 'node_modules/eslint/bin/eslint.js');
const outDir = path.join(here, 'out');
mkdirSync(outDir, { recursive: true });

function timed(label, argv, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', census, ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // The audit parses in a worker thread; its own report says how many files it parsed with types.
  const line = (result.stderr.match(/^parse-census (.*)$/mu) ?? [])[1];
  const own = label === 'audit' ? JSON.parse(result.stdout).summary?.files : null;
  writeFileSync(path.join(outDir, `audit-vs-eslint-${label}.txt`), `${result.stdout}\n--- stderr\n${result.stderr}`);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return { seconds, census: own ? { typed: own.typed, untyped: own.untyped } : line ? JSON.parse(line) : null };
}

const audit = [];
const eslint = [];
for (let run = 0; run < runs; run++) {
  audit.push(timed('audit', [bin, ...paths, '--config', config, '--format', 'json', '--quiet'], projectDir));
  eslint.push(timed('eslint', [eslintBin, '--config', eslintConfig, '--format', 'json', '--no-warn-ignored', ...files], plan.cwd));
}
rmSync(scratch, { recursive: true, force: true });
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const auditTime = median(audit.map((r) => r.seconds));
const eslintTime = median(eslint.map((r) => r.seconds));
const skipped = [...plan.skipped].map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none';
console.log(`${path.basename(projectDir)} ${paths.join(' ')} (${config}): ${files.length} files linted, skipped: ${skipped}`);
console.log(`  audit  ${audit.map((r) => r.seconds.toFixed(1)).join(' / ')} s, median ${auditTime.toFixed(1)} s, census ${JSON.stringify(audit[0]?.census)}`);
console.log(`  eslint ${eslint.map((r) => r.seconds.toFixed(1)).join(' / ')} s, median ${eslintTime.toFixed(1)} s, census ${JSON.stringify(eslint[0]?.census)}`);
console.log(`  audit/eslint ${(auditTime / eslintTime).toFixed(2)}`);
