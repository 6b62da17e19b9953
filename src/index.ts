import type { ESLint, Linter } from 'eslint';

import { createConfig, type ConfigName } from './configs/index.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

/** The plugin, typed for ESLint's own config types (`defineConfig`, `eslint.config.ts`). */
export type ConcurrencyPlugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: Record<ConfigName, Linter.Config>;
};

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  configs: {},
} as unknown as ConcurrencyPlugin;

// The configs reference this same object: ESLint rejects two different
// objects registered under one plugin name.
plugin.configs = {
  recommended: createConfig('recommended', plugin, rules),
  strict: createConfig('strict', plugin, rules),
  all: createConfig('all', plugin, rules),
};

export default plugin;
