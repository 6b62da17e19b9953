import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-check-then-write.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Off the request path: module top level, a Nest init hook, the function that starts the server.
  `import { existsSync, mkdirSync } from 'node:fs';
if (!existsSync('uploads')) mkdirSync('uploads');`,
  `import { Injectable, type OnModuleInit } from '@nestjs/common';
import { existsSync, mkdirSync } from 'node:fs';
@Injectable()
export class Storage implements OnModuleInit {
  onModuleInit() {
    if (!existsSync('data')) mkdirSync('data');
  }
}`,
  // A FileHandle method writes its argument as data into an open file: not a path mutation.
  `import { existsSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
export async function note(handle: FileHandle, p: string) {
  if (existsSync(p)) await handle.writeFile(p);
}`,
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
  // The variable holds the path of another key.
  `import fse from 'fs-extra';
export class Store {
  constructor(private readonly dir: string) {}
  filePath(key: string): string {
    return this.dir + '/' + key;
  }
  async put(key: string, other: string, html: string) {
    const filePath = this.filePath(other);
    if (!(await fse.pathExists(this.filePath(key)))) await fse.outputFile(filePath, html);
  }
}`,
  // \`ensureFile\` (\`createFile\`) creates the file only when it is missing and accepts one that exists: the race is harmless.
  `import fse from 'fs-extra';
export async function touch(p: string) {
  if (!(await fse.pathExists(p))) await fse.ensureFile(p);
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
  // The database form: find, then insert into the same model.
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function register(email: string) {
  return prisma.user.upsert({ where: { email }, update: {}, create: { email } });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function rename(email: string, name: string) {
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) await prisma.user.update({ where: { email }, data: { name } });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function order(email: string, total: number) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) throw new Error('no such user');
  await prisma.order.create({ data: { total, userId: user.id } });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function log(email: string) {
  const existing = await prisma.user.findUnique({ where: { email } });
  console.log(existing);
  await prisma.user.create({ data: { email: 'audit+' + email } });
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function subscribe(email: string) {
  const row = await db('subscribers').where({ email }).first();
  if (!row) await db('subscribers').insert({ email }).onConflict('email').ignore();
  if (!row) await db('audit').insert({ email });
}`,
  `import { DataSource } from 'typeorm';
class Tag {
  id!: number;
  name!: string;
}
class Post {
  id!: number;
  tag!: string;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function tagPost(name: string) {
  const tag = await dataSource.getRepository(Tag).findOneBy({ name });
  if (!tag) await dataSource.getRepository(Post).insert({ tag: name });
}`,
  `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  const [member] = await Member.findOrCreate({ where: { email }, defaults: { email } });
  return member;
}`,
  `import mongoose from 'mongoose';
const Profile = mongoose.model('Profile', new mongoose.Schema({ handle: String }));
export async function claim(handle: string) {
  const taken = await Profile.findOne({ handle });
  if (!taken) await Profile.updateOne({ handle }, { $setOnInsert: { handle } }, { upsert: true });
}`,
  `const cache = {
  findOne: (key: string) => (key.length > 3 ? key : null),
  create: (key: string) => key,
};
export function remember(key: string) {
  if (!cache.findOne(key)) cache.create(key);
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export function exists(email: string) {
  return prisma.user.findUnique({ where: { email } });
}
export function add(email: string) {
  return prisma.user.create({ data: { email } });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function add(email: string) {
  await prisma.user.create({ data: { email } });
  const created = await prisma.user.findUnique({ where: { email } });
  if (!created) throw new Error('lost');
}`,
  `import { EntityManager } from '@mikro-orm/core';
class Tag {
  id!: number;
  name!: string;
}
export async function addTag(em: EntityManager, name: string) {
  const found = await em.findOne(Tag, { name });
  if (!found) await em.upsert(Tag, { name });
}`,
  `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  const member = await Member.findOne({ where: { email } });
  if (member) return member;
  return null;
}
export async function add(email: string) {
  return Member.create({ email });
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function subscribe(email: string, list: string) {
  const row = await db('subscribers').where({ email }).first();
  if (!row) await db('lists').insert({ name: list });
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
    // The check names the path through the method, the write through the variable that holds its result.
    code: `import fse from 'fs-extra';
