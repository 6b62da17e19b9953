import { CLASS_MEANING, countBy, SEVERITY_CLASSES, type Audit, type AuditRun, type Finding, type SkipCounts } from './findings.js';

/** How the report names each reason a file was skipped, in the order it lists them. */
export const SKIP_LABELS: Readonly<Record<keyof SkipCounts, string>> = Object.freeze({
  test: 'tests',
  migration: 'migrations',
  seed: 'seeds',
  script: 'scripts',
  vendored: 'vendored or minified bundles',
  browser: 'browser-only code',
  excluded: 'excluded by a tsconfig',
});

/**
 * The human audit report: what was linted (with and without types, skipped
 * and why, not parsed, the tsconfigs, the time), the summary, counts by
 * severity class and by rule, then the findings grouped by class with
 * location, failure mode under load, fix and a code excerpt.
 */
export function markdownReport(audit: Audit, title: string, version: string): string {
  const { findings, run } = audit;
  const out: string[] = [`# Concurrency audit: ${title}`, ''];
  if (run) {
    out.push(`eslint-plugin-concurrency ${version}, config \`${audit.config}\`, ${seconds(run.wallTimeMs)}.`, '', ...fileTable(audit, run));
  } else {
    out.push(`eslint-plugin-concurrency ${version}, config \`${audit.config}\`, ${plural(audit.filesLinted, 'file')} linted.`, '');
  }
  out.push('## Summary', '');
  const files = new Set(findings.map((finding) => finding.file)).size;
  out.push(
    findings.length === 0
      ? 'No findings.'
      : `${plural(findings.length, 'finding')} in ${plural(files, 'file')}: ${SEVERITY_CLASSES.map(
          (cls) => `${countBy(findings, (f) => f.rule.severityClass).get(cls) ?? 0} ${cls}`,
        ).join(', ')}.`,
    '',
  );
  if (audit.otherFindings.length > 0) {
    out.push(`And ${plural(audit.otherFindings.length, 'finding')} in tests, scripts, seeds and migrations (listed after the others).`, '');
  }
  if (audit.unanalysed.length > 0) {
    out.push(`${plural(audit.unanalysed.length, 'file')} could not be analysed (see the end of this report).`, '');
  }

  const byClass = countBy(findings, (f) => f.rule.severityClass);
  out.push('| class | findings | what it means |', '| --- | ---: | --- |');
  for (const cls of SEVERITY_CLASSES) out.push(`| ${cls} | ${byClass.get(cls) ?? 0} | ${CLASS_MEANING[cls]} |`);
  out.push('');

  if (findings.length > 0) out.push(...ruleTable(findings));

  for (const cls of SEVERITY_CLASSES) {
    const group = findings.filter((f) => f.rule.severityClass === cls);
    if (group.length === 0) continue;
    out.push(`## ${capitalize(cls)} (${group.length})`, '', `_${capitalize(CLASS_MEANING[cls])}._`, '');
    for (const finding of group) out.push(...section(finding));
  }

  if (audit.otherFindings.length > 0) {
    out.push(
      `## In tests, scripts, seeds and migrations (${audit.otherFindings.length})`,
      '',
      '_Code that runs once or in one process, not behind a load balancer: fix what a test or a deploy step depends on._',
      '',
    );
    for (const finding of audit.otherFindings) out.push(...section(finding));
  }

  if (audit.unanalysed.length > 0) {
    out.push('## Not analysed', '');
    for (const item of audit.unanalysed) {
      out.push(`- \`${item.file}\`: ${oneLine(item.message)}${item.reason ? ` — ${item.reason}` : ''}`);
    }
    out.push('');
  }
  if (run) out.push(`Audited ${plural(audit.filesLinted, 'file')} (${run.typed} with types, ${run.untyped} without) in ${seconds(run.wallTimeMs)}.`);
  return `${out.join('\n').trimEnd()}\n`;
}

function fileTable(audit: Audit, run: AuditRun): string[] {
  const rows: [string, string][] = [
    ['linted with types', String(run.typed)],
    ['linted without types', run.flowStripped > 0 ? `${run.untyped} (${run.flowStripped} Flow ${run.flowStripped === 1 ? 'file' : 'files'} with the types stripped)` : String(run.untyped)],
  ];
  if (audit.unanalysed.length > 0) rows.push(['not parsed', String(audit.unanalysed.length)]);
  for (const [reason, label] of Object.entries(SKIP_LABELS) as [keyof SkipCounts, string][]) {
    const count = run.skipped[reason];
    if (count) rows.push([`skipped: ${label}`, String(count)]);
  }
  const out = ['| files | count |', '| --- | ---: |', ...rows.map(([what, count]) => `| ${what} | ${count} |`), ''];
  const hidden = (['test', 'migration', 'seed', 'script'] as const).some((reason) => run.skipped[reason]);
  if (hidden && !run.includeTests) out.push('Tests, migrations, seeds and scripts are skipped by default: `--include-tests` audits them too.', '');
  out.push(
    run.tsconfigs.length === 0
      ? 'No tsconfig.json or jsconfig.json covers these files: every file was linted without type information.'
      : `Types from ${run.tsconfigs.map((tsconfig) => `\`${tsconfig.file}\` (${plural(tsconfig.files, 'file')})`).join(', ')}.`,
    '',
  );
  return out;
}

function ruleTable(findings: readonly Finding[]): string[] {
  const out = ['| rule | class | findings |', '| --- | --- | ---: |'];
  const byRule = countBy(findings, (f) => f.ruleId);
  for (const [ruleId, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const rule = findings.find((f) => f.ruleId === ruleId)?.rule;
    const name = rule?.url ? `[\`${ruleId}\`](${rule.url})` : `\`${ruleId}\``;
    out.push(`| ${name} | ${rule?.severityClass ?? ''} | ${count} |`);
  }
  out.push('');
  return out;
}

function section(finding: Finding): string[] {
  const kind = finding.kind === 'production' ? '' : ` (${finding.kind})`;
  const lines = [`### \`${finding.file}:${finding.line}\` — \`${finding.ruleId}\`${kind}`, '', oneLine(finding.message), ''];
  if (finding.failureUnderLoad) lines.push(`- **Under load:** ${finding.failureUnderLoad}`);
  if (finding.remedy) lines.push(`- **Fix:** ${finding.remedy}`);
  if (finding.rule.url) lines.push(`- **Rule:** ${finding.rule.url}`);
  lines.push('');
  if (finding.excerpt.length > 0) {
    const width = String(finding.excerpt.at(-1)?.[0] ?? 0).length;
    const fence = finding.excerpt.some(([, text]) => text.includes('```')) ? '````' : '```';
    lines.push(fence + language(finding.file));
    for (const [number, text] of finding.excerpt) {
      const marker = number >= finding.line && number <= finding.endLine ? '>' : ' ';
      lines.push(`${marker} ${String(number).padStart(width)} | ${text}`);
    }
    lines.push(fence, '');
  }
  return lines;
}

/** A wall time as the report and the summary line print it: `12.3 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function language(file: string): string {
  return /\.[cm]?tsx?$/u.test(file) ? 'ts' : 'js';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
