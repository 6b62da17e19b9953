import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import type { SeverityClass } from '../../util/create-rule.js';

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
  readonly failureUnderLoad: string | undefined;
  readonly remedy: string | undefined;
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly ruleId: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly rule: RuleInfo;
  /** The reported lines with a line of context either side: `[lineNumber, text]`. */
  readonly excerpt: readonly (readonly [number, string])[];
}

/** A file that could not be analysed (a parsing error), with ESLint's message. */
export interface Unanalysed {
  readonly file: string;
  readonly message: string;
}

export interface Audit {
  readonly root: string;
  readonly config: string;
  readonly filesLinted: number;
  readonly findings: readonly Finding[];
  readonly unanalysed: readonly Unanalysed[];
}

type RulesMeta = Readonly<Record<string, { docs?: object } | undefined>>;

const PREFIX = 'concurrency/';

/** Turns ESLint results into audit findings, keeping only this plugin's rules. */
export function collectAudit(
  results: readonly ESLint.LintResult[],
  rulesMeta: RulesMeta,
  root: string,
  config: string,
): Audit {
  const findings: Finding[] = [];
  const unanalysed: Unanalysed[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath) || path.basename(result.filePath);
    let lines: string[] | null = null;
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) {
        unanalysed.push({ file, message: message.message });
        continue;
      }
      if (!message.ruleId.startsWith(PREFIX)) continue;
      lines ??= readLines(result);
      findings.push(toFinding(message, file, lines, ruleInfo(rulesMeta[message.ruleId])));
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { root, config, filesLinted: results.length, findings, unanalysed };
}

function toFinding(message: Linter.LintMessage, file: string, lines: readonly string[], rule: RuleInfo): Finding {
  const endLine = message.endLine ?? message.line;
  const first = Math.max(1, message.line - 1);
  const last = Math.min(lines.length, endLine + 1, message.line + 6);
  const excerpt: (readonly [number, string])[] = [];
  for (let line = first; line <= last; line++) excerpt.push([line, lines[line - 1] ?? '']);
  return {
    file,
    line: message.line,
    column: message.column,
    endLine,
    endColumn: message.endColumn ?? message.column,
    ruleId: message.ruleId ?? '',
    message: message.message,
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
  return {
    severityClass,
    description: text('description') ?? '',
    url: text('url'),
    failureUnderLoad: text('failureUnderLoad'),
    remedy: text('remedy'),
  };
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
