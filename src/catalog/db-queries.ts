import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import { deepFreeze } from '../util/freeze.js';

/**
 * What the database libraries' query methods are: which calls send a query
 * through a client, pool, data source, model or collection, which find a row,
 * which insert one, and the atomic form that replaces "find, then insert".
 * Read by `no-outer-client-in-transaction` and the DB form of
 * `no-check-then-write`. Class ids are those of `./db.ts` (`prisma.PrismaClient`).
 */

// ---------------------------------------------------------------------------
// Queries through a pool-role value (no-outer-client-in-transaction)
// ---------------------------------------------------------------------------

/**
 * One step from a DB value to the call that sends its query:
 * - `member`: a property access whose name is in `names`, or any name when
 *   `names` is `'model'` (any name not starting with `$`: a Prisma delegate, a
 *   Drizzle relational-query table) or `'any'`;
 * - `call`: calling what the steps so far reached (`knex('users')`, `.save(…)`);
 *   with `tag`, a tagged template (`prisma.$queryRaw\`…\``) counts as a call.
 */
export type QueryStep =
  | { readonly kind: 'member'; readonly names: readonly string[] | 'model' | 'any' }
  | { readonly kind: 'call'; readonly tag?: boolean };

/**
 * When the query a call builds is actually sent:
 * - `eager`: when the call runs (Prisma, TypeORM, Sequelize, MongoDB);
 * - `awaited`: query builders that run when awaited, returned, chained with
 *   `then`/`catch`/`finally`, or passed to `Promise.all` — or when a method of
 *   `exec` is called on the chain (Knex, Drizzle); a builder used as a
 *   subquery or raw fragment of another query runs inside that query;
 * - `explicit`: only when a method of `exec` is called on the chain (Kysely,
 *   TypeORM query builders).
 */
export type QueryExecution =
  | { readonly kind: 'eager' }
  | { readonly kind: 'awaited' | 'explicit'; readonly exec: readonly string[] };

/**
 * How to move a query onto the transaction's handle:
 * - `fix`: replace the outer value (and the first `replaceSteps` member steps,
 *   such as `dataSource.manager`) with the handle — the two have the same
 *   type, so the query behaves the same without concurrency (an autofix);
 * - `suggest`: the same replacement, but between different types (a suggestion);
 * - `wrap`: a suggestion that writes `template` in place of the outer value
 *   (`{handle}` and `{outer}` are replaced with their text);
 * - `none`: no rewrite (a nested transaction of the outer client).
 */
export type HandleRewrite =
  | { readonly kind: 'fix' | 'suggest'; readonly replaceSteps: number }
  | { readonly kind: 'wrap'; readonly template: string }
  | { readonly kind: 'none' };

export interface OuterQueryForm {
  /** The DB class of the outer value (`./db.ts`). */
  readonly cls: string;
  readonly steps: readonly QueryStep[];
  readonly execution: QueryExecution;
  readonly rewrite: HandleRewrite;
  /** The form applies only to the transaction's own owner, not to other values of the class (MikroORM forks). */
  readonly ownerOnly?: boolean;
}

const member = (...names: string[]): QueryStep => ({ kind: 'member', names });
const anyMember: QueryStep = { kind: 'member', names: 'any' };
const modelMember: QueryStep = { kind: 'member', names: 'model' };
const call: QueryStep = { kind: 'call' };
const callOrTag: QueryStep = { kind: 'call', tag: true };
const eager: QueryExecution = { kind: 'eager' };
const fix = (replaceSteps = 0): HandleRewrite => ({ kind: 'fix', replaceSteps });
const suggest: HandleRewrite = { kind: 'suggest', replaceSteps: 0 };
const none: HandleRewrite = { kind: 'none' };

const PRISMA_RAW = ['$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe', '$runCommandRaw'];

const KNEX_BUILDERS = [
  'raw', 'select', 'insert', 'update', 'del', 'delete', 'from', 'table', 'into', 'queryBuilder', 'with',
  'withRecursive', 'withMaterialized', 'first', 'count', 'countDistinct', 'min', 'max', 'sum', 'avg', 'pluck',
  'truncate', 'upsert', 'increment', 'decrement', 'distinct', 'column', 'columns', 'union', 'unionAll',
];
const KNEX_EXEC = ['then', 'catch', 'finally', 'asCallback', 'stream', 'pipe'];

