import { ESLintUtils } from '@typescript-eslint/utils';

import { REPOSITORY_URL } from '../meta.js';
import { deepFreeze } from './freeze.js';

/** The audit report's failure classes (DESIGN §3). */
export type SeverityClass = 'block' | 'leak' | 'race' | 'scale';

/** A text for every finding of a rule, or one per messageId of its reports. */
export type FormTexts = string | Readonly<Record<string, string>>;

export interface ConcurrencyRuleDocs {
  description: string;
  /** `recommended` rules are also in `strict`; `strict` rules are only there. */
  recommended: 'recommended' | 'strict';
  /** Whether the rule uses type information when it is available. Every rule also works without it. */
  requiresTypeChecking: boolean;
  severityClass: SeverityClass;
  /**
   * For the audit report: how this bug fails under concurrent load, in a
   * sentence or two; one text, or one per report messageId where the forms
   * the rule finds fail differently.
   */
  failureUnderLoad?: FormTexts;
  /** For the audit report: the cure, in a sentence or two; one text, or one per report messageId. */
  remedy?: FormTexts;
}


const withDocs = ESLintUtils.RuleCreator<ConcurrencyRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's rule creator, with the options worked out once per
 * configuration instead of once per file: its creator deep-clones and merges
 * the defaults for every file and rule, which cost more than some rules' whole
 * run on a large project.
 *
 * ESLint hands every file of one configuration the same options object (it
 * has merged `meta.defaultOptions` into it already), so the merged, frozen
 * result is remembered per options object: a memo of a pure function, which
 * no file or lint thread can see change.
 */
export const createRule: typeof withDocs = (rule) => {
  const created = withDocs(rule);
  type Options = Parameters<typeof rule.create>[1];
  // A rule without `defaultOptions` takes no options: its defaults are the empty list.
  const declared: Options = rule.meta.defaultOptions ?? rule.defaultOptions ?? ([] as unknown as Options);
  const defaults: Options = deepFreeze(structuredClone(declared));
  const merged = new WeakMap<object, Options>();
  return {
    ...created,
    create(context) {
      const given: unknown = context.options[0];
      if (given === undefined) return rule.create(context, defaults);
      if (context.options.length > 1 || typeof given !== 'object' || given === null) return created.create(context);
      let options = merged.get(given);
      if (!options) {
        options = deepFreeze(structuredClone(ESLintUtils.applyDefault(declared, context.options)));
        merged.set(given, options);
      }
      return rule.create(context, options);
    },
  };
};
