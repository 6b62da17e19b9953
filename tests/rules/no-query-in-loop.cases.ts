import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/no-query-in-loop.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(ids: number[]) {
  const result = await pool.query('SELECT * FROM items WHERE id = ANY($1)', [ids]);
  return result.rows;
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
declare function notify(id: number): Promise<void>;
export async function run(ids: number[]) {
  await pool.query('SELECT 1');
  for (const id of ids) await notify(id);
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(ids: number[]) {
  return Promise.all(ids.map((id) => pool.query('SELECT * FROM items WHERE id = $1', [id])));
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export function schedule(ids: number[]) {
  for (const id of ids) {
    setTimeout(async () => {
      await pool.query('DELETE FROM t WHERE id = $1', [id]);
    }, 1000);
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function migrate() {
  for (const table of ['users', 'orders', 'items']) {
    await pool.query('TRUNCATE ' + table);
  }
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function seed() {
  for (let i = 0; i < 3; i++) await db('shards').insert({ n: i });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
declare function sleep(ms: number): Promise<void>;
export async function connectWithRetry() {
  for (;;) {
    try {
      await pool.query('SELECT 1');
      break;
    } catch {
      await sleep(1000);
    }
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function fetchWithRetry(id: number) {
  while (true) {
    try {
      return await pool.query('SELECT * FROM t WHERE id = $1', [id]);
    } catch (error) {
      console.error(error);
    }
  }
}`,
  `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://db');
const jobs = client.db('app').collection('jobs');
export async function enqueue(chunks: { name: string }[][]) {
  for (const chunk of chunks) await jobs.insertMany(chunk);
}`,
  `const api = { query: async (q: string) => q };
export async function run(qs: string[]) {
  for (const q of qs) await api.query(q);
}`,
  `export async function run(db: any, ids: number[]) {
  for (const id of ids) await db.query('SELECT 1', [id]);
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function run(ids: number[]) {
  for (const id of ids) {
    const client = await pool.connect();
    client.release();
    console.log(id);
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function wait() {
  let n = 0;
  while ((await pool.query('SELECT count(*) FROM jobs')).rowCount === 0) n += 1;
  return n;
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function build(ids: number[]) {
  const queries = [];
  for (const id of ids) queries.push(db('t').where({ id }));
  return db.transaction(async (trx) => trx('t').whereIn('id', ids));
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function load(ids: number[]) {
  return db('users').whereIn('id', ids);
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function broken(ids: number) {
  for (const id of ids) await undefinedThing.query(id);
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function load(ids: number[]) {
  const rows = [];
  for (const id of ids) {
    const result = await pool.query('SELECT * FROM items WHERE id = $1', [id]);
    rows.push(result.rows[0]);
  }
  return rows;
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 6,
        column: 20,
        endLine: 6,
        endColumn: 79,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool as PgPool } from 'pg';
const db = new PgPool();
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i++) {
    await db.query('UPDATE items SET seen = true WHERE id = $1', [ids[i]]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 75,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as pg from 'pg';
const pool = new pg.Pool();
export async function drain(queue: string[]) {
  while (queue.length > 0) {
    const name = queue.shift();
    await pool.query('INSERT INTO names(name) VALUES ($1)', [name]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'while' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 68,
        suggestions: [],
      },
    ],
  },
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
export async function save(users: { name: string }[]) {
  for (const user of users) await pool.query('INSERT INTO users(name) VALUES ($1)', [user.name]);
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 4,
        column: 29,
        endLine: 4,
        endColumn: 97,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function saveAll(settings: Record<string, string>) {
  for (const key in settings) {
    await db('settings').insert({ key, value: settings[key] });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'knex', loop: 'for…in' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 63,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function archive(batches: number[][]) {
  await db.transaction(async (trx) => {
    let batch = batches.pop();
    do {
      await trx('orders').where('id', batch?.[0] ?? 0).update({ archived: true });
      batch = batches.pop();
    } while (batch);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'knex', loop: 'do…while' },
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 82,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function move(ids: number[]) {
  const client = await pool.connect();
  try {
    for (const id of ids) await client.query('DELETE FROM items WHERE id = $1', [id]);
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 6,
        column: 27,
        endLine: 6,
        endColumn: 86,
        suggestions: [],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
export async function names(ids: string[]) {
  const out: unknown[] = [];
  for (const id of ids) out.push(await User.findById(id));
  return out;
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'mongoose', loop: 'for…of' },
        line: 5,
        column: 34,
        endLine: 5,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://db');
const jobs = client.db('app').collection('jobs');
export async function enqueue(names: string[]) {
  for (const name of names) {
    await jobs.insertOne({ name });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'mongodb', loop: 'for…of' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://db');
export async function bump(ids: number[]) {
  for (const id of ids) await sequelize.query('UPDATE counters SET n = n + 1 WHERE id = ' + id);
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'sequelize', loop: 'for…of' },
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 96,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function grant(users: string[]) {
  for (const user of users) {
    for (const role of ['read', 'write']) {
      await pool.query('INSERT INTO grants VALUES ($1, $2)', [user, role]);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 75,
        suggestions: [],
      },
    ],
  },
  {
    code: `import Redis from 'ioredis';
const redis = new Redis();
export async function lookup(keys: string[]) {
  const values: (string | null)[] = [];
  for (const key of keys) values.push(await redis.get(key));
  return values;
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'ioredis', loop: 'for…of' },
        line: 5,
        column: 39,
        endLine: 5,
        endColumn: 59,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
export class Repo {
  private readonly pool = new Pool();
  async save(names: string[]) {
    for (const name of names) await this.pool.query('INSERT INTO t(name) VALUES ($1)', [name]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 5,
        column: 31,
        endLine: 5,
        endColumn: 95,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function importLines(lines: AsyncIterable<string>) {
  for await (const line of lines) {
    await pool.query('INSERT INTO lines(text) VALUES ($1)', [line]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 68,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Model } from 'sequelize';
class User extends Model {}
export async function names(ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await User.findByPk(id));
  return out;
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'sequelize', loop: 'for…of' },
        line: 5,
        column: 34,
        endLine: 5,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function tryAll(ids: number[]) {
  for (const id of ids) {
    try {
      await pool.query('DELETE FROM t WHERE id = $1', [id]);
    } catch (error) {
      console.error(error);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  // A page of results still makes one query per row: a limit bounds how many run at once, not how many run.
  {
    code: `import { Pool } from 'pg';
import knex from 'knex';
const pool = new Pool();
const db = knex({ client: 'pg' });
export async function touchRecent() {
  const rows = await db('items').orderBy('id', 'desc').limit(50);
  for (const row of rows) {
    await pool.query('UPDATE items SET seen = true WHERE id = $1', [row.id]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 77,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { PoolClient } from 'pg';
export async function tag(client: PoolClient, ids: number[]) {
  for (const id of ids) await client.query('UPDATE t SET tagged = true WHERE id = $1', [id]);
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 93,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { Repository } from 'typeorm';
export async function persist(repo: Repository<{ id: number }>, rows: { id: number }[]) {
  for (const row of rows) await repo.save(row);
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'typeorm', loop: 'for…of' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function users(ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await prisma.user.findUnique({ where: { id } }));
  return out;
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'prisma', loop: 'for…of' },
        line: 5,
        column: 34,
        endLine: 5,
        endColumn: 81,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PgPool } from './db-helpers.js';
const pool = new PgPool();
export async function touch(ids: number[]) {
  for (const id of ids) await pool.query('UPDATE t SET seen = true WHERE id = $1', [id]);
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 89,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const { Pool } = require('pg');
const pool = new Pool();
async function load(ids) {
  const { rows } = await pool.query('SELECT * FROM t WHERE id = ANY($1)', [ids]);
  return rows;
}
module.exports = { load };`,
  `const db = require('./local-db');
async function save(rows) {
  for (const row of rows) await db.query('INSERT INTO t VALUES ($1)', [row]);
}
module.exports = { save };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
async function save(rows) {
  for (const row of rows) await pool.query('INSERT INTO t VALUES ($1)', [row]);
}
module.exports = { save };`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'pg', loop: 'for…of' },
        line: 4,
        column: 27,
        endLine: 4,
        endColumn: 79,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function remove(ids) {
  let i = 0;
  while (i < ids.length) {
    await db('t').where({ id: ids[i] }).del();
    i += 1;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'queryInLoop',
        data: { library: 'knex', loop: 'while' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
];