/** `EntityManager` and `Repository` methods that send a query (`create`, `merge`, `hasId` do not). */
const TYPEORM_QUERIES = [
  'save', 'remove', 'softRemove', 'recover', 'insert', 'upsert', 'update', 'updateAll', 'delete', 'deleteAll',
  'softDelete', 'restore', 'exists', 'existsBy', 'count', 'countBy', 'sum', 'average', 'minimum', 'maximum', 'find',
  'findBy', 'findAndCount', 'findAndCountBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'clear',
  'increment', 'decrement', 'query', 'sql', 'preload',
];
const TYPEORM_QUERY_BUILDER_EXEC = [
  'getOne', 'getOneOrFail', 'getMany', 'getRawOne', 'getRawMany', 'getRawAndEntities', 'getManyAndCount',
  'getCount', 'getExists', 'execute', 'stream',
];
const TYPEORM_REPOSITORIES = ['getRepository', 'getTreeRepository'];

const KYSELY_BUILDERS = [
  'selectFrom', 'selectNoFrom', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'with',
  'withRecursive',
];
const KYSELY_EXEC = ['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream'];

const DRIZZLE_BUILDERS = ['select', 'selectDistinct', 'selectDistinctOn', 'insert', 'update', 'delete', 'with', 'execute', '$count'];
const DRIZZLE_EXEC = ['then', 'catch', 'finally', 'execute'];

const MIKRO_ORM_QUERIES = [
  'find', 'findOne', 'findOneOrFail', 'findAll', 'findAndCount', 'findByCursor', 'count', 'create', 'persist',
  'persistAndFlush', 'flush', 'remove', 'removeAndFlush', 'insert', 'insertMany', 'upsert', 'upsertMany',
  'nativeInsert', 'nativeUpdate', 'nativeDelete', 'execute', 'refresh', 'populate', 'lock',
];

