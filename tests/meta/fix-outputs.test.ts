import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { fixturesDir } from '../rule-tester.js';

/**
 * Every autofix and suggestion output of the typed test cases must parse and
 * type-check as well as the code it replaces: a fix may not add a type error.
 * All outputs are checked in one TypeScript program, as virtual files placed in
 * the fixture folder (so relative imports and library types resolve).
 */
interface Rewrite {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const rulesDir = path.resolve(fixturesDir, '../rules');
const caseFiles = readdirSync(rulesDir).filter((file) => file.endsWith('.cases.ts'));

async function collectRewrites(): Promise<Rewrite[]> {
  const rewrites: Rewrite[] = [];
  for (const file of caseFiles) {
    const cases = (await import(pathToFileURL(path.join(rulesDir, file)).href)) as Record<string, unknown>;
    const typed = [...((cases.invalid as InvalidTestCase<string, unknown[]>[]) ?? []), ...((cases.invalidWithTypesOnly as InvalidTestCase<string, unknown[]>[]) ?? [])];
    typed.forEach((test, index) => {
      const label = `${file.replace('.cases.ts', '')} #${index}`;
      const outputs = typeof test.output === 'string' ? [test.output] : Array.isArray(test.output) ? test.output : [];
      for (const output of outputs) rewrites.push({ label: `${label} --fix`, before: test.code, after: output });
      for (const error of test.errors) {
        for (const suggestion of error.suggestions ?? []) {
          rewrites.push({ label: `${label} ${suggestion.messageId}`, before: test.code, after: suggestion.output });
        }
      }
    });
  }
  return rewrites;
}

function diagnosticsByFile(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const configPath = path.join(fixturesDir, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('cannot read the fixture tsconfig');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists(name);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: config.options, host });
  const result = new Map<string, string[]>();
  for (const name of files.keys()) {
    const source = program.getSourceFile(name);
    const diagnostics = source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    result.set(name, diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
  }
  return result;
}

describe('fix and suggestion outputs', async () => {
  const rewrites = await collectRewrites();
  const files = new Map<string, string>();
  rewrites.forEach((rewrite, index) => {
    files.set(path.join(fixturesDir, `__before_${index}.ts`), rewrite.before);
    files.set(path.join(fixturesDir, `__after_${index}.ts`), rewrite.after);
  });
  const diagnostics = rewrites.length > 0 ? diagnosticsByFile(files) : new Map<string, string[]>();

  it('there are outputs to check', () => {
    expect(rewrites.length).toBeGreaterThan(0);
  });

  it.each(rewrites.map((rewrite, index) => [rewrite.label, index] as const))('%s type-checks', (_label, index) => {
    const before = diagnostics.get(path.join(fixturesDir, `__before_${index}.ts`)) ?? [];
    const after = diagnostics.get(path.join(fixturesDir, `__after_${index}.ts`)) ?? [];
    const added = after.filter((message) => !before.includes(message));
    expect(added).toEqual([]);
  });
});
