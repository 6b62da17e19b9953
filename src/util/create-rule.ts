import { ESLintUtils } from '@typescript-eslint/utils';

/** The audit report's failure classes (DESIGN §3). */
export type SeverityClass = 'block' | 'leak' | 'race' | 'scale';

export interface ConcurrencyRuleDocs {
  description: string;
  /** `recommended` rules are also in `strict`; `strict` rules are only there. */
  recommended: 'recommended' | 'strict';
  /** Whether the rule uses type information when it is available. Every rule also works without it. */
  requiresTypeChecking: boolean;
  severityClass: SeverityClass;
  /** For the audit report: how this bug fails under concurrent load, in one sentence. */
  failureUnderLoad?: string;
  /** For the audit report: the cure, in one sentence. */
  remedy?: string;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency';

export const createRule = ESLintUtils.RuleCreator<ConcurrencyRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
