import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import { deepFreeze } from '../util/freeze.js';

/**
 * What retry loops and loops of queries are made of: sleep helpers, retry
 * libraries, jitter sources, and the DB calls that are not per-element round
 * trips. Read by `require-retry-backoff` and `no-query-in-loop`.
 */

/** Promise-returning sleeps imported from a module: `setTimeout(ms)` of `node:timers/promises`, `delay(ms)`. */
export const SLEEP_EXPORTS: readonly { readonly module: string; readonly name: string; readonly delayArg: number }[] = deepFreeze([
  { module: 'node:timers/promises', name: 'setTimeout', delayArg: 0 },
  { module: 'timers/promises', name: 'setTimeout', delayArg: 0 },
  { module: 'delay', name: 'default', delayArg: 0 },
  { module: 'sleep-promise', name: 'default', delayArg: 0 },
  { module: 'await-sleep', name: 'default', delayArg: 0 },
]);

/** Names of local or imported sleep helpers taken to wait their first argument in milliseconds. */
export const SLEEP_HELPER_NAMES: ReadonlySet<string> = new Set(['sleep', 'delay', 'wait', 'pause', 'waitFor', 'sleepMs', 'delayMs']);

/** Callback timers that `new Promise((resolve) => setTimeout(resolve, ms))` wraps. */
export const CALLBACK_TIMERS: ReadonlySet<string> = new Set(['setTimeout']);

/**
 * Retry libraries that back off exponentially by default (documented, not
 * reported): a call to them is not a loop.
 */
export const RETRY_LIBRARIES: readonly string[] = deepFreeze([
  'p-retry',
  'async-retry',
  'retry',
  'exponential-backoff',
  'promise-retry',
  'cockatiel',
]);

/** A counter that counts attempts, by name: `attempt`, `retries`, `tries`, `tryCount`. */
export const ATTEMPT_NAME = /attempt|retr(?:y|ies)|tries|tried|^try|tryCount|failures?$/iu;

/** Calls or names that add jitter to a delay. */
export const JITTER_NAME = /jitter|random/iu;

/** The cap and the jitter factor of the suggested delay. */
export const SUGGESTED_CAP_MS = '30_000';

// ---------------------------------------------------------------------------
// no-query-in-loop
// ---------------------------------------------------------------------------

/**
 * Methods of a DB value that are not a query round trip of their own
 * (checkout, release, session and connection management).
 */
export const NON_QUERY_METHODS: ReadonlySet<string> = new Set([
  'connect', 'release', 'end', 'destroy', 'close', 'disconnect', 'quit', '$connect', '$disconnect', 'startSession',
  'endSession', 'startTransaction', 'getConnection', 'createQueryRunner', 'acquire', 'fork', 'initialize',
  'commit', 'rollback', 'commitTransaction', 'abortTransaction',
]);

/** Methods that already send many rows in one query: a chunked loop of them is the remedy, not the bug. */
export const BATCH_METHODS: ReadonlySet<string> = new Set([
  'createMany', 'createManyAndReturn', 'insertMany', 'bulkCreate', 'bulkWrite', 'bulkInsert', 'batchInsert',
  'upsertMany', 'bulkSave', 'updateMany', 'deleteMany',
]);

/** Model and collection types (with types) whose methods send queries, beyond the DB catalog's classes. */
export const MODEL_TYPES: readonly TypeOrValueSpecifier[] = deepFreeze<TypeOrValueSpecifier[]>([
  { from: 'package', package: 'mongoose', name: ['Model', 'Query'] },
  { from: 'package', package: 'mongodb', name: ['Collection', 'Db'] },
  { from: 'package', package: '@mikro-orm/core', name: ['EntityRepository'] },
]);
