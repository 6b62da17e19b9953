import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { classifySource, relativeFilePath, type FileKind } from '../analysis/file-kind.js';
import { UsageError } from './args.js';
import { displayPath } from './display.js';
import { listSourceFiles } from './files.js';
import { isInside, ProjectIndex, repositoryRoot } from './project.js';

/** Why the audit left a file out: a kind of file that is not production code, or a tsconfig's `exclude`. */
export type SkipReason = Exclude<FileKind, 'production'> | 'excluded';

/** The order reasons are reported in. */
export const SKIP_REASONS: readonly SkipReason[] = Object.freeze([
  'test',
  'migration',
  'seed',
  'script',
  'vendored',
  'browser',
  'excluded',
]);

/** The kinds `--include-tests` lints: code of the project that runs outside the service. */
export const INCLUDED_BY_TESTS_FLAG: ReadonlySet<FileKind> = new Set(['test', 'migration', 'seed', 'script']);

export interface PlannedFile {
  readonly path: string;
  /** The path as the user gave it: relative to the working directory, or absolute when the target was. */
  readonly display: string;
  readonly kind: FileKind;
  /** The tsconfig whose program has the file, if any: only these are parsed with the project service. */
  readonly tsconfig: string | null;
}

export interface AuditPlan {
  /** A common ancestor of every file: ESLint's working directory. */
  readonly cwd: string;
  /** The repository root (or the file system's root): no tsconfig above it is used. */
  readonly searchRoot: string;
  /** The folder of the project the first target is in: the report's title. */
  readonly projectDir: string;
  /** What SARIF's paths are relative to: the repository root, else ESLint's working directory. */
  readonly reportRoot: string;
  /** Every project folder the targets are in (for flow-remove-types). */
  readonly projectDirs: readonly string[];
  readonly lint: readonly PlannedFile[];
  readonly skipped: ReadonlyMap<SkipReason, number>;
  /** Files the targets hold before any is skipped. */
  readonly listed: number;
}

/**
 * Which files the audit lints and how: the source files under each target
 * (what git tracks or would track, or every file where git ignores the
 * target), classified by the shared file kinds relative to the project
 * folder they are in, and placed in the tsconfigs above them.
 */
export function planAudit(paths: readonly string[], cwd: string, includeTests: boolean): AuditPlan {
  const targets = paths.map((given) => {
    const absolute = path.resolve(cwd, given);
    if (!existsSync(absolute)) throw new UsageError(`no such file or directory: ${given}`);
    const directory = statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    const searchRoot = repositoryRoot(directory) ?? path.parse(directory).root;
    return { given, absolute, searchRoot, projectDir: projectDirOf(directory, searchRoot) };
  });
  const searchRoot = commonAncestor(targets.map((target) => target.searchRoot));
  const index = new ProjectIndex(searchRoot, (file) => displayPath(file, cwd, false));
  const seen = new Set<string>();
  const lint: PlannedFile[] = [];
  const skipped = new Map<SkipReason, number>();
  const skip = (reason: SkipReason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  for (const target of targets) {
    for (const file of listSourceFiles(target.absolute)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const kind = classifySource(relativeFilePath(file, target.projectDir), readFileSync(file, 'utf8'));
      if (kind !== 'production' && !(includeTests && INCLUDED_BY_TESTS_FLAG.has(kind))) {
        skip(kind);
        continue;
      }
      const placement = index.place(file);
      if (placement.kind === 'excluded' && kind === 'production') {
        skip('excluded');
        continue;
      }
      lint.push({
        path: file,
        display: displayPath(file, cwd, path.isAbsolute(target.given)),
        kind,
        tsconfig: placement.kind === 'typed' ? placement.tsconfig : null,
      });
    }
  }
  if (seen.size === 0) throw new UsageError(`no JavaScript or TypeScript files in ${paths.join(', ')}`);
  const projectDirs = [...new Set(targets.map((target) => target.projectDir))];
  const eslintCwd = commonAncestor([...projectDirs, ...targets.map((target) => target.absolute)]);
  return {
    cwd: eslintCwd,
    searchRoot,
    reportRoot: path.parse(searchRoot).root === searchRoot ? eslintCwd : searchRoot,
    projectDir: projectDirs[0] ?? cwd,
    projectDirs,
    lint,
    skipped: new Map(SKIP_REASONS.filter((reason) => skipped.has(reason)).map((reason) => [reason, skipped.get(reason) ?? 0])),
    listed: seen.size,
  };
}

/**
 * The folder of the project a target is in: the nearest one at or above it
 * with a package.json, tsconfig.json or jsconfig.json (not above the
 * repository root), else the target's own folder. File kinds are decided by
 * paths relative to it, so `backend/src` keeps `test/` folders as tests, and
 * the folders above the project do not count.
 */
function projectDirOf(directory: string, searchRoot: string): string {
  for (let dir = directory; isInside(searchRoot, dir); dir = path.dirname(dir)) {
    if (['package.json', 'tsconfig.json', 'jsconfig.json'].some((name) => existsSync(path.join(dir, name)))) return dir;
    if (dir === searchRoot || path.dirname(dir) === dir) break;
  }
  return directory;
}

function commonAncestor(directories: readonly string[]): string {
  let root = directories[0] ?? path.parse(process.cwd()).root;
  for (const directory of directories.slice(1)) {
    while (!isInside(root, directory)) root = path.dirname(root);
  }
  return root;
}
