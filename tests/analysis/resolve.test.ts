import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { resolveCallee } from '../../src/analysis/resolve.js';
import { FS_API_NAMES } from '../../src/catalog/fs.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

/**
 * Probe: every call and `new` (except `require(…)`) reports
 * `<callee text> -> <module>#<owner.>name (<via>)`, or `-> null` when
 * resolveCallee gives no answer. Each case lists every call of its snippet, in order.
 */
const probeWith = (candidateNames: ReadonlySet<string>) =>
  ESLintUtils.RuleCreator.withoutDocs({
    meta: {
      type: 'problem',
      schema: [],
      messages: { resolved: '{{text}}' },
    },
    defaultOptions: [],
    create(context) {
      function visit(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') return;
        const result = resolveCallee(context, node, candidateNames);
        const answer = result
          ? `${result.module}#${result.owner ? `${result.owner}.` : ''}${result.name} (${result.via})`
          : 'null';
        context.report({
          node,
          messageId: 'resolved',
          data: { text: `${context.sourceCode.getText(node.callee)} -> ${answer}` },
        });
      }
      return { CallExpression: visit, NewExpression: visit };
    },
  });

const probe = probeWith(FS_API_NAMES);

type Case = InvalidTestCase<'resolved', []>;

/** A case whose calls resolve (or not) as listed, in source order. */
function resolves(code: string, ...answers: string[]): Case {
  return { code, errors: answers.map((text) => ({ messageId: 'resolved' as const, data: { text } })) };
}

/**
 * The same case linted as plain JavaScript (`file.js`), only without types:
 * the fixture tsconfig lists `file.js`, but TypeScript drops it from the
 * program because `file.ts` (whose output it would be) exists.
 */
function asJs(test: Case): Case {
  return { ...test, filename: 'file.js' };
}

/** Answers that both sources give: import/require tracking answers first, with or without types. */
const both: Case[] = [
  resolves(
    `import { existsSync } from 'fs';
existsSync(p);`,
    'existsSync -> fs#existsSync (imports)',
  ),
  resolves(
    `import { existsSync } from 'node:fs';
existsSync(p);`,
    'existsSync -> fs#existsSync (imports)',
  ),
  resolves(
    `import { existsSync as exists, writeFileSync as save } from 'node:fs';
if (!exists(p)) save(p, 'x');`,
    'exists -> fs#existsSync (imports)',
    'save -> fs#writeFileSync (imports)',
  ),
  resolves(
    `import * as fs from 'node:fs';
fs.existsSync(p);
fs.promises.writeFile(p, 'x');`,
    'fs.existsSync -> fs#existsSync (imports)',
    'fs.promises.writeFile -> fs/promises#writeFile (imports)',
  ),
  resolves(
    `import fs from 'fs';
fs.mkdirSync(p);`,
    'fs.mkdirSync -> fs#mkdirSync (imports)',
  ),
  resolves(
    `import { promises } from 'fs';
promises.rm(p);`,
    'promises.rm -> fs/promises#rm (imports)',
  ),
  resolves(
    `import { promises as fsp } from 'node:fs';
await fsp.access(p);`,
    'fsp.access -> fs/promises#access (imports)',
  ),
  resolves(
    `import { mkdir } from 'fs/promises';
import * as fsp from 'node:fs/promises';
await mkdir(p);
await fsp.unlink(p);`,
    'mkdir -> fs/promises#mkdir (imports)',
    'fsp.unlink -> fs/promises#unlink (imports)',
  ),
  resolves(
    `import fsp from 'node:fs/promises';
await fsp.stat(p);`,
    'fsp.stat -> fs/promises#stat (imports)',
  ),
  resolves(
    `import fse from 'fs-extra';
await fse.pathExists(p);
fse.writeFileSync(p, 'x');
await fse.promises.writeFile(p, 'x');`,
    'fse.pathExists -> fs-extra#pathExists (imports)',
    'fse.writeFileSync -> fs-extra#writeFileSync (imports)',
    'fse.promises.writeFile -> fs/promises#writeFile (imports)',
  ),
  resolves(
    `import fse from 'fs-extra/esm';
await fse.pathExists(p);`,
    'fse.pathExists -> fs-extra#pathExists (imports)',
  ),
  resolves(
    `import * as fse from 'fs-extra';
import { outputFile, pathExistsSync } from 'fs-extra';
fse.existsSync(p);
pathExistsSync(p);
await outputFile(p, 'x');`,
    'fse.existsSync -> fs-extra#existsSync (imports)',
    'pathExistsSync -> fs-extra#pathExistsSync (imports)',
    'outputFile -> fs-extra#outputFile (imports)',
  ),
  resolves(
    `import * as fs from 'node:fs';
const { existsSync, writeFileSync: write } = fs;
if (!existsSync(p)) write(p, 'x');`,
    'existsSync -> fs#existsSync (imports)',
    'write -> fs#writeFileSync (imports)',
  ),
  resolves(
    `import * as fs from 'node:fs';
fs?.existsSync?.(p);
fs['existsSync'](p);
fs[\`unlinkSync\`](p);`,
    'fs?.existsSync -> fs#existsSync (imports)',
    "fs['existsSync'] -> fs#existsSync (imports)",
    'fs[`unlinkSync`] -> fs#unlinkSync (imports)',
  ),
  resolves(
    `import * as fs from 'node:fs';
const name = 'existsSync';
fs[name](p);`,
    // A computed member with a non-literal key has no name: the cheap filter rejects it.
    'fs[name] -> null',
  ),
  resolves(
    `import { existsSync } from 'node:fs';
function check(existsSync: (p: string) => boolean) {
  return existsSync(p);
}
existsSync(p);`,
    // The parameter shadows the import (and with types it is a local function type).
    'existsSync -> null',
    'existsSync -> fs#existsSync (imports)',
  ),
  resolves(
    `function existsSync(p: string) {
  return p.length > 0;
}
const store = { writeFileSync(key: string, value: string) {} };
existsSync(p);
store.writeFileSync(p, 'x');`,
    'existsSync -> null',
    'store.writeFileSync -> null',
  ),
  resolves(
    `import { existsSync } from 'node:fs';
existsSync(p, 1, 2);
const n: number = existsSync;`,
    // Type errors in the snippet: still resolved, no crash.
    'existsSync -> fs#existsSync (imports)',
  ),
  resolves(
    `import { existsSync } from 'node:fs';
new existsSync(p);`,
    'existsSync -> fs#existsSync (imports)',
  ),
  resolves(
    `import { existsSync } from 'not-fs';
import * as other from 'node:querystring';
existsSync(p);
other.escape(p);`,
    'existsSync -> null',
    'other.escape -> null',
  ),
];

