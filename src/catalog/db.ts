import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import { deepFreeze } from '../util/freeze.js';

/**
 * What the database libraries' objects are, how they are made, and how their
 * sessions and transactions open and close: the data behind the DB rules.
 * Adding a library is adding rows here.
 *
 * A DB class is identified by an id `<library>.<Name>` (`pg.PoolClient`).
 */

/**
 * - `pool`: owns connections and lives for the process (`Pool`, `PrismaClient`,
 *   `DataSource`, a Knex instance, a global `EntityManager`): create once, store freely;
 * - `session`: one checked-out connection, session or transaction handle:
 *   lives for one request or one unit of work.
 */
export type DbRole = 'pool' | 'session';

export interface DbClass {
  readonly id: string;
  readonly library: string;
  readonly role: DbRole;
  /** How the type checker recognises a value of this class. Empty: only by origin (`em.fork()`). */
  readonly types: readonly TypeOrValueSpecifier[];
  /** Members whose presence identifies the type structurally (Prisma's generated clients live in the project). */
  readonly members?: readonly string[];
  /** Members the type must not have for the structural match. */
  readonly absentMembers?: readonly string[];
  /** Methods of the value that give it back to its pool (`client.release()`). */
  readonly release?: readonly string[];
  /** A pool's own method that takes the session back (`genericPool.release(resource)`). */
  readonly releaseVia?: { readonly pool: string; readonly methods: readonly string[] };
  /** The release returns a promise (`await queryRunner.release()`). */
  readonly asyncRelease?: boolean;
  /**
   * Methods of a lazily connected session that complete the checkout
   * (`await queryRunner.connect()`): when they reject, nothing is held yet.
   */
  readonly lazyCheckout?: readonly string[];
  /**
   * The database runs inside this process (a file opened by better-sqlite3):
   * no server whose connection limit a new instance per call could exhaust.
   */
  readonly embedded?: boolean;
  /**
   * Queries made through this handle are lazy builders or promises that run
   * only when awaited or `.then`ed (Knex, Prisma, Drizzle): an un-awaited one
   * never starts, so it cannot overlap the next.
   */
  readonly lazyQueries?: boolean;
}

/**
 * How a DB value is made: a module export called or constructed, or a method
 * (or property, such as `dataSource.manager`) of another DB value.
 */
export type DbProducer =
  | {
      readonly kind: 'export';
      readonly module: string;
      /** Export path; empty for the module itself (`knex(config)`). */
      readonly path: readonly string[];
      readonly construct: boolean;
      readonly returns: string;
      /** The call checks a session out of a pool: it must be released (`mongoose.startSession()`). */
      readonly acquires?: boolean;
    }
  | {
      readonly kind: 'method';
      readonly owner: string;
      readonly method: string;
      readonly returns: string;
      /** The call checks a connection or session out of a pool: it must be released. */
      readonly acquires?: boolean;
      /** Only when the call has no callback argument (`knex.transaction()` vs `knex.transaction(cb)`). */
      readonly withoutCallback?: boolean;
    };

const pkg = (library: string, ...name: string[]): TypeOrValueSpecifier => ({
  from: 'package',
  package: library,
  name: name.length === 1 ? (name[0] as string) : name,
});

