import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-pool-per-call.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Off the request path: a Nest init hook makes the pool once.
  `import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
@Injectable()
export class Migrations implements OnModuleInit {
  async onModuleInit() {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL });
    await pool.query('SELECT 1');
    await pool.end();
  }
}`,
  `import { Pool } from 'pg';
const pool = new Pool();
export async function getUser(id: string) {
  return (await pool.query('SELECT * FROM users WHERE id = $1', [id])).rows[0];
}`,
  `import { Pool, type PoolConfig } from 'pg';
export function createPool(config: PoolConfig) {
  const pool = new Pool(config);
  pool.on('error', (error) => console.error(error));
  return pool;
}`,
  `import { Pool } from 'pg';
let pool: Pool | undefined;
export function getPool() {
  pool ??= new Pool();
  return pool;
}`,
  `import knex, { type Knex } from 'knex';
export class Db {
  static #instance: Knex | undefined;
  static get() {
    return (Db.#instance ??= knex({ client: 'pg' }));
  }
}`,
  `import { Pool } from 'pg';
class UserRepository {
  private readonly pool = new Pool();
  find(id: string) {
    return this.pool.query('SELECT * FROM users WHERE id = $1', [id]);
  }
}
export const users = new UserRepository();
export function handler(id: string) {
  return users.find(id);
}`,
  `import { Pool } from 'pg';
async function main() {
  const pool = new Pool();
  await pool.query('CREATE TABLE IF NOT EXISTS jobs (id serial)');
  await pool.end();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});`,
  `import { Pool } from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
let pool: Pool;
beforeAll(() => {
  pool = new Pool();
});
afterAll(() => pool.end());
it('connects', async () => {
  const own = new Pool();
  await own.query('SELECT 1');
  await own.end();
});`,
  `import { Sequelize } from 'sequelize';
const tenants = new Map<string, Sequelize>();
export function forTenant(url: string) {
  let sequelize = tenants.get(url);
  if (!sequelize) {
    sequelize = new Sequelize(url);
    tenants.set(url, sequelize);
  }
  return sequelize;
}`,
  `import { MongoClient } from 'mongodb';
export async function connect(url: string) {
  const client = new MongoClient(url);
  await client.connect();
  return { db: client.db(), close: () => client.close() };
}`,
  `import Database from 'better-sqlite3';
export function readSettings(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT * FROM settings').all();
  db.close();
  return rows;
}`,
  `import pg from 'pg';
export async function once(sql: string) {
  const client = new pg.Client();
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}`,
  `import { Pool } from 'pg';
export const ready = (async () => {
  const pool = new Pool();
  await pool.query('SELECT 1');
  return true;
})();`,
  `function createPool(size: number) {
  return Array.from({ length: size }, () => ({ busy: false }));
}
export function slots() {
  const pool = createPool(4);
  return pool.length;
}`,
  `import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
@Injectable()
export class RateLimiter {
  private readonly redis = new Redis();
  hit(key: string) {
    return this.redis.incr(key);
  }
}`,
  `import fastify from 'fastify';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
export function build() {
  const app = fastify();
  const db = drizzle(new Pool());
  app.decorate('db', db);
  return app;
}`,
  `import { Pool } from 'pg';
let pool: Pool | null = null;
export function init() {
  // @ts-expect-error max must be a number: a type error must not crash the rule
  pool = new Pool({ max: 'ten' });
}`,
  `import { Pool } from 'pg';
class Repo {
  constructor(readonly pool = new Pool()) {}
}
export function make() {
  return new Repo();
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { Pool as PgPool } from 'pg';
export async function getUser(id: string) {
  const pool = new PgPool({ connectionString: process.env.DATABASE_URL });
  try {
    const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  } finally {
    await pool.end();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new PgPool()', cls: 'pg.Pool' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 74,
        suggestions: [],
      },
    ],
  },
  {
    code: `import express from 'express';
import mysql from 'mysql2/promise';
const app = express();
app.get('/orders', async (req, res) => {
  const db = mysql.createPool({ host: 'db', user: 'app' });
  const [rows] = await db.query('SELECT * FROM orders');
  res.json(rows);
});`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'mysql.createPool()', cls: 'mysql2.Pool' },
        line: 5,
        column: 14,
        endLine: 5,
        endColumn: 59,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
export async function countUsers() {
  const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await dataSource.initialize();
  return dataSource.query('SELECT count(*) FROM users');
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new DataSource()', cls: 'typeorm.DataSource' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 89,
        suggestions: [],
      },
    ],
  },
  {
    code: `import createKnex from 'knex';
export class ReportService {
  async daily() {
    const db = createKnex({ client: 'pg', connection: process.env.DATABASE_URL });
    return db('orders').count();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'createKnex()', cls: 'knex.Knex' },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 82,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize } from 'sequelize';
