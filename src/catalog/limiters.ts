import { deepFreeze } from '../util/freeze.js';

/**
 * What no-unbounded-concurrency knows about libraries, as data: the helpers
 * that bound concurrency (p-limit, p-queue, p-map and Bluebird with a
 * `concurrency` option, async's `*Limit`), the helpers that run every element
 * at once unless told otherwise, the calls that start a process or a thread,
 * and the library calls known to return a promise without type information.
 */

/** A call that resolves to the export `names` (any of them) of `module`. */
export interface LibraryExport {
  readonly module: string;
  /** Resolved names: `default` for a default export, and its declared name as the type checker sees it. */
  readonly names: readonly string[];
}

/**
 * Limiter factories: `pLimit(n)` returns a `limit(fn)` that runs `fn` under the
 * limit; `limitFunction(fn, { concurrency })` returns `fn` limited; `new PQueue()`
 * returns a queue whose `add`/`addAll` run tasks under its limit.
 */
export interface LimiterFactory extends LibraryExport {
  /** What the factory returns: a function that limits the callback it is given, the limited function itself, or a queue. */
  readonly returns: 'limit-function' | 'limited-function' | 'queue';
}

export const LIMITER_FACTORIES: readonly LimiterFactory[] = deepFreeze<LimiterFactory[]>([
  { module: 'p-limit', names: ['default', 'pLimit'], returns: 'limit-function' },
  { module: 'p-limit', names: ['limitFunction'], returns: 'limited-function' },
  { module: 'p-queue', names: ['default', 'PQueue'], returns: 'queue' },
]);

/** Methods of a queue that run their task under the queue's limit. */
export const QUEUE_METHODS: readonly string[] = deepFreeze(['add', 'addAll']);

/** Packages whose declared types are limiter functions or queues (`LimitFunction`, `PQueue`). */
export const LIMITER_TYPE_PACKAGES: ReadonlySet<string> = new Set(['p-limit', 'p-queue']);

/**
 * Helpers that call a mapper for every element of `inputArg` and take a
 * `concurrency` option in `optionsArg`, which defaults to `Infinity`: without
 * it they start every element at once.
 */
export interface ConcurrencyOptionHelper extends LibraryExport {
  /** How messages name the helper. */
  readonly display: string;
  readonly inputArg: number;
  readonly optionsArg: number;
}

export const CONCURRENCY_OPTION_HELPERS: readonly ConcurrencyOptionHelper[] = deepFreeze<ConcurrencyOptionHelper[]>([
  { module: 'p-map', names: ['default', 'pMap'], display: 'pMap', inputArg: 0, optionsArg: 2 },
  { module: 'p-map', names: ['pMapSettled'], display: 'pMapSettled', inputArg: 0, optionsArg: 2 },
  { module: 'p-map', names: ['pMapIterable'], display: 'pMapIterable', inputArg: 0, optionsArg: 2 },
  { module: 'p-map', names: ['pMapKeyed'], display: 'pMapKeyed', inputArg: 0, optionsArg: 2 },
  { module: 'p-map', names: ['pMapSettledKeyed'], display: 'pMapSettledKeyed', inputArg: 0, optionsArg: 2 },
  { module: 'bluebird', names: ['map'], display: 'Promise.map', inputArg: 0, optionsArg: 2 },
  { module: 'bluebird', names: ['filter'], display: 'Promise.filter', inputArg: 0, optionsArg: 2 },
]);

/**
 * async's collection functions that run the iteratee for every element at
 * once, and the `*Limit` variant that takes a limit as its second argument.
 * `input` says whether the first argument is a collection or a count (`times`).
 */
export interface AsyncUnlimited {
  readonly name: string;
  readonly limited: string;
  readonly input: 'collection' | 'count';
}

export const ASYNC_MODULE = 'async';

