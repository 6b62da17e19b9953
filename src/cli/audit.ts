import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { ESLint } from 'eslint';
import ts from 'typescript';

import plugin from '../index.js';
import { PLUGIN_VERSION } from '../meta.js';
import { REPOSITORY_URL } from '../util/create-rule.js';
import { parseAuditArgs, USAGE, UsageError, type AuditOptions } from './args.js';
import { listSourceFiles } from './files.js';
import { createProgress } from './progress.js';
import { collectAudit, type Audit } from './report/findings.js';
import { jsonReport } from './report/json.js';
import { markdownReport } from './report/markdown.js';
import { sarifReport } from './report/sarif.js';

export interface AuditIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly cwd: string;
}

/** Files linted in one ESLint call; the progress bar moves between batches. */
const BATCH = 25;

/**
 * Runs `concurrency-audit`. Returns the exit code: 0 no findings, 1 findings,
 * 2 usage error or unreadable input (with one line on stderr, never a stack).
 */
export async function runAudit(argv: readonly string[], io: AuditIo): Promise<number> {
  try {
    const options = parseAuditArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const targets = options.paths.map((target) => path.resolve(io.cwd, target));
    const missing = targets.find((target) => !existsSync(target));
    if (missing) throw new UsageError(`no such file or directory: ${path.relative(io.cwd, missing) || missing}`);
    const root = projectRoot(targets);
    await checkTsconfig(root);
    const files = [...new Set(targets.flatMap((target) => listSourceFiles(target)))];
    if (files.length === 0) throw new UsageError(`no JavaScript or TypeScript files in ${options.paths.join(', ')}`);

    const audit = await lint(root, files, options, io);
    const report = await render(audit, options, root, await stylish(root, audit, files, options));
    if (options.output) {
      const output = path.resolve(io.cwd, options.output);
      await mkdir(path.dirname(output), { recursive: true });
      await writeFile(output, report);
      io.stderr.write(`concurrency-audit: ${audit.findings.length} findings; report written to ${options.output}\n`);
    } else {
      io.stdout.write(report);
    }
    return audit.findings.length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`concurrency-audit: ${errorLine(error)}\n`);
    if (!(error instanceof UsageError)) io.stderr.write(`Run with --help for usage.\n`);
    return 2;
  }
}

/** The directory the audit runs from: the common ancestor of the targets that holds them. */
function projectRoot(targets: readonly string[]): string {
  const directories = targets.map((target) => (statSync(target).isDirectory() ? target : path.dirname(target)));
  let root = directories[0] ?? process.cwd();
  for (const directory of directories.slice(1)) {
    while (path.relative(root, directory).startsWith('..')) root = path.dirname(root);
  }
  return root;
}

/** A malformed tsconfig.json would fail every file: say so once, up front. */
async function checkTsconfig(root: string): Promise<void> {
  const file = path.join(root, 'tsconfig.json');
  if (!existsSync(file)) return;
  const parsed = ts.parseConfigFileTextToJson(file, await readFile(file, 'utf8'));
  if (parsed.error) {
    const text = ts.flattenDiagnosticMessageText(parsed.error.messageText, ' ');
    throw new UsageError(`malformed tsconfig.json: ${text}`);
  }
}

function eslintFor(root: string, options: AuditOptions): ESLint {
  const config = plugin.configs[options.config];
  return new ESLint({
    cwd: root,
    // The audited project's own ESLint config is never loaded or run.
    overrideConfigFile: true,
    overrideConfig: [
      { ...config, languageOptions: { ...config.languageOptions, parserOptions: { projectService: true, tsconfigRootDir: root } } },
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
    ],
    errorOnUnmatchedPattern: false,
  });
}

async function lint(root: string, files: readonly string[], options: AuditOptions, io: AuditIo): Promise<Audit> {
  const eslint = eslintFor(root, options);
  const progress = createProgress(io.stderr, files.length, !options.quiet && files.length > BATCH);
  const results: ESLint.LintResult[] = [];
  for (let index = 0; index < files.length; index += BATCH) {
    const batch = files.slice(index, index + BATCH);
    progress.update(index, path.relative(root, batch[0] ?? ''));
    results.push(...(await eslint.lintFiles(batch)));
  }
  progress.update(files.length, '');
  progress.finish();
  return collectAudit(results, eslint.getRulesMetaForResults(results), root, options.config);
}

async function stylish(root: string, audit: Audit, files: readonly string[], options: AuditOptions): Promise<string> {
  if (options.format !== 'stylish') return '';
  // Rebuild lint results from the findings so stylish shows exactly what the other formats show.
  const eslint = eslintFor(root, options);
  const formatter = await eslint.loadFormatter('stylish');
  const byFile = new Map<string, ESLint.LintResult>();
  for (const file of files) {
    byFile.set(path.relative(root, file), emptyResult(file));
  }
  for (const finding of audit.findings) {
    const result = byFile.get(finding.file);
    if (!result) continue;
    result.messages.push({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
    });
    if (finding.severity === 'error') result.errorCount++;
    else result.warningCount++;
  }
  return formatter.format([...byFile.values()].filter((result) => result.messages.length > 0));
}

function emptyResult(filePath: string): ESLint.LintResult {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

async function render(audit: Audit, options: AuditOptions, root: string, stylishText: string): Promise<string> {
  switch (options.format) {
    case 'json':
      return jsonReport(audit, PLUGIN_VERSION);
    case 'sarif':
      return sarifReport(audit, PLUGIN_VERSION, REPOSITORY_URL);
    case 'stylish':
      return stylishText || 'No findings.\n';
    default:
      return markdownReport(audit, await projectName(root), PLUGIN_VERSION);
  }
}

async function projectName(root: string): Promise<string> {
  try {
    const name = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name;
  } catch {
    // no package.json: use the folder name
  }
  return path.basename(root);
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