export const DB_CLASSES: readonly DbClass[] = deepFreeze<DbClass[]>([
  // pg
  { id: 'pg.Pool', library: 'pg', role: 'pool', types: [pkg('pg', 'Pool')] },
  { id: 'pg.PoolClient', library: 'pg', role: 'session', types: [pkg('pg', 'PoolClient')], release: ['release'] },
  // mysql2 (callback and promise APIs)
  { id: 'mysql2.Pool', library: 'mysql2', role: 'pool', types: [pkg('mysql2', 'Pool')] },
  {
    id: 'mysql2.PoolConnection',
    library: 'mysql2',
    role: 'session',
    types: [pkg('mysql2', 'PoolConnection')],
    release: ['release', 'destroy'],
    releaseVia: { pool: 'mysql2.Pool', methods: ['releaseConnection'] },
  },
  // TypeORM
  { id: 'typeorm.DataSource', library: 'typeorm', role: 'pool', types: [pkg('typeorm', 'DataSource')] },
  {
    id: 'typeorm.QueryRunner',
    library: 'typeorm',
    role: 'session',
    types: [pkg('typeorm', 'QueryRunner')],
    release: ['release'],
    asyncRelease: true,
    lazyCheckout: ['connect'],
  },
  // The global EntityManager is long-lived; `queryRunner.manager` and transaction callbacks are sessions by origin.
  { id: 'typeorm.EntityManager', library: 'typeorm', role: 'pool', types: [pkg('typeorm', 'EntityManager')] },
  { id: 'typeorm.ScopedEntityManager', library: 'typeorm', role: 'session', types: [] },
  // Repositories: of the global manager (injected `Repository<User>`) long-lived; of a transaction's manager by origin.
  { id: 'typeorm.Repository', library: 'typeorm', role: 'pool', types: [pkg('typeorm', 'Repository')] },
  { id: 'typeorm.ScopedRepository', library: 'typeorm', role: 'session', types: [] },
  // Knex
  { id: 'knex.Knex', library: 'knex', role: 'pool', types: [pkg('knex', 'Knex')] },
  { id: 'knex.Transaction', library: 'knex', role: 'session', types: [pkg('knex', 'Transaction')], lazyQueries: true },
  // Sequelize
  { id: 'sequelize.Sequelize', library: 'sequelize', role: 'pool', types: [pkg('sequelize', 'Sequelize')] },
  { id: 'sequelize.Transaction', library: 'sequelize', role: 'session', types: [pkg('sequelize', 'Transaction')] },
  // Prisma: generated clients live in the project, so they are recognised by their `$` members.
  {
    id: 'prisma.PrismaClient',
    library: 'prisma',
    role: 'pool',
    types: [],
    members: ['$transaction', '$connect', '$disconnect'],
  },
  // `Prisma.TransactionClient` is the client without `$connect`/`$disconnect`: a `$transaction` callback's parameter.
  {
    id: 'prisma.TransactionClient',
    library: 'prisma',
    role: 'session',
    types: [],
    members: ['$queryRaw', '$executeRaw'],
    absentMembers: ['$connect', '$disconnect'],
    lazyQueries: true,
  },
  // MongoDB driver and Mongoose
  { id: 'mongodb.MongoClient', library: 'mongodb', role: 'pool', types: [pkg('mongodb', 'MongoClient')] },
  {
    id: 'mongodb.ClientSession',
    library: 'mongodb',
    role: 'session',
    types: [pkg('mongodb', 'ClientSession'), pkg('mongoose', 'ClientSession')],
    release: ['endSession'],
    asyncRelease: true,
  },
  { id: 'mongoose.Connection', library: 'mongoose', role: 'pool', types: [pkg('mongoose', 'Connection')] },
  { id: 'mongoose.Mongoose', library: 'mongoose', role: 'pool', types: [pkg('mongoose', 'Mongoose')] },
  // Kysely
  { id: 'kysely.Kysely', library: 'kysely', role: 'pool', types: [pkg('kysely', 'Kysely')] },
  {
    id: 'kysely.Transaction',
    library: 'kysely',
    role: 'session',
    types: [pkg('kysely', 'Transaction', 'ControlledTransaction')],
  },
  // Drizzle: one transaction class per dialect and driver.
  {
    id: 'drizzle.Transaction',
    library: 'drizzle-orm',
    role: 'session',
    types: [
      pkg(
        'drizzle-orm',
        'PgTransaction',
        'MySqlTransaction',
        'SQLiteTransaction',
        'NodePgTransaction',
        'MySql2Transaction',
        'BetterSQLiteTransaction',
      ),
    ],
    lazyQueries: true,
  },
  {
    id: 'drizzle.Database',
    library: 'drizzle-orm',
    role: 'pool',
    types: [
      pkg(
        'drizzle-orm',
        'PgDatabase',
        'MySqlDatabase',
        'BaseSQLiteDatabase',
        'NodePgDatabase',
        'MySql2Database',
        'BetterSQLite3Database',
      ),
    ],
  },
  // MikroORM: the global EntityManager is long-lived; `em.fork()` is a session by origin.
  { id: 'mikro-orm.MikroORM', library: '@mikro-orm/core', role: 'pool', types: [pkg('@mikro-orm/core', 'MikroORM')] },
  { id: 'mikro-orm.EntityManager', library: '@mikro-orm/core', role: 'pool', types: [pkg('@mikro-orm/core', 'EntityManager')] },
  { id: 'mikro-orm.ForkedEntityManager', library: '@mikro-orm/core', role: 'session', types: [] },
  // better-sqlite3: one connection, no pool; listed for its transactions and pragmas.
  {
    id: 'better-sqlite3.Database',
    library: 'better-sqlite3',
    role: 'pool',
    types: [pkg('better-sqlite3', 'Database')],
    embedded: true,
  },
  // generic-pool
  { id: 'generic-pool.Pool', library: 'generic-pool', role: 'pool', types: [pkg('generic-pool', 'Pool')] },
  {
    id: 'generic-pool.Resource',
    library: 'generic-pool',
    role: 'session',
    types: [],
    releaseVia: { pool: 'generic-pool.Pool', methods: ['release', 'destroy'] },
    asyncRelease: true,
  },
  // Redis clients own connections too.
  { id: 'ioredis.Redis', library: 'ioredis', role: 'pool', types: [pkg('ioredis', 'Redis', 'Cluster')] },
  { id: 'redis.Client', library: 'redis', role: 'pool', types: [pkg('@redis/client', 'RedisClientType')] },
]);

