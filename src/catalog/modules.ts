/**
 * Module specifiers that name the same runtime module. The `node:` form is the
 * same module as the bare one; `@types/node` declares both.
 */
export const MODULE_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  fs: Object.freeze(['fs', 'node:fs']),
  'fs/promises': Object.freeze(['fs/promises', 'node:fs/promises']),
  'fs-extra': Object.freeze(['fs-extra', 'fs-extra/esm']),
});

/** The canonical name of a module specifier (`node:fs` → `fs`), or the specifier itself. */
export function canonicalModule(specifier: string): string {
  for (const [canonical, aliases] of Object.entries(MODULE_ALIASES)) {
    if (aliases.includes(specifier)) return canonical;
  }
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}

/**
 * Properties of a module that are another module: `fs.promises` is
 * `fs/promises`. Calls through them resolve to the submodule's exports.
 */
export const SUBMODULE_PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  fs: Object.freeze({ promises: 'fs/promises' }),
  'fs-extra': Object.freeze({ promises: 'fs/promises' }),
  dns: Object.freeze({ promises: 'dns/promises' }),
  stream: Object.freeze({ promises: 'stream/promises' }),
  timers: Object.freeze({ promises: 'timers/promises' }),
});
