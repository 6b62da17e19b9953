import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** File extensions the audit lints. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);

/** Folders that hold dependencies or build output, never the project's own source. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  '.vercel',
  '.serverless',
]);

/**
 * The source files under `target`: what git tracks or would track (so
 * `.gitignore` is honoured exactly) when the target is in a git work tree,
 * else a walk of the tree. A target that git ignores itself (a checkout
 * inside an ignored folder of an outer repository) was given on purpose: it
 * is walked. Declaration files and skipped folders are left out.
 */
export function listSourceFiles(target: string): string[] {
  const absolute = path.resolve(target);
  if (statSync(absolute).isFile()) return isSource(absolute) ? [absolute] : [];
  return (gitFiles(absolute) ?? walk(absolute)).filter((file) => isSource(file) && !inSkippedDirectory(absolute, file)).sort();
}

function isSource(file: string): boolean {
  return SOURCE_EXTENSIONS.has(path.extname(file)) && !/\.d\.[cm]?ts$/u.test(file);
}

function inSkippedDirectory(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep).slice(0, -1).some((part) => SKIPPED_DIRECTORIES.has(part));
}

function gitFiles(directory: string): string[] | null {
  if (gitIgnores(directory)) return null;
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
      cwd: directory,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return output
      .split('\0')
      .filter(Boolean)
      .map((file) => path.join(directory, file))
      .filter((file) => {
        try {
          return statSync(file).isFile();
        } catch {
          return false; // deleted but still in the index
        }
      });
  } catch {
    return null;
  }
}

/** Whether `directory` is in a git work tree that ignores it (`git check-ignore` exits 0). */
function gitIgnores(directory: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--', directory], { cwd: directory, stdio: 'ignore' });
    return true;
  } catch {
    return false; // not ignored (exit 1), or not in a work tree (128)
  }
}

function walk(directory: string): string[] {
  const files: string[] = [];
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path.join(current, entry.name));
      } else if (entry.isFile()) {
        files.push(path.join(current, entry.name));
      }
    }
  }
  return files;
}