/**
 * Markers in the names of packages that declare DB types: the libraries
 * above, their scoped parts (`@mikro-orm/postgresql`, `@redis/client`), their
 * `@types`, wrappers (`@nestjs/typeorm`) and generated clients (`.prisma`).
 * Generous on purpose: a package matched here only costs a type query.
 */
const DB_PACKAGE_MARKERS: readonly string[] = [
  'postgres',
  'mysql',
  'typeorm',
  'knex',
  'sequelize',
  'prisma',
  'mongo',
  'kysely',
  'drizzle',
  'mikro-orm',
  'sqlite',
  'generic-pool',
  'redis',
];

/** Whether a package (as `packageOfFile` names it) may declare a DB class. */
export function isDbPackage(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.split(/[/@._-]/u).includes('pg') || DB_PACKAGE_MARKERS.some((marker) => lower.includes(marker));
}

export const DB_PRODUCERS: readonly DbProducer[] = deepFreeze<DbProducer[]>([
  { kind: 'export', module: 'pg', path: ['Pool'], construct: true, returns: 'pg.Pool' },
  { kind: 'export', module: 'pg', path: ['default', 'Pool'], construct: true, returns: 'pg.Pool' },
  { kind: 'method', owner: 'pg.Pool', method: 'connect', returns: 'pg.PoolClient', acquires: true },

  { kind: 'export', module: 'mysql2', path: ['createPool'], construct: false, returns: 'mysql2.Pool' },
  { kind: 'export', module: 'mysql2/promise', path: ['createPool'], construct: false, returns: 'mysql2.Pool' },
  { kind: 'method', owner: 'mysql2.Pool', method: 'getConnection', returns: 'mysql2.PoolConnection', acquires: true },

  { kind: 'export', module: 'typeorm', path: ['DataSource'], construct: true, returns: 'typeorm.DataSource' },
  { kind: 'method', owner: 'typeorm.DataSource', method: 'createQueryRunner', returns: 'typeorm.QueryRunner', acquires: true },
  { kind: 'method', owner: 'typeorm.DataSource', method: 'manager', returns: 'typeorm.EntityManager' },
  { kind: 'method', owner: 'typeorm.QueryRunner', method: 'manager', returns: 'typeorm.ScopedEntityManager' },
  { kind: 'method', owner: 'typeorm.DataSource', method: 'getRepository', returns: 'typeorm.Repository' },
  { kind: 'method', owner: 'typeorm.EntityManager', method: 'getRepository', returns: 'typeorm.Repository' },
  { kind: 'method', owner: 'typeorm.ScopedEntityManager', method: 'getRepository', returns: 'typeorm.ScopedRepository' },

  { kind: 'export', module: 'knex', path: [], construct: false, returns: 'knex.Knex' },
  { kind: 'export', module: 'knex', path: ['knex'], construct: false, returns: 'knex.Knex' },
  { kind: 'method', owner: 'knex.Knex', method: 'transaction', returns: 'knex.Transaction', withoutCallback: true },

  { kind: 'export', module: 'sequelize', path: ['Sequelize'], construct: true, returns: 'sequelize.Sequelize' },
  { kind: 'export', module: 'sequelize', path: [], construct: true, returns: 'sequelize.Sequelize' },
  {
    kind: 'method',
    owner: 'sequelize.Sequelize',
    method: 'transaction',
    returns: 'sequelize.Transaction',
    withoutCallback: true,
  },

  { kind: 'export', module: '@prisma/client', path: ['PrismaClient'], construct: true, returns: 'prisma.PrismaClient' },

  { kind: 'export', module: 'mongodb', path: ['MongoClient'], construct: true, returns: 'mongodb.MongoClient' },
  { kind: 'method', owner: 'mongodb.MongoClient', method: 'startSession', returns: 'mongodb.ClientSession', acquires: true },
  { kind: 'export', module: 'mongoose', path: ['createConnection'], construct: false, returns: 'mongoose.Connection' },
  {
    kind: 'export',
    module: 'mongoose',
    path: ['startSession'],
    construct: false,
    returns: 'mongodb.ClientSession',
    acquires: true,
  },
  { kind: 'method', owner: 'mongoose.Connection', method: 'startSession', returns: 'mongodb.ClientSession', acquires: true },

  { kind: 'export', module: 'kysely', path: ['Kysely'], construct: true, returns: 'kysely.Kysely' },

  { kind: 'export', module: 'drizzle-orm/node-postgres', path: ['drizzle'], construct: false, returns: 'drizzle.Database' },
  { kind: 'export', module: 'drizzle-orm/mysql2', path: ['drizzle'], construct: false, returns: 'drizzle.Database' },
  { kind: 'export', module: 'drizzle-orm/better-sqlite3', path: ['drizzle'], construct: false, returns: 'drizzle.Database' },

  { kind: 'export', module: '@mikro-orm/core', path: ['MikroORM', 'init'], construct: false, returns: 'mikro-orm.MikroORM' },
  { kind: 'method', owner: 'mikro-orm.MikroORM', method: 'em', returns: 'mikro-orm.EntityManager' },
  { kind: 'method', owner: 'mikro-orm.EntityManager', method: 'fork', returns: 'mikro-orm.ForkedEntityManager' },

  { kind: 'export', module: 'better-sqlite3', path: [], construct: true, returns: 'better-sqlite3.Database' },

  { kind: 'export', module: 'generic-pool', path: ['createPool'], construct: false, returns: 'generic-pool.Pool' },
  { kind: 'method', owner: 'generic-pool.Pool', method: 'acquire', returns: 'generic-pool.Resource', acquires: true },

  { kind: 'export', module: 'ioredis', path: [], construct: true, returns: 'ioredis.Redis' },
  { kind: 'export', module: 'ioredis', path: ['Redis'], construct: true, returns: 'ioredis.Redis' },
  { kind: 'export', module: 'redis', path: ['createClient'], construct: false, returns: 'redis.Client' },
]);

