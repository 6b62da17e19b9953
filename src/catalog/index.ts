import { FRAMEWORK_FACTORIES } from './frameworks.js';
import { FS_TRACKED_EXPORTS } from './fs.js';
import { MODULE_ALIASES } from './modules.js';

/**
 * Every export path the syntactic resolver follows through `import`/`require`,
 * keyed by canonical module name. Catalogs for more libraries add entries here.
 */
export const TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = Object.freeze({
  ...FS_TRACKED_EXPORTS,
  ...groupByModule(FRAMEWORK_FACTORIES),
});

/** The specifiers (`fs`, `node:fs`) under which a canonical module can be imported. */
export function specifiersOf(module: string): readonly string[] {
  return MODULE_ALIASES[module] ?? [module];
}

function groupByModule(
  rows: readonly { readonly module: string; readonly path: readonly string[] }[],
): Record<string, (readonly string[])[]> {
  const grouped: Record<string, (readonly string[])[]> = {};
  for (const row of rows) (grouped[row.module] ??= []).push(row.path);
  return grouped;
}
