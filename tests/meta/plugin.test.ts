import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { REPOSITORY_URL } from '../../src/meta.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const ruleFiles = readdirSync(path.join(root, 'src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''))
  .sort();
const ruleEntries = Object.entries(rules);

describe('plugin object', () => {
  it('meta matches package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'concurrency' });
  });

  it('registers every rule file, sorted by name', () => {
    expect(Object.keys(plugin.rules ?? {})).toEqual(ruleFiles);
    expect(plugin.rules).toBe(rules);
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  it('has a doc page and a test file', () => {
    expect(existsSync(path.join(root, 'docs/rules', `${name}.md`))).toBe(true);
    expect(existsSync(path.join(root, 'tests/rules', `${name}.test.ts`))).toBe(true);
  });

  it('has conventional meta', () => {
    const docs = rule.meta.docs;
    expect(docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
    expect(docs?.description).toMatch(/^(Disallow|Require|Enforce) [^.]*[^.]$/u);
    expect(['recommended', 'strict']).toContain(docs?.recommended);
    expect(['race', 'leak', 'block', 'scale']).toContain(docs?.severityClass);
    expect(typeof docs?.requiresTypeChecking).toBe('boolean');
    expect(Object.keys(rule.meta.messages).every((id) => /^[a-z][a-zA-Z]*$/u.test(id))).toBe(true);
  });

  it('documents the sections every rule page has', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    for (const heading of ['## Why it breaks under load', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## When not to use it']) {
      expect(doc).toContain(heading);
    }
    if (rule.meta.fixable || rule.meta.hasSuggestions) expect(doc).toContain('## Fix and suggestions');
  });
});

describe('configs', () => {
  const byLevel = (level: string) =>
    ruleEntries.filter(([, rule]) => rule.meta.docs?.recommended === level).map(([name]) => `concurrency/${name}`);

  it('recommended turns on exactly the rules marked recommended', () => {
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(byLevel('recommended').sort());
  });

  it('strict turns on the recommended and the strict rules', () => {
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(
      [...byLevel('recommended'), ...byLevel('strict')].sort(),
    );
  });

  it('all turns on every rule', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(ruleEntries.map(([name]) => `concurrency/${name}`).sort());
  });

  it.each(['recommended', 'strict', 'all'] as const)('%s names itself, shares the plugin object and sets up the project service', (name) => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`concurrency/${name}`);
    expect(config.plugins?.concurrency).toBe(plugin);
    expect(config.languageOptions?.parserOptions).toMatchObject({ projectService: true });
  });
});
