import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import type { FileKind } from '../../analysis/file-kind.js';
import type { FormTexts, SeverityClass } from '../../util/create-rule.js';

export const SEVERITY_CLASSES: readonly SeverityClass[] = ['race', 'leak', 'block', 'scale'];

export const CLASS_MEANING: Readonly<Record<SeverityClass, string>> = Object.freeze({
  race: 'data corruption or lost updates when requests overlap',
  leak: 'pool or resource exhaustion: requests hang once the pool is empty',
  block: 'event-loop stalls: every request on the process waits',
  scale: 'breaks with several instances or under high load',
});

/** What the report needs to know of a rule: from its `meta.docs`. */
export interface RuleInfo {
  readonly severityClass: SeverityClass;
  readonly description: string;
  readonly url: string | undefined;
  readonly failureUnderLoad: FormTexts | undefined;
  readonly remedy: FormTexts | undefined;
}

export interface Finding {
  /** The file as the report shows it (as the user gave the path). */
  readonly file: string;
  /** The file relative to the audit's root, with `/` separators (SARIF's artifact location). */
  readonly uri: string;
  /** Production code, or the test, script, seed or migration it was found in (`--include-tests`). */
  readonly kind: FileKind;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly ruleId: string;
  readonly messageId: string | null;
  readonly message: string;
  /** How this finding fails under load, and its fix: the rule's texts for the finding's form. */
  readonly failureUnderLoad: string | null;
  readonly remedy: string | null;
  readonly severity: 'error' | 'warning';
  readonly rule: RuleInfo;
  /** The reported lines with a line of context either side: `[lineNumber, text]`. */
  readonly excerpt: readonly (readonly [number, string])[];
}

/** A file that could not be analysed (a parsing error), with ESLint's message and, where known, why. */
export interface Unanalysed {
  readonly file: string;
  readonly uri: string;
  readonly message: string;
  readonly reason: string | null;
}

/** Why the audit left files out, and how many. */
export type SkipCounts = Readonly<Partial<Record<'browser' | 'excluded' | 'migration' | 'script' | 'seed' | 'test' | 'vendored', number>>>;

/** What the audit command knows of its run beyond ESLint's results (the formatter has none of it). */
export interface AuditRun {
  readonly typed: number;
  readonly untyped: number;
  /** Flow files linted with their types stripped (counted in `untyped`). */
  readonly flowStripped: number;
  readonly skipped: SkipCounts;
  /** The tsconfigs whose programs typed the files, with how many files each. */
  readonly tsconfigs: readonly { readonly file: string; readonly files: number }[];
  readonly wallTimeMs: number;
  readonly includeTests: boolean;
}

export interface Audit {
  readonly root: string;
  readonly config: string;
  readonly filesLinted: number;
  /** Findings in production code. */
  readonly findings: readonly Finding[];
  /** Findings in tests, scripts, seeds and migrations: only with `--include-tests`. */
  readonly otherFindings: readonly Finding[];
  readonly unanalysed: readonly Unanalysed[];
  readonly run: AuditRun | null;
}

/** How `collectAudit` names files and knows their kind; by default relative to `root`, all production. */
export interface CollectOptions {
  readonly display?: (filePath: string) => string;
  readonly kindOf?: (filePath: string) => FileKind;
  readonly reasonOf?: (filePath: string, source: string) => string | null;
  readonly run?: AuditRun;
}

type RulesMeta = Readonly<Record<string, { docs?: object } | undefined>>;

const PREFIX = 'concurrency/';

/** Turns ESLint results into audit findings, keeping only this plugin's rules. */
export function collectAudit(
  results: readonly ESLint.LintResult[],
  rulesMeta: RulesMeta,
  root: string,
  config: string,
  options: CollectOptions = {},
): Audit {
  const relative = (filePath: string) => path.relative(root, filePath) || path.basename(filePath);
  const display = options.display ?? relative;
  const findings: Finding[] = [];
  const otherFindings: Finding[] = [];
  const unanalysed: Unanalysed[] = [];
  for (const result of results) {
    const where = { file: display(result.filePath), uri: relative(result.filePath).split(path.sep).join('/') };
    const kind = options.kindOf?.(result.filePath) ?? 'production';
    let lines: string[] | null = null;
    for (const message of result.messages) {
      if (message.fatal) {
        const reason = options.reasonOf?.(result.filePath, result.source ?? safeRead(result.filePath)) ?? null;
        unanalysed.push({ ...where, message: message.message, reason });
        continue;
      }
      // Messages without a rule (an inline directive for a rule that is not loaded) and other plugins' rules are not the audit's.
      if (!message.ruleId?.startsWith(PREFIX)) continue;
      lines ??= readLines(result);
      (kind === 'production' ? findings : otherFindings).push(
        toFinding(message, where, kind, lines, ruleInfo(rulesMeta[message.ruleId])),
      );
    }
  }
  const byPlace = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  findings.sort(byPlace);
  otherFindings.sort(byPlace);
  unanalysed.sort((a, b) => a.file.localeCompare(b.file));
  return { root, config, filesLinted: results.length, findings, otherFindings, unanalysed, run: options.run ?? null };
}

function toFinding(
  message: Linter.LintMessage,
  where: { file: string; uri: string },
  kind: FileKind,
  lines: readonly string[],
  rule: RuleInfo,
): Finding {
  const endLine = message.endLine ?? message.line;
  const first = Math.max(1, message.line - 1);
  const last = Math.min(lines.length, endLine + 1, message.line + 6);
  const excerpt: (readonly [number, string])[] = [];
  for (let line = first; line <= last; line++) excerpt.push([line, lines[line - 1] ?? '']);
  return {
    ...where,
    kind,
    line: message.line,
    column: message.column,
    endLine,
    endColumn: message.endColumn ?? message.column,
    ruleId: message.ruleId ?? '',
    messageId: message.messageId ?? null,
    message: message.message,
    failureUnderLoad: formText(rule.failureUnderLoad, message.messageId),
    remedy: formText(rule.remedy, message.messageId),
    severity: message.severity === 2 ? 'error' : 'warning',
    rule,
    excerpt,
  };
}

function readLines(result: ESLint.LintResult): string[] {
  const source = result.source ?? safeRead(result.filePath);
  return source.split(/\r?\n/u);
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function ruleInfo(meta: { docs?: object } | undefined): RuleInfo {
  const docs = (meta?.docs ?? {}) as Record<string, unknown>;
  const severityClass = SEVERITY_CLASSES.includes(docs.severityClass as SeverityClass)
    ? (docs.severityClass as SeverityClass)
    : 'scale';
  const text = (key: string) => (typeof docs[key] === 'string' ? (docs[key] as string) : undefined);
  const texts = (key: string) => {
    const value = docs[key];
    return typeof value === 'string' || (typeof value === 'object' && value !== null) ? (value as FormTexts) : undefined;
  };
  return {
    severityClass,
    description: text('description') ?? '',
    url: text('url'),
    failureUnderLoad: texts('failureUnderLoad'),
    remedy: texts('remedy'),
  };
}

/** The text for one finding: the rule's only text, or the one for the finding's messageId. */
export function formText(texts: FormTexts | undefined, messageId: string | undefined): string | null {
  if (typeof texts === 'string') return texts;
  if (!texts || !messageId) return null;
  return Object.hasOwn(texts, messageId) ? (texts[messageId] ?? null) : null;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
