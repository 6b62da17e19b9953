import path from 'node:path';

import type { ESLint } from 'eslint';

import { PLUGIN_VERSION } from './meta.js';
import { collectAudit } from './cli/report/findings.js';
import { markdownReport } from './cli/report/markdown.js';

/**
 * The audit report as an ESLint formatter, for a project's own ESLint setup:
 * `eslint -f ./node_modules/eslint-plugin-concurrency/dist/formatter.js`.
 * Only this plugin's findings appear in the report.
 */
export default function concurrencyFormatter(
  results: ESLint.LintResult[],
  context: ESLint.LintResultData,
): string {
  const audit = collectAudit(results, context.rulesMeta, context.cwd, 'your ESLint config');
  return markdownReport(audit, path.basename(context.cwd), PLUGIN_VERSION);
}
