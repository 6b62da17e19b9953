import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  BROWSER_API,
  BROWSER_PACKAGES,
  BUNDLE_MARKERS,
  CLI_PACKAGES,
  DEFAULT_SKIPPED_KINDS,
  FILE_KIND_PATTERNS,
  NODE_SIGNS,
  NON_PRODUCTION_KINDS,
  TEST_PACKAGES,
  VENDORED_AVERAGE_LINE,
  VENDORED_LINE_LENGTH,
  type FileKind,
} from '../catalog/file-kinds.js';
import { perFile } from './file-cache.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type { FileKind } from '../catalog/file-kinds.js';

/**
 * `settings.concurrency` of an ESLint configuration, shared by every rule:
 * - `instances`: `'single'` when the project runs as exactly one process (no
 *   second instance, worker or pod), so per-process state is the only state;
 * - `files.skip`: the kinds of file the rules do not lint (default: every kind but `production`);
 * - `files.<kind>`: more path patterns for a kind (regular expressions over the
 *   path relative to the working directory, `/` separators), tried before the
 *   built-in ones; `files.production` marks files as production code whatever
 *   else they match.
 */
export interface ConcurrencySettings {
  readonly instances: 'multiple' | 'single';
  readonly skip: ReadonlySet<FileKind>;
  readonly patterns: Readonly<Record<FileKind, readonly RegExp[]>>;
}

const FILE_KINDS: readonly FileKind[] = ['production', ...NON_PRODUCTION_KINDS];

/** A setting that is not what the README documents: one line naming it, thrown when the config is loaded. */
export class SettingsError extends Error {
  constructor(detail: string) {
    super(`eslint-plugin-concurrency: settings.concurrency${detail}`);
  }
}

const parsedSettings = new WeakMap<object, ConcurrencySettings>();
const builtInPatterns = compileKinds({});
const DEFAULT_SETTINGS: ConcurrencySettings = Object.freeze({
  instances: 'multiple',
  skip: new Set(DEFAULT_SKIPPED_KINDS),
  patterns: builtInPatterns,
});

/**
 * The plugin's shared settings, validated. A memo per settings object (ESLint
 * hands every file of one configuration the same one), of a pure function.
 */
export function concurrencySettings(settings: Readonly<Record<string, unknown>> | undefined): ConcurrencySettings {
  const given = settings?.concurrency;
  if (given === undefined) return DEFAULT_SETTINGS;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new SettingsError(' must be an object');
  let parsed = parsedSettings.get(given);
  if (!parsed) {
    parsed = parseSettings(given as Record<string, unknown>);
    parsedSettings.set(given, parsed);
  }
  return parsed;
}

function parseSettings(given: Record<string, unknown>): ConcurrencySettings {
  for (const key of Object.keys(given)) {
    if (key !== 'instances' && key !== 'files') throw new SettingsError(`: unknown setting '${key}' (use 'instances' or 'files')`);
  }
  const instances = given.instances ?? 'multiple';
  if (instances !== 'single' && instances !== 'multiple') {
    throw new SettingsError(`.instances must be 'single' or 'multiple', not ${JSON.stringify(instances)}`);
  }
  const files = given.files ?? {};
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new SettingsError('.files must be an object');
  const fileSettings = files as Record<string, unknown>;
  const extra: Partial<Record<FileKind, readonly string[]>> = {};
  for (const [key, value] of Object.entries(fileSettings)) {
    if (key === 'skip') continue;
    if (!FILE_KINDS.includes(key as FileKind)) {
      throw new SettingsError(`.files: unknown key '${key}' (use 'skip' or a kind: ${FILE_KINDS.join(', ')})`);
    }
    extra[key as FileKind] = stringList(value, `.files.${key}`);
  }
  const skip = fileSettings.skip === undefined ? DEFAULT_SKIPPED_KINDS : stringList(fileSettings.skip, '.files.skip');
  for (const kind of skip) {
    if (!FILE_KINDS.includes(kind as FileKind)) {
      throw new SettingsError(`.files.skip: unknown kind '${kind}' (use ${FILE_KINDS.join(', ')})`);
    }
  }
  return Object.freeze({
    instances,
    skip: new Set(skip as FileKind[]),
    patterns: Object.keys(extra).length > 0 ? compileKinds(extra) : builtInPatterns,
  });
}

function stringList(value: unknown, where: string): readonly string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new SettingsError(`${where} must be an array of strings`);
  }
  return value as string[];
}

function compileKinds(extra: Partial<Record<FileKind, readonly string[]>>): Readonly<Record<FileKind, readonly RegExp[]>> {
  const compile = (kind: FileKind, patterns: readonly string[]) =>
    patterns.map((pattern) => {
      try {
        return new RegExp(pattern, 'u');
      } catch (error) {
        throw new SettingsError(`.files.${kind}: invalid regular expression '${pattern}': ${(error as Error).message}`);
      }
    });
  const kindPatterns = (kind: Exclude<FileKind, 'production'>) => [
    ...compile(kind, extra[kind] ?? []),
    ...compile(kind, FILE_KIND_PATTERNS[kind]),
  ];
  return Object.freeze({
    production: compile('production', extra.production ?? []),
    test: kindPatterns('test'),
    migration: kindPatterns('migration'),
    seed: kindPatterns('seed'),
    script: kindPatterns('script'),
    vendored: kindPatterns('vendored'),
    browser: kindPatterns('browser'),
  });
}

