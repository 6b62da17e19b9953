import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/no-check-then-write.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { existsSync, readFileSync } from 'node:fs';
export function load(p: string) {
  if (existsSync(p)) return readFileSync(p, 'utf8');
  return null;
}`,
  `import { existsSync, mkdirSync } from 'node:fs';
export function ensure(dir: string) {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
}`,
  `import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
export function log(p: string, line: string) {
  if (!existsSync(p)) appendFileSync(p, 'header\\n');
  if (!existsSync(p)) writeFileSync(p, line, { flag: 'a' });
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string, data: string) {
  if (!existsSync(p)) writeFileSync(p, data, { flag: 'wx' });
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function copyTo(a: string, b: string, data: string) {
  if (!existsSync(a)) writeFileSync(b, data);
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(first: string, second: string, data: string) {
  let target = first;
  const taken = existsSync(target);
  target = second;
  if (!taken) writeFileSync(target, data);
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string, data: string) {
  if (existsSync(p)) {
    console.warn('overwriting', p);
  }
  writeFileSync(p, data);
}`,
  `import { writeFileSync } from 'node:fs';
function existsSync(key: string) {
  return key.length > 0;
}
export function save(p: string, data: string) {
  if (!existsSync(p)) writeFileSync(p, data);
}`,
  `const store = {
  existsSync: (key: string) => key.length > 3,
  writeFileSync: (key: string, value: string) => console.log(key, value),
};
export function save(key: string, value: string) {
  if (!store.existsSync(key)) store.writeFileSync(key, value);
}`,
  `import { existsSync, rmSync } from 'node:fs';
export function clean(p: string) {
  if (existsSync(p)) rmSync(p, { force: true, recursive: true });
}`,
  `import { access, writeFile } from 'node:fs/promises';
export async function save(p: string) {
  try {
    await access(p);
  } catch {}
  await writeFile(p, '{}');
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function has(p: string) {
  return existsSync(p);
}
export function put(p: string) {
  writeFileSync(p, '');
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string) {
  writeFileSync(p, '');
  if (existsSync(p)) console.log('saved');
}`,
  `import { constants, copyFileSync, existsSync } from 'node:fs';
export function seed(src: string, dest: string) {
  if (!existsSync(dest)) copyFileSync(src, dest, constants.COPYFILE_EXCL);
}`,
  `import { closeSync, existsSync, openSync } from 'node:fs';
export function peek(p: string) {
  if (existsSync(p)) closeSync(openSync(p, 'r'));
}`,
  `import { existsSync, mkdirSync, type MakeDirectoryOptions } from 'node:fs';
export function ensure(dir: string, options: MakeDirectoryOptions) {
  if (!existsSync(dir)) mkdirSync(dir, options);
}`,
  `import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export function spill(dir: string, data: string) {
  if (!existsSync(path.join(dir, randomUUID()))) writeFileSync(path.join(dir, randomUUID()), data);
}`,
  `import fs from 'node:fs';
export function init(a: string, b: string) {
  fs.access(a, (error) => {
    if (error) fs.writeFile(b, '{}', () => {});
  });
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function mark(files: string[]) {
  const missing: string[] = [];
  for (const f of files) if (!existsSync(f)) missing.push(f);
  for (const f of files) writeFileSync(f, '');
  return missing;
}`,
  `import { existsSync, writeFile } from 'node:fs/promises';
export async function save(p: string, data: string) {
  // @ts-expect-error existsSync is not in fs/promises: a type error must not crash the rule
  if (!existsSync(p)) await writeFile(p, data, { flag: 'wx' });
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: any, data: unknown) {
  if (!existsSync(p?.path)) writeFileSync(p?.other, String(data));
}`,
  `import { statSync, writeFileSync } from 'node:fs';
export function grow(p: string) {
  const size = statSync(p).size;
  writeFileSync(p, 'x'.repeat(size + 1));
}`,
  `import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
export function prepare(file: string) {
  if (!existsSync(file)) mkdirSync(path.dirname(file), { recursive: true });
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string, data: string) {
  if (!existsSync(p)) writeFileSync(p, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'suggestExclusiveWrite',
            output: `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string, data: string) {
  try {
    writeFileSync(p, data, { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync as exists, mkdirSync as mk } from 'fs';
export function ensure(dir: string) {
  if (!exists(dir)) mk(dir);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `import { existsSync as exists, mkdirSync as mk } from 'fs';
export function ensure(dir: string) {
  mk(dir, { recursive: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as fs from 'node:fs';
export function drop(p: string) {
  if (fs.existsSync(p)) fs.unlinkSync(p);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenRemove',
        data: { mutation: 'unlinkSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'suggestForceRemove',
            data: { mutation: 'unlinkSync', replacement: 'rmSync' },
            output: `import * as fs from 'node:fs';
export function drop(p: string) {
  fs.rmSync(p, { force: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync, unlinkSync } from 'fs';
export function drop(p: string) {
  if (existsSync(p)) {
    unlinkSync(p);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenRemove',
        data: { mutation: 'unlinkSync', check: 'existsSync', line: 3 },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'suggestForceRemove',
            data: { mutation: 'unlinkSync', replacement: 'rmSync' },
            output: `import { existsSync, unlinkSync, rmSync } from 'fs';
export function drop(p: string) {
  rmSync(p, { force: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function create(p: string, data: string) {
  if (existsSync(p)) return false;
  writeFileSync(p, data);
  return true;
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function create(p: string, data: string, force: boolean) {
  if (!force) {
    if (existsSync(p)) throw new Error(p + ' exists');
  }
  writeFileSync(p, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 4 },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { access, writeFile } from 'node:fs/promises';
export async function init(p: string) {
  try {
    await access(p);
  } catch {
    await writeFile(p, '{}');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFile', check: 'access', line: 4 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fs from 'node:fs';
export async function ensure(dir: string) {
  try {
    await fs.promises.stat(dir);
  } catch {
    await fs.promises.mkdir(dir);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdir', check: 'stat', line: 4 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fs from 'fs';
export function init(p: string) {
  fs.access(p, (error) => {
    if (error) fs.writeFile(p, '{}', () => {});
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFile', check: 'access', line: 3 },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function save(p: string, data: string) {
  const exists = existsSync(p);
  if (!exists) {
    writeFileSync(p, data, 'utf8');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fse from 'fs-extra';
export async function publish(p: string, html: string) {
  if (!(await fse.pathExists(p))) await fse.outputFile(p, html);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'outputFile', check: 'pathExists', line: 3 },
        line: 3,
        column: 41,
        endLine: 3,
        endColumn: 64,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fse from 'fs-extra';
export async function ensure(dir: string) {
  if (!(await fse.pathExists(dir))) await fse.mkdir(dir);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdir', check: 'pathExists', line: 3 },
        line: 3,
        column: 43,
        endLine: 3,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `import fse from 'fs-extra';
export async function ensure(dir: string) {
  await fse.mkdir(dir, { recursive: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as fse from 'fs-extra';
export async function save(p: string, data: string) {
  if (!(await fse.pathExists(p))) {
    await fse.writeFile(p, data, { encoding: 'utf8' });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFile', check: 'pathExists', line: 3 },
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'suggestExclusiveWrite',
            output: `import * as fse from 'fs-extra';
export async function save(p: string, data: string) {
  try {
    await fse.writeFile(p, data, { flag: 'wx', encoding: 'utf8' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync, renameSync } from 'node:fs';
export function promote(from: string, to: string) {
  if (!existsSync(to)) renameSync(from, to);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMove',
        data: { mutation: 'renameSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 44,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, symlinkSync } from 'node:fs';
export function link(target: string, current: string) {
  if (!existsSync(current)) symlinkSync(target, current);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenLink',
        data: { mutation: 'symlinkSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 29,
        endLine: 3,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { closeSync, existsSync, openSync } from 'node:fs';
export function touch(p: string) {
  if (!existsSync(p)) {
    closeSync(openSync(p, 'w'));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'openSync', check: 'existsSync', line: 3 },
        line: 4,
        column: 15,
        endLine: 4,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fs from 'node:fs';
export function logTo(p: string) {
  if (fs.existsSync(p)) throw new Error('log exists');
  return fs.createWriteStream(p);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'createWriteStream', check: 'existsSync', line: 3 },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { copyFileSync, existsSync } from 'node:fs';
export function seed(src: string, dest: string) {
  if (!existsSync(dest)) copyFileSync(src, dest);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'copyFileSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, rmSync } from 'node:fs';
export function clean(dir: string) {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenRemove',
        data: { mutation: 'rmSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
export async function lock(file: string) {
  while (existsSync(file)) await sleep(10);
  writeFileSync(file, String(process.pid));
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 4 },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { access, writeFile } from 'node:fs/promises';
export function init(p: string) {
  return access(p).then(
    () => undefined,
    () => writeFile(p, '{}'),
  );
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFile', check: 'access', line: 3 },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, mkdirSync } from 'node:fs';
export class Store {
  constructor(private readonly dir: string) {}
  prepare() {
    if (!existsSync(this.dir)) mkdirSync(this.dir, 0o700);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'existsSync', line: 5 },
        line: 5,
        column: 32,
        endLine: 5,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `import { existsSync, mkdirSync } from 'node:fs';
export class Store {
  constructor(private readonly dir: string) {}
  prepare() {
    mkdirSync(this.dir, { mode: 0o700, recursive: true });
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export class Cache {
  constructor(private readonly root: string) {}
  private file(key: string) {
    return path.join(this.root, key + '.json');
  }
  put(key: string, value: unknown) {
    if (existsSync(this.file(key))) return;
    writeFileSync(this.file(key), JSON.stringify(value));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 9 },
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function mark(dir: string, id: string) {
  if (!existsSync(\`\${dir}/\${id}.done\`)) writeFileSync(\`\${dir}/\${id}.done\`, '');
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 41,
        endLine: 3,
        endColumn: 79,
        suggestions: [
          {
            messageId: 'suggestExclusiveWrite',
            output: `import { existsSync, writeFileSync } from 'node:fs';
export function mark(dir: string, id: string) {
  try {
    writeFileSync(\`\${dir}/\${id}.done\`, '', { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { mkdirSync, statSync } from 'node:fs';
export function ensure(dir: string) {
  try {
    statSync(dir);
  } catch {
    mkdirSync(dir);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'statSync', line: 4 },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fs from 'node:fs';
export function link(target: string, at: string) {
  fs.lstat(at, (error) => {
    if (!error) return;
    fs.symlink(target, at, () => {});
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenLink',
        data: { mutation: 'symlink', check: 'lstat', line: 3 },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { existsSync, mkdir } from 'node:fs';
export function ensure(dir: string, done: () => void) {
  if (!existsSync(dir)) mkdir(dir, done);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdir', check: 'existsSync', line: 3 },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { pathIsThere, saveFile } from './fs-helpers.js';
export function save(p: string, data: string) {
  if (!pathIsThere(p)) saveFile(p, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'suggestExclusiveWrite',
            output: `import { pathIsThere, saveFile } from './fs-helpers.js';
export function save(p: string, data: string) {
  try {
    saveFile(p, data, { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}`,
          },
        ],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `function save(p, data) {
  if (!existsSync(p)) writeFileSync(p, data);
}`,
  `const fs = require('fs');
function load(p) {
  if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8');
}`,
  `import { existsSync, writeFileSync } from 'node:fs';
export function save(p, data, options) {
  if (!existsSync(p)) writeFileSync(p, data, options);
}`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const fs = require('fs');
function ensure(dir) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 28,
        endLine: 3,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `const fs = require('fs');
function ensure(dir) {
  fs.mkdirSync(dir, { recursive: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const { existsSync: exists, unlinkSync } = require('node:fs');
function drop(p) {
  if (exists(p)) unlinkSync(p);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenRemove',
        data: { mutation: 'unlinkSync', check: 'existsSync', line: 3 },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestForceRemove',
            data: { mutation: 'unlinkSync', replacement: 'rmSync' },
            output: `const { existsSync: exists, unlinkSync, rmSync } = require('node:fs');
function drop(p) {
  rmSync(p, { force: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { promises as fsp } from 'fs';
export async function init(p) {
  try {
    await fsp.access(p);
  } catch {
    await fsp.writeFile(p, '{}');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFile', check: 'access', line: 4 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `import fse from 'fs-extra';
export async function drop(p) {
  if (await fse.pathExists(p)) await fse.unlink(p);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenRemove',
        data: { mutation: 'unlink', check: 'pathExists', line: 3 },
        line: 3,
        column: 38,
        endLine: 3,
        endColumn: 51,
        suggestions: [
          {
            messageId: 'suggestForceRemove',
            data: { mutation: 'unlink', replacement: 'rm' },
            output: `import fse from 'fs-extra';
export async function drop(p) {
  await fse.rm(p, { force: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { existsSync, writeFileSync } from 'node:fs';
export function save(p, data) {
  if (existsSync(p)) return;
  writeFileSync(p, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'writeFileSync', check: 'existsSync', line: 3 },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
];
