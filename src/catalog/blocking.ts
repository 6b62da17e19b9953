import { isBuiltin } from 'node:module';

import { deepFreeze } from '../util/freeze.js';

/**
 * What blocks the event loop, what does the same work without blocking, and
 * which APIs start I/O a constructor cannot await: data shared by
 * no-blocking-constructor and no-blocking-in-async. Adding an API is adding a row.
 *
 * Deliberately not listed (cheap enough to call anywhere, documented in the rule pages):
 * - single metadata syscalls that move no data and return in microseconds on a
 *   local disk: `existsSync`, `accessSync`, `statSync`, `lstatSync`, `fstatSync`,
 *   `statfsSync`, `realpathSync`, `readlinkSync`, `closeSync`, fs-extra `pathExistsSync`;
 * - the CSPRNG and cheap derivations: `randomBytes`/`randomFillSync`/`randomInt`
 *   (microseconds for ordinary sizes), `hkdfSync`, `generateKeySync` (symmetric keys),
 *   `createHash`, `crc32`.
 */

export type BlockingCategory = 'fs' | 'child_process' | 'zlib' | 'crypto' | 'v8' | 'atomics' | 'password-hash';

/**
 * The drop-in asynchronous form of a blocking call, taking the same arguments
 * and resolving to the same value:
 * - `promise`: `await <name>(…)`, `name` exported by `module` (`readFile` of `fs/promises`);
 * - `promisify`: `await promisify(<name>)(…)`, `name` exported by `module`, `promisify` by `node:util`.
 */
export interface AsyncReplacement {
  readonly form: 'promise' | 'promisify';
  /** Canonical module name. */
  readonly module: string;
  readonly name: string;
}

export interface BlockingApi {
  /** Canonical module name (`fs` for `node:fs`); `Atomics` for the global. */
  readonly module: string;
  readonly name: string;
  readonly category: BlockingCategory;
  /** What to use instead, as message text. */
  readonly advice: string;
  /**
   * The replacement a suggestion may write. Absent where no drop-in exists: a
   * different result (`openSync` returns a number, `open` a `FileHandle`;
   * `execSync` returns stdout, `exec` an object), or a promisified form whose
   * result type is lost (`promisify(scrypt)` resolves to `unknown`).
   */
  readonly replacement?: AsyncReplacement;
}

/** `…Sync` functions of `node:fs` whose `node:fs/promises` twin takes the same arguments and resolves to the same value. */
const FS_PROMISE_TWINS = [
  'appendFile',
  'chmod',
  'chown',
  'copyFile',
  'cp',
  'lchown',
  'link',
  'lutimes',
  'mkdir',
  'mkdtemp',
  'opendir',
  'readdir',
  'readFile',
  'rename',
  'rm',
  'rmdir',
  'symlink',
  'truncate',
  'unlink',
  'utimes',
  'writeFile',
] as const;

/** Those that fs-extra also exports in promise form (it does not wrap `cp` and `lutimes`). */
const FS_EXTRA_PROMISE_TWINS: ReadonlySet<string> = new Set(
  FS_PROMISE_TWINS.filter((name) => name !== 'cp' && name !== 'lutimes'),
);

/** `…Sync` functions of `node:fs` with no drop-in promise twin, and what to use instead. */
const FS_WITHOUT_TWIN: Readonly<Record<string, string>> = {
  openSync: '`open` from `node:fs/promises` (it returns a `FileHandle`)',
  readSync: 'a `FileHandle` from `node:fs/promises` (`handle.read`)',
  writeSync: 'a `FileHandle` from `node:fs/promises` (`handle.write`)',
  readvSync: 'a `FileHandle` from `node:fs/promises` (`handle.readv`)',
  writevSync: 'a `FileHandle` from `node:fs/promises` (`handle.writev`)',
  fsyncSync: 'a `FileHandle` from `node:fs/promises` (`handle.sync`)',
  fdatasyncSync: 'a `FileHandle` from `node:fs/promises` (`handle.datasync`)',
  ftruncateSync: 'a `FileHandle` from `node:fs/promises` (`handle.truncate`)',
  fchmodSync: 'a `FileHandle` from `node:fs/promises` (`handle.chmod`)',
  fchownSync: 'a `FileHandle` from `node:fs/promises` (`handle.chown`)',
  futimesSync: 'a `FileHandle` from `node:fs/promises` (`handle.utimes`)',
  globSync: '`glob` from `node:fs/promises` (`for await`)',
};

