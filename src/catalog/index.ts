import { isBuiltin } from 'node:module';

import { BLOCKING_TRACKED_EXPORTS } from './blocking.js';
import { DB_TRACKED_EXPORTS } from './db.js';
import { FRAMEWORK_FACTORIES } from './frameworks.js';
import { FS_TRACKED_EXPORTS } from './fs.js';
import { LIMITER_TRACKED_EXPORTS } from './limiters.js';
import { MODULE_ALIASES } from './modules.js';
import { SCHEDULE_TRACKED_EXPORTS } from './schedules.js';
import { SERVER_FACTORIES } from './startup.js';
import { TIMESTAMP_TRACKED_EXPORTS } from './timestamps.js';

type TrackedExports = Readonly<Record<string, readonly (readonly string[])[]>>;

/**
 * Every export path the syntactic resolver follows through `import`/`require`,
 * keyed by canonical module name (an empty path is the module itself, as in
 * `express()`). Each catalog contributes its own table; they are merged here.
 */
export const TRACKED_EXPORTS: TrackedExports = mergeTracked([
  FS_TRACKED_EXPORTS,
  groupByModule(FRAMEWORK_FACTORIES),
  groupByModule(SERVER_FACTORIES),
  BLOCKING_TRACKED_EXPORTS,
  LIMITER_TRACKED_EXPORTS,
  DB_TRACKED_EXPORTS,
  TIMESTAMP_TRACKED_EXPORTS,
  SCHEDULE_TRACKED_EXPORTS,
]);

/** The specifiers (`fs`, `node:fs`) under which a canonical module can be imported. */
export function specifiersOf(module: string): readonly string[] {
  return MODULE_ALIASES[module] ?? (isBuiltin(module) ? [module, `node:${module}`] : [module]);
}

function groupByModule(rows: readonly { readonly module: string; readonly path: readonly string[] }[]): TrackedExports {
  const grouped: Record<string, (readonly string[])[]> = {};
  for (const row of rows) (grouped[row.module] ??= []).push(row.path);
  return grouped;
}

function mergeTracked(tables: readonly TrackedExports[]): TrackedExports {
  const merged: Record<string, (readonly string[])[]> = {};
  for (const table of tables) {
    for (const [module, paths] of Object.entries(table)) (merged[module] ??= []).push(...paths);
  }
  return Object.freeze(merged);
}
