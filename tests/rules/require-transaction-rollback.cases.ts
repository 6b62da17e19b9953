import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/require-transaction-rollback.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { Pool } from 'pg';
const pool = new Pool();
export async function transfer(from: string, to: string, amount: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
    await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function transfer(from: number, to: number) {
  const trx = await db.transaction();
  try {
    await trx('accounts').where({ id: from }).decrement('balance', 10);
    await trx('accounts').where({ id: to }).increment('balance', 10);
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
  }
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function transfer(from: number, to: number) {
  await db.transaction(async (trx) => {
    await trx('accounts').where({ id: from }).decrement('balance', 10);
    await trx('accounts').where({ id: to }).increment('balance', 10);
  });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function rename(id: string, name: string) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { name } });
    await tx.order.deleteMany({ where: { userId: id } });
  });
}`,
  `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function archive(id: number) {
  await dataSource.transaction(async (manager) => {
    await manager.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
  });
}`,
  `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
export async function signup(email: string) {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction });
  });
}`,
  `import Database from 'better-sqlite3';
const db = new Database('app.db');
const insert = db.prepare('INSERT INTO events (name) VALUES (?)');
export const insertMany = db.transaction((names: string[]) => {
  for (const name of names) insert.run(name);
});
export function insertManual(names: string[]) {
  db.exec('BEGIN');
  for (const name of names) insert.run(name);
  db.exec('COMMIT');
}`,
  `import mongoose from 'mongoose';