/** fs-extra's own `…Sync` functions; each has a promise form under the name without `Sync`. */
const FS_EXTRA_OWN = [
  'copy',
  'move',
  'remove',
  'emptyDir',
  'emptydir',
  'ensureDir',
  'mkdirs',
  'mkdirp',
  'ensureFile',
  'createFile',
  'ensureLink',
  'createLink',
  'ensureSymlink',
  'createSymlink',
  'outputFile',
  'outputJson',
  'outputJSON',
  'readJson',
  'readJSON',
  'writeJson',
  'writeJSON',
] as const;

const ZLIB_ASYNC = [
  'gzip',
  'gunzip',
  'deflate',
  'inflate',
  'deflateRaw',
  'inflateRaw',
  'unzip',
  'brotliCompress',
  'brotliDecompress',
  'zstdCompress',
  'zstdDecompress',
] as const;

const code = (text: string): string => `\`${text}\``;
/** How messages name a module: `node:fs/promises` for built-ins, the package name otherwise. */
const shownModule = (module: string): string => (isBuiltin(module) ? `node:${module}` : module);

function promiseRow(module: string, name: string, category: BlockingCategory, target: string): BlockingApi {
  const asyncName = name.slice(0, -'Sync'.length);
  return {
    module,
    name,
    category,
    advice: `${code(`await ${asyncName}`)} from ${code(shownModule(target))}`,
    replacement: { form: 'promise', module: target, name: asyncName },
  };
}

function promisifyRow(module: string, name: string, category: BlockingCategory, withReplacement: boolean): BlockingApi {
  const asyncName = name.slice(0, -'Sync'.length);
  const advice = `${code(`await promisify(${asyncName})`)} with ${code(asyncName)} from ${code(shownModule(module))}`;
  return withReplacement
    ? { module, name, category, advice, replacement: { form: 'promisify', module, name: asyncName } }
    : { module, name, category, advice };
}

/** Every blocking API the analysis knows, one row per module and export name. */
export const BLOCKING_APIS: readonly BlockingApi[] = deepFreeze<BlockingApi[]>([
  // node:fs, and the same functions re-exported by fs-extra.
  ...FS_PROMISE_TWINS.map((name) => promiseRow('fs', `${name}Sync`, 'fs', 'fs/promises')),
  ...Object.entries(FS_WITHOUT_TWIN).map(([name, advice]) => ({ module: 'fs', name, category: 'fs' as const, advice })),
  ...FS_PROMISE_TWINS.map((name) =>
    promiseRow('fs-extra', `${name}Sync`, 'fs', FS_EXTRA_PROMISE_TWINS.has(name) ? 'fs-extra' : 'fs/promises'),
  ),
  ...Object.entries(FS_WITHOUT_TWIN).map(([name, advice]) => ({
    module: 'fs-extra',
    name,
    category: 'fs' as const,
    advice,
  })),
  ...FS_EXTRA_OWN.map((name) => promiseRow('fs-extra', `${name}Sync`, 'fs', 'fs-extra')),

  // node:child_process: the async forms resolve to a different shape, so no drop-in.
  {
    module: 'child_process',
    name: 'execSync',
    category: 'child_process',
    advice: '`exec` with `promisify` from `node:util`, or `spawn`',
  },
  {
    module: 'child_process',
    name: 'execFileSync',
    category: 'child_process',
    advice: '`execFile` with `promisify` from `node:util`, or `spawn`',
  },
  { module: 'child_process', name: 'spawnSync', category: 'child_process', advice: '`spawn` and wait for its `close` event' },

  // node:zlib: every one-shot `…Sync` has a callback twin that promisifies to the same buffer.
  ...ZLIB_ASYNC.map((name) => promisifyRow('zlib', `${name}Sync`, 'zlib', true)),

  // node:crypto key derivation and generation (tens to hundreds of milliseconds by design).
  promisifyRow('crypto', 'pbkdf2Sync', 'crypto', true),
  promisifyRow('crypto', 'generateKeyPairSync', 'crypto', true),
  // `promisify(scrypt)`, `promisify(generatePrime)` and `promisify(checkPrime)` resolve to `unknown` in @types/node.
  promisifyRow('crypto', 'scryptSync', 'crypto', false),
  promisifyRow('crypto', 'generatePrimeSync', 'crypto', false),
  promisifyRow('crypto', 'checkPrimeSync', 'crypto', false),

  // Password hashing libraries: the cost factor makes each call take ~100 ms on purpose.
  ...['bcrypt', 'bcryptjs'].flatMap((module) =>
    ['hashSync', 'compareSync', 'genSaltSync'].map((name) => promiseRow(module, name, 'password-hash', module)),
  ),

  {
    module: 'v8',
    name: 'writeHeapSnapshot',
    category: 'v8',
    advice: 'a snapshot taken outside request handling (`--heapsnapshot-signal` or the inspector)',
  },
]);

