import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/require-sqlite-wal.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `import Database from 'better-sqlite3';
const db = new Database('app.db');
db.pragma('journal_mode = WAL');
export default db;`,
  `import Database from 'better-sqlite3';
const db = new Database('app.db', { timeout: 10_000 });
db.exec('PRAGMA journal_mode=WAL');
export default db;`,
  `import Database from 'better-sqlite3';
export const db = new Database(':memory:');`,
  `import Database from 'better-sqlite3';
export const db = new Database('app.db', { readonly: true });`,
  `import Database from 'better-sqlite3';
export class Store {
  private readonly db: Database.Database;
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
  }
}`,
  `import Database from 'better-sqlite3';
let db: Database.Database | undefined;
export function getDb() {
  if (!db) {
    db = new Database('app.db');
    db.pragma('journal_mode = WAL');
  }
  return db;
}`,
  `import Database from 'better-sqlite3';
function configure(db: Database.Database) {
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
}
const db = new Database('app.db');
configure(db);
export default db;`,
  `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db');
db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
export default db;`,
  `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db', { timeout: 5000 });
db.exec('PRAGMA journal_mode = WAL');
export default db;`,
  `import { DatabaseSync } from 'node:sqlite';
export const db = new DatabaseSync(':memory:');`,
  `import { DatabaseSync } from 'node:sqlite';
export const db = new DatabaseSync('app.db', { readOnly: true });`,
  `import { DatabaseSync } from 'node:sqlite';
export function open(file: string, options: { timeout?: number }) {
  const db = new DatabaseSync(file, options);
  db.exec('PRAGMA journal_mode = WAL');
  return db;
}`,
  `class Database {
  constructor(readonly file: string) {}
}
export const sqliteDb = new Database('app.db');`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import Database from 'better-sqlite3';
const db = new Database('app.db');
export default db;`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Database from 'better-sqlite3';
const db = new Database('app.db');
db.pragma('journal_mode = WAL');
export default db;`,
          },
        ],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
export const db = new Database('app.db', { timeout: 10_000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Database from 'better-sqlite3';
export const db = new Database('app.db', { timeout: 10_000 });
db.pragma('journal_mode = WAL');`,
          },
        ],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
export const db = new Database('app.db', { timeout: 0 });
db.pragma('journal_mode = WAL');`,
    output: null,
    errors: [
      {
        messageId: 'missingBusyTimeout',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`busy_timeout`'},
            output: `import Database from 'better-sqlite3';
export const db = new Database('app.db', { timeout: 0 });
db.pragma('busy_timeout = 5000');
db.pragma('journal_mode = WAL');`,
          },
        ],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
const db = new Database('app.db');
db.pragma('journal_mode = DELETE');
export { db };`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Database from 'better-sqlite3';
const db = new Database('app.db');
db.pragma('journal_mode = WAL');
db.pragma('journal_mode = DELETE');
export { db };`,
          },
        ],
      },
    ],
  },
  {
    code: `import Sqlite from 'better-sqlite3';
export function open(file: string) {
  const db = new Sqlite(file, { fileMustExist: true });
  return db;
}`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Sqlite from 'better-sqlite3';
export function open(file: string) {
  const db = new Sqlite(file, { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  return db;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
const db = new Database('app.db');
const other = new Database('other.db');
other.pragma('journal_mode = WAL');
export { db, other };`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Database from 'better-sqlite3';
const db = new Database('app.db');
db.pragma('journal_mode = WAL');
const other = new Database('other.db');
other.pragma('journal_mode = WAL');
export { db, other };`,
          },
        ],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
export class Store {
  private db = new Database('store.db');
  get(id: string) {
    return this.db.prepare('SELECT * FROM items WHERE id = ?').get(id);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    code: `import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
export const db = drizzle(new Database('app.db'));`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db');
export default db;`,
    output: null,
    errors: [
      {
        messageId: 'missingWalAndBusyTimeout',
        data: { library: 'node:sqlite' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL` and `busy_timeout`'},
            output: `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db');
db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
export default db;`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db');
db.exec('PRAGMA journal_mode = WAL');
export default db;`,
    output: null,
    errors: [
      {
        messageId: 'missingBusyTimeout',
        data: { library: 'node:sqlite' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`busy_timeout`'},
            output: `import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync('app.db');
db.exec('PRAGMA busy_timeout = 5000;');
db.exec('PRAGMA journal_mode = WAL');
export default db;`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DatabaseSync } from 'node:sqlite';
export const db = new DatabaseSync('app.db', { timeout: 5000 });`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'node:sqlite' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import { DatabaseSync } from 'node:sqlite';
export const db = new DatabaseSync('app.db', { timeout: 5000 });
db.exec('PRAGMA journal_mode = WAL;');`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as sqlite from 'node:sqlite';
export function open(file: string) {
  const db = new sqlite.DatabaseSync(file);
  db.exec('CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY)');
  return db;
}`,
    output: null,
    errors: [
      {
        messageId: 'missingWalAndBusyTimeout',
        data: { library: 'node:sqlite' },
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL` and `busy_timeout`'},
            output: `import * as sqlite from 'node:sqlite';
export function open(file: string) {
  const db = new sqlite.DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  db.exec('CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY)');
  return db;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const Database = require('better-sqlite3');
const db = new Database('app.db');
module.exports = db;`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `const Database = require('better-sqlite3');
const db = new Database('app.db');
db.pragma('journal_mode = WAL');
module.exports = db;`,
          },
        ],
      },
    ],
  },
  {
    code: `const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync('app.db');
db.exec('PRAGMA busy_timeout = 5000');
module.exports = db;`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'node:sqlite' },
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync('app.db');
db.exec('PRAGMA journal_mode = WAL;');
db.exec('PRAGMA busy_timeout = 5000');
module.exports = db;`,
          },
        ],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const Database = require('better-sqlite3');
const db = new Database('app.db');
db.pragma('journal_mode = wal');
module.exports = db;`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `import Database from 'better-sqlite3';
export const db = new Database(process.env.DB_FILE);`,
    output: null,
    errors: [
      {
        messageId: 'missingWal',
        data: { library: 'better-sqlite3' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'addPragmas',
            data: {'pragmas':'`journal_mode = WAL`'},
            output: `import Database from 'better-sqlite3';
export const db = new Database(process.env.DB_FILE);
db.pragma('journal_mode = WAL');`,
          },
        ],
      },
    ],
  },
  {
    code: `const { DatabaseSync } = require('node:sqlite');
class Store {
  constructor(file) {
    this.db = new DatabaseSync(file);
  }
}
module.exports = Store;`,
    output: null,
    errors: [
      {
        messageId: 'missingWalAndBusyTimeout',
        data: { library: 'node:sqlite' },
        line: 4,
        column: 15,
        endLine: 4,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
];
