import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-stored-session.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { Pool } from 'pg';
export class Db {
  private readonly pool: Pool;
  constructor() {
    this.pool = new Pool();
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function load(id: string) {
  const client = await pool.connect();
  try {
    return (await client.query('SELECT * FROM users WHERE id = $1', [id])).rows;
  } finally {
    client.release();
  }
}`,
  `import { Injectable, Scope } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
@Injectable({ scope: Scope.REQUEST })
export class UnitOfWork {
  private runner?: QueryRunner;
  async begin() {
    this.runner = dataSource.createQueryRunner();
    await this.runner.startTransaction();
  }
}`,
  `import * as nest from '@nestjs/common';
import mongoose from 'mongoose';
@nest.Controller({ path: 'orders', scope: nest.Scope.REQUEST })
export class OrdersController {
  private session = mongoose.startSession();
}`,
  `import express from 'express';
import knex from 'knex';
const db = knex({ client: 'pg' });
const app = express();
app.post('/orders', async (req, res) => {
  await db.transaction(async (trx) => {
    res.locals.trx = trx;
    await trx('orders').insert(req.body);
  });
  res.sendStatus(201);
});`,
  `import knex from 'knex';
export class Database {
  readonly db = knex({ client: 'pg' });
}`,
  `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export class Repo {
  private readonly manager = dataSource.manager;
}`,
  `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({ entities: [], dbName: 'app' });
export class Repo {
  private em = orm.em;
  fork() {
    return this.em.fork();
  }
}`,
  `import { PrismaClient } from './prisma/generated/client.js';
export class Users {
  private readonly prisma = new PrismaClient();
}`,
  `import knex from 'knex';
const db = knex({ client: 'pg' });
export function makeUnit() {
  let trx: unknown;
  return {
    async begin() {
      trx = await db.transaction();
    },
    current: () => trx,
  };
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export class Report {
  rows: unknown[] = [];
  async load() {
    const client = await pool.connect();
    this.rows = (await client.query('SELECT 1')).rows;
    client.release();
  }
}`,
  `import { MongoClient } from 'mongodb';
import Redis from 'ioredis';
export class Clients {
  mongo = new MongoClient('mongodb://db');
  redis = new Redis();
}`,
  `import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
async function save(trx: Knex.Transaction, row: object) {
  await trx('rows').insert(row);
}
export async function importRows(rows: object[]) {
  await db.transaction(async (trx) => {
    for (const row of rows) await save(trx, row);
  });
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export class Repo {
  client: unknown;
  async load() {
    // @ts-expect-error connectt does not exist: a type error must not crash the rule
    this.client = await pool.connectt();
  }
}`,
  `import mongoose from 'mongoose';
export const adminSession = await mongoose.startSession();`,
  {
    code: `class Logger {
  info() {}
}
export class Service {
  logger?: Logger;
  attach(logger: Logger) {
    this.logger = logger;
  }
}`,
    options: [{ sessionTypes: [{ from: 'file', name: 'UnitOfWork' }] }],
  },
  `export class Holder {
  value: any;
  set(tx: any) {
    this.value = tx;
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function handle() {
  const unit = {
    client: undefined as unknown,
    async open() {
      this.client = await pool.connect();
    },
  };
  await unit.open();
  return unit;
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { Pool, type PoolClient } from 'pg';
const pool = new Pool();
export class UserService {
  private client?: PoolClient;
  async load(id: string) {
    this.client = await pool.connect();
    try {
      const { rows } = await this.client.query('SELECT * FROM users WHERE id = $1', [id]);
      return rows;
    } finally {
      this.client.release();
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.client', handle: 'pg.PoolClient' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'client' },
            output: `import { Pool, type PoolClient } from 'pg';
const pool = new Pool();
export class UserService {
  async load(id: string) {
    const client = await pool.connect();
    try {
      const { rows } = await client.query('SELECT * FROM users WHERE id = $1', [id]);
      return rows;
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
    code: `import * as mysql from 'mysql2/promise';
const pool = mysql.createPool({ host: 'db' });
export class OrderService {
  private conn?: mysql.PoolConnection;
  async begin() {
    this.conn = await pool.getConnection();
    await this.conn.beginTransaction();
  }
  async commit() {
    await this.conn?.commit();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.conn', handle: 'mysql2.PoolConnection' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export class Checkout {
  private runner = dataSource.createQueryRunner();
  async pay() {
    await this.runner.startTransaction();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.runner', handle: 'typeorm.QueryRunner' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource, type EntityManager } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export class Checkout {
  manager?: EntityManager;
  async open() {
    const runner = dataSource.createQueryRunner();
    this.manager = runner.manager;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.manager', handle: 'typeorm.ScopedEntityManager' },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
const db = knex({ client: 'pg' });
export class Importer {
  private trx: unknown;
  async run() {
    await db.transaction(async (trx) => {
      this.trx = trx;
      await trx('jobs').insert({ state: 'running' });
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.trx', handle: 'knex.Transaction' },
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize, type Transaction } from 'sequelize';
const sequelize = new Sequelize('postgres://db/app');
let current: Transaction | null = null;
export async function transfer(amount: number) {
  current = await sequelize.transaction();
  await sequelize.query('UPDATE accounts SET balance = balance - ?', { replacements: [amount], transaction: current });
  await current.commit();
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'current', handle: 'sequelize.Transaction' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'current' },
            output: `import { Sequelize, type Transaction } from 'sequelize';
const sequelize = new Sequelize('postgres://db/app');
export async function transfer(amount: number) {
  const current = await sequelize.transaction();
  await sequelize.query('UPDATE accounts SET balance = balance - ?', { replacements: [amount], transaction: current });
  await current.commit();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
export class SessionHolder {
  static session?: mongoose.ClientSession;
}
export async function begin() {
  SessionHolder.session = await mongoose.startSession();
  SessionHolder.session.startTransaction();
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'SessionHolder.session', handle: 'mongodb.ClientSession' },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient, type ClientSession } from 'mongodb';
const mongo = new MongoClient('mongodb://db');
const state: { session?: ClientSession } = {};
export function open() {
  state.session = mongo.startSession();
  return state.session.id;
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'state.session', handle: 'mongodb.ClientSession' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init({ entities: [], dbName: 'app' });
export class CartRepository {
  private readonly em = orm.em.fork();
  count() {
    return this.em.count('Cart', {});
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.em', handle: 'mikro-orm.ForkedEntityManager' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Kysely } from 'kysely';
const db = new Kysely<{ users: { id: number } }>({} as never);
export class Seeder {
  private trx: unknown;
  async seed() {
    await db.transaction().execute(async (trx) => {
      this.trx = trx;
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.trx', handle: 'kysely.Transaction' },
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(process.env.DATABASE_URL!);
let activeTx: unknown;
export async function run() {
  await db.transaction(async (tx) => {
    activeTx = tx;
  });
}
export function current() {
  return activeTx;
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'activeTx', handle: 'drizzle.Transaction' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Injectable, Scope } from '@nestjs/common';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
@Injectable({ scope: Scope.REQUEST, durable: true })
export class TenantUnitOfWork {
  private runner = dataSource.createQueryRunner();
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.runner', handle: 'typeorm.QueryRunner' },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Injectable } from '@nestjs/common';
import mongoose from 'mongoose';
@Injectable()
export class AuditService {
  private session?: mongoose.ClientSession;
  async record() {
    this.session ??= await mongoose.startSession();
    return this.session.id;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.session', handle: 'mongodb.ClientSession' },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool as PgPool } from 'pg';
const pool = new PgPool();
export class Reports {
  #client: Awaited<ReturnType<PgPool['connect']>> | undefined;
  async daily() {
    this.#client = await pool.connect();
    const result = await this.#client.query('SELECT count(*) FROM orders');
    this.#client.release();
    return result.rows;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.#client', handle: 'pg.PoolClient' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'client' },
            output: `import { Pool as PgPool } from 'pg';
const pool = new PgPool();
export class Reports {
  async daily() {
    const client = await pool.connect();
    const result = await client.query('SELECT count(*) FROM orders');
    client.release();
    return result.rows;
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
export async function warmUp() {
  (globalThis as { pgClient?: unknown }).pgClient = await pool.connect();
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: '(globalThis as { pgClient?: unknown }).pgClient', handle: 'pg.PoolClient' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 73,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export class Repo {
  client: unknown;
  async load() {
    this.client = await pool.connect();
  }
  close(client: unknown) {
    return client === this.client;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.client', handle: 'pg.PoolClient' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { PoolClient } from 'pg';
export class Unit {
  private client?: PoolClient;
  attach(client: PoolClient) {
    this.client = client;
  }
  run() {
    return this.client?.query('SELECT 1');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.client', handle: 'pg.PoolClient' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { Transaction } from 'kysely';
interface Db { users: { id: number } }
export class Audit {
  static trx: Transaction<Db> | undefined;
  static use(trx: Transaction<Db>) {
    Audit.trx = trx;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'Audit.trx', handle: 'kysely.Transaction' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import type { Knex } from 'knex';
export class OrderRepository {
  constructor(private readonly trx: Knex.Transaction) {}
  list() {
    return this.trx('orders').select();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.trx', handle: 'knex.Transaction' },
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
const prisma = new PrismaClient();
export class Signup {
  private tx: unknown;
  async run(email: string) {
    await prisma.$transaction(async (tx) => {
      this.tx = tx;
      await tx.user.create({ data: { email } });
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.tx', handle: 'prisma.TransactionClient' },
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `class UnitOfWork {
  commit() {}
}
export class Service {
  uow?: UnitOfWork;
  constructor(uow: UnitOfWork) {
    this.uow = uow;
  }
}`,
    options: [{ sessionTypes: [{ from: 'file', name: 'UnitOfWork' }] }],
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.uow', handle: 'UnitOfWork' },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PgPool } from './db-helpers.js';
const pool = new PgPool();
export class Ledger {
  private client: unknown;
  async open() {
    this.client = await pool.connect();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.client', handle: 'pg.PoolClient' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'client' },
            output: `import { PgPool } from './db-helpers.js';
const pool = new PgPool();
export class Ledger {
  async open() {
    const client = await pool.connect();
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
class Repo {
  constructor(client) {
    this.pool = pool;
    this.client = client;
  }
}
module.exports = { Repo };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
const pool = new Pool();
class Repo {
  async run() {
    this.client = await pool.connect();
    await this.client.query('SELECT 1');
    this.client.release();
  }
}
module.exports = { Repo };`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'this.client', handle: 'pg.PoolClient' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'client' },
            output: `const { Pool } = require('pg');
const pool = new Pool();
class Repo {
  async run() {
    const client = await pool.connect();
    await client.query('SELECT 1');
    client.release();
  }
}
module.exports = { Repo };`,
          },
        ],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
let session;
export async function transfer() {
  session = await mongoose.startSession();
  await session.withTransaction(async () => {});
  await session.endSession();
}`,
    output: null,
    errors: [
      {
        messageId: 'storedSession',
        data: { target: 'session', handle: 'mongodb.ClientSession' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestLocalVariable',
            data: { name: 'session' },
            output: `import mongoose from 'mongoose';
export async function transfer() {
  const session = await mongoose.startSession();
  await session.withTransaction(async () => {});
  await session.endSession();
}`,
          },
        ],
      },
    ],
  },
];
