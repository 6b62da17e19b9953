import { countBy, SEVERITY_CLASSES, type Audit } from './findings.js';

/** The audit as JSON: summary counts and every finding with its rule's class, failure mode and fix. */
export function jsonReport(audit: Audit, version: string): string {
  const byClass = countBy(audit.findings, (f) => f.rule.severityClass);
  return `${JSON.stringify(
    {
      tool: { name: 'eslint-plugin-concurrency', version },
      config: audit.config,
      root: audit.root,
      summary: {
        filesLinted: audit.filesLinted,
        findings: audit.findings.length,
        byClass: Object.fromEntries(SEVERITY_CLASSES.map((cls) => [cls, byClass.get(cls) ?? 0])),
        byRule: Object.fromEntries([...countBy(audit.findings, (f) => f.ruleId)].sort()),
        unanalysed: audit.unanalysed.length,
      },
      findings: audit.findings.map((finding) => ({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        ruleId: finding.ruleId,
        severityClass: finding.rule.severityClass,
        message: finding.message,
        failureUnderLoad: finding.rule.failureUnderLoad ?? null,
        remedy: finding.rule.remedy ?? null,
        url: finding.rule.url ?? null,
      })),
      unanalysed: audit.unanalysed,
    },
    null,
    2,
  )}\n`;
}