export const OUTER_QUERY_FORMS: readonly OuterQueryForm[] = deepFreeze<OuterQueryForm[]>([
  // Prisma: `prisma.user.create(…)`, `prisma.$queryRaw\`…\``: the transaction client has the same delegates.
  { cls: 'prisma.PrismaClient', steps: [modelMember, anyMember, call], execution: eager, rewrite: fix() },
  { cls: 'prisma.PrismaClient', steps: [member(...PRISMA_RAW), callOrTag], execution: eager, rewrite: fix() },
  { cls: 'prisma.PrismaClient', steps: [member('$transaction'), call], execution: eager, rewrite: none },

  // Knex: `knex('users')…`, `knex.raw(…)`: a transaction is a Knex instance bound to one connection.
  { cls: 'knex.Knex', steps: [call], execution: { kind: 'awaited', exec: KNEX_EXEC }, rewrite: fix() },
  { cls: 'knex.Knex', steps: [member(...KNEX_BUILDERS), call], execution: { kind: 'awaited', exec: KNEX_EXEC }, rewrite: fix() },
  { cls: 'knex.Knex', steps: [member('schema'), anyMember, call], execution: { kind: 'awaited', exec: KNEX_EXEC }, rewrite: fix() },
  { cls: 'knex.Knex', steps: [member('transaction'), call], execution: eager, rewrite: none },

  // TypeORM data source: `dataSource.manager.save(…)`, `dataSource.getRepository(User).save(…)`.
  { cls: 'typeorm.DataSource', steps: [member('manager'), member(...TYPEORM_QUERIES), call], execution: eager, rewrite: fix(1) },
  {
    cls: 'typeorm.DataSource',
    steps: [member('manager'), member(...TYPEORM_REPOSITORIES), call, member(...TYPEORM_QUERIES), call],
    execution: eager,
    rewrite: fix(1),
  },
  {
    cls: 'typeorm.DataSource',
    steps: [member(...TYPEORM_REPOSITORIES), call, member(...TYPEORM_QUERIES), call],
    execution: eager,
    rewrite: fix(),
  },
  { cls: 'typeorm.DataSource', steps: [member('query', 'sql'), callOrTag], execution: eager, rewrite: suggest },
  {
    cls: 'typeorm.DataSource',
    steps: [member('createQueryBuilder'), call],
    execution: { kind: 'explicit', exec: TYPEORM_QUERY_BUILDER_EXEC },
    rewrite: suggest,
  },
  { cls: 'typeorm.DataSource', steps: [member('transaction'), call], execution: eager, rewrite: none },
  // TypeORM global entity manager: the transaction's manager is an `EntityManager` too.
  { cls: 'typeorm.EntityManager', steps: [member(...TYPEORM_QUERIES), callOrTag], execution: eager, rewrite: fix() },
  {
    cls: 'typeorm.EntityManager',
    steps: [member(...TYPEORM_REPOSITORIES), call, member(...TYPEORM_QUERIES), call],
    execution: eager,
    rewrite: fix(),
  },
  {
    cls: 'typeorm.EntityManager',
    steps: [member('createQueryBuilder'), call],
    execution: { kind: 'explicit', exec: TYPEORM_QUERY_BUILDER_EXEC },
    rewrite: fix(),
  },
  { cls: 'typeorm.EntityManager', steps: [member('transaction'), call], execution: eager, rewrite: none },
  // TypeORM repositories of the global manager (injected `Repository<User>`): `manager.withRepository(repo)`.
  {
    cls: 'typeorm.Repository',
    steps: [member(...TYPEORM_QUERIES), callOrTag],
    execution: eager,
    rewrite: { kind: 'wrap', template: '{handle}.withRepository({outer})' },
  },
  {
    cls: 'typeorm.Repository',
    steps: [member('createQueryBuilder'), call],
    execution: { kind: 'explicit', exec: TYPEORM_QUERY_BUILDER_EXEC },
    rewrite: { kind: 'wrap', template: '{handle}.withRepository({outer})' },
  },

  // Kysely: builders run on `.execute()`; a `Transaction` is a `Kysely`.
  { cls: 'kysely.Kysely', steps: [member(...KYSELY_BUILDERS), call], execution: { kind: 'explicit', exec: KYSELY_EXEC }, rewrite: fix() },
  { cls: 'kysely.Kysely', steps: [member('executeQuery'), call], execution: eager, rewrite: fix() },
  { cls: 'kysely.Kysely', steps: [member('schema'), anyMember, call], execution: { kind: 'explicit', exec: ['execute'] }, rewrite: fix() },
  { cls: 'kysely.Kysely', steps: [member('transaction', 'startTransaction'), call], execution: { kind: 'explicit', exec: ['execute'] }, rewrite: none },

  // Drizzle: builders run when awaited; a transaction has the database's builders.
  { cls: 'drizzle.Database', steps: [member(...DRIZZLE_BUILDERS), call], execution: { kind: 'awaited', exec: DRIZZLE_EXEC }, rewrite: fix() },
  {
    cls: 'drizzle.Database',
    steps: [member('query'), modelMember, member('findMany', 'findFirst'), call],
    execution: { kind: 'awaited', exec: DRIZZLE_EXEC },
    rewrite: fix(),
  },
  { cls: 'drizzle.Database', steps: [member('transaction'), call], execution: eager, rewrite: none },

  // MikroORM: the global EntityManager resolves to the running transaction's fork by itself
  // (its `TransactionContext`); a fork (`em.fork()`) does not, so its own `transactional` escapes.
  { cls: 'mikro-orm.ForkedEntityManager', ownerOnly: true, steps: [member(...MIKRO_ORM_QUERIES), call], execution: eager, rewrite: fix() },
  {
    cls: 'mikro-orm.ForkedEntityManager',
    ownerOnly: true,
    steps: [member('getRepository'), call, anyMember, call],
    execution: eager,
    rewrite: fix(),
  },
]);

/**
 * Databases that run every query on one connection: a query through the
 * outer value inside its transaction is inside that transaction.
 */