export const ASYNC_UNLIMITED: readonly AsyncUnlimited[] = deepFreeze<AsyncUnlimited[]>([
  { name: 'each', limited: 'eachLimit', input: 'collection' },
  { name: 'forEach', limited: 'forEachLimit', input: 'collection' },
  { name: 'eachOf', limited: 'eachOfLimit', input: 'collection' },
  { name: 'forEachOf', limited: 'forEachOfLimit', input: 'collection' },
  { name: 'map', limited: 'mapLimit', input: 'collection' },
  { name: 'mapValues', limited: 'mapValuesLimit', input: 'collection' },
  { name: 'filter', limited: 'filterLimit', input: 'collection' },
  { name: 'select', limited: 'selectLimit', input: 'collection' },
  { name: 'reject', limited: 'rejectLimit', input: 'collection' },
  { name: 'detect', limited: 'detectLimit', input: 'collection' },
  { name: 'find', limited: 'findLimit', input: 'collection' },
  { name: 'some', limited: 'someLimit', input: 'collection' },
  { name: 'any', limited: 'anyLimit', input: 'collection' },
  { name: 'every', limited: 'everyLimit', input: 'collection' },
  { name: 'all', limited: 'allLimit', input: 'collection' },
  { name: 'concat', limited: 'concatLimit', input: 'collection' },
  { name: 'flatMap', limited: 'flatMapLimit', input: 'collection' },
  { name: 'groupBy', limited: 'groupByLimit', input: 'collection' },
  { name: 'parallel', limited: 'parallelLimit', input: 'collection' },
  { name: 'times', limited: 'timesLimit', input: 'count' },
]);

/** Promise combinators: `Promise.all(…)` and Bluebird's same-named statics. */
export const PROMISE_COMBINATORS: readonly string[] = deepFreeze(['all', 'allSettled', 'any', 'race']);
export const BLUEBIRD_MODULE = 'bluebird';

/** Calls (or constructors) that start an operating-system process or a thread. */
export interface ProcessStarter {
  readonly module: string;
  readonly name: string;
  /** `new Worker(…)` rather than `spawn(…)`. */
  readonly construct: boolean;
  /** What one call starts, for messages. */
  readonly starts: 'child process' | 'worker thread';
}

export const PROCESS_STARTERS: readonly ProcessStarter[] = deepFreeze<ProcessStarter[]>([
  { module: 'child_process', name: 'spawn', construct: false, starts: 'child process' },
  { module: 'child_process', name: 'exec', construct: false, starts: 'child process' },
  { module: 'child_process', name: 'execFile', construct: false, starts: 'child process' },
  { module: 'child_process', name: 'fork', construct: false, starts: 'child process' },
  { module: 'worker_threads', name: 'Worker', construct: true, starts: 'worker thread' },
]);

/**
 * How a query says how many rows it returns at most, across the ORMs and
 * query builders: an option of its options object (Sequelize and Objection
 * `limit`, TypeORM and Prisma `take`, MikroORM `limit`, Mongoose `limit`,
 * page sizes of paginating helpers), or a method of its chain (knex, Kysely,
 * Drizzle and Mongoose `.limit(n)`, TypeORM's query builder `.take(n)`, knex
 * `.first()`). A collection from such a query is as large as that page.
 */
export const QUERY_LIMIT_OPTIONS: ReadonlySet<string> = new Set(['limit', 'take', 'first', 'top', 'pageSize', 'perPage', 'per_page']);
export const QUERY_LIMIT_METHODS: ReadonlySet<string> = new Set(['limit', 'take', 'first', 'top', 'paginate']);
/** A spread of pagination into the options (`...ctx.state.pagination`, `...paginationArgs`): it carries the limit. */
export const PAGINATION_SPREAD = /paginat/iu;

/** Calls whose result is the machine's parallelism: a loop up to it is a fixed-size pool. */
export const PARALLELISM_SOURCES: readonly LibraryExport[] = deepFreeze<LibraryExport[]>([
  { module: 'os', names: ['availableParallelism'] },
  // `os.cpus()` is an array: its `.length` is the count.
  { module: 'os', names: ['cpus'] },
]);

/**
 * Library functions known to return a promise, for code without type
 * information. `callbackLast`: the module also has a callback form, chosen
 * when the last argument is a function (fs-extra).
 */
export interface PromiseApiGroup {
  readonly module: string;
  readonly names: readonly string[];
  readonly callbackLast?: boolean;
}

