import { CLASS_MEANING, countBy, SEVERITY_CLASSES, type Audit, type Finding } from './findings.js';

/**
 * The human audit report: summary, counts by severity class and by rule, then
 * the findings grouped by class with location, failure mode under load, fix
 * and a code excerpt.
 */
export function markdownReport(audit: Audit, title: string, version: string): string {
  const { findings } = audit;
  const out: string[] = [`# Concurrency audit: ${title}`, ''];
  out.push(
    `eslint-plugin-concurrency ${version}, config \`${audit.config}\`, ${plural(audit.filesLinted, 'file')} linted.`,
    '',
    '## Summary',
    '',
  );
  const files = new Set(findings.map((finding) => finding.file)).size;
  out.push(
    findings.length === 0
      ? 'No findings.'
      : `${plural(findings.length, 'finding')} in ${plural(files, 'file')}: ${SEVERITY_CLASSES.map(
          (cls) => `${countBy(findings, (f) => f.rule.severityClass).get(cls) ?? 0} ${cls}`,
        ).join(', ')}.`,
    '',
  );
  if (audit.unanalysed.length > 0) {
    out.push(`${plural(audit.unanalysed.length, 'file')} could not be analysed (see the end of this report).`, '');
  }

  const byClass = countBy(findings, (f) => f.rule.severityClass);
  out.push('| class | findings | what it means |', '| --- | ---: | --- |');
  for (const cls of SEVERITY_CLASSES) out.push(`| ${cls} | ${byClass.get(cls) ?? 0} | ${CLASS_MEANING[cls]} |`);
  out.push('');

  if (findings.length > 0) {
    const byRule = countBy(findings, (f) => f.ruleId);
    out.push('| rule | class | findings |', '| --- | --- | ---: |');
    for (const [ruleId, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      const rule = findings.find((f) => f.ruleId === ruleId)?.rule;
      const name = rule?.url ? `[\`${ruleId}\`](${rule.url})` : `\`${ruleId}\``;
      out.push(`| ${name} | ${rule?.severityClass ?? ''} | ${count} |`);
    }
    out.push('');
  }

  for (const cls of SEVERITY_CLASSES) {
    const group = findings.filter((f) => f.rule.severityClass === cls);
    if (group.length === 0) continue;
    out.push(`## ${capitalize(cls)} (${group.length})`, '', `_${capitalize(CLASS_MEANING[cls])}._`, '');
    for (const finding of group) out.push(...section(finding));
  }

  if (audit.unanalysed.length > 0) {
    out.push('## Not analysed', '');
    for (const item of audit.unanalysed) out.push(`- \`${item.file}\`: ${oneLine(item.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function section(finding: Finding): string[] {
  const lines = [`### \`${finding.file}:${finding.line}\` — \`${finding.ruleId}\``, '', oneLine(finding.message), ''];
  if (finding.rule.failureUnderLoad) lines.push(`- **Under load:** ${finding.rule.failureUnderLoad}`);
  if (finding.rule.remedy) lines.push(`- **Fix:** ${finding.rule.remedy}`);
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

function language(file: string): string {
  return /\.[cm]?tsx?$/u.test(file) ? 'ts' : 'js';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