export const SINGLE_CONNECTION_DATABASES: {
  readonly types: readonly TypeOrValueSpecifier[];
  readonly modules: readonly string[];
} = deepFreeze({
  types: [
    { from: 'package', package: 'drizzle-orm', name: ['BaseSQLiteDatabase', 'BetterSQLite3Database', 'SQLiteTransaction'] },
  ] satisfies TypeOrValueSpecifier[],
  modules: ['drizzle-orm/better-sqlite3', 'drizzle-orm/libsql', 'drizzle-orm/bun-sqlite', 'drizzle-orm/op-sqlite'],
});

/**
 * Managed transactions the rule leaves alone: better-sqlite3 has one
 * connection (every query is in the transaction), and MongoDB's `withSession`
 * opens a session, not a transaction.
 */
export const SKIPPED_MANAGED_TRANSACTIONS: readonly string[] = deepFreeze(['better-sqlite3.Database', 'mongodb.MongoClient']);

/**
 * Transactions that can reach the callback's queries without a handle:
 * Sequelize with CLS (`Sequelize.useCLS`) and Mongoose with
 * `transactionAsyncLocalStorage`. A callback that declares no handle
 * parameter is taken to rely on that.
 */
export const IMPLICIT_CONTEXT_TRANSACTIONS: readonly string[] = deepFreeze(['sequelize.Sequelize', 'mongoose.Connection']);

// ---------------------------------------------------------------------------
// Queries that join a transaction through an option (Sequelize, Mongoose, MongoDB)
// ---------------------------------------------------------------------------

/**
 * Methods that take the transaction (Sequelize) or session (MongoDB, Mongoose)
 * as an option: without it they run outside the transaction.
 */
export interface TransactionOptionApi {
  /** The transaction families it belongs to: the libraries of the managed transactions (`./db.ts`). */
  readonly transactions: readonly string[];
  /** With types: the module and class that declare the method (`sequelize` `Model`). */
  readonly module: string;
  readonly owners: readonly string[];
  /** Without types: what the receiver must be (see `ModelOrigin`), or a DB class id; absent: only with types. */
  readonly origin?: ModelOrigin | { readonly cls: string };
  readonly option: 'transaction' | 'session';
  /** Method name → index of its options argument (-1: none, the option only goes through `chain`). */
  readonly methods: Readonly<Record<string, number>>;
  /** Methods that return a query taking the option through a chained call (`.session(s)`). */
  readonly chain?: { readonly method: string; readonly methods: readonly string[] };
  /** Methods whose options are only accepted when the first argument is an array (`Model.create([doc], { session })`). */
  readonly arrayFirst?: readonly string[];
}

/**
 * How a model or collection is recognised without types:
 * - `sequelize-model`: `class User extends Model` (`Model` from sequelize) or `sequelize.define(…)`;
 * - `mongoose-model`: `mongoose.model(…)` / `model(…)` / `connection.model(…)`;
 * - `mongodb-collection`: `client.db(…).collection(…)` (or a variable holding one).
 */
export type ModelOrigin = 'sequelize-model' | 'mongoose-model' | 'mongodb-collection';

const SEQUELIZE_MODEL_OPTIONS: Readonly<Record<string, number>> = {
  findAll: 0, findOne: 0, findByPk: 1, findOrCreate: 0, findOrBuild: 0, findCreateFind: 0, findAndCountAll: 0,
  count: 0, max: 1, min: 1, sum: 1, create: 1, bulkCreate: 1, update: 1, destroy: 0, upsert: 1, increment: 1,
  decrement: 1, restore: 0, truncate: 0, save: 0, reload: 0,
};
const MONGOOSE_MODEL_OPTIONS: Readonly<Record<string, number>> = {
  create: 1, insertMany: 1, find: 2, findOne: 2, findById: 2, countDocuments: 1, updateOne: 2, updateMany: 2,
  replaceOne: 2, deleteOne: 1, deleteMany: 1, findOneAndUpdate: 2, findByIdAndUpdate: 2, findOneAndDelete: 1,
  findByIdAndDelete: 1, findOneAndReplace: 2, bulkWrite: 1, aggregate: 1, exists: -1, distinct: -1,
};
const MONGODB_COLLECTION_OPTIONS: Readonly<Record<string, number>> = {
  insertOne: 1, insertMany: 1, updateOne: 2, updateMany: 2, replaceOne: 2, deleteOne: 1, deleteMany: 1, findOne: 1,
  find: 1, countDocuments: 1, findOneAndUpdate: 2, findOneAndDelete: 1, findOneAndReplace: 2, bulkWrite: 1,
  aggregate: 1, distinct: 2,
};
const MONGO_TRANSACTIONS = ['mongoose', 'mongodb'];

