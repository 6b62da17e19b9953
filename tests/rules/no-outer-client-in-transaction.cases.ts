import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/no-outer-client-in-transaction.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function signUp(email: string) {
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email } });
    await tx.order.create({ data: { total: 0, userId: created.id } });
    return created;
  });
  await prisma.order.count();
  return user;
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function later(email: string) {
  await prisma.$transaction(async (tx) => {
    await tx.user.create({ data: { email } });
    setTimeout(() => void prisma.user.count(), 1000);
    return () => prisma.order.count();
  });
}`,
  `import createKnex from 'knex';
const db = createKnex({ client: 'pg' });
export async function close(userId: number) {
  await db.transaction(async (trx) => {
    await trx('orders').whereIn('user_id', db('users').select('id').where('banned', true)).del();
    await trx('users').where({ id: userId }).update({ closed_at: db.fn.now(), version: db.raw('version + 1') });
  });
}`,
  `import { DataSource } from 'typeorm';
class Invoice {
  id!: number;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function pay(id: number) {
  await dataSource.transaction(async (manager) => {
    const invoices = manager.getRepository(Invoice);
    await invoices.update(id, {});
    const meta = dataSource.getMetadata(Invoice);
    console.log(meta.tableName, dataSource.isInitialized);
  });
}`,
  `import { DataTypes, Model, Sequelize, type Transaction } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number, extra: { transaction?: Transaction }) {
  await sequelize.transaction(async (t) => {
    await Account.create({ balance }, { transaction: t });
    await Account.update({ balance: 0 }, { where: { balance: -1 }, transaction: t });
    await Account.destroy({ ...extra, where: { balance: 0 } });
  });
}`,
  `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number) {
  await sequelize.transaction(async () => {
    await Account.create({ balance });
  });
}`,
  `import mongoose from 'mongoose';
const connection = mongoose.createConnection('mongodb://localhost/app');
const Order = connection.model('Order', new mongoose.Schema({ total: Number }));
export async function place(total: number) {
  await connection.transaction(async (session) => {
    await Order.findOne({ total }).session(session);
    await Order.create([{ total }], { session });
    await Order.updateOne({ total: 0 }, { total }, { session });
  });
}`,
  `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
export async function place(total: number) {
  const orders = client.db('shop').collection('orders');
  await client.withSession(async (session) => {
    await session.withTransaction(async () => {
      await orders.insertOne({ total }, { session });
    });
    await orders.countDocuments({});
  });
}`,
  `import { EntityManager } from '@mikro-orm/core';
export async function seed(em: EntityManager, entity: object) {
  await em.transactional(async (tx) => {
    await em.persistAndFlush(entity);
  });
}`,
  `import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
const notes = sqliteTable('notes', { id: integer('id').primaryKey() });
const db = drizzle(new Database('app.db'));
const raw = new Database('other.db');
export function seed() {
  db.transaction((tx) => {
    tx.delete(notes).run();
    db.insert(notes).values({ id: 1 }).run();
  });
  raw.transaction(() => raw.prepare('DELETE FROM notes').run())();
}`,
  `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  accounts: { id: number; balance: number };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function clean() {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('accounts').where('id', 'in', db.selectFrom('accounts').select('id').where('balance', '<', 0)).execute();
  });
}`,
  `import knex from 'knex';