const FS_PROMISE_NAMES = [
  'access',
  'appendFile',
  'chmod',
  'chown',
  'copyFile',
  'cp',
  'lstat',
  'mkdir',
  'mkdtemp',
  'open',
  'opendir',
  'readdir',
  'readFile',
  'readlink',
  'realpath',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'symlink',
  'truncate',
  'unlink',
  'utimes',
  'writeFile',
];

export const PROMISE_APIS: readonly PromiseApiGroup[] = deepFreeze<PromiseApiGroup[]>([
  { module: 'fs/promises', names: FS_PROMISE_NAMES },
  {
    module: 'fs-extra',
    names: [
      ...FS_PROMISE_NAMES,
      'copy',
      'emptyDir',
      'ensureDir',
      'ensureFile',
      'mkdirp',
      'mkdirs',
      'move',
      'outputFile',
      'outputJson',
      'pathExists',
      'readJson',
      'remove',
      'writeJson',
    ],
    callbackLast: true,
  },
  { module: 'timers/promises', names: ['setTimeout', 'setImmediate'] },
  { module: 'dns/promises', names: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'reverse'] },
  { module: 'stream/promises', names: ['pipeline', 'finished'] },
  { module: 'events', names: ['once'] },
]);

/** Globals that return a promise: `fetch(url)`. */
export const PROMISE_GLOBALS: ReadonlySet<string> = new Set(['fetch']);

/** Modules whose `promises` property is the promise submodule (`fs.promises.readFile`). */
const PROMISES_PROPERTY_PARENTS: Readonly<Record<string, string>> = deepFreeze({
  'fs/promises': 'fs',
  'dns/promises': 'dns',
  'stream/promises': 'stream',
  'timers/promises': 'timers',
});

/** Export paths the syntactic resolver follows through `import`/`require` for this catalog. */
export const LIMITER_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = deepFreeze(
  buildTrackedExports(),
);

function buildTrackedExports(): Record<string, string[][]> {
  const tracked: Record<string, string[][]> = {};
  const add = (module: string, path: string[]): void => {
    (tracked[module] ??= []).push(path);
  };
  const addExport = (module: string, name: string): void => add(module, name === 'default' ? [] : [name]);
  for (const row of [...LIMITER_FACTORIES, ...CONCURRENCY_OPTION_HELPERS, ...PARALLELISM_SOURCES]) {
    // Only the first name is an export name; the others are what the type checker calls it.
    addExport(row.module, row.names[0] ?? 'default');
  }
  for (const row of ASYNC_UNLIMITED) add(ASYNC_MODULE, [row.name]);
  for (const name of PROMISE_COMBINATORS) add(BLUEBIRD_MODULE, [name]);
  for (const row of PROCESS_STARTERS) add(row.module, [row.name]);
  for (const group of PROMISE_APIS) {
    const parent = PROMISES_PROPERTY_PARENTS[group.module];
    for (const name of group.names) {
      add(group.module, [name]);
      if (parent) add(parent, ['promises', name]);
      if (group.module === 'fs/promises') add('fs-extra', ['promises', name]);
    }
  }
  return tracked;
}

/**
 * Assertion entry points whose chains (`expect(x).toBe(y)`, `expect(x).to.equal(y)`)
 * return no promise, and the members that make one (`expect(p).resolves.toBe(y)`,
 * chai-as-promised's `eventually`). Type queries of assertion chains in test
 * loops are among the costliest a project has: the matcher types are large generics.
 */
export const ASSERTION_ENTRY_POINTS: readonly { readonly module: string; readonly name: string }[] = deepFreeze([
  { module: 'vitest', name: 'expect' },
  { module: '@jest/globals', name: 'expect' },
  { module: 'chai', name: 'expect' },
]);
/** The test runners' global `expect` (jest, vitest with `globals: true`). */
export const ASSERTION_GLOBALS: ReadonlySet<string> = new Set(['expect']);
export const PROMISE_ASSERTION_MEMBERS: ReadonlySet<string> = new Set(['resolves', 'rejects', 'eventually', 'poll']);
