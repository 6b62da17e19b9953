import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Job statuses in process memory: a second instance never sees them. */
const jobStatuses = new Map<string, string>(); // ❌ concurrency/no-module-state

export function startJob(id: string) {
  jobStatuses.set(id, 'running');
}

export function jobStatus(id: string) {
  return jobStatuses.get(id);
}

/** Correct: a frozen lookup table is not runtime state. */
const PRIORITIES: Readonly<Record<string, number>> = Object.freeze({ high: 0, normal: 1, low: 2 });
export function priorityOf(name: string) {
  return PRIORITIES[name] ?? 1;
}

declare function processJob(id: string): Promise<void>;

/** Ten thousand ids start ten thousand jobs at once. */
export async function runAll(ids: string[]) {
  await Promise.all(ids.map(async (id) => processJob(id))); // ❌ concurrency/no-unbounded-concurrency
}

/** Correct: at most LIMIT jobs at a time. */
export async function runInChunks(ids: string[]) {
  const LIMIT = 10;
  for (let i = 0; i < ids.length; i += LIMIT) {
    await Promise.all(ids.slice(i, i + LIMIT).map(async (id) => processJob(id)));
  }
}

/** Two deployments in the same second share one release directory. */
export function releaseDir(root: string) {
  const dir = path.join(root, String(Math.floor(Date.now() / 1000)));
  mkdirSync(dir, { recursive: true }); // ❌ concurrency/no-timestamp-path
  return dir;
}

/** Correct: a unique part in the name. */
export function uniqueReleaseDir(root: string) {
  const dir = path.join(root, `${Date.now()}-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every `new ReportRenderer()` blocks the event loop while the template is read. */
export class ReportRenderer {
  private readonly template: string;

  constructor(templateFile: string) {
    this.template = readFileSync(templateFile, 'utf8'); // ❌ concurrency/no-blocking-constructor
  }

  render(title: string) {
    return this.template.replace('{{title}}', title);
  }
}