import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
const warehouse = knex({ client: 'pg' });
export async function sync(email: string) {
  await prisma.$transaction(async (tx) => {
    await tx.user.create({ data: { email } });
    await warehouse('events').insert({ email });
  });
}`,
  `const queue = {
  transaction: async (fn: (t: { push(x: number): void }) => Promise<void>) => fn({ push() {} }),
  push(x: number) {
    return x;
  },
};
export async function run() {
  await queue.transaction(async (t) => {
    t.push(1);
    queue.push(2);
  });
}`,
  `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number) {
  await Account.create({ balance });
  await sequelize.transaction(async (t) => {
    await Account.create({ balance }, { transaction: t });
  });
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function signUp(email: string) {
  const [user] = await prisma.$transaction([
    prisma.user.create({ data: { email } }),
    prisma.order.deleteMany({ where: { total: 0 } }),
  ]);
  return user;
}`,
  `import { DataSource, Repository } from 'typeorm';
class Invoice {
  id!: number;
  paid!: boolean;
}
export class Billing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: Repository<Invoice>,
  ) {}
  async pay(id: number) {
    await this.dataSource.transaction(async (manager) => {
      await manager.withRepository(this.invoices).update(id, { paid: true });
    });
    return this.invoices.findOneBy({ id });
  }
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import createKnex from 'knex';
const db = createKnex({ client: 'pg' });
export async function transfer(from: number, to: number, amount: number) {
  await db.transaction(async (trx) => {
    await trx('accounts').where({ id: from }).decrement('balance', amount);
    await db('accounts').where({ id: to }).increment('balance', amount);
  });
}`,
    output: `import createKnex from 'knex';