/** `require` with no declared globals (an unresolved reference) and with Node's `require` declared. */
const requireCases: Case[] = [
  resolves(
    `const fs = require('fs');
const { unlinkSync } = require('node:fs');
const { mkdir: makeDir } = require('fs/promises');
const fse = require('fs-extra');
fs.existsSync(p);
unlinkSync(p);
makeDir(p);
fse.pathExists(p);
require('fs').writeFileSync(p, 'x');
require('node:fs').promises.rm(p);`,
    'fs.existsSync -> fs#existsSync (imports)',
    'unlinkSync -> fs#unlinkSync (imports)',
    'makeDir -> fs/promises#mkdir (imports)',
    'fse.pathExists -> fs-extra#pathExists (imports)',
    "require('fs').writeFileSync -> fs#writeFileSync (imports)",
    "require('node:fs').promises.rm -> fs/promises#rm (imports)",
  ),
  resolves(
    `function f(require: (id: string) => any) {
  const fs = require('fs');
  fs.existsSync(p);
}`,
    // A local `require` is no module loader.
    'fs.existsSync -> null',
  ),
];

const withDeclaredRequire = (test: Case): Case => ({
  ...test,
  languageOptions: { globals: { require: 'readonly' } },
});

/** Only type information can answer these; without it, nothing resolves. */
const typesOnly: Case[] = [
  resolves(
    `import { pathIsThere, saveFile, makeDir } from './fs-helpers.js';
if (!pathIsThere(p)) saveFile(p, 'x');
await makeDir(p);`,
    'pathIsThere -> fs#existsSync (types)',
    'saveFile -> fs#writeFileSync (types)',
    'makeDir -> fs/promises#mkdir (types)',
  ),
  resolves(
    `import * as helpers from './fs-helpers.js';
helpers.pathIsThere(p);`,
    'helpers.pathIsThere -> fs#existsSync (types)',
  ),
  resolves(
    `export const check = (f: typeof import('node:fs'), p: string) => f.existsSync(p);
export async function make(fsp: typeof import('fs/promises'), p: string) {
  await fsp.mkdir(p);
}`,
    'f.existsSync -> fs#existsSync (types)',
    'fsp.mkdir -> fs/promises#mkdir (types)',
  ),
  resolves(
    `import type { Stats } from 'node:fs';
import type * as fse from 'fs-extra';
export async function f(extra: typeof fse, p: string) {
  await extra.pathExists(p);
  extra.mkdirSync(p);
}`,
    'extra.pathExists -> fs-extra#pathExists (types)',
    // fs-extra's types re-export node:fs: the declaration is fs's own.
    'extra.mkdirSync -> fs#mkdirSync (types)',
  ),
  resolves(
    `export function f(fs: typeof import('node:fs'), p: string) {
  const { existsSync, unlinkSync: remove } = fs;
  const write = fs.writeFileSync;
  if (!existsSync(p)) write(p, 'x');
  remove(p);
}`,
    'existsSync -> fs#existsSync (types)',
    'write -> fs#writeFileSync (types)',
    'remove -> fs#unlinkSync (types)',
  ),
];

