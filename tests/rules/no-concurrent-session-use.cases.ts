import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/no-concurrent-session-use.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Floating calls on handles whose declared type is no DB object (express's Response): no session.
  `import type { Response } from 'express';
export function headers(res: Response, ids: string[]) {
  res.setHeader('x-a', '1');
  res.setHeader('x-b', '2');
  ids.forEach((id) => {
    res.append('x-id', id);
    res.append('x-seen', id);
  });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function stats() {
  const [users, orders] = await Promise.all([pool.query('SELECT count(*) FROM users'), pool.query('SELECT count(*) FROM orders')]);
  return { users: users.rows, orders: orders.rows };
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function dashboard() {
  return Promise.all([prisma.user.count(), prisma.order.count()]);
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function register(name: string) {
  await db.transaction(async (trx) => {
    await trx('users').insert({ name });
    await trx('audit').insert({ message: name });
  });
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
declare function sendWelcome(name: string): Promise<void>;
export async function register(name: string) {
  await db.transaction(async (trx) => {
    await Promise.all([trx('users').insert({ name }), sendWelcome(name)]);
  });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function copy() {
  const source = await pool.connect();
  const target = await pool.connect();
  await Promise.all([source.query('SELECT 1'), target.query('SELECT 1')]);
  source.release();
  target.release();
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(ids: number[]) {
  return Promise.all(ids.map((id) => pool.query('SELECT * FROM items WHERE id = $1', [id])));
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(ids: number[]) {
  await Promise.all(
    ids.map(async (id) => {
      const client = await pool.connect();
      try {
        await client.query('SELECT * FROM items WHERE id = $1', [id]);
      } finally {
        client.release();
      }
    }),
  );
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function register(name: string) {
  await db.transaction(async (trx) => {
    const user = trx('users').insert({ name });
    await trx('audit').insert({ message: name });
    await user;
  });
}`,
  `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://db');
export async function run() {
  const session = mongo.startSession();
  session.startTransaction();
  await mongo.db('app').collection('jobs').insertOne({ state: 'new' }, { session });
  await session.commitTransaction();
  await session.endSession();
}`,
  `import type { PoolClient } from 'pg';
export async function notify(client: PoolClient, urgent: boolean) {
  if (urgent) client.query("NOTIFY jobs, 'urgent'");
  else await client.query("NOTIFY jobs, 'normal'");
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function counts() {
  return Promise.all([db('users').count(), db('orders').count()]);
}`,
  `import Redis from 'ioredis';
const redis = new Redis();
export async function read(keys: string[]) {
  return Promise.all(keys.map((key) => redis.get(key)));
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
declare function timeout(ms: number): Promise<never>;
export async function ping() {
  const client = await pool.connect();
  try {
    return await Promise.race([client.query('SELECT 1'), timeout(1000)]);
  } finally {
    client.release();
  }
}`,
  `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({ entities: [], dbName: 'app' });
export async function counts() {
  return Promise.all([orm.em.count('User', {}), orm.em.count('Order', {})]);
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function names(ids: number[]) {
  const client = await pool.connect();
  ids.forEach((id) => {
    console.log(client.escapeLiteral(String(id)));
  });
  client.release();
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function broken() {
  const client = await pool.connect();
  // @ts-expect-error queryy does not exist: a type error must not crash the rule
  await Promise.all([client.queryy('SELECT 1')]);
  client.release();
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function seq() {
  const client = await pool.connect();
  const [a] = await Promise.all([client.query('SELECT 1')]);
  const b = await client.query('SELECT 2');
  client.release();
  return [a, b];
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `// @ts-expect-error the client is generated elsewhere in this project: a type error must not crash the rule
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function signup(email: string) {
  return prisma.$transaction(async (tx: any) => {
    const [user, total] = await Promise.all([tx.user.create({ data: { email } }), tx.user.count()]);
    return { user, total };
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'prisma.TransactionClient', handle: 'tx' },
        line: 6,
        column: 33,
        endLine: 6,
        endColumn: 100,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `// @ts-expect-error the client is generated elsewhere in this project: a type error must not crash the rule
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function signup(email: string) {
  return prisma.$transaction(async (tx: any) => {
    const user = await tx.user.create({ data: { email } });
    const total = await tx.user.count();
    return { user, total };
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function archive(ids: number[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await Promise.all(ids.map((id) => client.query('UPDATE orders SET archived = true WHERE id = $1', [id])));
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentCallbacks',
        data: { method: 'map', cls: 'pg.PoolClient', handle: 'client' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 110,
        suggestions: [
          {
            messageId: 'suggestForOf',
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function archive(ids: number[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const id of ids) await client.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
    await client.query('COMMIT');
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
    code: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://db');
export async function transfer(from: string, to: string, amount: number) {
  const accounts = mongo.db('bank').collection<{ _id: string; balance: number }>('accounts');
  const session = mongo.startSession();
  try {
    await session.withTransaction(async () => {
      await Promise.all([
        accounts.updateOne({ _id: from }, { $inc: { balance: -amount } }, { session }),
        accounts.updateOne({ _id: to }, { $inc: { balance: amount } }, { session }),
      ]);
    });
  } finally {
    await session.endSession();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'mongodb.ClientSession', handle: 'session' },
        line: 8,
        column: 13,
        endLine: 11,
        endColumn: 9,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://db');
export async function transfer(from: string, to: string, amount: number) {
  const accounts = mongo.db('bank').collection<{ _id: string; balance: number }>('accounts');
  const session = mongo.startSession();
  try {
    await session.withTransaction(async () => {
      await accounts.updateOne({ _id: from }, { $inc: { balance: -amount } }, { session });
      await accounts.updateOne({ _id: to }, { $inc: { balance: amount } }, { session });
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
    code: `import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://db/app');
const Order = sequelize.define('Order', { total: DataTypes.INTEGER });
export async function split(total: number) {
  await sequelize.transaction(async (t) => {
    await Promise.all([Order.create({ total: total / 2 }, { transaction: t }), Order.create({ total: total / 2 }, { transaction: t })]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'sequelize.Transaction', handle: 't' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 136,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://db/app');
const Order = sequelize.define('Order', { total: DataTypes.INTEGER });
export async function split(total: number) {
  await sequelize.transaction(async (t) => {
    await Order.create({ total: total / 2 }, { transaction: t });
    await Order.create({ total: total / 2 }, { transaction: t });
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function copy(rows: { id: number }[]) {
  await db.transaction(async (trx) => {
    rows.forEach(async (row) => {
      await trx('copies').insert(row);
    });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentCallbacks',
        data: { method: 'forEach', cls: 'knex.Transaction', handle: 'trx' },
        line: 5,
        column: 5,
        endLine: 7,
        endColumn: 7,
        suggestions: [
          {
            messageId: 'suggestForOf',
            output: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function copy(rows: { id: number }[]) {
  await db.transaction(async (trx) => {
    for (const row of rows) {
      await trx('copies').insert(row);
    }
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export async function move() {
  const conn = await pool.getConnection();
  await conn.beginTransaction();
  const debit = conn.query('UPDATE accounts SET balance = balance - 10 WHERE id = 1');
  await conn.query('UPDATE accounts SET balance = balance + 10 WHERE id = 2');
  await debit;
  await conn.commit();
  conn.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedOperation',
        data: { cls: 'mysql2.PoolConnection', handle: 'conn', line: 7 },
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 86,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function register(user: object, profile: object) {
  await dataSource.transaction(async (manager) => {
    await Promise.all([manager.save('User', user), manager.save('Profile', profile)]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'typeorm.ScopedEntityManager', handle: 'manager' },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 86,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function register(user: object, profile: object) {
  await dataSource.transaction(async (manager) => {
    await manager.save('User', user);
    await manager.save('Profile', profile);
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function cleanup() {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const results = await Promise.allSettled([runner.query('DELETE FROM a'), runner.query('DELETE FROM b')]);
  await runner.release();
  return results;
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.allSettled', count: 2, cls: 'typeorm.QueryRunner', handle: 'runner' },
        line: 6,
        column: 25,
        endLine: 6,
        endColumn: 107,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Kysely } from 'kysely';
interface Db { users: { id: number; name: string }; audit: { message: string } }
const db = new Kysely<Db>({} as never);
export async function rename(id: number, name: string) {
  await db.transaction().execute(async (trx) => {
    await Promise.all([
      trx.updateTable('users').set({ name }).where('id', '=', id).execute(),
      trx.insertInto('audit').values({ message: \`renamed \${id}\` }).execute(),
    ]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'kysely.Transaction', handle: 'trx' },
        line: 6,
        column: 11,
        endLine: 9,
        endColumn: 7,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { Kysely } from 'kysely';
interface Db { users: { id: number; name: string }; audit: { message: string } }
const db = new Kysely<Db>({} as never);
export async function rename(id: number, name: string) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ name }).where('id', '=', id).execute();
    await trx.insertInto('audit').values({ message: \`renamed \${id}\` }).execute();
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
const users = pgTable('users', { id: serial('id').primaryKey(), name: text('name') });
const db = drizzle(process.env.DATABASE_URL!);
export async function seed(names: string[]) {
  await db.transaction(async (tx) => {
    await Promise.all(names.map((name) => tx.insert(users).values({ name })));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentCallbacks',
        data: { method: 'map', cls: 'drizzle.Transaction', handle: 'tx' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 78,
        suggestions: [
          {
            messageId: 'suggestForOf',
            output: `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
const users = pgTable('users', { id: serial('id').primaryKey(), name: text('name') });
const db = drizzle(process.env.DATABASE_URL!);
export async function seed(names: string[]) {
  await db.transaction(async (tx) => {
    for (const name of names) await tx.insert(users).values({ name });
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({ entities: [], dbName: 'app' });
export async function summary(id: number) {
  const em = orm.em.fork();
  const [order, lines] = await Promise.all([em.findOne('Order', { id }), em.count('Line', { order: id })]);
  return { order, lines };
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'mikro-orm.ForkedEntityManager', handle: 'em' },
        line: 5,
        column: 32,
        endLine: 5,
        endColumn: 107,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({ entities: [], dbName: 'app' });
export async function summary(id: number) {
  const em = orm.em.fork();
  const order = await em.findOne('Order', { id });
  const lines = await em.count('Line', { order: id });
  return { order, lines };
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
const Audit = mongoose.model('Audit', new mongoose.Schema({ message: String }));
export async function create(name: string) {
  const session = await mongoose.startSession();
  await session.withTransaction(async () => {
    const [, audit] = await Promise.all([User.create([{ name }], { session }), Audit.create([{ message: name }], { session })]);
    return audit;
  });
  await session.endSession();
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'mongodb.ClientSession', handle: 'session' },
        line: 7,
        column: 29,
        endLine: 7,
        endColumn: 128,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
const Audit = mongoose.model('Audit', new mongoose.Schema({ message: String }));
export async function create(name: string) {
  const session = await mongoose.startSession();
  await session.withTransaction(async () => {
    await User.create([{ name }], { session });
    const audit = await Audit.create([{ message: name }], { session });
    return audit;
  });
  await session.endSession();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
async function insertUser(trx: Knex.Transaction, name: string) {
  await trx('users').insert({ name });
}
async function insertAudit(trx: Knex.Transaction, name: string) {
  await trx('audit').insert({ message: name });
}
export async function register(name: string) {
  await db.transaction(async (trx) => {
    await Promise.all([insertUser(trx, name), insertAudit(trx, name)]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'knex.Transaction', handle: 'trx' },
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 71,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
async function insertUser(trx: Knex.Transaction, name: string) {
  await trx('users').insert({ name });
}
async function insertAudit(trx: Knex.Transaction, name: string) {
  await trx('audit').insert({ message: name });
}
export async function register(name: string) {
  await db.transaction(async (trx) => {
    await insertUser(trx, name);
    await insertAudit(trx, name);
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function register(name: string) {
  await db.transaction(async (trx) => {
    const user = trx('users').insert({ name });
    const audit = trx('audit').insert({ message: name });
    await Promise.all([user, audit]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'knex.Transaction', handle: 'trx' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function refresh() {
  const client = await pool.connect();
  await Promise.all([
    (async () => {
      await client.query('REFRESH MATERIALIZED VIEW daily');
    })(),
    client.query('ANALYZE orders'),
  ]);
  client.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'pg.PoolClient', handle: 'client' },
        line: 5,
        column: 9,
        endLine: 10,
        endColumn: 5,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function refresh() {
  const client = await pool.connect();
  await (async () => {
    await client.query('REFRESH MATERIALIZED VIEW daily');
  })();
  await client.query('ANALYZE orders');
  client.release();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function importRows(rows: { id: number }[]) {
  await db.transaction(async (trx) => {
    await Promise.all(
      rows.map(async (row) => {
        await trx('rows').insert(row);
        await trx('log').insert({ row: row.id });
      }),
    );
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentCallbacks',
        data: { method: 'map', cls: 'knex.Transaction', handle: 'trx' },
        line: 5,
        column: 11,
        endLine: 10,
        endColumn: 6,
        suggestions: [
          {
            messageId: 'suggestForOf',
            output: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function importRows(rows: { id: number }[]) {
  await db.transaction(async (trx) => {
    for (const row of rows) {
      await trx('rows').insert(row);
      await trx('log').insert({ row: row.id });
    }
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export async function tagAll(ids: number[]) {
  const conn = await pool.getConnection();
  const updates = ids.map((id) => conn.execute('UPDATE items SET tagged = 1 WHERE id = ?', [id]));
  await Promise.allSettled(updates);
  conn.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentCallbacks',
        data: { method: 'map', cls: 'mysql2.PoolConnection', handle: 'conn' },
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { ClientSession, Collection } from 'mongodb';
export async function both(session: ClientSession, a: Collection, b: Collection) {
  await Promise.all([a.insertOne({ x: 1 }, { session }), b.insertOne({ x: 2 }, { session })]);
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'mongodb.ClientSession', handle: 'session' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 94,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import type { ClientSession, Collection } from 'mongodb';
export async function both(session: ClientSession, a: Collection, b: Collection) {
  await a.insertOne({ x: 1 }, { session });
  await b.insertOne({ x: 2 }, { session });
}`,
          },
        ],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    // Declarations answer: a project helper's callback parameter is the \`PoolClient\` it declares,
    // \`seen.add(client)\` declares no promise (silent), \`audit.record(client)\` declares one.
    code: `import type { PoolClient } from 'pg';
interface Audit { record(client: PoolClient, id: string): Promise<void> }
declare function withClient<R>(work: (client: PoolClient) => Promise<R>): Promise<R>;
export async function touchAll(audit: Audit, ids: string[]) {
  await withClient(async (client) => {
    const seen = new Set<PoolClient>();
    for (const id of ids) {
      seen.add(client);
      audit.record(client, id);
    }
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedInLoop',
        data: { cls: 'pg.PoolClient', handle: 'client' },
        line: 9,
        column: 7,
        endLine: 9,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestAwait',
            output: `import type { PoolClient } from 'pg';
interface Audit { record(client: PoolClient, id: string): Promise<void> }
declare function withClient<R>(work: (client: PoolClient) => Promise<R>): Promise<R>;
export async function touchAll(audit: Audit, ids: string[]) {
  await withClient(async (client) => {
    const seen = new Set<PoolClient>();
    for (const id of ids) {
      seen.add(client);
      await audit.record(client, id);
    }
  });
}`,
          },
        ],
      },
    ],
  },
  {
    // A session reached through the declared type of a destructured parameter.
    code: `import type { PoolClient } from 'pg';
interface Deps { client: PoolClient; label: string }
export async function move({ client }: Deps) {
  const debit = client.query('UPDATE accounts SET balance = balance - 10 WHERE id = 1');
  await client.query('UPDATE accounts SET balance = balance + 10 WHERE id = 2');
  await debit;
}`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedOperation',
        data: { cls: 'pg.PoolClient', handle: 'client', line: 5 },
        line: 4,
        column: 17,
        endLine: 4,
        endColumn: 88,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function signup(email: string) {
  return prisma.$transaction(async (tx) => {
    const [user, total] = await Promise.all([tx.user.create({ data: { email } }), tx.user.count()]);
    return { user, total };
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'prisma.TransactionClient', handle: 'tx' },
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 100,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function signup(email: string) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email } });
    const total = await tx.user.count();
    return { user, total };
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function log(message: string) {
  const client = await pool.connect();
  await client.query('BEGIN');
  client.query('INSERT INTO log (message) VALUES ($1)', [message]);
  await client.query('COMMIT');
  client.release();
}`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedOperation',
        data: { cls: 'pg.PoolClient', handle: 'client', line: 7 },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'suggestAwait',
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function log(message: string) {
  const client = await pool.connect();
  await client.query('BEGIN');
  await client.query('INSERT INTO log (message) VALUES ($1)', [message]);
  await client.query('COMMIT');
  client.release();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { PoolClient } from 'pg';
export async function insertAll(client: PoolClient, items: string[]) {
  for (const item of items) {
    void client.query('INSERT INTO items (name) VALUES ($1)', [item]);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedInLoop',
        data: { cls: 'pg.PoolClient', handle: 'client' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'suggestAwait',
            output: `import type { PoolClient } from 'pg';
export async function insertAll(client: PoolClient, items: string[]) {
  for (const item of items) {
    await client.query('INSERT INTO items (name) VALUES ($1)', [item]);
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { PgPool } from './db-helpers.js';
const pool = new PgPool();
export async function stats() {
  const client = await pool.connect();
  try {
    await Promise.all([client.query('VACUUM users'), client.query('VACUUM orders')]);
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'pg.PoolClient', handle: 'client' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 85,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `import { PgPool } from './db-helpers.js';
const pool = new PgPool();
export async function stats() {
  const client = await pool.connect();
  try {
    await client.query('VACUUM users');
    await client.query('VACUUM orders');
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
  `const { Pool } = require('pg');
const pool = new Pool();
async function stats() {
  return Promise.all([pool.query('SELECT 1'), pool.query('SELECT 2')]);
}
module.exports = { stats };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
async function stats() {
  const client = await pool.connect();
  const [users, orders] = await Promise.all([client.query('SELECT count(*) FROM users'), client.query('SELECT count(*) FROM orders')]);
  client.release();
  return { users: users.rows, orders: orders.rows };
}
module.exports = { stats };`,
    output: null,
    errors: [
      {
        messageId: 'concurrentOperations',
        data: { combinator: 'Promise.all', count: 2, cls: 'pg.PoolClient', handle: 'client' },
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 135,
        suggestions: [
          {
            messageId: 'suggestSequential',
            output: `const { Pool } = require('pg');
const pool = new Pool();
async function stats() {
  const client = await pool.connect();
  const users = await client.query('SELECT count(*) FROM users');
  const orders = await client.query('SELECT count(*) FROM orders');
  client.release();
  return { users: users.rows, orders: orders.rows };
}
module.exports = { stats };`,
          },
        ],
      },
    ],
  },
  {
    code: `const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db' });
async function insertAll(items) {
  const conn = await pool.getConnection();
  const pending = [];
  for (const item of items) {
    pending.push(conn.query('INSERT INTO items SET ?', [item]));
  }
  await Promise.all(pending);
  conn.release();
}
module.exports = { insertAll };`,
    output: null,
    errors: [
      {
        messageId: 'unawaitedInLoop',
        data: { cls: 'mysql2.PoolConnection', handle: 'conn' },
        line: 7,
        column: 18,
        endLine: 7,
        endColumn: 63,
        suggestions: [],
      },
    ],
  },
];
