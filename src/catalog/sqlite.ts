import { deepFreeze } from '../util/freeze.js';

/**
 * Embedded SQLite drivers: how a database is opened, which options make it
 * read-only or set its busy timeout, and the driver's default busy timeout.
 * The data behind `require-sqlite-wal`.
 */
export interface SqliteDriver {
  /** Canonical module and export (`default` for the module's default export). */
  readonly module: string;
  readonly name: string;
  readonly library: string;
  readonly readonlyOption: string;
  readonly timeoutOption: string;
  /** The busy timeout in milliseconds when the code sets none (better-sqlite3 waits 5 s; `node:sqlite` not at all). */
  readonly defaultTimeout: number;
  /** How a suggestion sets pragmas on `db`: one statement per pragma, or one `exec` with all of them. */
  readonly pragmaStyle: 'pragma' | 'exec';
}

export const SQLITE_DRIVERS: readonly SqliteDriver[] = deepFreeze<SqliteDriver[]>([
  {
    module: 'better-sqlite3',
    name: 'default',
    library: 'better-sqlite3',
    readonlyOption: 'readonly',
    timeoutOption: 'timeout',
    defaultTimeout: 5000,
    pragmaStyle: 'pragma',
  },
  {
    module: 'sqlite',
    name: 'DatabaseSync',
    library: 'node:sqlite',
    readonlyOption: 'readOnly',
    timeoutOption: 'timeout',
    defaultTimeout: 0,
    pragmaStyle: 'exec',
  },
]);

/** Methods whose SQL text may set a pragma (`db.pragma('journal_mode = WAL')`, `db.exec('PRAGMA …')`). */
export const SQLITE_PRAGMA_METHODS: readonly string[] = deepFreeze(['pragma', 'exec', 'prepare']);
export const SQLITE_WAL = /\bjournal_mode\s*=\s*['"]?wal\b/iu;
export const SQLITE_BUSY_TIMEOUT = /\bbusy_timeout\s*=\s*(\d+)/iu;
/** Filenames that open an in-memory (or temporary) database. */
export const SQLITE_IN_MEMORY = /^$|:memory:|mode=memory/u;
