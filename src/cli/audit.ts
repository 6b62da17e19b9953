import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { ESLint } from 'eslint';

import type { FileKind } from '../analysis/file-kind.js';
import { PLUGIN_VERSION, REPOSITORY_URL } from '../meta.js';
import { parseAuditArgs, USAGE, UsageError, type AuditOptions } from './args.js';
import { displayPath } from './display.js';
import { isFlowFile } from './flow.js';
import { auditInWorker, type LintOutput } from './lint.js';
import type { AuditPlan } from './plan.js';
import { createProgress } from './progress.js';
import { collectAudit, type Audit, type AuditRun, type SkipCounts } from './report/findings.js';
import { jsonReport } from './report/json.js';
import { markdownReport, plural, seconds } from './report/markdown.js';
import { sarifReport } from './report/sarif.js';

export interface AuditIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly cwd: string;
}

/** The progress bar shows from this many files on. */
const PROGRESS_FROM = 25;

/**
 * Runs `concurrency-audit`. Returns the exit code: 0 no findings, 1 findings,
 * 2 usage error or unreadable input (with one line on stderr, never a stack).
 */
export async function runAudit(argv: readonly string[], io: AuditIo): Promise<number> {
  const started = performance.now();
  try {
    const options = parseAuditArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${PLUGIN_VERSION}\n`);
      return 0;
    }
    const { plan, output } = await audited(options, io);
    const audit = collect(plan, output, options, io.cwd, performance.now() - started);
    const report = await render(audit, options, plan);
    if (options.output) {
      const file = path.resolve(io.cwd, options.output);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, report);
    } else {
      io.stdout.write(report);
    }
    const found = audit.findings.length + audit.otherFindings.length;
    if (!options.quiet || options.output) io.stderr.write(`${summaryLine(audit, options.output)}\n`);
    return found > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`concurrency-audit: ${errorLine(error)}\n`);
    if (!(error instanceof UsageError)) io.stderr.write(`Run with --help for usage.\n`);
    return 2;
  }
}

async function audited(options: AuditOptions, io: AuditIo): Promise<{ plan: AuditPlan; output: LintOutput }> {
  // Made once the worker has planned the files (the bar needs their number).
  const bar: { progress: ReturnType<typeof createProgress> | null } = { progress: null };
  try {
    return await auditInWorker(
      { paths: options.paths, cwd: io.cwd, includeTests: options.includeTests, config: options.config, instances: options.instances },
      {
        onPlan(plan) {
          bar.progress = createProgress(io.stderr, plan.lint.length, !options.quiet && plan.lint.length > PROGRESS_FROM);
        },
        onProgress: (done, current) => bar.progress?.update(done, current),
      },
    );
  } finally {
    bar.progress?.finish();
  }
}

function collect(plan: AuditPlan, output: LintOutput, options: AuditOptions, cwd: string, wallTimeMs: number): Audit {
  const byPath = new Map(plan.lint.map((file) => [file.path, file]));
  const records = new Map(output.records);
  let typed = 0;
  let flowStripped = 0;
  const tsconfigs = new Map<string, number>();
  for (const record of records.values()) {
    if (record.flowStripped) flowStripped++;
    if (!record.typed) continue;
    typed++;
    const shown = record.tsconfig ? displayPath(path.resolve(record.tsconfig), cwd, path.isAbsolute(options.paths[0] ?? '')) : '(inferred project)';
    tsconfigs.set(shown, (tsconfigs.get(shown) ?? 0) + 1);
  }
  const unparsed = output.results.filter((result) => result.fatalErrorCount > 0).length;
  const run: AuditRun = {
    typed,
    untyped: output.results.length - unparsed - typed,
    flowStripped,
    skipped: Object.fromEntries(plan.skipped) as SkipCounts,
    tsconfigs: [...tsconfigs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([file, files]) => ({ file, files })),
    wallTimeMs,
    includeTests: options.includeTests,
  };
  return collectAudit(output.results, output.rulesMeta, plan.reportRoot, options.config, {
    display: (filePath) => byPath.get(filePath)?.display ?? filePath,
    kindOf: (filePath): FileKind => byPath.get(filePath)?.kind ?? 'production',
    reasonOf: (filePath, source) =>
      isFlowFile(filePath, source)
        ? output.flowStripping
          ? 'a Flow-typed file that does not parse even with its types stripped'
          : 'a Flow-typed file: install flow-remove-types (npm install --save-dev flow-remove-types) and the audit lints it with the types stripped'
        : null,
    run,
  });
}

/** The last line on stderr: what was linted, what was found, how long it took. */
function summaryLine(audit: Audit, output: string | null): string {
  const run = audit.run;
  const found = audit.findings.length + audit.otherFindings.length;
  const skipped = Object.values(run?.skipped ?? {}).reduce((sum, count) => sum + (count ?? 0), 0);
  const parts = [
    `${plural(found, 'finding')} in ${plural(audit.filesLinted, 'file')} (${run?.typed ?? 0} with types, ${run?.untyped ?? 0} without${
      audit.unanalysed.length > 0 ? `, ${audit.unanalysed.length} not parsed` : ''
    })`,
    `${skipped} skipped`,
    seconds(run?.wallTimeMs ?? 0),
  ];
  return `concurrency-audit: ${parts.join(', ')}${output ? `; report written to ${output}` : ''}`;
}

async function render(audit: Audit, options: AuditOptions, plan: AuditPlan): Promise<string> {
  switch (options.format) {
    case 'json':
      return jsonReport(audit, PLUGIN_VERSION);
    case 'sarif':
      return sarifReport(audit, PLUGIN_VERSION, REPOSITORY_URL);
    case 'stylish':
      return (await stylish(audit)) || 'No findings.\n';
    default:
      return markdownReport(audit, await projectName(plan.projectDir), PLUGIN_VERSION);
  }
}

/** ESLint's stylish output, rebuilt from the findings so that it shows exactly what the other formats show. */
async function stylish(audit: Audit): Promise<string> {
  const { ESLint } = await import('eslint');
  const formatter = await new ESLint({ overrideConfigFile: true }).loadFormatter('stylish');
  const byFile = new Map<string, ESLint.LintResult>();
  for (const finding of [...audit.findings, ...audit.otherFindings]) {
    let result = byFile.get(finding.file);
    if (!result) {
      result = emptyResult(finding.file);
      byFile.set(finding.file, result);
    }
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
  return formatter.format([...byFile.values()]);
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
