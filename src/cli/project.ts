import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { UsageError } from './args.js';

/** The names TypeScript's language service looks for in each folder, in its order of preference. */
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'] as const;

/** Files with these extensions are in a program whatever `allowJs` says. */
const TYPESCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['.ts', '.tsx', '.mts', '.cts']);

/** The compiler options TypeScript's language service gives a `jsconfig.json` before its own. */
const JSCONFIG_DEFAULTS: ts.CompilerOptions = Object.freeze({
  allowJs: true,
  maxNodeModuleJsDepth: 2,
  allowSyntheticDefaultImports: true,
  skipLibCheck: true,
  noEmit: true,
});

/** The folder that holds `.git` (a directory, or the file of a worktree or submodule) at or above `start`. */
export function repositoryRoot(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** What one tsconfig.json or jsconfig.json says about the files below it. */
export interface TsconfigInfo {
  readonly file: string;
  /** The files the program has as roots (`files`, `include` minus `exclude`, with `allowJs` as configured). */
  readonly roots: ReadonlySet<string>;
  /** Files that `include` matches and `exclude` removes. */
  readonly excluded: ReadonlySet<string>;
  /**
   * A config with `files` and no `include` has its other files in the
   * program only when a listed file imports them, which only the program knows.
   */
  readonly filesOnly: boolean;
  readonly allowJs: boolean;
  readonly references: readonly string[];
}

/** Where a file stands with the tsconfigs above it. */
export type Placement =
  | { readonly kind: 'typed'; readonly tsconfig: string }
  | { readonly kind: 'excluded'; readonly tsconfig: string }
  | { readonly kind: 'untyped' };

/**
 * The tsconfig.json and jsconfig.json files that cover an audit's files, found
 * as TypeScript's language service finds them: the nearest one above each
 * file, its project references, then the ones further up, never above
 * `searchRoot` (the repository root). One instance per audit; it remembers
 * what it has read.
 */
export class ProjectIndex {
  readonly #searchRoot: string;
  readonly #display: (file: string) => string;
  readonly #configs = new Map<string, TsconfigInfo>();
  readonly #configsAbove = new Map<string, readonly string[]>();

  /** `display` writes a config's path for the one-line error a malformed config gets. */
  constructor(searchRoot: string, display: (file: string) => string = (file) => file) {
    this.#searchRoot = searchRoot;
    this.#display = display;
  }

  /** The config files at or above `directory`, nearest first, up to the search root. */
  configsAbove(directory: string): readonly string[] {
    const known = this.#configsAbove.get(directory);
    if (known) return known;
    const own = CONFIG_NAMES.map((name) => path.join(directory, name)).find((file) => isFile(file));
    const parent = path.dirname(directory);
    const insideRoot = directory !== this.#searchRoot && parent !== directory && isInside(this.#searchRoot, parent);
    const above = insideRoot ? this.configsAbove(parent) : [];
    const configs = own ? [own, ...above] : above;
    this.#configsAbove.set(directory, configs);
    return configs;
  }

  /**
   * Whether the program of a tsconfig above `file` has it (typed), a tsconfig
   * whose `include` matches it excludes it, or no tsconfig speaks of it.
   */
  place(file: string): Placement {
    let excludedBy: string | null = null;
    for (const configFile of this.configsAbove(path.dirname(file))) {
      const typedBy = this.#typedBy(configFile, file, new Set());
      if (typedBy) return { kind: 'typed', tsconfig: typedBy };
      if (!excludedBy && this.config(configFile).excluded.has(file)) excludedBy = configFile;
    }
    return excludedBy ? { kind: 'excluded', tsconfig: excludedBy } : { kind: 'untyped' };
  }

  #typedBy(configFile: string, file: string, seen: Set<string>): string | null {
    if (seen.has(configFile)) return null;
    seen.add(configFile);
    const config = this.config(configFile);
    if (config.roots.has(file)) return configFile;
    if (config.filesOnly && isInside(path.dirname(configFile), file) && hasProgramExtension(file, config.allowJs)) return configFile;
    for (const reference of config.references) {
      const typedBy = this.#typedBy(reference, file, seen);
      if (typedBy) return typedBy;
    }
    return null;
  }

  /** Reads and expands one config (a malformed one is a usage error: every file of it would fail). */
  config(configFile: string): TsconfigInfo {
    const known = this.#configs.get(configFile);
    if (known) return known;
    const info = readTsconfig(configFile, this.#display(configFile));
    this.#configs.set(configFile, info);
    return info;
  }
}

function readTsconfig(configFile: string, shown: string): TsconfigInfo {
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  if (read.error) {
    throw new UsageError(`malformed ${shown}: ${ts.flattenDiagnosticMessageText(read.error.messageText, ' ')}`);
  }
  const json = (typeof read.config === 'object' && read.config !== null ? read.config : {}) as Record<string, unknown>;
  const directory = path.dirname(configFile);
  const defaults = path.basename(configFile) === 'jsconfig.json' ? JSCONFIG_DEFAULTS : {};
  const parse = (overrides: Record<string, unknown>, host: ts.ParseConfigHost = ts.sys) =>
    ts.parseJsonConfigFileContent({ ...json, ...overrides }, host, directory, { ...defaults }, configFile);
  // The options as configured (no directory scan), then the files with JavaScript allowed, with and without `exclude`.
  const options = parse({}, { ...ts.sys, readDirectory: () => [] }).options;
  const compilerOptions = { ...(json.compilerOptions as object | undefined), allowJs: true };
  const withExclude = parse({ compilerOptions });
  const allowJs = options.allowJs === true;
  const roots = new Set(withExclude.fileNames.map(normalize).filter((file) => hasProgramExtension(file, allowJs)));
  const hasInclude = json.include !== undefined || !('files' in json);
  let excluded: ReadonlySet<string> = new Set();
  if (hasInclude && json.exclude !== undefined) {
    const inScope = parse({ compilerOptions, exclude: [] }).fileNames.map(normalize);
    const kept = new Set(withExclude.fileNames.map(normalize));
    excluded = new Set(inScope.filter((file) => !kept.has(file)));
  }
  const references = (withExclude.projectReferences ?? []).map((reference) => normalize(ts.resolveProjectReferencePath(reference)));
  const files = json.files;
  return {
    file: configFile,
    roots,
    excluded,
    filesOnly: !hasInclude && Array.isArray(files) && files.length > 0,
    allowJs,
    references: references.filter((reference) => isFile(reference)),
  };
}

function hasProgramExtension(file: string, allowJs: boolean): boolean {
  const extension = path.extname(file);
  return TYPESCRIPT_EXTENSIONS.has(extension) || (allowJs && /^\.[cm]?jsx?$/u.test(extension));
}

/** TypeScript reports paths with `/`; the audit uses the platform's separators. */
function normalize(file: string): string {
  return path.resolve(file);
}

export function isInside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
