import { pathToFileURL } from 'node:url';

import type { Audit } from './findings.js';

/**
 * SARIF 2.1.0 for code scanning. Written here rather than with
 * `@microsoft/eslint-formatter-sarif`: that package declares `eslint@^8` and an
 * unpinned `jschardet@latest` as dependencies, which would install a second
 * ESLint into every project that installs this plugin; the log needs only the
 * findings and the rules' meta, which the audit already has.
 */
export function sarifReport(audit: Audit, version: string, informationUri: string): string {
  const ruleIds = [...new Set(audit.findings.map((finding) => finding.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const first = audit.findings.find((finding) => finding.ruleId === id);
    const rule = first?.rule;
    return {
      id,
      shortDescription: { text: rule?.description ?? id },
      ...(first?.failureUnderLoad ? { fullDescription: { text: first.failureUnderLoad } } : {}),
      ...(rule?.url ? { helpUri: rule.url } : {}),
      ...(first?.remedy ? { help: { text: first.remedy } } : {}),
      properties: { tags: ['concurrency', rule?.severityClass ?? 'scale'], severityClass: rule?.severityClass },
    };
  });
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'eslint-plugin-concurrency', version, informationUri, rules } },
        originalUriBaseIds: { ROOT: { uri: `${pathToFileURL(audit.root).href}/` } },
        results: audit.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIds.indexOf(finding.ruleId),
          level: finding.severity,
          message: { text: [finding.message, finding.failureUnderLoad, finding.remedy].filter(Boolean).join(' ') },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(finding.uri), uriBaseId: 'ROOT' },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                },
              },
            },
          ],
          properties: { severityClass: finding.rule.severityClass },
        })),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: audit.unanalysed.map((item) => ({
              level: 'warning',
              message: { text: item.reason ? `${item.message} (${item.reason})` : item.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(item.uri), uriBaseId: 'ROOT' } } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function fileUri(file: string): string {
  return file.split(/[\\/]/u).map(encodeURIComponent).join('/');
}