const db = createKnex({ client: 'pg' });
export async function transfer(from: number, to: number, amount: number) {
  await db.transaction(async (trx) => {
    await trx('accounts').where({ id: from }).decrement('balance', amount);
    await trx('accounts').where({ id: to }).increment('balance', amount);
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'trx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { knex } from 'knex';
const db = knex({ client: 'pg' });
export function report() {
  return db.transaction((trx) => db.select('*').from('ledger').where('closed', false));
}`,
    output: `import { knex } from 'knex';
const db = knex({ client: 'pg' });
export function report() {
  return db.transaction((trx) => trx.select('*').from('ledger').where('closed', false));
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'trx' },
        line: 4,
        column: 34,
        endLine: 4,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
class Invoice {
  id!: number;
  paid!: boolean;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function pay(invoice: Invoice) {
  await dataSource.transaction(async (manager) => {
    await manager.update(Invoice, invoice.id, { paid: true });
    await dataSource.manager.save(invoice);
  });
}`,
    output: `import { DataSource } from 'typeorm';
class Invoice {
  id!: number;
  paid!: boolean;
}
const dataSource = new DataSource({ type: 'postgres' });
export async function pay(invoice: Invoice) {
  await dataSource.transaction(async (manager) => {
    await manager.update(Invoice, invoice.id, { paid: true });
    await manager.save(invoice);
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'dataSource.manager', handle: 'manager' },
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
class Invoice {
  id!: number;
}
export async function archive(ids: number[]) {
  const ds = new DataSource({ type: 'postgres' });
  await ds.transaction(async (m) => {
    await ds.getRepository(Invoice).delete(ids);
  });
}`,
    output: `import { DataSource } from 'typeorm';
class Invoice {
  id!: number;
}
export async function archive(ids: number[]) {
  const ds = new DataSource({ type: 'postgres' });
  await ds.transaction(async (m) => {
    await m.getRepository(Invoice).delete(ids);
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'ds', handle: 'm' },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function lock(id: number) {
  await dataSource.transaction(async (manager) => {
    await dataSource.query('SELECT pg_advisory_xact_lock($1)', [id]);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'dataSource', handle: 'manager' },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'useHandle',
            data: { replacement: 'manager' },
            output: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function lock(id: number) {
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [id]);
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number) {
  await sequelize.transaction(async (t) => {
    await Account.create({ balance });
    await Account.update({ balance: 0 }, { where: { balance: -1 } });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'missingTransaction',
        data: { method: 'create' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 25,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction: t }' },
            output: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number) {
  await sequelize.transaction(async (t) => {
    await Account.create({ balance }, { transaction: t });
    await Account.update({ balance: 0 }, { where: { balance: -1 } });
  });
}`,
          },
        ],
      },
      {
        messageId: 'missingTransaction',
        data: { method: 'update' },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 25,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction: t }' },
            output: `import { DataTypes, Model, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
class Account extends Model {}
Account.init({ balance: DataTypes.INTEGER }, { sequelize });
export async function open(balance: number) {
  await sequelize.transaction(async (t) => {
    await Account.create({ balance });
    await Account.update({ balance: 0 }, { where: { balance: -1 }, transaction: t });
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
const Ledger = sequelize.define('Ledger', { amount: DataTypes.INTEGER });
export async function post(amount: number) {
  await sequelize.transaction(async (transaction) => {
    await Ledger.create({ amount }, { transaction });
    await Ledger.destroy({ where: { amount: 0 } });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'missingTransaction',
        data: { method: 'destroy' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 25,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction }' },
            output: `import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('postgres://localhost/app');
const Ledger = sequelize.define('Ledger', { amount: DataTypes.INTEGER });
export async function post(amount: number) {
  await sequelize.transaction(async (transaction) => {
    await Ledger.create({ amount }, { transaction });
    await Ledger.destroy({ where: { amount: 0 }, transaction });
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
const connection = mongoose.createConnection('mongodb://localhost/app');
const Order = connection.model('Order', new mongoose.Schema({ total: Number }));
export async function place(total: number) {
  await connection.transaction(async (session) => {
    await Order.findOne({ total }).session(session);
    await Order.deleteMany({ total: 0 });
    await Order.create({ total });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'missingSession',
        data: { method: 'deleteMany' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 27,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '.session(session)' },
            output: `import mongoose from 'mongoose';
const connection = mongoose.createConnection('mongodb://localhost/app');
const Order = connection.model('Order', new mongoose.Schema({ total: Number }));
export async function place(total: number) {
  await connection.transaction(async (session) => {
    await Order.findOne({ total }).session(session);
    await Order.deleteMany({ total: 0 }).session(session);
    await Order.create({ total });
  });
}`,
          },
        ],
      },
      {
        messageId: 'missingSession',
        data: { method: 'create' },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
const orders = client.db('shop').collection('orders');
export async function place(total: number) {
  const session = client.startSession();
  try {
    await session.withTransaction(async () => {
      await orders.insertOne({ total }, { session });
      await orders.updateOne({ total: 0 }, { $set: { total } });
    });
  } finally {
    await session.endSession();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'missingSession',
        data: { method: 'updateOne' },
        line: 9,
        column: 13,
        endLine: 9,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ session }' },
            output: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
const orders = client.db('shop').collection('orders');
export async function place(total: number) {
  const session = client.startSession();
  try {
    await session.withTransaction(async () => {
      await orders.insertOne({ total }, { session });
      await orders.updateOne({ total: 0 }, { $set: { total } }, { session });
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
    code: `import { drizzle } from 'drizzle-orm/node-postgres';
import { integer, pgTable, serial } from 'drizzle-orm/pg-core';
const accounts = pgTable('accounts', { id: serial('id').primaryKey(), balance: integer('balance') });
const db = drizzle('postgres://localhost/app');
export async function seed() {
  await db.transaction(async (tx) => {
    await tx.delete(accounts);
    await db.insert(accounts).values({ balance: 0 });
  });
}`,
    output: `import { drizzle } from 'drizzle-orm/node-postgres';
import { integer, pgTable, serial } from 'drizzle-orm/pg-core';
const accounts = pgTable('accounts', { id: serial('id').primaryKey(), balance: integer('balance') });
const db = drizzle('postgres://localhost/app');
export async function seed() {
  await db.transaction(async (tx) => {
    await tx.delete(accounts);
    await tx.insert(accounts).values({ balance: 0 });
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'tx' },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  accounts: { id: number; balance: number };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function seed() {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('accounts').execute();
    await db.insertInto('accounts').values({ id: 1, balance: 0 }).execute();
  });
}`,
    output: `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Database {
  accounts: { id: number; balance: number };
}
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });
export async function seed() {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('accounts').execute();
    await trx.insertInto('accounts').values({ id: 1, balance: 0 }).execute();
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'trx' },
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({});
export async function seed(entity: object) {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    await em.persistAndFlush(entity);
  });
}`,
    output: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({});
export async function seed(entity: object) {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    await tx.persistAndFlush(entity);
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'em', handle: 'tx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export function count() {
  return db.transaction((trx) => {
    return db('users').count('id').then((rows) => rows.length);
  });
}`,
    output: `import knex from 'knex';
const db = knex({ client: 'pg' });
export function count() {
  return db.transaction((trx) => {
    return trx('users').count('id').then((rows) => rows.length);
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'trx' },
        line: 5,
        column: 12,
        endLine: 5,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function outer() {
  await db.transaction(async (trx) => {
    await trx('jobs').insert({ state: 'started' });
    await db.transaction(async (inner) => inner('audit').insert({ event: 'job' }));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'db', handle: 'trx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource, Repository } from 'typeorm';
class Invoice {
  id!: number;
  paid!: boolean;
}
export class Billing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: Repository<Invoice>,
  ) {}
  async pay(id: number) {
    await this.dataSource.transaction(async (manager) => {
      await this.invoices.update(id, { paid: true });
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'this.invoices', handle: 'manager' },
        line: 13,
        column: 13,
        endLine: 13,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'useHandle',
            data: { replacement: 'manager.withRepository(this.invoices)' },
            output: `import { DataSource, Repository } from 'typeorm';
class Invoice {
  id!: number;
  paid!: boolean;
}
export class Billing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: Repository<Invoice>,
  ) {}
  async pay(id: number) {
    await this.dataSource.transaction(async (manager) => {
      await manager.withRepository(this.invoices).update(id, { paid: true });
    });
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DataSource, EntityManager } from 'typeorm';
class Invoice {
  id!: number;
}
export async function purge(dataSource: DataSource, entities: EntityManager, id: number) {
  await dataSource.transaction(async (manager) => {
    await manager.delete(Invoice, id);
    await entities.insert(Invoice, { id });
  });
}`,
    output: `import { DataSource, EntityManager } from 'typeorm';
class Invoice {
  id!: number;
}
export async function purge(dataSource: DataSource, entities: EntityManager, id: number) {
  await dataSource.transaction(async (manager) => {
    await manager.delete(Invoice, id);
    await manager.insert(Invoice, { id });
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'entities', handle: 'manager' },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 19,
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
export async function signUp(email: string) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email } });
    await prisma.order.create({ data: { total: 0, userId: user.id } });
    return user;
  });
}`,
    output: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function signUp(email: string) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email } });
    await tx.order.create({ data: { total: 0, userId: user.id } });
    return user;
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'prisma', handle: 'tx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 17,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
export class Users {
  constructor(private readonly db: PrismaClient) {}
  rename(id: number, name: string) {
    return this.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data: { name } });
      await this.db.$executeRaw\`UPDATE "Order" SET total = 0 WHERE "userId" = \${id}\`;
    });
  }
}`,
    output: `import { PrismaClient } from './prisma/generated/client.js';
export class Users {
  constructor(private readonly db: PrismaClient) {}
  rename(id: number, name: string) {
    return this.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data: { name } });
      await tx.$executeRaw\`UPDATE "Order" SET total = 0 WHERE "userId" = \${id}\`;
    });
  }
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'this.db', handle: 'tx' },
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const primary = new PrismaClient();
export async function move(other: PrismaClient, id: number) {
  await primary.$transaction(async (tx) => {
    await tx.order.deleteMany({ where: { userId: id } });
    await other.user.delete({ where: { id } });
  });
}`,
    output: `import { PrismaClient } from './prisma/generated/client.js';
const primary = new PrismaClient();
export async function move(other: PrismaClient, id: number) {
  await primary.$transaction(async (tx) => {
    await tx.order.deleteMany({ where: { userId: id } });
    await tx.user.delete({ where: { id } });
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'other', handle: 'tx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function reset() {
  await prisma.$transaction(async () => {
    await prisma.order.deleteMany();
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'outerClientNoHandle',
        data: { outer: 'prisma' },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 17,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function bill(userId: number, totals: number[]) {
  await prisma.$transaction(async (tx) => {
    await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await Promise.all(totals.map((tx) => prisma.order.create({ data: { total: tx, userId } })));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'prisma', handle: 'tx' },
        line: 6,
        column: 42,
        endLine: 6,
        endColumn: 48,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function close(userId: number) {
  await prisma.$transaction(async (tx) => {
    async function audit() {
      await prisma.order.create({ data: { total: 0, userId } });
    }
    await tx.user.delete({ where: { id: userId } });
    await audit();
  });
}`,
    output: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export async function close(userId: number) {
  await prisma.$transaction(async (tx) => {
    async function audit() {
      await tx.order.create({ data: { total: 0, userId } });
    }
    await tx.user.delete({ where: { id: userId } });
    await audit();
  });
}`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'prisma', handle: 'tx' },
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Model, Sequelize } from 'sequelize';
class Account extends Model {
  declare balance: number;
}
const sequelize = new Sequelize('postgres://localhost/app');
export async function credit(id: number, amount: number) {
  await sequelize.transaction(async (t) => {
    const account = await Account.findByPk(id, { transaction: t, lock: true });
    if (!account) return;
    account.balance += amount;
    await account.save();
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'missingTransaction',
        data: { method: 'save' },
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 23,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction: t }' },
            output: `import { Model, Sequelize } from 'sequelize';
class Account extends Model {
  declare balance: number;
}
const sequelize = new Sequelize('postgres://localhost/app');
export async function credit(id: number, amount: number) {
  await sequelize.transaction(async (t) => {
    const account = await Account.findByPk(id, { transaction: t, lock: true });
    if (!account) return;
    account.balance += amount;
    await account.save({ transaction: t });
  });
}`,
          },
        ],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const knex = require('knex');
const db = knex({ client: 'pg' });
async function close(id) {
  await db.transaction(async (trx) => {
    await trx('users').where({ id }).del();
    await trx('orders').whereIn('user_id', db('users').select('id'));
  });
}
module.exports = { close };`,
  `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
async function signUp(email) {
  const user = await prisma.$transaction(async (tx) => tx.user.create({ data: { email } }));
  await prisma.order.count();
  return user;
}
module.exports = { signUp };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
async function signUp(email) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email } });
    await prisma.order.create({ data: { total: 0, userId: user.id } });
    return user;
  });
}
module.exports = { signUp };`,
    output: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
async function signUp(email) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email } });
    await tx.order.create({ data: { total: 0, userId: user.id } });
    return user;
  });
}
module.exports = { signUp };`,
    errors: [
      {
        messageId: 'outerClient',
        data: { outer: 'prisma', handle: 'tx' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 17,
        suggestions: [],
      },
    ],
  },
  {
    code: `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
const Ledger = sequelize.define('Ledger', { amount: DataTypes.INTEGER });
async function post(amount) {
  return sequelize.transaction(async (t) => {
    await Ledger.create({ amount });
    await sequelize.query('UPDATE totals SET n = n + 1');
  });
}
module.exports = { post };`,
    output: null,
    errors: [
      {
        messageId: 'missingTransaction',
        data: { method: 'create' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction: t }' },
            output: `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
const Ledger = sequelize.define('Ledger', { amount: DataTypes.INTEGER });
async function post(amount) {
  return sequelize.transaction(async (t) => {
    await Ledger.create({ amount }, { transaction: t });
    await sequelize.query('UPDATE totals SET n = n + 1');
  });
}
module.exports = { post };`,
          },
        ],
      },
      {
        messageId: 'missingTransaction',
        data: { method: 'query' },
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'passOption',
            data: { option: '{ transaction: t }' },
            output: `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
const Ledger = sequelize.define('Ledger', { amount: DataTypes.INTEGER });
async function post(amount) {
  return sequelize.transaction(async (t) => {
    await Ledger.create({ amount });
    await sequelize.query('UPDATE totals SET n = n + 1', { transaction: t });
  });
}
module.exports = { post };`,
          },
        ],
      },
    ],
  },
];