/** `Atomics.wait` on the global `Atomics`: no import, so it is matched by the analysis, not tracked. */
export const ATOMICS_WAIT: BlockingApi = deepFreeze({
  module: 'Atomics',
  name: 'wait',
  category: 'atomics',
  advice: '`Atomics.waitAsync`, or a worker thread',
});

/** Every blocking export name: the cheap first filter. */
export const BLOCKING_API_NAMES: ReadonlySet<string> = new Set(BLOCKING_APIS.map((api) => api.name));

/**
 * A quoted module specifier of a module with blocking APIs (`'fs'`,
 * `"node:child_process"`, `'fs-extra/esm'`): the text that every import or
 * `require` of one contains.
 */
export const BLOCKING_MODULE_MENTION: RegExp = new RegExp(
  `['"\`](?:node:)?(?:${[...new Set(BLOCKING_APIS.map((api) => api.module))]
    .map((module) => module.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})(?:/[^'"\`]*)?['"\`]`,
  'u',
);

/** The globals whose clocks a busy-wait loop reads (`Date.now()`, `performance.now()`, `process.hrtime()`). */
export const CLOCK_GLOBAL_MENTION = /\b(?:Date|performance|process)\b/u;

/** The row for `name` exported by (canonical) `module`, if it blocks. */
export function findBlockingApi(module: string, name: string): BlockingApi | undefined {
  return BLOCKING_APIS.find((api) => api.module === module && api.name === name);
}

/**
 * APIs that return a promise, known without type information: a call of one
 * whose result is dropped starts work nobody awaits.
 * `promiseUnlessCallback`: the API takes a callback instead when its last argument is a function (fs-extra).
 */
export interface AsyncApi {
  readonly module: string;
  readonly names: readonly string[];
  readonly promiseUnlessCallback?: boolean;
}

const FS_PROMISES_NAMES = [
  'access',
  'appendFile',
  'chmod',
  'chown',
  'copyFile',
  'cp',
  'lchown',
  'link',
  'lstat',
  'lutimes',
  'mkdir',
  'mkdtemp',
  'open',
  'opendir',
  'readFile',
  'readdir',
  'readlink',
  'realpath',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'statfs',
  'symlink',
  'truncate',
  'unlink',
  'utimes',
  'writeFile',
];

export const ASYNC_APIS: readonly AsyncApi[] = deepFreeze<AsyncApi[]>([
  { module: 'fs/promises', names: FS_PROMISES_NAMES },
  {
    module: 'fs-extra',
    names: [...FS_EXTRA_OWN, ...FS_EXTRA_PROMISE_TWINS, 'pathExists', 'access', 'lstat', 'stat', 'readlink', 'realpath'],
    promiseUnlessCallback: true,
  },
  { module: 'timers/promises', names: ['setTimeout', 'setImmediate'] },
  { module: 'dns/promises', names: ['lookup', 'resolve', 'resolve4', 'resolve6', 'reverse'] },
  { module: 'mongoose', names: ['connect'] },
  { module: 'mysql2/promise', names: ['createConnection'] },
]);