/**
 * Managed transactions: the library opens, commits and rolls back around a
 * callback, whose parameter `handleParam` is the transaction's handle.
 */
export interface ManagedTransaction {
  readonly owner: string;
  readonly method: string;
  /** Index of the callback among the arguments (-1: the last argument). */
  readonly callbackArg: number;
  readonly handleParam: number;
  /** The class the callback's handle has. */
  readonly handle: string;
  /** Kysely: `db.transaction().execute(cb)` — the callback goes to a method of the returned builder. */
  readonly via?: string;
}

export const MANAGED_TRANSACTIONS: readonly ManagedTransaction[] = deepFreeze<ManagedTransaction[]>([
  { owner: 'prisma.PrismaClient', method: '$transaction', callbackArg: 0, handleParam: 0, handle: 'prisma.TransactionClient' },
  { owner: 'knex.Knex', method: 'transaction', callbackArg: 0, handleParam: 0, handle: 'knex.Transaction' },
  { owner: 'typeorm.DataSource', method: 'transaction', callbackArg: -1, handleParam: 0, handle: 'typeorm.ScopedEntityManager' },
  { owner: 'typeorm.EntityManager', method: 'transaction', callbackArg: -1, handleParam: 0, handle: 'typeorm.ScopedEntityManager' },
  { owner: 'sequelize.Sequelize', method: 'transaction', callbackArg: -1, handleParam: 0, handle: 'sequelize.Transaction' },
  { owner: 'mongoose.Connection', method: 'transaction', callbackArg: 0, handleParam: 0, handle: 'mongodb.ClientSession' },
  { owner: 'mongodb.ClientSession', method: 'withTransaction', callbackArg: 0, handleParam: 0, handle: 'mongodb.ClientSession' },
  { owner: 'mongodb.MongoClient', method: 'withSession', callbackArg: -1, handleParam: 0, handle: 'mongodb.ClientSession' },
  {
    owner: 'kysely.Kysely',
    method: 'transaction',
    via: 'execute',
    callbackArg: 0,
    handleParam: 0,
    handle: 'kysely.Transaction',
  },
  { owner: 'drizzle.Database', method: 'transaction', callbackArg: 0, handleParam: 0, handle: 'drizzle.Transaction' },
  { owner: 'mikro-orm.EntityManager', method: 'transactional', callbackArg: 0, handleParam: 0, handle: 'mikro-orm.ForkedEntityManager' },
  { owner: 'mikro-orm.ForkedEntityManager', method: 'transactional', callbackArg: 0, handleParam: 0, handle: 'mikro-orm.ForkedEntityManager' },
  { owner: 'better-sqlite3.Database', method: 'transaction', callbackArg: 0, handleParam: -1, handle: 'better-sqlite3.Database' },
]);

