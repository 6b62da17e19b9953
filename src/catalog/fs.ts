import { deepFreeze } from '../util/freeze.js';

/**
 * What the file-system APIs of `node:fs`, `node:fs/promises` and fs-extra mean
 * for check-then-write analysis. Rows are data: adding an API is adding a row.
 */

export type FsModule = 'fs' | 'fs/promises' | 'fs-extra';

/** How a call delivers its result: decided by the module, the name and the arguments. */
export type CallForm = 'sync' | 'callback' | 'promise';

/**
 * How a check reports that the path is absent: `boolean` checks return or
 * resolve `false`; `throws` checks throw, reject or pass an error.
 */
export type CheckOutcome = 'boolean' | 'throws';

export interface FsCheckApi {
  readonly role: 'check';
  readonly names: readonly string[];
  readonly modules: readonly FsModule[];
  readonly outcome: CheckOutcome;
}

/**
 * What a mutation does to the path it names; used in messages and to choose
 * the atomic replacement.
 */
export type MutationEffect = 'create' | 'create-directory' | 'remove' | 'move' | 'link';

/**
 * The argument shapes that make a mutating call safe without a check:
 * - `recursive`: `{ recursive: true }` (mkdir that tolerates an existing directory);
 * - `flag`: a `flag`/`flags` option or argument that appends or is exclusive (`a…`, `…x…`);
 * - `force`: `{ force: true }` (rm that tolerates a missing path);
 * - `copy-exclusive`: `COPYFILE_EXCL` in the mode argument;
 * - `no-overwrite`: fs-extra `{ overwrite: false }` / `{ errorOnExist: true }`.
 */
export type SafeShape = 'recursive' | 'flag' | 'force' | 'copy-exclusive' | 'no-overwrite';

export interface FsMutateApi {
  readonly role: 'mutate';
  readonly names: readonly string[];
  readonly modules: readonly FsModule[];
  readonly effect: MutationEffect;
  /** Arguments that name a path this call mutates. */
  readonly pathArgs: readonly number[];
  /** The argument that holds options, flags or a mode, when there is one. */
  readonly optionsArg?: number;
  /** The flag used when the options do not say (`open` reads by default: it mutates only with a writing flag). */
  readonly defaultFlag?: string;
  readonly safeWhen?: readonly SafeShape[];
}

export type FsApi = FsCheckApi | FsMutateApi;

const FS_ALL: readonly FsModule[] = ['fs', 'fs/promises', 'fs-extra'];
const FS_SYNC_AND_CALLBACK: readonly FsModule[] = ['fs', 'fs-extra'];
const FS_EXTRA: readonly FsModule[] = ['fs-extra'];

