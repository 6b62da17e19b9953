import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/require-client-release.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // A connection that is not pooled: nothing in the function releases it, so \`connect()\` is no checkout.
  `import { gateway } from './gateway-made-elsewhere';
export async function publish(message: string) {
  const socket = await gateway.connect();
  await socket.send(message);
}`,
  `import { broker } from './broker-made-elsewhere';
export async function publish(message: string) {
  const channel = await broker.connect();
  await channel.publish(message);
  await channel.close();
}`,
  // Released in \`finally\`: correct, whatever the pool's library.
  `import { pool } from './db-made-elsewhere';
export async function getUser(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
  // An annotation that names a class of the project, not of a DB package.
  `import type { DataSource } from './own-data-source';
export class Orders {
  constructor(private readonly connection: DataSource) {}
  async archive(id: number) {
    const runner = this.connection.createQueryRunner();
    await runner.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function getUser(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
  `import { Pool, type PoolClient } from 'pg';
const pool = new Pool();
export async function touch(id: string) {
  let client: PoolClient | undefined;
  try {
    client = await pool.connect();
    await client.query('UPDATE users SET seen_at = now() WHERE id = $1', [id]);
  } finally {
    client?.release();
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    client.release();
    return rows;
  } catch (error) {
    client.release();
    throw error;
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function getClient() {
  const client = await pool.connect();
  await client.query("SET search_path TO app");
  return client;
}`,
  `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost:27017');
export async function archive(id: string) {
  await using session = mongo.startSession();
  await session.withTransaction(async () => {
    await mongo.db('app').collection('orders').updateOne({ id }, { $set: { archived: true } }, { session });
  });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export function legacy(id: string) {
  pool.connect((error, client, done) => {
    if (error || !client) return done(error);
    client.query('SELECT * FROM users WHERE id = $1', [id], () => done());
  });
}`,
  `import type { ServerResponse } from 'node:http';
import { Pool } from 'pg';
const pool = new Pool();
export async function stream(res: ServerResponse) {
  const client = await pool.connect();
  res.on('close', () => client.release());
  await client.query('LISTEN jobs');
}`,
  `import { Pool, type PoolClient } from 'pg';
const pool = new Pool();
export async function attach(ctx: { db?: PoolClient }) {
  ctx.db = await pool.connect();
  await ctx.db.query('SET statement_timeout = 5000');
}`,
  `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function transfer() {
  const queryRunner = dataSource.createQueryRunner();
  try {
    await queryRunner.connect();
    await queryRunner.startTransaction();
    await queryRunner.query('UPDATE accounts SET balance = balance - 1');
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}`,
  `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({ send: async (line: string) => line.length }), destroy: async () => {} });
export async function ping() {
  const conn = await pool.acquire();
  try {
    return await conn.send('PING');
  } finally {
    await pool.release(conn);
  }
}`,
  `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({ send: async (line: string) => line.length }), destroy: async () => {} });
export async function ping() {
  return pool.use((conn) => conn.send('PING'));
}`,
  `import { Client } from 'pg';
export async function once() {
  const client = new Client();
  await client.connect();
  await client.query('SELECT 1');
  await client.end();
}`,
  `import mongoose from 'mongoose';
export async function boot() {
  const connection = await mongoose.connect('mongodb://localhost/app');
  await connection.syncIndexes();
}`,
  `const pool = { connect: async () => ({ query: async (sql: string) => sql }) };
export async function fake() {
  const client = await pool.connect();
  await client.query('SELECT 1');
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function audit(id: string) {
  const client = await pool.connect();
  console.log('acquired a client for', id);
  try {
    await client.query('INSERT INTO audit (user_id) VALUES ($1)', [id]);
  } finally {
    if (client) client.release();
  }
}`,
  `export async function anyPool(pool: any) {
  const client = await pool.connect();
  await client.query('SELECT 1');
}`,
  `import mysql from 'mysql2';
const pool = mysql.createPool({ host: 'db' });
export function legacy() {
  pool.getConnection((error, conn) => {
    if (error) throw error;
    conn.query('SELECT 1', () => conn.release());
  });
}`,
  `import { createPool } from 'mysql2/promise';
const pool = createPool({ host: 'db' });
export async function save(name: string) {
  const conn = await pool.getConnection();
  try {
    await conn.query('INSERT INTO users (name) VALUES (?)', [name]);
  } catch (error) {
    conn.destroy();
    throw error;
  }
  pool.releaseConnection(conn);
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function rename(id: string, name: string) {
  await prisma.$connect();
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { name } });
  });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
const listener = await pool.connect();
await listener.query('LISTEN jobs');
export async function notify(channel: string) {
  await listener.query('SELECT pg_notify($1, $2)', [channel, 'go']);
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function sweep(ids: string[]) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      if (id.startsWith('tmp')) continue;
      if (id === 'stop') break;
      await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    } finally {
      client.release();
    }
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function broken() {
  // @ts-expect-error connect takes no argument but a callback
  const client = await pool.connect('now');
  try {
    await client.query('SELECT 1');
  } finally {
    client.release();
  }
}`,
  `import knex from 'knex';
import { Sequelize } from 'sequelize';
const db = knex({ client: 'pg' });
const sequelize = new Sequelize('postgres://localhost/app');
export async function counts() {
  await sequelize.authenticate();
  return db('users').count();
}`,
  {
    code: `declare const db: { checkout(): Promise<{ run(sql: string): Promise<void> }>; checkin(conn: unknown): void };
export async function migrate() {
  const conn = await db.checkout();
  try {
    await conn.run('ALTER TABLE users ADD COLUMN age int');
  } finally {
    db.checkin(conn);
  }
}`,
    options: [{"resources":[{"acquire":"checkout","releaseWith":["checkin"]}]}],
  },
  `import { Pool, type PoolClient } from 'pg';
const pool = new Pool();
declare function safeRelease(client: PoolClient): void;
export async function names() {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT name FROM users');
    return rows.map((row) => String(row.name));
  } finally {
    safeRelease(client);
  }
}
export function viaPromise(id: string) {
  return pool.connect().then((client) =>
    client.query('SELECT * FROM users WHERE id = $1', [id]).finally(() => client.release()),
  );
}`,
  `import express from 'express';
import { Pool } from 'pg';
const pool = new Pool();
export const app = express();
app.use(async (req, res, next) => {
  const client = await pool.connect();
  res.locals.db = client;
  res.on('finish', () => client.release());
  next();
});`,
  `import mongoose from 'mongoose';
import { DataSource, type EntityManager } from 'typeorm';
import { Pool, type PoolClient } from 'pg';
const dataSource = new DataSource({ type: 'postgres' });
const pool = new Pool();
export const adminSession = await mongoose.startSession();
let shared: PoolClient | undefined;
export class Checkout {
  manager?: EntityManager;
  open() {
    const runner = dataSource.createQueryRunner();
    this.manager = runner.manager;
  }
}
export async function share() {
  shared = await pool.connect();
  await shared.query('SET application_name = $1', ['worker']);
}`,
  `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export async function tagAll(ids: number[]) {
  const conn = await pool.getConnection();
  const updates = ids.map((id) => conn.execute('UPDATE items SET tagged = 1 WHERE id = ?', [id]));
  const results = await Promise.allSettled(updates);
  conn.release();
  return results;
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  // Without the pool's library in sight (made in another file): the checkout is known by the release it gets.
  {
    code: `import { pool } from './db-made-elsewhere';
export async function getUser(id: string) {
  const client = await pool.connect();
  const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
  client.release();
  return rows[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { pool } from './db-made-elsewhere';
export async function getUser(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function getUser(id: string) {
  const client = await pool.connect();
  const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
  client.release();
  return rows[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function getUser(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import pg from 'pg';
const pool = new pg.Pool();
export async function touch(id: string) {
  const client = await pool.connect();
  await client.query('UPDATE users SET seen_at = now() WHERE id = $1', [id]);
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.connect()' },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import pg from 'pg';
const pool = new pg.Pool();
export async function touch(id: string) {
  const client = await pool.connect();
  try {
    await client.query('UPDATE users SET seen_at = now() WHERE id = $1', [id]);
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as pg from 'pg';
const pool = new pg.Pool();
export async function find(id: string | undefined) {
  const client = await pool.connect();
  if (!id) return null;
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnExit',
        data: { acquire: 'pool.connect()', exit: 'the function returns', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import * as pg from 'pg';
const pool = new pg.Pool();
export async function find(id: string | undefined) {
  const client = await pool.connect();
  try {
    if (!id) return null;
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool as PgPool } from 'pg';
const pool = new PgPool();
export async function rename(id: string, name: string) {
  const client = await pool.connect();
  if (name.length === 0) throw new Error('empty name');
  try {
    await client.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `throw` runs', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool as PgPool } from 'pg';
const pool = new PgPool();
export async function rename(id: string, name: string) {
  const client = await pool.connect();
  try {
    if (name.length === 0) throw new Error('empty name');
    await client.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function load(id: string) {
  const client = await pool.connect();
  const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
  if (rows.length === 0) {
    client.release();
    return null;
  }
  const orders = await client.query('SELECT * FROM orders WHERE user_id = $1', [id]);
  client.release();
  return { user: rows[0], orders: orders.rows };
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function load(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    if (rows.length === 0) {
      return null;
    }
    const orders = await client.query('SELECT * FROM orders WHERE user_id = $1', [id]);
    return { user: rows[0], orders: orders.rows };
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function nightly(ids: string[]) {
  for (const id of ids) {
    const client = await pool.connect();
    if (id.startsWith('tmp')) continue;
    try {
      await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    } finally {
      client.release();
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnExit',
        data: { acquire: 'pool.connect()', exit: '`continue` starts the next iteration', line: 6 },
        line: 5,
        column: 26,
        endLine: 5,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function nightly(ids: string[]) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      if (id.startsWith('tmp')) continue;
      await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    } finally {
      client.release();
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function* quoted(names: string[]) {
  const client = await pool.connect();
  for (const name of names) yield client.escapeLiteral(name);
  client.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnExit',
        data: { acquire: 'pool.connect()', exit: 'the generator is left at a `yield`', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function* quoted(names: string[]) {
  const client = await pool.connect();
  try {
    for (const name of names) yield client.escapeLiteral(name);
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function version() {
  const { rows } = await (await pool.connect()).query('SELECT version()');
  return rows[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.connect()' },
        line: 4,
        column: 33,
        endLine: 4,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function ping() {
  const client = await pool.connect();
  await client.query('SELECT 1');
  // @ts-expect-error a typo is not a release
  client.relase();
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.connect()' },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function ping() {
  const client = await pool.connect();
  try {
    await client.query('SELECT 1');
    // @ts-expect-error a typo is not a release
    client.relase();
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function lookup(id: string) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } catch (error) {
    client.release();
    throw error;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnExit',
        data: { acquire: 'pool.connect()', exit: 'the function returns', line: 7 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function lookup(id: string) {
  const client = await pool.connect();
  try {
    try {
      const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0];
    } catch (error) {
      throw error;
    }
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function maybe(keep: boolean) {
  const client = await pool.connect();
  await client.query('SELECT 1');
  if (!keep) client.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db', connectionLimit: 10 });
export async function count() {
  const conn = await pool.getConnection();
  const [rows] = await conn.query('SELECT COUNT(*) AS n FROM users');
  conn.release();
  return rows;
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.getConnection()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'conn.release()' },
            output: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db', connectionLimit: 10 });
export async function count() {
  const conn = await pool.getConnection();
  try {
    const [rows] = await conn.query('SELECT COUNT(*) AS n FROM users');
    return rows;
  } finally {
    conn.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { createPool } from 'mysql2/promise';
const pool = createPool({ uri: 'mysql://db/app' });
export async function lock(name: string) {
  const conn = await pool.getConnection();
  const [rows] = await conn.query('SELECT GET_LOCK(?, 10) AS ok', [name]);
  return rows;
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.getConnection()' },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'conn.release()' },
            output: `import { createPool } from 'mysql2/promise';
const pool = createPool({ uri: 'mysql://db/app' });
export async function lock(name: string) {
  const conn = await pool.getConnection();
  try {
    const [rows] = await conn.query('SELECT GET_LOCK(?, 10) AS ok', [name]);
    return rows;
  } finally {
    conn.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function transfer() {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    await queryRunner.query('UPDATE accounts SET balance = balance - 1');
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'dataSource.createQueryRunner()', exit: 'the `await` rejects', line: 6 },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'queryRunner.release()' },
            output: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function transfer() {
  const queryRunner = dataSource.createQueryRunner();
  try {
    await queryRunner.connect();
    await queryRunner.startTransaction();
    await queryRunner.query('UPDATE accounts SET balance = balance - 1');
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost:27017');
export async function archive(id: string) {
  const session = mongo.startSession();
  await session.withTransaction(async () => {
    await mongo.db('app').collection('orders').updateOne({ id }, { $set: { archived: true } }, { session });
  });
  await session.endSession();
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'mongo.startSession()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await session.endSession()' },
            output: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost:27017');
export async function archive(id: string) {
  const session = mongo.startSession();
  try {
    await session.withTransaction(async () => {
      await mongo.db('app').collection('orders').updateOne({ id }, { $set: { archived: true } }, { session });
    });
  } finally {
    await session.endSession();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
declare function applyCredits(session: mongoose.ClientSession): Promise<void>;
export async function credit() {
  const session = await mongoose.startSession();
  await applyCredits(session);
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'mongoose.startSession()' },
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await session.endSession()' },
            output: `import mongoose from 'mongoose';
declare function applyCredits(session: mongoose.ClientSession): Promise<void>;
export async function credit() {
  const session = await mongoose.startSession();
  try {
    await applyCredits(session);
  } finally {
    await session.endSession();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({ send: async (line: string) => line.length }), destroy: async () => {} }, { max: 4 });
export async function ping() {
  const conn = await pool.acquire();
  const sent = await conn.send('PING');
  await pool.release(conn);
  return sent;
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.acquire()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await pool.release(conn)' },
            output: `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({ send: async (line: string) => line.length }), destroy: async () => {} }, { max: 4 });
export async function ping() {
  const conn = await pool.acquire();
  try {
    const sent = await conn.send('PING');
    return sent;
  } finally {
    await pool.release(conn);
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as genericPool from 'generic-pool';
const workers = genericPool.createPool({ create: async () => ({ run: async (job: string) => job }), destroy: async () => {} });
export async function runJob(job: string) {
  const worker = await workers.acquire();
  return await worker.run(job);
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'workers.acquire()' },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await workers.release(worker)' },
            output: `import * as genericPool from 'generic-pool';
const workers = genericPool.createPool({ create: async () => ({ run: async (job: string) => job }), destroy: async () => {} });
export async function runJob(job: string) {
  const worker = await workers.acquire();
  try {
    return await worker.run(job);
  } finally {
    await workers.release(worker);
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import express from 'express';
import { Pool } from 'pg';
const pool = new Pool();
const app = express();
app.get('/users', async (_req, res) => {
  const client = await pool.connect();
  const result = await client.query('SELECT * FROM users');
  client.release();
  res.json(result.rows);
});`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 24,
        endLine: 6,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import express from 'express';
import { Pool } from 'pg';
const pool = new Pool();
const app = express();
app.get('/users', async (_req, res) => {
  const client = await pool.connect();
  try {
    const result = await client.query('SELECT * FROM users');
    res.json(result.rows);
  } finally {
    client.release();
  }
});`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const db: { checkout(): Promise<{ run(sql: string): Promise<void> }>; checkin(conn: unknown): void };
export async function migrate() {
  const conn = await db.checkout();
  await conn.run('ALTER TABLE users ADD COLUMN age int');
  db.checkin(conn);
}`,
    options: [{"resources":[{"acquire":"checkout","releaseWith":["checkin"]}]}],
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'db.checkout()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'db.checkin(conn)' },
            output: `declare const db: { checkout(): Promise<{ run(sql: string): Promise<void> }>; checkin(conn: unknown): void };
export async function migrate() {
  const conn = await db.checkout();
  try {
    await conn.run('ALTER TABLE users ADD COLUMN age int');
  } finally {
    db.checkin(conn);
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function openCursor(): Promise<{ next(): Promise<unknown>; close(): void }>;
export async function first() {
  const cursor = await openCursor();
  return await cursor.next();
}`,
    options: [{"resources":[{"acquire":"openCursor","release":["close"]}]}],
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'openCursor()' },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'cursor.close()' },
            output: `declare function openCursor(): Promise<{ next(): Promise<unknown>; close(): void }>;
export async function first() {
  const cursor = await openCursor();
  try {
    return await cursor.next();
  } finally {
    cursor.close();
  }
}`,
          },
        ],
      },
    ],
  },
  // Annotations that name a DB package's class (`pool: Pool` from `pg`): known with or without its types.
  {
    code: `import type { Pool } from 'pg';
export async function count(pool: Pool) {
  const client = await pool.connect();
  const { rows } = await client.query('SELECT count(*) FROM users');
  client.release();
  return rows[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import type { Pool } from 'pg';
export async function count(pool: Pool) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT count(*) FROM users');
    return rows[0];
  } finally {
    client.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
export class UserService {
  constructor(private readonly dataSource: DataSource) {}
  async rename(id: string, name: string) {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
    await runner.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'this.dataSource.createQueryRunner()', exit: 'the `await` rejects', line: 7 },
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await runner.release()' },
            output: `import { DataSource } from 'typeorm';
export class UserService {
  constructor(private readonly dataSource: DataSource) {}
  async rename(id: string, name: string) {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
    } finally {
      await runner.release();
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { MongoClient } from 'mongodb';
export async function audit(mongo: MongoClient) {
  const session = mongo.startSession();
  await mongo.db('app').collection('audit').insertOne({ at: new Date() }, { session });
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'mongo.startSession()' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await session.endSession()' },
            output: `import type { MongoClient } from 'mongodb';
export async function audit(mongo: MongoClient) {
  const session = mongo.startSession();
  try {
    await mongo.db('app').collection('audit').insertOne({ at: new Date() }, { session });
  } finally {
    await session.endSession();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { Pool } from 'generic-pool';
import type { Socket } from 'node:net';
export async function send(pool: Pool<Socket>, line: string) {
  const socket = await pool.acquire();
  await new Promise((resolve) => socket.write(line, resolve));
  await pool.release(socket);
}`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.acquire()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await pool.release(socket)' },
            output: `import type { Pool } from 'generic-pool';
import type { Socket } from 'node:net';
export async function send(pool: Pool<Socket>, line: string) {
  const socket = await pool.acquire();
  try {
    await new Promise((resolve) => socket.write(line, resolve));
  } finally {
    await pool.release(socket);
  }
}`,
          },
        ],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  // The pool is known only through a local alias of its type, and nothing releases the client: only types tell.
  {
    code: `import type { Pool } from 'pg';
type Db = Pool;
export async function touch(pool: Db, id: string) {
  const client = await pool.connect();
  await client.query('UPDATE users SET seen_at = now() WHERE id = $1', [id]);
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.connect()' },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `import type { Pool } from 'pg';
type Db = Pool;
export async function touch(pool: Db, id: string) {
  const client = await pool.connect();
  try {
    await client.query('UPDATE users SET seen_at = now() WHERE id = $1', [id]);
  } finally {
    client.release();
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
  `const mongo = require('./mongo');
async function archive(id) {
  const session = mongo.startSession();
  try {
    await session.withTransaction(() => mongo.db('app').collection('orders').deleteOne({ id }, { session }));
  } finally {
    await session.endSession();
  }
}
module.exports = { archive };`,
  `const { Pool } = require('pg');
const pool = new Pool();
async function handler(req, res) {
  const client = await pool.connect();
  try {
    const result = await client.query('SELECT * FROM users');
    res.json(result.rows);
  } finally {
    client.release();
  }
}
module.exports = { handler };`,
  `const { MongoClient } = require('mongodb');
const mongo = new MongoClient('mongodb://localhost');
async function archive(id) {
  const session = mongo.startSession();
  try {
    await session.withTransaction(() => mongo.db('app').collection('orders').deleteOne({ id }, { session }));
  } finally {
    await session.endSession();
  }
}
module.exports = { archive };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const db = require('./db');
async function save(user) {
  const conn = await db.getConnection();
  await conn.query('INSERT INTO users SET ?', [user]);
  conn.release();
}
module.exports = { save };`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'db.getConnection()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'conn.release()' },
            output: `const db = require('./db');
async function save(user) {
  const conn = await db.getConnection();
  try {
    await conn.query('INSERT INTO users SET ?', [user]);
  } finally {
    conn.release();
  }
}
module.exports = { save };`,
          },
        ],
      },
    ],
  },
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
async function handler(req, res) {
  const client = await pool.connect();
  const result = await client.query('SELECT * FROM users');
  res.json(result.rows);
  client.release();
}
module.exports = { handler };`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.connect()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'client.release()' },
            output: `const { Pool } = require('pg');
const pool = new Pool();
async function handler(req, res) {
  const client = await pool.connect();
  try {
    const result = await client.query('SELECT * FROM users');
    res.json(result.rows);
  } finally {
    client.release();
  }
}
module.exports = { handler };`,
          },
        ],
      },
    ],
  },
  {
    code: `const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db' });
exports.save = async function save(user) {
  const conn = await pool.getConnection();
  await conn.query('INSERT INTO users SET ?', [user]);
  conn.release();
};`,
    output: null,
    errors: [
      {
        messageId: 'notReleasedOnError',
        data: { acquire: 'pool.getConnection()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'conn.release()' },
            output: `const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db' });
exports.save = async function save(user) {
  const conn = await pool.getConnection();
  try {
    await conn.query('INSERT INTO users SET ?', [user]);
  } finally {
    conn.release();
  }
};`,
          },
        ],
      },
    ],
  },
  {
    code: `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({}), destroy: async () => {} });
export async function borrow(job) {
  const resource = await pool.acquire();
  await job(resource);
}`,
    output: null,
    errors: [
      {
        messageId: 'neverReleased',
        data: { acquire: 'pool.acquire()' },
        line: 4,
        column: 26,
        endLine: 4,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestTryFinally',
            data: { release: 'await pool.release(resource)' },
            output: `import { createPool } from 'generic-pool';
const pool = createPool({ create: async () => ({}), destroy: async () => {} });
export async function borrow(job) {
  const resource = await pool.acquire();
  try {
    await job(resource);
  } finally {
    await pool.release(resource);
  }
}`,
          },
        ],
      },
    ],
  },
];