export const TRANSACTION_OPTION_APIS: readonly TransactionOptionApi[] = deepFreeze<TransactionOptionApi[]>([
  {
    transactions: ['sequelize'],
    module: 'sequelize',
    owners: ['Model'],
    origin: 'sequelize-model',
    option: 'transaction',
    methods: SEQUELIZE_MODEL_OPTIONS,
  },
  {
    transactions: ['sequelize'],
    module: 'sequelize',
    owners: ['Sequelize'],
    origin: { cls: 'sequelize.Sequelize' },
    option: 'transaction',
    methods: { query: 1 },
  },
  {
    transactions: MONGO_TRANSACTIONS,
    module: 'mongoose',
    owners: ['Model'],
    origin: 'mongoose-model',
    option: 'session',
    methods: MONGOOSE_MODEL_OPTIONS,
    chain: {
      method: 'session',
      methods: [
        'find', 'findOne', 'findById', 'countDocuments', 'exists', 'distinct', 'updateOne', 'updateMany', 'replaceOne',
        'deleteOne', 'deleteMany', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete',
        'findOneAndReplace', 'aggregate',
      ],
    },
    arrayFirst: ['create'],
  },
  {
    transactions: MONGO_TRANSACTIONS,
    module: 'mongoose',
    owners: ['Document'],
    option: 'session',
    methods: { save: 0 },
  },
  {
    transactions: MONGO_TRANSACTIONS,
    module: 'mongodb',
    owners: ['Collection'],
    origin: 'mongodb-collection',
    option: 'session',
    methods: MONGODB_COLLECTION_OPTIONS,
  },
]);

/** How models are made, for recognising them without types. */
export const MODEL_FACTORIES = deepFreeze({
  /** `class User extends Model` with `Model` imported from these modules. */
  sequelizeBase: { module: 'sequelize', name: 'Model' },
  /** `sequelize.define('User', …)` on a value of this class. */
  sequelizeDefine: { cls: 'sequelize.Sequelize', method: 'define' },
  /** `mongoose.model(…)`, `model(…)` from mongoose, `connection.model(…)`. */
  mongooseModel: { module: 'mongoose', name: 'model', cls: 'mongoose.Connection' },
  /** `client.db(…).collection(…)`. */
  mongodbCollection: { cls: 'mongodb.MongoClient', db: 'db', collection: 'collection' },
});

// ---------------------------------------------------------------------------
// Find, then insert (the DB form of no-check-then-write)
// ---------------------------------------------------------------------------

/**
 * What a finder's result says when no row matches:
 * `row`: `null`/`undefined` (falsy); `count`: `0`; `exists`: `false` or `null`;
 * `throws`: it throws (or rejects), so "absent" is its `catch`.
 */
export type FinderResult = 'row' | 'count' | 'exists' | 'throws';

/**
 * Where a call names its model:
 * - `delegate`: Prisma `client.<model>.findUnique(…)` (the model is the delegate's name);
 * - `receiver`: the model, repository or collection is the receiver (`User.findOne`, `repo.save`);
 * - `first-argument`: an entity manager names the entity first (`em.findOne(User, …)`);
 * - `table`: Knex `knex('users')…first()` (the table is the argument of the root call).
 */
export type ModelPosition = 'delegate' | 'receiver' | 'first-argument' | 'table';

/** An argument, or a property of an object-literal argument that must be its only property. */
export interface ArgumentPath {
  readonly arg: number;
  readonly property?: string;
  /** Knex: the argument of this chained call instead (`.where({ email })`). */
  readonly chainMethod?: string;
}

