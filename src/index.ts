import type { TSESLint } from '@typescript-eslint/utils';

import { createConfig, type ConfigName } from './configs/index.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

type Plugin = TSESLint.FlatConfig.Plugin & {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
};

const plugin: Plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  configs: {} as Plugin['configs'],
};

// The configs reference this same object: ESLint rejects two different
// objects registered under one plugin name.
Object.assign(plugin.configs, {
  recommended: createConfig('recommended', plugin, rules),
  strict: createConfig('strict', plugin, rules),
  all: createConfig('all', plugin, rules),
});

export default plugin;