export class Store {
  constructor(private readonly dir: string) {}
  filePath(key: string): string {
    return this.dir + '/' + key;
  }
  async put(key: string, html: string) {
    const filePath = this.filePath(key);
    if (!(await fse.pathExists(this.filePath(key)))) await fse.outputFile(filePath, html);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenCreate',
        data: { mutation: 'outputFile', check: 'pathExists', line: 9 },
        line: 9,
        column: 60,
        endLine: 9,
        endColumn: 90,
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
  // The database form: find, then insert into the same model.
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function subscribe(email: string) {
  const row = await db('subscribers').where({ email }).first();
  if (!row) await db('subscribers').insert({ email });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'insert', model: 'subscribers', check: 'first', line: 4 },
        line: 5,
        column: 19,
        endLine: 5,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'insert', replacement: 'onConflict().ignore()' },
            output: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function subscribe(email: string) {
  await db('subscribers').insert({ email }).onConflict(['email']).ignore();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function subscribe(email: string) {
  if (await db('subscribers').where({ email }).first()) throw new Error('taken');
  await db('subscribers').insert({ email, created_at: new Date() });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'insert', model: 'subscribers', check: 'first', line: 4 },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 68,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
class Tag {
  id!: number;
  name!: string;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function addTag(name: string) {
  const tags = dataSource.getRepository(Tag);
  const found = await tags.findOneBy({ name });
  if (!found) await tags.insert({ name });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'insert', model: 'Tag', check: 'findOneBy', line: 9 },
        line: 10,
        column: 21,
        endLine: 10,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'insert', replacement: 'orIgnore' },
            output: `import { DataSource } from 'typeorm';
class Tag {
  id!: number;
  name!: string;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function addTag(name: string) {
  const tags = dataSource.getRepository(Tag);
  await tags.createQueryBuilder().insert().values({ name }).orIgnore().execute();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  const member = await Member.findOne({ where: { email } });
  if (!member) await Member.create({ email });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'Member', check: 'findOne', line: 6 },
        line: 7,
        column: 22,
        endLine: 7,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'findOrCreate' },
            output: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  await Member.findOrCreate({ where: { email }, defaults: { email } });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  const member = await Member.findOne({ where: { email } });
  if (member) return member;
  return Member.create({ email });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'Member', check: 'findOne', line: 6 },
        line: 8,
        column: 10,
        endLine: 8,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'findOrCreate' },
            output: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Member extends Model {}
Member.init({ email: DataTypes.STRING }, { sequelize });
export async function join(email: string) {
  return (await Member.findOrCreate({ where: { email }, defaults: { email } }))[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
const Slot = sequelize.define('Slot', { id: { type: DataTypes.INTEGER, primaryKey: true } });
export async function book(id: number) {
  if ((await Slot.findByPk(id)) === null) {
    await Slot.build({ id }).save();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'save', model: 'Slot', check: 'findByPk', line: 5 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
const Profile = mongoose.model('Profile', new mongoose.Schema({ handle: String }));
export async function claim(handle: string) {
  const taken = await Profile.findOne({ handle }).lean().exec();
  if (!taken) await Profile.create({ handle });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'Profile', check: 'findOne', line: 4 },
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'updateOne with upsert' },
            output: `import mongoose from 'mongoose';
const Profile = mongoose.model('Profile', new mongoose.Schema({ handle: String }));
export async function claim(handle: string) {
  await Profile.updateOne({ handle }, { $setOnInsert: { handle } }, { upsert: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { model, Schema } from 'mongoose';
const Profile = model('Profile', new Schema({ handle: String }));
export async function claim(handle: string) {
  if (await Profile.exists({ handle })) return false;
  await new Profile({ handle }).save();
  return true;
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'save', model: 'Profile', check: 'exists', line: 4 },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
const handles = client.db('app').collection('handles');
export async function claim(handle: string) {
  const taken = await handles.findOne({ handle });
  if (!taken) await handles.insertOne({ handle });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'insertOne', model: 'handles', check: 'findOne', line: 5 },
        line: 6,
        column: 21,
        endLine: 6,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'insertOne', replacement: 'updateOne with upsert' },
            output: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
const handles = client.db('app').collection('handles');
export async function claim(handle: string) {
  await handles.updateOne({ handle }, { $setOnInsert: { handle } }, { upsert: true });
}`,
          },
        ],
      },
    ],
  },
  // Startup code is reported with `contexts: { startup: true }`.
  {
    code: `import { existsSync, mkdirSync } from 'node:fs';
if (!existsSync('uploads')) mkdirSync('uploads');`,
    options: [{ contexts: { startup: true } }],
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'existsSync', line: 2 },
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 49,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `import { existsSync, mkdirSync } from 'node:fs';
mkdirSync('uploads', { recursive: true });`,
          },
        ],
      },
    ],
  },
  // A route handler inside the function that starts the server runs per request.
  {
    code: `import express from 'express';
import { existsSync, mkdirSync } from 'node:fs';
export function startServer() {
  const app = express();
  app.post('/albums/:id', (req, res) => {
    if (!existsSync(req.params.id)) mkdirSync(req.params.id);
    res.end();
  });
  app.listen(3000);
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenMkdir',
        data: { mutation: 'mkdirSync', check: 'existsSync', line: 6 },
        line: 6,
        column: 37,
        endLine: 6,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'suggestRecursiveMkdir',
            output: `import express from 'express';
import { existsSync, mkdirSync } from 'node:fs';
export function startServer() {
  const app = express();
  app.post('/albums/:id', (req, res) => {
    mkdirSync(req.params.id, { recursive: true });
    res.end();
  });
  app.listen(3000);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Repository } from 'typeorm';
class Tag {
  id!: number;
  name!: string;
}
export class Tags {
  constructor(private readonly tags: Repository<Tag>) {}
  async add(name: string) {
    if (await this.tags.existsBy({ name })) return;
    await this.tags.save(this.tags.create({ name }));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'save', model: 'this.tags', check: 'existsBy', line: 9 },
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { EntityManager } from 'typeorm';
class Tag {
  id!: number;
  name!: string;
}
export async function addTag(manager: EntityManager, name: string) {
  const found = await manager.findOneBy(Tag, { name });
  if (found === null) await manager.save(Tag, { name });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'save', model: 'Tag', check: 'findOneBy', line: 7 },
        line: 8,
        column: 29,
        endLine: 8,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { EntityManager } from '@mikro-orm/core';
class Tag {
  id!: number;
  name!: string;
}
export async function addTag(em: EntityManager, name: string) {
  const found = await em.findOne(Tag, { name });
  if (!found) {
    em.create(Tag, { name });
    await em.flush();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'Tag', check: 'findOne', line: 7 },
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 29,
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
  // The database form: find, then insert into the same model.
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function register(email: string) {
  const existing = await prisma.user.findUnique({ where: { email } });
  if (!existing) await prisma.user.create({ data: { email } });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findUnique', line: 4 },
        line: 5,
        column: 24,
        endLine: 5,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'upsert' },
            output: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function register(email: string) {
  await prisma.user.upsert({ where: { email }, update: {}, create: { email } });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function findOrCreate(email: string, name: string) {
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) return existing;
  return prisma.user.create({ data: { email, name } });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findUnique', line: 4 },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'upsert' },
            output: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function findOrCreate(email: string, name: string) {
  return prisma.user.upsert({ where: { email }, update: {}, create: { email, name } });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function invite(email: string) {
  if (!(await prisma.user.findFirst({ where: { email } }))) {
    await prisma.user.create({ data: { email } });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findFirst', line: 4 },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function seedOrder(userId: number) {
  const orders = await prisma.order.count({ where: { userId } });
  if (orders === 0) await prisma.order.create({ data: { userId, total: 0 } });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'order', check: 'count', line: 4 },
        line: 5,
        column: 27,
        endLine: 5,
        endColumn: 78,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function ensure(email: string) {
  try {
    return await prisma.user.findUniqueOrThrow({ where: { email } });
  } catch {
    return prisma.user.create({ data: { email } });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findUniqueOrThrow', line: 5 },
        line: 7,
        column: 12,
        endLine: 7,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export function claim(email: string) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    return user ? user : tx.user.create({ data: { email } });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findUnique', line: 5 },
        line: 6,
        column: 26,
        endLine: 6,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  // The function that starts the server, called at module level.
  `const fs = require('fs');
const http = require('http');
function main() {
  if (!fs.existsSync('logs')) fs.mkdirSync('logs');
  http.createServer(() => {}).listen(8080);
}
main();`,
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
  // The database form: find, then insert into the same model.
  `const mongoose = require('mongoose');
const Profile = mongoose.model('Profile', new mongoose.Schema({ handle: String }));
async function claim(handle) {
  const taken = await Profile.findOne({ handle });
  if (taken) await Profile.create({ handle: handle + '-2' });
}
module.exports = { claim };`,
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
  // The database form: find, then insert into the same model.
  {
    code: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
async function register(email) {
  const existing = await prisma.user.findUnique({ where: { email } });
  if (!existing) await prisma.user.create({ data: { email } });
}
module.exports = { register };`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'user', check: 'findUnique', line: 4 },
        line: 5,
        column: 24,
        endLine: 5,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'upsert' },
            output: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
async function register(email) {
  await prisma.user.upsert({ where: { email }, update: {}, create: { email } });
}
module.exports = { register };`,
          },
        ],
      },
    ],
  },
  {
    code: `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
const Member = sequelize.define('Member', { email: DataTypes.STRING });
async function join(email) {
  const count = await Member.count({ where: { email } });
  if (count === 0) await Member.create({ email });
}
module.exports = { join };`,
    output: null,
    errors: [
      {
        messageId: 'checkThenInsert',
        data: { mutation: 'create', model: 'Member', check: 'count', line: 5 },
        line: 6,
        column: 26,
        endLine: 6,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'suggestUpsert',
            data: { mutation: 'create', replacement: 'findOrCreate' },
            output: `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
const Member = sequelize.define('Member', { email: DataTypes.STRING });
async function join(email) {
  await Member.findOrCreate({ where: { email }, defaults: { email } });
}
module.exports = { join };`,
          },
        ],
      },
    ],
  },
];
