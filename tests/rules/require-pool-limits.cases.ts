import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/require-pool-limits.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import { Pool, type PoolConfig } from 'pg';
const config: PoolConfig = { connectionString: process.env.DATABASE_URL };
config.max = Number(process.env.POOL_MAX ?? 10);
export const pool = new Pool(config);`,
  `import mongoose from 'mongoose';
export const connection = mongoose.createConnection('mongodb://db/app?maxPoolSize=20&waitQueueTimeoutMS=5000');`,
  `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, connectionTimeoutMillis: 5_000 });`,
  `import { Pool, type PoolConfig } from 'pg';
export function createPool(config: PoolConfig) {
  return new Pool(config);
}`,
  `import { Pool } from 'pg';
const base = { max: 20 };
export const pool = new Pool({ ...base, connectionTimeoutMillis: 5000 });`,
  `import { Pool } from 'pg';
const config = { max: 20, connectionTimeoutMillis: 5000 };
export const pool = new Pool(config);`,
  `import mysql from 'mysql2/promise';
export const pool = mysql.createPool({ host: 'db', connectionLimit: 10, queueLimit: 100 });`,
  `import { createPool } from 'mysql2';
export const pool = createPool('mysql://app@db/app?connectionLimit=10&connectTimeout=5000');`,
  `import knex from 'knex';
export const db = knex({ client: 'pg', pool: { max: 10 }, acquireConnectionTimeout: 10_000 });`,
  `import knex from 'knex';
export const db = knex({ client: 'better-sqlite3', connection: { filename: 'app.db' } });`,
  `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize('app', 'user', 'secret', { dialect: 'mysql', pool: { max: 10, acquire: 30_000 } });`,
  `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize({ dialect: 'sqlite', storage: 'app.db' });`,
  `import { DataSource } from 'typeorm';
export const dataSource = new DataSource({ type: 'postgres', poolSize: 10, extra: { connectionTimeoutMillis: 5000 } });`,
  `import { DataSource } from 'typeorm';
export const dataSource = new DataSource({ type: 'better-sqlite3', database: 'app.db' });`,
  `import { MongoClient } from 'mongodb';
export const client = new MongoClient('mongodb://db:27017/app', { maxPoolSize: 20, waitQueueTimeoutMS: 5000 });`,
  `import { createPool } from 'generic-pool';
export const pool = createPool({ create: async () => ({}), destroy: async () => {} }, { max: 10, acquireTimeoutMillis: 5000 });`,
  `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  `class Pool {
  constructor(readonly options?: object) {}
}
export const pool = new Pool({});`,
  `import { Pool } from 'pg';
export function make(options: Record<string, number>) {
  return new Pool({ max: 10, ...options });
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'pg', option: '`max`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 29,
        suggestions: [],
      },
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
export const pool = new Pool({ max: 20 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
export const pool = new Pool();`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'pg', option: '`max`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 29,
        suggestions: [],
      },
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `import pg from 'pg';
const config = { connectionString: process.env.DATABASE_URL, max: 20 };
export const pool = new pg.Pool(config);`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as pg from 'pg';
export const pool = new pg.Pool({ connectionTimeoutMillis: 5_000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'pg', option: '`max`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool as PgPool } from 'pg';
export const pool = new PgPool({ max: 10, connectionTimeoutMillis: undefined });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `import mysql from 'mysql2/promise';
export const pool = mysql.createPool({ host: 'db', user: 'app', connectionLimit: 10 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'mysql2', option: '`queueLimit` or `connectTimeout`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { createPool } from 'mysql2';
export const pool = createPool(process.env.DATABASE_URL ?? 'mysql://localhost/app');`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'mysql2', option: '`connectionLimit`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
      {
        messageId: 'missingTimeout',
        data: { library: 'mysql2', option: '`queueLimit` or `connectTimeout`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `import knex from 'knex';
export const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'knex', option: '`acquireConnectionTimeout`' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { knex } from 'knex';
export const db = knex({ client: 'mysql2', connection: process.env.DATABASE_URL, acquireConnectionTimeout: 10_000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'knex', option: '`pool.max`' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL ?? '', { dialect: 'postgres', pool: { max: 10 } });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'sequelize', option: '`pool.acquire`' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize('app', 'user', 'secret');`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'sequelize', option: '`pool.max`' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 39,
        suggestions: [],
      },
      {
        messageId: 'missingTimeout',
        data: { library: 'sequelize', option: '`pool.acquire`' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
export const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, poolSize: 10 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'typeorm', option: '`extra.connectionTimeoutMillis` or `connectTimeoutMS`' },
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DataSource } from 'typeorm';
export const dataSource = new DataSource({ type: 'mysql', extra: { queueLimit: 100 } });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'typeorm', option: '`poolSize` or `extra.connectionLimit`' },
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
export const client = new MongoClient(process.env.MONGO_URL ?? '', { maxPoolSize: 20 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'mongodb', option: '`waitQueueTimeoutMS`' },
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
export const client = new MongoClient('mongodb://db:27017/app?maxPoolSize=20');`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'mongodb', option: '`waitQueueTimeoutMS`' },
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { createPool } from 'generic-pool';
export const pool = createPool({ create: async () => ({}), destroy: async () => {} }, { max: 10 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'generic-pool', option: '`acquireTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `const { Pool } = require('pg');
module.exports.pool = new Pool({ max: 5 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `import mongoose from 'mongoose';
export const connection = mongoose.createConnection(process.env.MONGO_URL ?? '', { waitQueueTimeoutMS: 5000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'mongoose', option: '`maxPoolSize`' },
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { PgPool } from './db-helpers.js';
export const pool = new PgPool({ max: 10 });`,
    output: null,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { library: 'pg', option: '`connectionTimeoutMillis`' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const { Pool } = require('pg');
module.exports = new Pool({ max: 10, connectionTimeoutMillis: 2000 });`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { Pool } = require('pg');
const pool = new Pool({ connectionTimeoutMillis: 2000 });
module.exports = pool;`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'pg', option: '`max`' },
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { MongoClient } from 'mongodb';
export const client = new MongoClient(process.env.MONGO_URL, { waitQueueTimeoutMS: 5000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingMax',
        data: { library: 'mongodb', option: '`maxPoolSize`' },
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
];