export async function health() {
  const sequelize = new Sequelize(process.env.DATABASE_URL ?? '');
  await sequelize.authenticate();
  return 'ok';
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Sequelize()', cls: 'sequelize.Sequelize' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 66,
        suggestions: [],
      },
    ],
  },
  {
    code: `// @ts-expect-error the client is generated elsewhere in this project: a type error must not crash the rule
import { PrismaClient } from '@prisma/client';
export async function listPosts() {
  const prisma = new PrismaClient();
  return prisma.post.findMany();
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new PrismaClient()', cls: 'prisma.PrismaClient' },
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
export async function findUser(email: string) {
  const client = new MongoClient('mongodb://db:27017');
  await client.connect();
  const user = await client.db('app').collection('users').findOne({ email });
  await client.close();
  return user;
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new MongoClient()', cls: 'mongodb.MongoClient' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as mongoose from 'mongoose';
export async function tenantUsers(tenant: string) {
  const connection = mongoose.createConnection(\`mongodb://db/\${tenant}\`);
  return connection.collection('users').countDocuments();
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'mongoose.createConnection()', cls: 'mongoose.Connection' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 73,
        suggestions: [],
      },
    ],
  },
  {
    code: `import Redis from 'ioredis';
export async function cached(key: string) {
  const redis = new Redis(6379, 'cache');
  return redis.get(key);
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Redis()', cls: 'ioredis.Redis' },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { createClient } from 'redis';
export async function publish(message: string) {
  const client = createClient({ url: 'redis://cache' });
  await client.connect();
  await client.publish('events', message);
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'createClient()', cls: 'redis.Client' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
interface Db { users: { id: number; name: string } }
export async function names() {
  const db = new Kysely<Db>({ dialect: new PostgresDialect({ pool: new Pool() }) });
  return db.selectFrom('users').select('name').execute();
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Kysely()', cls: 'kysely.Kysely' },
        line: 5,
        column: 14,
        endLine: 5,
        endColumn: 84,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
export async function ping() {
  const db = drizzle(new Pool());
  return db.execute('select 1');
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'drizzle()', cls: 'drizzle.Database' },
        line: 4,
        column: 14,
        endLine: 4,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MikroORM } from '@mikro-orm/core';
export async function archive(id: number) {
  const orm = await MikroORM.init({ entities: [], dbName: 'app' });
  const em = orm.em.fork();
  return em.findOne('Order', { id });
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'MikroORM.init()', cls: 'mikro-orm.MikroORM' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 67,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
export function lookup(sql: string) {
  return new Pool().query(sql);
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Pool()', cls: 'pg.Pool' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
class UserRepository {
  private readonly pool: Pool;
  constructor() {
    this.pool = new Pool();
  }
  find(id: string) {
    return this.pool.query('SELECT * FROM users WHERE id = $1', [id]);
  }
}
export async function handler(id: string) {
  const users = new UserRepository();
  return (await users.find(id)).rows;
}`,
    output: null,
    errors: [
      {
        messageId: 'servicePerCall',
        data: { service: 'UserRepository', producer: 'new Pool()', line: 5, cls: 'pg.Pool' },
        line: 12,
        column: 17,
        endLine: 12,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Injectable, Scope } from '@nestjs/common';
import Redis from 'ioredis';
@Injectable({ scope: Scope.REQUEST })
export class RateLimiter {
  private readonly redis = new Redis();
  hit(key: string) {
    return this.redis.incr(key);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerRequestScope',
        data: { producer: 'new Redis()', cls: 'ioredis.Redis' },
        line: 5,
        column: 28,
        endLine: 5,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  // `contexts: { startup: true }` reports startup code too.
  {
    code: `import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
@Injectable()
export class Migrations implements OnModuleInit {
  async onModuleInit() {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL });
    await pool.query('SELECT 1');
    await pool.end();
  }
}`,
    options: [{ contexts: { startup: true } }],
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Pool()', cls: 'pg.Pool' },
        line: 6,
        column: 18,
        endLine: 6,
        endColumn: 74,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { PrismaClient } from './prisma/generated/client.js';
export async function countUsers() {
  const prisma = new PrismaClient();
  const count = await prisma.user.count();
  await prisma.$disconnect();
  return count;
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new PrismaClient()', cls: 'prisma.PrismaClient' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { PgPool, RedisClient } from './db-helpers.js';
export async function load(key: string) {
  const pool = new PgPool();
  const redis = new RedisClient();
  return [await pool.query('SELECT 1'), await redis.get(key)];
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new PgPool()', cls: 'pg.Pool' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 28,
        suggestions: [],
      },
      {
        messageId: 'poolPerCall',
        data: { producer: 'new RedisClient()', cls: 'ioredis.Redis' },
        line: 4,
        column: 17,
        endLine: 4,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  {
    // A project class that extends a generated Prisma client is one: its own type says so through its base.
    code: `import { PrismaService, QueryCache } from './db-helpers.js';
export async function count() {
  const cache = new QueryCache();
  const prisma = new PrismaService();
  return [cache.entries.size, await prisma.user.count()];
}`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new PrismaService()', cls: 'prisma.PrismaClient' },
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const { Pool } = require('pg');
let pool;
exports.getPool = () => (pool ??= new Pool());`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
module.exports.handler = async (event) => {
  const pool = new Pool();
  const result = await pool.query('SELECT * FROM items WHERE id = $1', [event.id]);
  return { statusCode: 200, body: JSON.stringify(result.rows) };
};`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Pool()', cls: 'pg.Pool' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    code: `const Redis = require('ioredis');
function get(key) {
  const redis = new Redis();
  return redis.get(key);
}
module.exports = { get };`,
    output: null,
    errors: [
      {
        messageId: 'poolPerCall',
        data: { producer: 'new Redis()', cls: 'ioredis.Redis' },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
];
