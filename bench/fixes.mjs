// Fix validity: every autofix and every suggestion this plugin offers on real
// code must parse, add no type error (typed projects), and a second `--fix`
// pass must change nothing.
// Usage: node bench/fixes.mjs [--slice N] [typed-project …]   (examples/ is always included, typed)
// Writes bench/out/fixes.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import ts from 'typescript';

import plugin from '../dist/index.js';
import { listSourceFiles } from '../dist/cli/files.js';
import { corpusFiles } from './corpus-packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const slice = args.includes('--slice') ? Number(args[args.indexOf('--slice') + 1]) : Infinity;
const typedProjects = [path.join(root, 'examples'), ...args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--slice').map((p) => path.resolve(p))];

function eslintFor(cwd, typed, fix = false) {
  const config = plugin.configs.all;
  return new ESLint({
    cwd,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: ['!**/node_modules/'] },
      {
        ...config,
        files: ['**/*.{js,cjs,mjs,ts,mts,cts,tsx,jsx}'],
        languageOptions: { ...config.languageOptions, parserOptions: typed ? { projectService: true, tsconfigRootDir: cwd } : { projectService: false } },
      },
      { linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true } },
    ],
    errorOnUnmatchedPattern: false,
  });
}

function applyFix(source, fix) {
  return source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
}

function parses(code, filePath) {
  try {
    tsParser.parseForESLint(code, { filePath, ecmaVersion: 'latest', sourceType: 'module', range: true });
    return null;
  } catch (error) {
    return String(error.message).split('\n')[0];
  }
}

/** Type errors of `file` with `text` as its content, in the project's own program. */
function typeErrors(project, file, text) {
  const configPath = ts.findConfigFile(path.dirname(file), ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) return null;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed || !parsed.fileNames.map((f) => path.resolve(f)).includes(path.resolve(file))) return null;
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === path.resolve(file) ? text : readFile(name));
  const program = ts.createProgram({ rootNames: [file], options: { ...parsed.options, noEmit: true }, host });
  const source = program.getSourceFile(file);
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const report = { checked: 0, failures: [], autofixFiles: 0, idempotent: 0, suggestions: 0 };
const sets = [
  { cwd: root, typed: false, files: corpusFiles(root, slice) },
  ...typedProjects.map((project) => ({ cwd: project, typed: true, files: listSourceFiles(project) })),
];
for (const set of sets) {
  const eslint = eslintFor(set.cwd, set.typed);
  const results = await eslint.lintFiles(set.files);
  for (const result of results) {
    const offered = result.messages.filter((m) => m.ruleId?.startsWith('concurrency/') && (m.fix || m.suggestions?.length));
    if (offered.length === 0) continue;
    const source = readFileSync(result.filePath, 'utf8');
    const before = set.typed ? typeErrors(set.cwd, result.filePath, source) : null;
    for (const message of offered) {
      const candidates = [...(message.fix ? [{ kind: 'fix', fix: message.fix }] : []), ...(message.suggestions ?? []).map((s) => ({ kind: `suggestion ${s.messageId}`, fix: s.fix }))];
      for (const candidate of candidates) {
        report.checked++;
        if (candidate.kind !== 'fix') report.suggestions++;
        const output = applyFix(source, candidate.fix);
        const where = `${path.relative(root, result.filePath)}:${message.line} ${message.ruleId} ${candidate.kind}`;
        const parseError = parses(output, result.filePath);
        if (parseError) {
          report.failures.push({ where, problem: `does not parse: ${parseError}` });
          continue;
        }
        if (before) {
          const after = typeErrors(set.cwd, result.filePath, output) ?? [];
          const added = after.filter((error) => !before.includes(error));
          if (added.length) report.failures.push({ where, problem: `new type errors: ${added.join('; ')}` });
        }
      }
    }
    if (offered.some((m) => m.fix)) {
      // --fix twice: the second pass must find nothing more to fix.
      report.autofixFiles++;
      const fixer = eslintFor(set.cwd, set.typed, true);
      const [first] = await fixer.lintText(source, { filePath: result.filePath });
      const [second] = await fixer.lintText(first.output ?? source, { filePath: result.filePath });
      if (second.output === undefined || second.output === (first.output ?? source)) report.idempotent++;
      else report.failures.push({ where: path.relative(root, result.filePath), problem: 'a second --fix pass changed the file' });
    }
  }
}
report.validity = report.checked === 0 ? 1 : (report.checked - report.failures.length) / report.checked;
// BENCH_OUT: where reports go (the CI smoke writes to a temporary directory).
const outDir = process.env.BENCH_OUT ?? path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'fixes.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
process.exitCode = report.failures.length > 0 ? 1 : 0;

