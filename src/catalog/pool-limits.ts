import { deepFreeze } from '../util/freeze.js';

/**
 * The options that bound a connection pool, per library: a maximum size, and
 * a timeout for waiting on a connection (or a bounded wait queue). The data
 * behind `require-pool-limits`. Adding a library is adding a row.
 *
 * An option is a path into the options object (`['pool', 'max']`); a list of
 * paths is a set of alternatives, any one of which satisfies the requirement.
 */
export type OptionPath = readonly string[];

export interface PoolLimits {
  /** The DB class the pool constructor returns (`DB_PRODUCERS` export rows with this `returns`). */
  readonly cls: string;
  /** The library's name in messages. */
  readonly library: string;
  /**
   * Which argument holds the options: an index, or `'last'` for constructors
   * that take connection strings first (`new Sequelize(db, user, password, options)`).
   */
  readonly optionsArg: number | 'last';
  /** The row applies only when this option has one of these static values (TypeORM's `type`). */
  readonly when?: { readonly path: OptionPath; readonly values: readonly string[] };
  /** The row does not apply when this option's static value matches (Knex with an SQLite client). */
  readonly unless?: { readonly path: OptionPath; readonly pattern: RegExp };
  /** A connection-string argument whose query string may set the options (`?maxPoolSize=20`). */
  readonly uriArg?: number;
  readonly max: readonly OptionPath[];
  readonly timeout: readonly OptionPath[];
}

const PG_TYPES = ['postgres', 'cockroachdb'];
const MYSQL_TYPES = ['mysql', 'mariadb'];

export const POOL_LIMITS: readonly PoolLimits[] = deepFreeze<PoolLimits[]>([
  { cls: 'pg.Pool', library: 'pg', optionsArg: 0, max: [['max']], timeout: [['connectionTimeoutMillis']] },
  {
    cls: 'mysql2.Pool',
    library: 'mysql2',
    optionsArg: 0,
    uriArg: 0,
    max: [['connectionLimit']],
    // mysql2 has no acquire timeout: a bounded queue fails fast instead of waiting forever.
    timeout: [['queueLimit'], ['connectTimeout']],
  },
  {
    cls: 'knex.Knex',
    library: 'knex',
    optionsArg: 0,
    unless: { path: ['client'], pattern: /sqlite/iu },
    max: [['pool', 'max']],
    timeout: [['acquireConnectionTimeout']],
  },
  {
    cls: 'sequelize.Sequelize',
    library: 'sequelize',
    optionsArg: 'last',
    unless: { path: ['dialect'], pattern: /sqlite/iu },
    max: [['pool', 'max']],
    timeout: [['pool', 'acquire']],
  },
  {
    cls: 'typeorm.DataSource',
    library: 'typeorm',
    optionsArg: 0,
    when: { path: ['type'], values: PG_TYPES },
    max: [['poolSize'], ['extra', 'max']],
    timeout: [['extra', 'connectionTimeoutMillis'], ['connectTimeoutMS']],
  },
  {
    cls: 'typeorm.DataSource',
    library: 'typeorm',
    optionsArg: 0,
    when: { path: ['type'], values: MYSQL_TYPES },
    max: [['poolSize'], ['extra', 'connectionLimit']],
    timeout: [['acquireTimeout'], ['extra', 'queueLimit']],
  },
  {
    cls: 'mongodb.MongoClient',
    library: 'mongodb',
    optionsArg: 1,
    uriArg: 0,
    max: [['maxPoolSize']],
    timeout: [['waitQueueTimeoutMS']],
  },
  {
    cls: 'mongoose.Connection',
    library: 'mongoose',
    optionsArg: 1,
    uriArg: 0,
    max: [['maxPoolSize']],
    timeout: [['waitQueueTimeoutMS']],
  },
  {
    cls: 'generic-pool.Pool',
    library: 'generic-pool',
    optionsArg: 1,
    max: [['max']],
    timeout: [['acquireTimeoutMillis']],
  },
]);

/** How a message names an option's alternatives: `pool.max`, or `poolSize` or `extra.max`. */
export function optionNames(paths: readonly OptionPath[]): string {
  return paths.map((path) => `\`${path.join('.')}\``).join(' or ');
}