const importOf = (packages: readonly string[]) => {
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|');
  // `import … from 'x'`, `import 'x'`, `require('x')`, `import('x')`, and subpaths (`yargs/yargs`).
  return new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*|\\brequire\\s*\\(\\s*)['"](?:${names})(?:/[^'"]*)?['"]`, 'u');
};
const TEST_IMPORT = importOf(TEST_PACKAGES);
const BROWSER_IMPORT = importOf(BROWSER_PACKAGES);
const BUNDLE_MARKER = new RegExp(BUNDLE_MARKERS.join('|'), 'u');
const BROWSER_USE = new RegExp(BROWSER_API, 'u');
const NODE_USE = new RegExp(NODE_SIGNS, 'u');
const CLI_IMPORT = importOf(CLI_PACKAGES);
/** Test-runner globals called at a line start: `describe('…', …)`, `it(…)`, `test.each(…)`. */
const TEST_GLOBAL_CALL = /^(?:describe|it|test|suite)(?:\.\w+)*\s*\(\s*['"`]/mu;
const RUN_AS_PROGRAM = /\brequire\.main\s*===?\s*module\b|\bmodule\s*===?\s*require\.main\b|\bimport\.meta\.main\b/u;
/** `exports.up = …`, `export async function up(knex)`, `module.exports = { up, down }`, typeorm's `implements MigrationInterface`. */
const MIGRATION_SHAPE =
  /^\s*(?:(?:module\.)?exports\.up\s*=|export\s+(?:async\s+)?function\s+up\s*\(|export\s+const\s+up\s*=)|\bimplements\s+MigrationInterface\b|\bmodule\.exports\s*=\s*\{\s*(?:async\s+)?up\b/mu;
const SEED_SHAPE = /^\s*(?:(?:module\.)?exports\.seed\s*=|export\s+(?:async\s+)?function\s+seed\s*\(|export\s+const\s+seed\s*=)/mu;

/**
 * What kind of file this is (see `FileKind`): by the project's own patterns,
 * then the conventional folders and names, then what the text shows (a test
 * runner or CLI package imported, a hashbang or `require.main === module`,
 * the exported `up`/`seed` of a migration or seed, minified lines or a
 * bundler's runtime, the DOM used without anything of Node).
 * `relativePath` uses `/` separators.
 */
export function classifySource(relativePath: string, text: string, settings: ConcurrencySettings = DEFAULT_SETTINGS): FileKind {
  const { patterns } = settings;
  if (patterns.production.some((pattern) => pattern.test(relativePath))) return 'production';
  for (const kind of NON_PRODUCTION_KINDS) {
    if (patterns[kind].some((pattern) => pattern.test(relativePath))) return kind;
  }
  if (isMinified(text) || BUNDLE_MARKER.test(text)) return 'vendored';
  if (TEST_IMPORT.test(text) || TEST_GLOBAL_CALL.test(text)) return 'test';
  if (MIGRATION_SHAPE.test(text)) return 'migration';
  if (SEED_SHAPE.test(text)) return 'seed';
  if (text.startsWith('#!') || RUN_AS_PROGRAM.test(text) || CLI_IMPORT.test(text)) return 'script';
  if (isBrowserOnly(text)) return 'browser';
  return 'production';
}

/** `import`/`export` statements or a `require`: the file is a module, not a classic browser script. */
const MODULE_SYNTAX = /^\s*(?:import\b|export\b)|\brequire\s*\(/mu;

/**
 * Code that runs only in a browser: it imports a browser-only package, or it
 * is a classic script (no imports or exports) that uses the DOM; and it shows
 * nothing of Node. Server modules that build pages with inline scripts, or
 * use jsdom, import other modules and stay production code.
 */
function isBrowserOnly(text: string): boolean {
  if (NODE_USE.test(text)) return false;
  return BROWSER_IMPORT.test(text) || (BROWSER_USE.test(text) && !MODULE_SYNTAX.test(text));
}

function isMinified(text: string): boolean {
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
    longest = Math.max(longest, index - start);
    start = index + 1;
    lines++;
  }
  longest = Math.max(longest, text.length - start);
  return longest > VENDORED_LINE_LENGTH || (text.length > 2000 && text.length / lines > VENDORED_AVERAGE_LINE);
}

/** `filename` relative to `cwd`, with `/` separators, for matching path patterns on every platform. */
export function relativeFilePath(filename: string, cwd: string): string {
  const inCwd = filename.startsWith(cwd) && filename[cwd.length] === path.sep;
  const relative = inCwd ? filename.slice(cwd.length + 1) : path.isAbsolute(filename) ? path.relative(cwd, filename) : filename;
  return relative.split(path.sep).join('/');
}

const kinds = new WeakMap<TSESTree.Program, FileKind>();

/** The kind of the file being linted, worked out once per file for every rule. */
export function fileKindOf(context: AnyContext): FileKind {
  return perFile(kinds, context, () =>
    classifySource(relativeFilePath(context.filename, context.cwd), context.sourceCode.text, concurrencySettings(context.settings)),
  );
}

/** Whether the rules skip this file: its kind is one the settings skip (by default, all but production code). */
export function isSkippedFile(context: AnyContext): boolean {
  const settings = concurrencySettings(context.settings);
  return settings.skip.size > 0 && settings.skip.has(fileKindOf(context));
}

/**
 * A rule that lints only the kinds of file the settings do not skip: for a
 * skipped file it registers no listener at all, so tests, migrations, seeds,
 * scripts and bundles cost nothing. One classification, shared by every rule.
 */
export function skippingFileKinds<T extends { create(context: never): object }>(rule: T): T {
  return {
    ...rule,
    create(context: AnyContext) {
      return isSkippedFile(context) ? {} : (rule.create as (context: AnyContext) => object)(context);
    },
  } as T;
}
