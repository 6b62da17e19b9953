import { countBy, SEVERITY_CLASSES, type Audit, type Finding } from './findings.js';

/**
 * The audit as JSON: what was linted, summary counts and every finding with
 * its rule's class, failure mode and fix.
 */
export function jsonReport(audit: Audit, version: string): string {
  const byClass = countBy(audit.findings, (f) => f.rule.severityClass);
  const { run } = audit;
  return `${JSON.stringify(
    {
      tool: { name: 'eslint-plugin-concurrency', version },
      config: audit.config,
      root: audit.root,
      summary: {
        filesLinted: audit.filesLinted,
        ...(run
          ? {
              files: {
                typed: run.typed,
                untyped: run.untyped,
                flowStripped: run.flowStripped,
                unparsed: audit.unanalysed.length,
                skipped: run.skipped,
              },
              tsconfigs: run.tsconfigs,
              wallTimeMs: Math.round(run.wallTimeMs),
            }
          : {}),
        findings: audit.findings.length,
        byClass: Object.fromEntries(SEVERITY_CLASSES.map((cls) => [cls, byClass.get(cls) ?? 0])),
        byRule: Object.fromEntries([...countBy(audit.findings, (f) => f.ruleId)].sort()),
        otherFindings: audit.otherFindings.length,
        unanalysed: audit.unanalysed.length,
      },
      findings: audit.findings.map(entry),
      otherFindings: audit.otherFindings.map(entry),
      unanalysed: audit.unanalysed.map(({ file, message, reason }) => ({ file, message, reason })),
    },
    null,
    2,
  )}\n`;
}

function entry(finding: Finding) {
  return {
    file: finding.file,
    kind: finding.kind,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severityClass: finding.rule.severityClass,
    message: finding.message,
    failureUnderLoad: finding.failureUnderLoad,
    remedy: finding.remedy,
    url: finding.rule.url ?? null,
  };
}