/** Global functions that return a promise. */
export const ASYNC_GLOBALS: ReadonlySet<string> = new Set(['fetch']);

/**
 * Methods that return a promise on objects created by a known constructor or
 * factory: `new MongoClient(url).connect()`, `createClient().connect()`.
 */
export interface AsyncMethod {
  readonly module: string;
  /** Export names of the constructor or factory (`default` for the module's default export). */
  readonly creators: readonly string[];
  readonly methods: readonly string[];
}

export const ASYNC_METHODS: readonly AsyncMethod[] = deepFreeze<AsyncMethod[]>([
  { module: 'mongodb', creators: ['MongoClient'], methods: ['connect'] },
  { module: 'pg', creators: ['Client'], methods: ['connect'] },
  { module: 'redis', creators: ['createClient'], methods: ['connect'] },
  { module: 'ioredis', creators: ['default', 'Redis', 'Cluster'], methods: ['connect'] },
]);

/**
 * Clients that open a connection as soon as they are created. `lazyOption`
 * names the option that defers it (`lazyConnect: true`); `needsArgument`: the
 * factory connects only when given a URI (`mongoose.createConnection(uri)`).
 */
export interface EagerClient {
  readonly module: string;
  readonly names: readonly string[];
  readonly lazyOption?: string;
  readonly needsArgument?: boolean;
}

export const EAGER_CLIENTS: readonly EagerClient[] = deepFreeze<EagerClient[]>([
  { module: 'ioredis', names: ['default', 'Redis', 'Cluster'], lazyOption: 'lazyConnect' },
  { module: 'mysql2', names: ['createConnection'] },
  { module: 'mongoose', names: ['createConnection'], needsArgument: true },
]);

export function findAsyncApi(module: string, name: string): AsyncApi | undefined {
  return ASYNC_APIS.find((api) => api.module === module && api.names.includes(name));
}

export function findAsyncMethod(module: string, creator: string, method: string): AsyncMethod | undefined {
  return ASYNC_METHODS.find((row) => row.module === module && row.creators.includes(creator) && row.methods.includes(method));
}

export function findEagerClient(module: string, name: string): EagerClient | undefined {
  return EAGER_CLIENTS.find((row) => row.module === module && row.names.includes(name));
}

export const ASYNC_API_NAMES: ReadonlySet<string> = new Set(ASYNC_APIS.flatMap((api) => api.names));
export const CLIENT_CREATOR_NAMES: ReadonlySet<string> = new Set([
  ...ASYNC_METHODS.flatMap((row) => row.creators),
  ...EAGER_CLIENTS.flatMap((row) => row.names),
]);

/**
 * Exported paths the syntactic resolver tracks for these modules: the blocking
 * rows, the promise APIs (`fs.promises.readFile` included) and the client creators
 * (an empty path is the module itself: `new Redis()` of `import Redis from 'ioredis'`).
 */
export const BLOCKING_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = deepFreeze(
  trackedExports(),
);

function trackedExports(): Record<string, (readonly string[])[]> {
  const table: Record<string, (readonly string[])[]> = {};
  const add = (module: string, path: readonly string[]): void => {
    const paths = (table[module] ??= []);
    if (!paths.some((existing) => existing.join('.') === path.join('.'))) paths.push(path);
  };
  for (const api of BLOCKING_APIS) add(api.module, [api.name]);
  for (const api of ASYNC_APIS) for (const name of api.names) add(api.module, [name]);
  for (const name of FS_PROMISES_NAMES) {
    add('fs', ['promises', name]);
    add('fs-extra', ['promises', name]);
  }
  for (const row of [...ASYNC_METHODS.map((m) => ({ module: m.module, names: m.creators })), ...EAGER_CLIENTS]) {
    for (const name of row.names) add(row.module, name === 'default' ? [] : [name]);
  }
  return table;
}