/**
 * Manual transactions: opened by a method of a session (or the SQL `BEGIN`),
 * closed by commit or rollback methods of the same handle. `returnsHandle`:
 * the open call returns the transaction handle (`await knex.transaction()`);
 * otherwise the handle is the receiver (`queryRunner.startTransaction()`).
 */
export interface ManualTransaction {
  readonly owner: string;
  readonly open: string;
  readonly returnsHandle: boolean;
  /** Kysely: `db.startTransaction().execute()` — the open call's builder runs by this method, and so do commit and rollback. */
  readonly via?: string;
  /** Only when the open call has no callback (`sequelize.transaction()` without one is manual). */
  readonly withoutCallback?: boolean;
  readonly commit: readonly string[];
  readonly rollback: readonly string[];
}

export const MANUAL_TRANSACTIONS: readonly ManualTransaction[] = deepFreeze<ManualTransaction[]>([
  { owner: 'typeorm.QueryRunner', open: 'startTransaction', returnsHandle: false, commit: ['commitTransaction'], rollback: ['rollbackTransaction'] },
  { owner: 'mysql2.PoolConnection', open: 'beginTransaction', returnsHandle: false, commit: ['commit'], rollback: ['rollback'] },
  { owner: 'mongodb.ClientSession', open: 'startTransaction', returnsHandle: false, commit: ['commitTransaction'], rollback: ['abortTransaction'] },
  { owner: 'mikro-orm.EntityManager', open: 'begin', returnsHandle: false, commit: ['commit'], rollback: ['rollback'] },
  { owner: 'mikro-orm.ForkedEntityManager', open: 'begin', returnsHandle: false, commit: ['commit'], rollback: ['rollback'] },
  { owner: 'knex.Knex', open: 'transaction', returnsHandle: true, withoutCallback: true, commit: ['commit'], rollback: ['rollback'] },
  { owner: 'sequelize.Sequelize', open: 'transaction', returnsHandle: true, withoutCallback: true, commit: ['commit'], rollback: ['rollback'] },
  { owner: 'kysely.Kysely', open: 'startTransaction', returnsHandle: true, via: 'execute', commit: ['commit'], rollback: ['rollback'] },
]);

