import { existsSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, `${key}.json`);
  }

  /** Two requests for a new tenant both see "absent"; the second mkdir throws EEXIST. */
  ensureTenantDir(tenant: string): string {
    const dir = path.join(this.root, tenant);
    if (!existsSync(dir)) mkdirSync(dir); // ❌ concurrency/no-check-then-write
    return dir;
  }

  /** Correct: recursive mkdir accepts an existing directory. */
  ensureSharedDir(): void {
    mkdirSync(path.join(this.root, 'shared'), { recursive: true });
  }

  /** "Create only once": both requests pass the check, the second silently overwrites the first. */
  saveOnce(key: string, body: unknown): boolean {
    if (existsSync(this.pathOf(key))) return false;
    writeFileSync(this.pathOf(key), JSON.stringify(body)); // ❌ concurrency/no-check-then-write
    return true;
  }

  /** Correct: the kernel decides who creates the file. */
  saveOnceAtomically(key: string, body: unknown): boolean {
    try {
      writeFileSync(this.pathOf(key), JSON.stringify(body), { flag: 'wx' });
      return true;
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
      throw error;
    }
  }

  /** A concurrent delete between the check and the unlink makes this throw ENOENT. */
  evict(key: string): void {
    if (existsSync(this.pathOf(key))) unlinkSync(this.pathOf(key)); // ❌ concurrency/no-check-then-write
  }

  /** Correct: force ignores a path that is already gone. */
  evictQuietly(key: string): void {
    rmSync(this.pathOf(key), { force: true });
  }
}

/** The promise form of the same race: two starting workers both create the config. */
export async function initConfig(file: string): Promise<void> {
  try {
    await access(file);
  } catch {
    await writeFile(file, '{}'); // ❌ concurrency/no-check-then-write
  }
}

/** Correct: creating the directory tree is idempotent. */
export async function ensureUploadDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