/** Dynamic imports, built-in module getters and method owners: types only. */
typesOnly.push(
  resolves(
    `const fs = process.getBuiltinModule('node:fs');
fs.existsSync(p);`,
    'process.getBuiltinModule -> null',
    'fs.existsSync -> fs#existsSync (types)',
  ),
  resolves(
    `export async function f(p: string) {
  const fs = await import('node:fs');
  const { mkdir } = await import('fs/promises');
  fs.existsSync(p);
  fs.promises.rm(p);
  await mkdir(p);
}`,
    'fs.existsSync -> fs#existsSync (types)',
    'fs.promises.rm -> fs/promises#rm (types)',
    'mkdir -> fs/promises#mkdir (types)',
  ),
  resolves(
    `import { open } from 'node:fs/promises';
export async function f(p: string) {
  const handle = await open(p, 'r');
  await handle.stat();
  await handle.writeFile('x');
}`,
    // \`open\` is tracked by import; the handle's methods are FileHandle's, found by type.
    'open -> fs/promises#open (imports)',
    'handle.stat -> fs/promises#FileHandle.stat (types)',
    'handle.writeFile -> fs/promises#FileHandle.writeFile (types)',
  ),
);

/** Near misses that resolve to nothing, with and without types. */
const nowhere: Case[] = [
  resolves(
    `import { pathIsThere } from './missing.js';
import * as gone from './gone.js';
const write = notDeclared.writeFileSync;
pathIsThere(p);
gone.existsSync(p);
write(p, 'x');`,
    // Unresolvable modules and values in a snippet with type errors: no answer, no crash.
    'pathIsThere -> null',
    'gone.existsSync -> null',
    'write -> null',
  ),
  resolves(
    `export function f(fs: any, p: string) {
  fs.existsSync(p);
}`,
    'fs.existsSync -> null',
  ),
  resolves(
    `export function f(fs: unknown, p: string) {
  (fs as any).existsSync(p);
  // @ts-expect-error: unknown has no members
  fs.existsSync(p);
}`,
    '(fs as any).existsSync -> null',
    'fs.existsSync -> null',
  ),
  resolves(
    `export function f(p: string) {
  // An undeclared global with a catalog name.
  existsSync(p);
  fs.writeFileSync(p, 'x');
}`,
    'existsSync -> null',
    'fs.writeFileSync -> null',
  ),
  resolves(
    `import { existsSync } from 'node:fs';
function own(existsSync: number) {
  return existsSync;
}
export const f = (p: string) => {
  const existsSync = (q: string) => q === p;
  return existsSync(p);
};`,
    'existsSync -> null',
  ),
  resolves(
    `const store = { writeFileSync: (key: string, value: string) => key + value };
export function f(p: string) {
  const write = store.writeFileSync;
  const { writeFileSync: save } = store;
  write(p, 'x');
  save(p, 'x');
}`,
    // Aliases of a candidate name are looked at with types, and are the project's own.
    'write -> null',
    'save -> null',
  ),
  resolves(
    `class Store {
  existsSync(p: string) { return p.length > 0; }
}
new Store().existsSync(p);`,
    'new Store().existsSync -> null',
    'Store -> null',
  ),
];

/** Without types, what only types answered stays unresolved: `<callee> -> null`. */
function withoutTypes(test: Case): Case {
  const errors = test.errors.map((error) => {
    const text = String(error.data?.['text']);
    if (!text.endsWith('(types)')) return error;
    return { ...error, data: { text: `${text.split(' -> ')[0] ?? ''} -> null` } };
  });
  return { ...test, errors };
}

const typed = typedRuleTester();

typed.run('resolveCallee (with types)', probe, {
  valid: [],
  invalid: [
    ...both,
    ...requireCases,
    ...requireCases.map(withDeclaredRequire),
    ...typesOnly,
    ...nowhere,
  ],
});

untypedRuleTester().run('resolveCallee (without types)', probe, {
  valid: [],
  invalid: [
    ...both,
    ...both.slice(0, 4).map(asJs),
    ...requireCases,
    ...requireCases.map(withDeclaredRequire),
    ...typesOnly.map(withoutTypes),
    ...nowhere,
  ],
});

/**
 * `candidateNames` gates the type lookup only: a tracked import answers even
 * when its name is not a candidate (no-unbounded-concurrency relies on this to
 * keep `map`/`all` out of type queries), while the types answer only for candidates.
 */
const narrowCases: Case[] = [
  resolves(
    `import { writeFileSync as save } from 'node:fs';
import { saveFile, pathIsThere } from './fs-helpers.js';
save(p, 'x');
saveFile(p, 'x');
pathIsThere(p);`,
    'save -> fs#writeFileSync (imports)',
    'saveFile -> null',
    'pathIsThere -> fs#existsSync (types)',
  ),
];

typed.run('resolveCallee with candidate names [existsSync]', probeWith(new Set(['existsSync'])), {
  valid: [],
  invalid: narrowCases,
});