/**
 * The single atomic call that replaces "find, then insert", as a text
 * template: `{model}` (the creator's model expression, or Knex's root call),
 * `{filter}`, `{data}`, `{keys}` (the filter's keys as a string array).
 * `returns`: `row` when its result is the row (it may replace
 * `return found ?? create(…)`), `pair` for `[row, created]`, `none` when it
 * can only replace a statement whose value is unused.
 */
export interface UpsertForm {
  readonly name: string;
  readonly finders: readonly string[];
  readonly creators: readonly string[];
  readonly filter: ArgumentPath;
  readonly data: ArgumentPath;
  readonly template: string;
  readonly returns: 'row' | 'pair' | 'none';
  /** The filter must be an object literal of plain `key: value` properties (its keys become `{keys}`). */
  readonly keysFromFilter?: boolean;
}

export interface ModelApi {
  readonly library: string;
  /** DB classes (`./db.ts`) whose values call these methods (Prisma clients, entity managers, Knex instances). */
  readonly classes?: readonly string[];
  /** With types: the module and classes that declare the methods. */
  readonly module?: string;
  readonly owners?: readonly string[];
  /** Without types: how the receiver is recognised. */
  readonly origin?: ModelOrigin;
  readonly model: ModelPosition;
  readonly finders: Readonly<Record<string, FinderResult>>;
  readonly creators: readonly string[];
  /**
   * Creation through a fresh instance: `M.build(x).save()` (Sequelize),
   * `new M(x).save()` (Mongoose); `build` names the factory method, `construct` allows `new M(…)`.
   */
  readonly instanceCreate?: { readonly build?: string; readonly construct?: boolean; readonly save: string };
  /** Knex: the finder and creator are chained after the root call (`.where(…).first()`, `.insert(…)`). */
  readonly chained?: boolean;
  /**
   * Query modifiers that keep a finder's result (`User.findOne(…).lean().exec()`):
   * the check is the end of such a chain.
   */
  readonly passThrough?: readonly string[];
  /** Chained calls that make a creator safe (`.onConflict(…)`). */
  readonly safeChain?: readonly string[];
  readonly upserts?: readonly UpsertForm[];
}