/** Every file-system API the analysis knows. Frozen: the plugin holds no mutable module state. */
export const FS_APIS: readonly FsApi[] = deepFreeze<FsApi[]>([
  // Checks
  { role: 'check', names: ['existsSync', 'exists'], modules: FS_SYNC_AND_CALLBACK, outcome: 'boolean' },
  { role: 'check', names: ['pathExists', 'pathExistsSync'], modules: FS_EXTRA, outcome: 'boolean' },
  {
    role: 'check',
    names: ['access', 'accessSync', 'stat', 'statSync', 'lstat', 'lstatSync'],
    modules: FS_ALL,
    outcome: 'throws',
  },

  // Mutations
  {
    role: 'mutate',
    names: ['writeFile', 'writeFileSync'],
    modules: FS_ALL,
    effect: 'create',
    pathArgs: [0],
    optionsArg: 2,
    defaultFlag: 'w',
    safeWhen: ['flag'],
  },
  {
    role: 'mutate',
    names: ['outputFile', 'outputFileSync', 'outputJson', 'outputJsonSync', 'outputJSON', 'outputJSONSync'],
    modules: FS_EXTRA,
    effect: 'create',
    pathArgs: [0],
    optionsArg: 2,
    defaultFlag: 'w',
    safeWhen: ['flag'],
  },
  {
    role: 'mutate',
    names: ['writeJson', 'writeJsonSync', 'writeJSON', 'writeJSONSync'],
    modules: FS_EXTRA,
    effect: 'create',
    pathArgs: [0],
    optionsArg: 2,
    defaultFlag: 'w',
    safeWhen: ['flag'],
  },
  {
    role: 'mutate',
    names: ['mkdir', 'mkdirSync'],
    modules: FS_ALL,
    effect: 'create-directory',
    pathArgs: [0],
    optionsArg: 1,
    safeWhen: ['recursive'],
  },
  {
    role: 'mutate',
    names: ['open', 'openSync'],
    modules: FS_ALL,
    effect: 'create',
    pathArgs: [0],
    optionsArg: 1,
    defaultFlag: 'r',
    safeWhen: ['flag'],
  },
  {
    role: 'mutate',
    names: ['createWriteStream'],
    modules: FS_SYNC_AND_CALLBACK,
    effect: 'create',
    pathArgs: [0],
    optionsArg: 1,
    defaultFlag: 'w',
    safeWhen: ['flag'],
  },
  { role: 'mutate', names: ['rename', 'renameSync'], modules: FS_ALL, effect: 'move', pathArgs: [0, 1] },
  {
    role: 'mutate',
    names: ['move', 'moveSync'],
    modules: FS_EXTRA,
    effect: 'move',
    pathArgs: [0, 1],
    optionsArg: 2,
    safeWhen: ['no-overwrite'],
  },
  {
    role: 'mutate',
    names: ['copyFile', 'copyFileSync'],
    modules: FS_ALL,
    effect: 'create',
    pathArgs: [1],
    optionsArg: 2,
    safeWhen: ['copy-exclusive'],
  },
  {
    role: 'mutate',
    names: ['copy', 'copySync'],
    modules: FS_EXTRA,
    effect: 'create',
    pathArgs: [1],
    optionsArg: 2,
    safeWhen: ['no-overwrite'],
  },
  { role: 'mutate', names: ['symlink', 'symlinkSync', 'link', 'linkSync'], modules: FS_ALL, effect: 'link', pathArgs: [1] },
  {
    role: 'mutate',
    names: ['unlink', 'unlinkSync', 'rmdir', 'rmdirSync'],
    modules: FS_ALL,
    effect: 'remove',
    pathArgs: [0],
  },
  {
    role: 'mutate',
    names: ['rm', 'rmSync'],
    modules: FS_ALL,
    effect: 'remove',
    pathArgs: [0],
    optionsArg: 1,
    safeWhen: ['force'],
  },
]);

/** Every name of a file-system API the catalog knows: the cheap first filter. */
export const FS_API_NAMES: ReadonlySet<string> = new Set(FS_APIS.flatMap((api) => api.names));

/** The catalog row for `name` exported by `module`, if any. */
export function findFsApi(module: string, name: string): FsApi | undefined {
  return FS_APIS.find((api) => api.names.includes(name) && (api.modules as readonly string[]).includes(module));
}

/**
 * The form of a call: `…Sync` and `createWriteStream` are synchronous,
 * `fs/promises` returns promises, `fs` takes callbacks, and fs-extra returns a
 * promise unless its last argument is a callback.
 */
export function callForm(module: FsModule, name: string, lastArgumentIsFunction: boolean): CallForm {
  if (name.endsWith('Sync') || name === 'createWriteStream') return 'sync';
  if (module === 'fs/promises') return 'promise';
  if (module === 'fs') return 'callback';
  return lastArgumentIsFunction ? 'callback' : 'promise';
}

export function isFsModule(module: string): module is FsModule {
  return module === 'fs' || module === 'fs/promises' || module === 'fs-extra';
}

/** A quoted specifier of a file-system module (`'fs'`, `"node:fs/promises"`, `'fs-extra'`): what its import contains. */
export const FS_MODULE_MENTION = /['"`](?:node:)?fs(?:-extra)?(?:\/[^'"`]*)?['"`]/u;

/** Exported paths the syntactic resolver tracks for these modules (`promises` is `fs/promises`). */
export const FS_TRACKED_EXPORTS: Readonly<Record<FsModule, readonly (readonly string[])[]>> = deepFreeze({
  fs: [...namesOf('fs').map((name) => [name]), ...namesOf('fs/promises').map((name) => ['promises', name])],
  'fs/promises': namesOf('fs/promises').map((name) => [name]),
  'fs-extra': [
    ...namesOf('fs-extra').map((name) => [name]),
    ...namesOf('fs/promises').map((name) => ['promises', name]),
  ],
});

function namesOf(module: FsModule): string[] {
  return FS_APIS.filter((api) => api.modules.includes(module))
    .flatMap((api) => api.names)
    .filter((name) => module !== 'fs/promises' || !name.endsWith('Sync'));
}
