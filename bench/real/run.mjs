// The labelled real-service bench: audits every repository of the corpus with
// a config (default `recommended`), as a user would run `concurrency-audit
// <paths>` from the repository's root with CI unset, and compares each finding
// with the committed labels (bench/real/labels.json).
//
// Usage: node bench/real/run.mjs [--dir /path/of/fetched/repos] [--repo name]… [--config recommended]
//                                 [--unlabelled FILE] [--json FILE]
//   --dir        where fetch.mjs put the repositories (default bench/.real)
//   --unlabelled writes every finding without a label, with its code, for review (markdown)
//   --json       writes the run (findings with their labels, per-rule counts) as JSON
// Prints per repository and per rule: findings, labelled true/false, unlabelled,
// and precision over the labelled ones; then labels whose finding is gone.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { REPOS } from './repos.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.join(here, '..', '.real') },
    repo: { type: 'string', multiple: true },
    config: { type: 'string', default: 'recommended' },
    unlabelled: { type: 'string' },
    json: { type: 'string' },
    bin: { type: 'string', default: path.join(here, '..', '..', 'dist', 'cli', 'bin.js') },
  },
});

const labels = JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8'));
const labelKey = (l) => `${l.repo}\t${l.file}\t${l.line}:${l.column}\t${l.rule}`;
const labelled = new Map(labels.map((label) => [labelKey(label), label]));

const repos = REPOS.filter((repo) => !values.repo || values.repo.includes(repo.name));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-real-'));
const env = { ...process.env };
delete env.CI; // measured the way a user runs it from a terminal

const rows = [];
const findings = [];
for (const repo of repos) {
  const cwd = path.join(path.resolve(values.dir), repo.name);
  const output = path.join(scratch, `${repo.name}.json`);
  const start = performance.now();
  try {
    execFileSync(process.execPath, [values.bin, ...repo.paths, '--config', values.config, '--format', 'json', '--quiet', '--output', output], {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    if (error.status !== 1) throw new Error(`${repo.name}: audit exited ${error.status}: ${error.stderr}`, { cause: error });
  }
  const seconds = (performance.now() - start) / 1000;
  const report = JSON.parse(readFileSync(output, 'utf8'));
  for (const finding of report.findings) {
    // The audit shows files as given: relative to its working directory (the repository root here).
    const file = path.relative(cwd, path.resolve(cwd, finding.file));
    const entry = {
      repo: repo.name,
      file,
      line: finding.line,
      column: finding.column,
      rule: finding.ruleId.replace(/^concurrency\//u, ''),
      message: finding.message,
    };
    const label = labelled.get(labelKey(entry));
    findings.push({ ...entry, verdict: label?.verdict ?? null, reason: label?.reason ?? null });
  }
  rows.push({ repo: repo.name, seconds, files: report.summary.filesLinted, summary: report.summary });
}

const count = (list) => ({
  findings: list.length,
  true: list.filter((f) => f.verdict === 'true').length,
  false: list.filter((f) => f.verdict === 'false').length,
  unlabelled: list.filter((f) => f.verdict === null).length,
});
const precision = (c) => (c.true + c.false > 0 ? `${Math.round((100 * c.true) / (c.true + c.false))} %` : '—');
const line = (name, c, extra = '') =>
  `| ${name} | ${c.findings} | ${c.true} | ${c.false} | ${c.unlabelled} | ${precision(c)} |${extra}`;

console.log(`config: ${values.config}\n`);
console.log('| repository | findings | true | false | unlabelled | precision | files | time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(line(row.repo, count(findings.filter((f) => f.repo === row.repo)), ` ${row.files} | ${row.seconds.toFixed(1)} s |`));
}
console.log(line('**all**', count(findings), ` ${rows.reduce((s, r) => s + r.files, 0)} | ${rows.reduce((s, r) => s + r.seconds, 0).toFixed(1)} s |`));

console.log('\n| rule | findings | true | false | unlabelled | precision |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const rule of [...new Set(findings.map((f) => f.rule))].sort()) {
  console.log(line(rule, count(findings.filter((f) => f.rule === rule))));
}

const found = new Set(findings.map(labelKey));
const gone = labels.filter((label) => repos.some((r) => r.name === label.repo) && !found.has(labelKey(label)));
const goneCount = { true: gone.filter((l) => l.verdict === 'true').length, false: gone.filter((l) => l.verdict === 'false').length };
console.log(`\nlabelled findings no longer reported: ${gone.length} (${goneCount.true} labelled true, ${goneCount.false} false)`);
for (const label of gone.filter((l) => l.verdict === 'true')) {
  console.log(`  lost true finding: ${label.repo} ${label.file}:${label.line}:${label.column} ${label.rule} — ${label.reason}`);
}

if (values.unlabelled) {
  const open = findings.filter((f) => f.verdict === null);
  const text = open
    .map((f) => {
      const source = readFileSync(path.join(path.resolve(values.dir), f.repo, f.file), 'utf8').split('\n');
      const from = Math.max(0, f.line - 6);
      const code = source
        .slice(from, f.line + 5)
        .map((text, index) => `${String(from + index + 1).padStart(5)}${from + index + 1 === f.line ? '>' : ' '} ${text}`)
        .join('\n');
      return `### ${f.repo} ${f.file}:${f.line}:${f.column} ${f.rule}\n\n${f.message}\n\n\`\`\`\n${code}\n\`\`\`\n`;
    })
    .join('\n');
  writeFileSync(values.unlabelled, `# Unlabelled findings (${open.length})\n\n${text}`);
  console.log(`\n${open.length} unlabelled findings written to ${values.unlabelled}`);
}
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({ config: values.config, repos: rows, findings, gone }, null, 2)}\n`);
}
const unlabelledCount = findings.filter((f) => f.verdict === null).length;
if (unlabelledCount > 0) console.log(`\n${unlabelledCount} findings have no label: review them (--unlabelled FILE) and add them to labels.json`);
execFileSync('rm', ['-rf', scratch]);
