import type { ESLint, Linter } from 'eslint';

import type { ConcurrencyRuleDocs } from '../util/create-rule.js';
import { NAMESPACE } from '../meta.js';
import { projectServiceParser } from './parser.js';

export type ConfigName = 'all' | 'recommended' | 'strict';

type RuleModules = Readonly<Record<string, { readonly meta: { readonly docs?: ConcurrencyRuleDocs } }>>;

/**
 * Options a rule takes in `strict` that differ from its defaults (DESIGN §3:
 * strict turns on the stricter options of the recommended rules).
 */
export const STRICT_OPTIONS: Readonly<Record<string, readonly unknown[]>> = Object.freeze({
  'no-timestamp-path': [{ resolution: 'millisecond' }],
});

/** Which rules a config turns on, derived from each rule's `meta.docs.recommended`. */
export function rulesFor(name: ConfigName, rules: RuleModules): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const level = rule.meta.docs?.recommended;
    const included = name === 'all' || level === 'recommended' || (name === 'strict' && level === 'strict');
    if (!included) continue;
    const strictOptions = name === 'recommended' ? undefined : STRICT_OPTIONS[ruleName];
    entries[`${NAMESPACE}/${ruleName}`] = strictOptions ? ['error', ...strictOptions] : 'error';
  }
  return entries;
}

/**
 * One flat config: the plugin, the TypeScript parser with the project service
 * (types where a tsconfig covers the file, none where no tsconfig does), and
 * the rules. `plugin` must be the one plugin object every config shares.
 */
export function createConfig(
  name: ConfigName,
  plugin: ESLint.Plugin,
  rules: RuleModules,
): Linter.Config {
  return {
    name: `${NAMESPACE}/${name}`,
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { [NAMESPACE]: plugin },
    languageOptions: {
      parser: projectServiceParser,
      parserOptions: {
        projectService: true,
      },
    },
    rules: rulesFor(name, rules),
  };
}