export const MODEL_APIS: readonly ModelApi[] = deepFreeze<ModelApi[]>([
  {
    library: 'prisma',
    classes: ['prisma.PrismaClient', 'prisma.TransactionClient'],
    model: 'delegate',
    finders: { findUnique: 'row', findFirst: 'row', count: 'count', findUniqueOrThrow: 'throws', findFirstOrThrow: 'throws' },
    creators: ['create'],
    upserts: [
      {
        name: 'upsert',
        finders: ['findUnique'],
        creators: ['create'],
        filter: { arg: 0, property: 'where' },
        data: { arg: 0, property: 'data' },
        template: '{model}.upsert({ where: {filter}, update: {}, create: {data} })',
        returns: 'row',
      },
    ],
  },
  {
    library: 'typeorm',
    module: 'typeorm',
    owners: ['Repository'],
    classes: ['typeorm.Repository', 'typeorm.ScopedRepository'],
    model: 'receiver',
    finders: {
      findOne: 'row', findOneBy: 'row', exists: 'exists', existsBy: 'exists', count: 'count', countBy: 'count',
      findOneOrFail: 'throws', findOneByOrFail: 'throws',
    },
    creators: ['save', 'insert'],
    upserts: [
      {
        name: 'orIgnore',
        finders: ['findOneBy', 'existsBy', 'countBy'],
        creators: ['insert'],
        filter: { arg: 0 },
        data: { arg: 0 },
        template: '{model}.createQueryBuilder().insert().values({data}).orIgnore().execute()',
        returns: 'none',
      },
    ],
  },
  {
    library: 'typeorm',
    module: 'typeorm',
    owners: ['EntityManager'],
    classes: ['typeorm.EntityManager', 'typeorm.ScopedEntityManager'],
    model: 'first-argument',
    finders: {
      findOne: 'row', findOneBy: 'row', exists: 'exists', existsBy: 'exists', count: 'count', countBy: 'count',
      findOneOrFail: 'throws', findOneByOrFail: 'throws',
    },
    creators: ['save', 'insert'],
  },
  {
    library: 'sequelize',
    module: 'sequelize',
    owners: ['Model'],
    origin: 'sequelize-model',
    model: 'receiver',
    finders: { findOne: 'row', findByPk: 'row', count: 'count' },
    creators: ['create'],
    instanceCreate: { build: 'build', construct: false, save: 'save' },
    upserts: [
      {
        name: 'findOrCreate',
        finders: ['findOne', 'count'],
        creators: ['create'],
        filter: { arg: 0, property: 'where' },
        data: { arg: 0 },
        template: '{model}.findOrCreate({ where: {filter}, defaults: {data} })',
        returns: 'pair',
      },
    ],
  },
  {
    library: 'mongoose',
    module: 'mongoose',
    owners: ['Model'],
    origin: 'mongoose-model',
    model: 'receiver',
    finders: { findOne: 'row', findById: 'row', exists: 'exists', countDocuments: 'count' },
    creators: ['create', 'insertMany'],
    passThrough: ['exec', 'lean', 'select', 'session', 'populate', 'sort', 'hint', 'collation', 'read'],
    instanceCreate: { construct: true, save: 'save' },
    upserts: [
      {
        name: 'updateOne with upsert',
        finders: ['findOne', 'exists', 'countDocuments'],
        creators: ['create'],
        filter: { arg: 0 },
        data: { arg: 0 },
        template: '{model}.updateOne({filter}, { $setOnInsert: {data} }, { upsert: true })',
        returns: 'none',
      },
    ],
  },
  {
    library: 'mongodb',
    module: 'mongodb',
    owners: ['Collection'],
    origin: 'mongodb-collection',
    model: 'receiver',
    finders: { findOne: 'row', countDocuments: 'count' },
    creators: ['insertOne'],
    upserts: [
      {
        name: 'updateOne with upsert',
        finders: ['findOne', 'countDocuments'],
        creators: ['insertOne'],
        filter: { arg: 0 },
        data: { arg: 0 },
        template: '{model}.updateOne({filter}, { $setOnInsert: {data} }, { upsert: true })',
        returns: 'none',
      },
    ],
  },
  {
    library: '@mikro-orm/core',
    module: '@mikro-orm/core',
    owners: ['EntityManager'],
    classes: ['mikro-orm.EntityManager', 'mikro-orm.ForkedEntityManager'],
    model: 'first-argument',
    finders: { findOne: 'row', count: 'count', findOneOrFail: 'throws' },
    creators: ['create', 'insert'],
  },
  {
    library: '@mikro-orm/core',
    module: '@mikro-orm/core',
    owners: ['EntityRepository'],
    model: 'receiver',
    finders: { findOne: 'row', count: 'count', findOneOrFail: 'throws' },
    creators: ['create', 'insert'],
  },
  {
    library: 'knex',
    classes: ['knex.Knex', 'knex.Transaction'],
    model: 'table',
    chained: true,
    finders: { first: 'row' },
    creators: ['insert'],
    safeChain: ['onConflict'],
    upserts: [
      {
        name: 'onConflict().ignore()',
        finders: ['first'],
        creators: ['insert'],
        filter: { arg: 0, chainMethod: 'where' },
        data: { arg: 0 },
        template: '{model}.insert({data}).onConflict({keys}).ignore()',
        returns: 'none',
        keysFromFilter: true,
      },
    ],
  },
]);

/** Methods whose first argument names the model they return (`ds.getRepository(User)`, `db.collection('users')`). */
export const MODEL_NAMING_METHODS: readonly string[] = deepFreeze(['getRepository', 'getTreeRepository', 'collection']);

/** Every finder and creator name: the cheap first filter. */
export const MODEL_METHOD_NAMES: ReadonlySet<string> = new Set(
  MODEL_APIS.flatMap((api) => [
    ...Object.keys(api.finders),
    ...api.creators,
    ...(api.instanceCreate ? [api.instanceCreate.save] : []),
  ]),
);