const connection = mongoose.createConnection('mongodb://localhost/app');
export async function pay(id: string) {
  await connection.transaction(async (session) => {
    await connection.collection('orders').updateOne({ id }, { $set: { paid: true } }, { session });
  });
}`,
  `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  person: { id: number; name: string };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function add(name: string) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('person').values({ id: 1, name }).execute();
  });
}
export async function addManually(name: string) {
  const trx = await db.startTransaction().execute();
  try {
    await trx.insertInto('person').values({ id: 1, name }).execute();
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function begin() {
  const trx = await db.transaction();
  await trx.raw('SET LOCAL statement_timeout = 5000');
  return trx;
}
export async function startJob(run: (trx: unknown) => Promise<void>) {
  const trx = await db.transaction();
  await run(trx);
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function close(id: number) {
  const trx = await db.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } finally {
    if (!trx.isCompleted()) await trx.rollback();
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function stamp(id: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const startedAt = new Date().toISOString();
    try {
      await client.query('UPDATE jobs SET started_at = $2 WHERE id = $1', [id, startedAt]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}`,
  `import { DataSource } from 'typeorm';
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
  `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost');
export async function pay(orderId: string) {
  const session = mongo.startSession();
  try {
    session.startTransaction();
    await mongo.db('shop').collection('orders').updateOne({ orderId }, { $set: { paid: true } }, { session });
    await session.commitTransaction();
  } catch (error) {
    await session.abortTransaction();
    throw error;
  } finally {
    await session.endSession();
  }
}`,
  `import { createPool } from 'mysql2/promise';
const pool = createPool({ host: 'db' });
export async function order(userId: number) {
  const conn = await pool.getConnection();
  await conn.beginTransaction();
  try {
    await conn.execute('INSERT INTO orders (user_id) VALUES (?)', [userId]);
    await conn.commit();
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
}`,
  `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
export async function signup(email: string) {
  const t = await sequelize.transaction();
  try {
    await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction: t });
    await t.commit();
  } catch (error) {
    await t.rollback();
    throw error;
  }
}`,
  `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({});
export async function rename(id: number, name: string) {
  const em = orm.em.fork();
  await em.begin();
  try {
    await em.getConnection().execute('UPDATE users SET name = ? WHERE id = ?', [name, id]);
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function report() {
  const { rows } = await pool.query("SELECT 'BEGIN' AS word, now()");
  await pool.query('ROLLBACK');
  return rows;
}`,
  `import { createPool } from 'mysql2';
const pool = createPool({ host: 'db' });
export function legacy() {
  pool.getConnection((error, conn) => {
    if (error) throw error;
    conn.beginTransaction((beginError) => {
      if (beginError) return conn.release();
      conn.query('UPDATE t SET x = 1', () => conn.commit(() => conn.release()));
    });
  });
}`,
  `import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
export class Unit {
  trx?: Knex.Transaction;
  async start() {
    this.trx = await db.transaction();
    await this.trx('audit').insert({ at: new Date() });
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function typed(id: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // @ts-expect-error the values must be an array
    await client.query('DELETE FROM users WHERE id = $1', id);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function retry(id: number) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const trx = await db.transaction();
    try {
      await trx('jobs').where({ id }).update({ attempt });
      await trx.commit();
      return;
    } catch (error) {
      await trx.rollback();
      if (attempt === 2) throw error;
    }
  }
}`,
  `import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
declare function safeRollback(trx: Knex.Transaction): Promise<void>;
export async function close(id: number) {
  const trx = await db.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } catch (error) {
    await safeRollback(trx);
    throw error;
  }
}`,
  `import { Sequelize, type Transaction } from 'sequelize';
const sequelize = new Sequelize('postgres://db/app');
let current: Transaction | null = null;
export async function transfer(amount: number) {
  current = await sequelize.transaction();
  await sequelize.query('UPDATE accounts SET balance = balance - ?', { replacements: [amount], transaction: current });
  await current.commit();
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function transfer(from: string, to: string, amount: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
    await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'client.query(\'BEGIN\')', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await client.query(\'ROLLBACK\')' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function transfer(from: string, to: string, amount: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
      await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
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
    code: `import pg from 'pg';
const pool = new pg.Pool();
export async function reserve(seat: string, userId: string | null) {
  const client = await pool.connect();
  try {
    await client.query(\`BEGIN ISOLATION LEVEL SERIALIZABLE\`);
    if (!userId) return false;
    await client.query('UPDATE seats SET user_id = $2 WHERE id = $1', [seat, userId]);
    await client.query('COMMIT');
    return true;
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'leftOpenOnExit',
        data: { open: 'client.query(`BEGIN ISOLATION LEVEL SERIALIZABLE`)', exit: 'the function returns', line: 7 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function rename(id: string, name: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SAVEPOINT rename');
      await client.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT rename');
      throw error;
    }
  } finally {
    client.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'client.query(\'BEGIN\')', exit: 'the `await` rejects', line: 12 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestRollbackInCatch',
            data: { rollback: 'await client.query(\'ROLLBACK\')' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function rename(id: string, name: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SAVEPOINT rename');
      await client.query('UPDATE users SET name = $2 WHERE id = $1', [id, name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      await client.query('ROLLBACK TO SAVEPOINT rename');
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
    code: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export async function move(from: number, to: number) {
  const conn = await pool.getConnection();
  try {
    await conn.query('START TRANSACTION');
    await conn.query('UPDATE stock SET qty = qty - 1 WHERE id = ?', [from]);
    await conn.query('UPDATE stock SET qty = qty + 1 WHERE id = ?', [to]);
    await conn.query('COMMIT');
  } finally {
    conn.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'conn.query(\'START TRANSACTION\')', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await conn.query(\'ROLLBACK\')' },
            output: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export async function move(from: number, to: number) {
  const conn = await pool.getConnection();
  try {
    await conn.query('START TRANSACTION');
    try {
      await conn.query('UPDATE stock SET qty = qty - 1 WHERE id = ?', [from]);
      await conn.query('UPDATE stock SET qty = qty + 1 WHERE id = ?', [to]);
      await conn.query('COMMIT');
    } catch (error) {
      await conn.query('ROLLBACK');
      throw error;
    }
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
const pool = createPool({ host: 'db' });
export async function order(userId: number, total: number) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [result] = await conn.execute('INSERT INTO orders (user_id, total) VALUES (?, ?)', [userId, total]);
    await conn.execute('UPDATE users SET spent = spent + ? WHERE id = ?', [total, userId]);
    await conn.commit();
    return result;
  } finally {
    conn.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'conn.beginTransaction()', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await conn.rollback()' },
            output: `import { createPool } from 'mysql2/promise';
const pool = createPool({ host: 'db' });
export async function order(userId: number, total: number) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    try {
      const [result] = await conn.execute('INSERT INTO orders (user_id, total) VALUES (?, ?)', [userId, total]);
      await conn.execute('UPDATE users SET spent = spent + ? WHERE id = ?', [total, userId]);
      await conn.commit();
      return result;
    } catch (error) {
      await conn.rollback();
      throw error;
    }
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
export async function archive(id: number) {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    await runner.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'runner.startTransaction()', exit: 'the `await` rejects', line: 8 },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await runner.rollbackTransaction()' },
            output: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function archive(id: number) {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost');
export async function pay(orderId: string) {
  const session = mongo.startSession();
  try {
    session.startTransaction();
    await mongo.db('shop').collection('orders').updateOne({ orderId }, { $set: { paid: true } }, { session });
    await session.commitTransaction();
  } finally {
    await session.endSession();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'session.startTransaction()', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await session.abortTransaction()' },
            output: `import { MongoClient } from 'mongodb';
const mongo = new MongoClient('mongodb://localhost');
export async function pay(orderId: string) {
  const session = mongo.startSession();
  try {
    session.startTransaction();
    try {
      await mongo.db('shop').collection('orders').updateOne({ orderId }, { $set: { paid: true } }, { session });
      await session.commitTransaction();
    } catch (error) {
      await session.abortTransaction();
      throw error;
    }
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
const Order = mongoose.model('Order', new mongoose.Schema({ paid: Boolean }));
export async function pay(id: string) {
  const session = await mongoose.startSession();
  try {
    session.startTransaction();
    await Order.updateOne({ _id: id }, { paid: true }, { session });
    await session.commitTransaction();
  } finally {
    await session.endSession();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'session.startTransaction()', exit: 'the `await` rejects', line: 7 },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await session.abortTransaction()' },
            output: `import mongoose from 'mongoose';
const Order = mongoose.model('Order', new mongoose.Schema({ paid: Boolean }));
export async function pay(id: string) {
  const session = await mongoose.startSession();
  try {
    session.startTransaction();
    try {
      await Order.updateOne({ _id: id }, { paid: true }, { session });
      await session.commitTransaction();
    } catch (error) {
      await session.abortTransaction();
      throw error;
    }
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
    code: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({});
export async function rename(id: number, name: string) {
  const em = orm.em.fork();
  await em.begin();
  await em.getConnection().execute('UPDATE users SET name = ? WHERE id = ?', [name, id]);
  await em.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'em.begin()', exit: 'the `await` rejects', line: 6 },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await em.rollback()' },
            output: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({});
export async function rename(id: number, name: string) {
  const em = orm.em.fork();
  await em.begin();
  try {
    await em.getConnection().execute('UPDATE users SET name = ? WHERE id = ?', [name, id]);
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function transfer(from: number, to: number) {
  const trx = await db.transaction();
  await trx('accounts').where({ id: from }).decrement('balance', 10);
  await trx('accounts').where({ id: to }).increment('balance', 10);
  await trx.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'db.transaction()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await trx.rollback()' },
            output: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function transfer(from: number, to: number) {
  const trx = await db.transaction();
  try {
    await trx('accounts').where({ id: from }).decrement('balance', 10);
    await trx('accounts').where({ id: to }).increment('balance', 10);
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { knex as createKnex } from 'knex';
const db = createKnex({ client: 'pg' });
export async function close(id: number) {
  const trx = await db.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } catch (error) {
    console.error('close failed', error);
    throw error;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'db.transaction()', exit: 'the `throw` runs', line: 10 },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'suggestRollbackInCatch',
            data: { rollback: 'await trx.rollback()' },
            output: `import { knex as createKnex } from 'knex';
const db = createKnex({ client: 'pg' });
export async function close(id: number) {
  const trx = await db.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    console.error('close failed', error);
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function finish(id: number, apply: boolean) {
  const trx = await db.transaction();
  try {
    await trx('jobs').where({ id }).update({ state: 'done' });
  } catch (error) {
    await trx.rollback();
    throw error;
  }
  if (apply) await trx.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'leftOpenOnExit',
        data: { open: 'db.transaction()', exit: 'the function ends', line: 12 },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
export async function signup(email: string) {
  const t = await sequelize.transaction();
  await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction: t });
  await t.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'sequelize.transaction()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await t.rollback()' },
            output: `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
export async function signup(email: string) {
  const t = await sequelize.transaction();
  try {
    await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction: t });
    await t.commit();
  } catch (error) {
    await t.rollback();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  person: { id: number; name: string };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function add(name: string) {
  const trx = await db.startTransaction().execute();
  await trx.insertInto('person').values({ id: 1, name }).execute();
  await trx.commit().execute();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'db.startTransaction().execute()', exit: 'the `await` rejects', line: 9 },
        line: 8,
        column: 21,
        endLine: 8,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await trx.rollback().execute()' },
            output: `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  person: { id: number; name: string };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function add(name: string) {
  const trx = await db.startTransaction().execute();
  try {
    await trx.insertInto('person').values({ id: 1, name }).execute();
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const db: { none(sql: string, values?: unknown[]): Promise<null> };
export async function bump(id: number) {
  await db.none('BEGIN');
  await db.none('UPDATE counters SET n = n + 1 WHERE id = $1', [id]);
  await db.none('COMMIT');
}`,
    options: [{"queryMethods":["none"]}],
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'db.none(\'BEGIN\')', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 25,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await db.none(\'ROLLBACK\')' },
            output: `declare const db: { none(sql: string, values?: unknown[]): Promise<null> };
export async function bump(id: number) {
  await db.none('BEGIN');
  try {
    await db.none('UPDATE counters SET n = n + 1 WHERE id = $1', [id]);
    await db.none('COMMIT');
  } catch (error) {
    await db.none('ROLLBACK');
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `interface Tx {
  put(key: string, value: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}
declare const store: { begin(): Promise<Tx> };
export async function put(key: string, value: string) {
  const tx = await store.begin();
  await tx.put(key, value);
  await tx.commit();
}`,
    options: [{"transactions":[{"open":"begin","returnsHandle":true,"commit":["commit"],"rollback":["abort"]}]}],
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'store.begin()', exit: 'the `await` rejects', line: 9 },
        line: 8,
        column: 20,
        endLine: 8,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await tx.abort()' },
            output: `interface Tx {
  put(key: string, value: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}
declare const store: { begin(): Promise<Tx> };
export async function put(key: string, value: string) {
  const tx = await store.begin();
  try {
    await tx.put(key, value);
    await tx.commit();
  } catch (error) {
    await tx.abort();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { QueryRunner } from 'typeorm';
export async function archive(runner: QueryRunner, id: number) {
  await runner.startTransaction();
  await runner.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
  await runner.commitTransaction();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'runner.startTransaction()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await runner.rollbackTransaction()' },
            output: `import type { QueryRunner } from 'typeorm';
export async function archive(runner: QueryRunner, id: number) {
  await runner.startTransaction();
  try {
    await runner.query('UPDATE orders SET archived = true WHERE id = $1', [id]);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { ClientSession, Db } from 'mongodb';
export async function pay(db: Db, session: ClientSession, orderId: string) {
  session.startTransaction();
  await db.collection('orders').updateOne({ orderId }, { $set: { paid: true } }, { session });
  await session.commitTransaction();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'session.startTransaction()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await session.abortTransaction()' },
            output: `import type { ClientSession, Db } from 'mongodb';
export async function pay(db: Db, session: ClientSession, orderId: string) {
  session.startTransaction();
  try {
    await db.collection('orders').updateOne({ orderId }, { $set: { paid: true } }, { session });
    await session.commitTransaction();
  } catch (error) {
    await session.abortTransaction();
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import type { Knex } from 'knex';
export async function bump(db: Knex, id: number) {
  const trx = await db.transaction();
  await trx('counters').where({ id }).increment('n', 1);
  await trx.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'db.transaction()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await trx.rollback()' },
            output: `import type { Knex } from 'knex';
export async function bump(db: Knex, id: number) {
  const trx = await db.transaction();
  try {
    await trx('counters').where({ id }).increment('n', 1);
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
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
  {
    code: `import type { PoolConnection } from 'mysql2/promise';
export async function order(conn: PoolConnection, userId: number) {
  await conn.beginTransaction();
  await conn.execute('INSERT INTO orders (user_id) VALUES (?)', [userId]);
  await conn.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'conn.beginTransaction()', exit: 'the `await` rejects', line: 4 },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await conn.rollback()' },
            output: `import type { PoolConnection } from 'mysql2/promise';
export async function order(conn: PoolConnection, userId: number) {
  await conn.beginTransaction();
  try {
    await conn.execute('INSERT INTO orders (user_id) VALUES (?)', [userId]);
    await conn.commit();
  } catch (error) {
    await conn.rollback();
    throw error;
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
  `const createKnex = require('knex');
const knex = createKnex({ client: 'pg' });
async function close(id) {
  const trx = await knex.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
  }
}
module.exports = { close };`,
  `const { Pool } = require('pg');
const pool = new Pool();
async function transfer(from, to) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE accounts SET balance = balance - 1 WHERE id = $1', [from]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
module.exports = { transfer };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
async function transfer(from, to) {
  const client = await pool.connect();
  await client.query('BEGIN');
  await client.query('UPDATE accounts SET balance = balance - 1 WHERE id = $1', [from]);
  await client.query('UPDATE accounts SET balance = balance + 1 WHERE id = $1', [to]);
  await client.query('COMMIT');
  client.release();
}
module.exports = { transfer };`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'client.query(\'BEGIN\')', exit: 'the `await` rejects', line: 6 },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await client.query(\'ROLLBACK\')' },
            output: `const { Pool } = require('pg');
const pool = new Pool();
async function transfer(from, to) {
  const client = await pool.connect();
  await client.query('BEGIN');
  try {
    await client.query('UPDATE accounts SET balance = balance - 1 WHERE id = $1', [from]);
    await client.query('UPDATE accounts SET balance = balance + 1 WHERE id = $1', [to]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  client.release();
}
module.exports = { transfer };`,
          },
        ],
      },
    ],
  },
  {
    code: `const createKnex = require('knex');
const knex = createKnex({ client: 'pg' });
async function close(id) {
  const trx = await knex.transaction();
  await trx('tickets').where({ id }).update({ closed: true });
  await trx.commit();
}
module.exports = { close };`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'knex.transaction()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await trx.rollback()' },
            output: `const createKnex = require('knex');
const knex = createKnex({ client: 'pg' });
async function close(id) {
  const trx = await knex.transaction();
  try {
    await trx('tickets').where({ id }).update({ closed: true });
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
  }
}
module.exports = { close };`,
          },
        ],
      },
    ],
  },
  {
    code: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
exports.signup = async (email) => {
  const t = await sequelize.transaction();
  await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction: t });
  return t.commit();
};`,
    output: null,
    errors: [
      {
        messageId: 'notRolledBackOnError',
        data: { open: 'sequelize.transaction()', exit: 'the `await` rejects', line: 5 },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestRollback',
            data: { rollback: 'await t.rollback()' },
            output: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
exports.signup = async (email) => {
  const t = await sequelize.transaction();
  try {
    await sequelize.query('INSERT INTO users (email) VALUES (?)', { replacements: [email], transaction: t });
    return t.commit();
  } catch (error) {
    await t.rollback();
    throw error;
  }
};`,
          },
        ],
      },
    ],
  },
];