/**
 * SQL that opens, commits or rolls back a transaction, sent through a query
 * method of a connection (`client.query('BEGIN')`, `db.exec('ROLLBACK')`).
 * The syntactic form works without types: the SQL text is the signal.
 */
export const SQL_QUERY_METHODS: readonly string[] = deepFreeze(['query', 'execute', 'exec', 'run', 'raw', 'unsafe']);
export const SQL_TRANSACTION: Readonly<Record<'open' | 'commit' | 'rollback', RegExp>> = Object.freeze({
  open: /^\s*(?:BEGIN|START\s+TRANSACTION)\b/iu,
  commit: /^\s*(?:COMMIT|END)\b/iu,
  rollback: /^\s*ROLLBACK\s*;?\s*$/iu,
});

/** Every module the DB catalog tracks through imports, for the syntactic resolver. */
export const DB_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = deepFreeze(
  DB_PRODUCERS.reduce<Record<string, (readonly string[])[]>>((tracked, producer) => {
    if (producer.kind === 'export') (tracked[producer.module] ??= []).push(producer.path);
    return tracked;
  }, {}),
);

export function dbClass(id: string): DbClass | undefined {
  return DB_CLASSES.find((candidate) => candidate.id === id);
}

/**
 * The DB class a package exports under `name` as a type (`DataSource` of
 * `typeorm`, `PoolClient` of `pg`): what an annotation that names the import
 * means, even where the package's own types are not installed.
 */
export function dbClassExportedAs(module: string, name: string): DbClass | undefined {
  return DB_CLASSES.find((candidate) =>
    candidate.types.some(
      (specifier) =>
        typeof specifier === 'object' &&
        specifier.from === 'package' &&
        specifier.package === module &&
        (Array.isArray(specifier.name) ? specifier.name.includes(name) : specifier.name === name),
    ),
  );
}

/**
 * Text that every import or `require` of a DB package contains (a package
 * matched by `isDbPackage`): one of the markers, or `pg` between
 * characters that are not letters or digits.
 */
export const DB_PACKAGE_MENTION: RegExp = new RegExp(
  `(?<![a-z0-9])pg(?![a-z0-9])|${DB_PACKAGE_MARKERS.map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')}`,
  'iu',
);

/**
 * How code that treats a value as a pooled handle shows it, for values whose
 * library the analysis cannot see (plain JS, a pool made in another file, a
 * package without types): the value comes from `await owner.<acquire>()` and
 * the same function calls one of `release` on it. Each row is one protocol.
 */
export interface ProtocolAcquire {
  readonly acquire: string;
  readonly release: readonly string[];
  readonly asyncRelease: boolean;
  /** Methods that complete a lazy checkout (see `DbClass.lazyCheckout`). */
  readonly lazyCheckout: readonly string[];
}

export const PROTOCOL_ACQUIRES: readonly ProtocolAcquire[] = deepFreeze<ProtocolAcquire[]>([
  // pg `pool.connect()`, mysql2/mariadb `pool.getConnection()`, hand-written `db.getClient()` wrappers.
  { acquire: 'connect', release: ['release'], asyncRelease: false, lazyCheckout: [] },
  { acquire: 'getConnection', release: ['release'], asyncRelease: false, lazyCheckout: [] },
  { acquire: 'getClient', release: ['release'], asyncRelease: false, lazyCheckout: [] },
  // TypeORM `dataSource.createQueryRunner()`: connects on first use, released with `await runner.release()`.
  { acquire: 'createQueryRunner', release: ['release'], asyncRelease: true, lazyCheckout: ['connect'] },
  // MongoDB / Mongoose `client.startSession()`, ended with `session.endSession()`.
  { acquire: 'startSession', release: ['endSession'], asyncRelease: false, lazyCheckout: [] },
]);

/** Text that a file using one of the protocols above contains: a call of a release method. */
export const PROTOCOL_RELEASE_MENTION = /\.(?:release|endSession)\s*\(/u;
