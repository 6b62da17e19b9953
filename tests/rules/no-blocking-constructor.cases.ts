import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-blocking-constructor.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // A Nest provider in the default (singleton) scope is created once, at bootstrap.
  `import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
@Injectable()
export class ConfigService {
  private readonly values: Record<string, string>;
  constructor() {
    this.values = JSON.parse(readFileSync('config.json', 'utf8'));
  }
}`,
  // A class private to the file, created once at module top level.
  `import { readFileSync } from 'node:fs';
class Templates {
  page = readFileSync('page.html', 'utf8');
}
export const templates = new Templates();`,
  // Blocking work in a method that the constructor does not call.
  `import { readFileSync } from 'node:fs';
export class Report {
  constructor(private readonly path: string) {}
  load() {
    return readFileSync(this.path, 'utf8');
  }
}`,
  // Work scheduled for later does not run during construction.
  `import { readFileSync } from 'node:fs';
export class Watcher {
  private timer: NodeJS.Timeout;
  constructor(private readonly path: string) {
    this.timer = setInterval(() => this.reload(), 1000);
  }
  reload() {
    return readFileSync(this.path);
  }
  stop() {
    clearInterval(this.timer);
  }
}`,
  // The ready promise is kept, voided on purpose, or its rejection handled.
  `export class Cache {
  readonly ready: Promise<void>;
  constructor() {
    this.ready = this.warm();
    void this.warm();
    this.warm().catch((error: unknown) => console.error(error));
    this.warm().then(() => undefined, (error: unknown) => console.error(error));
  }
  async warm() {}
}`,
  // ioredis with lazyConnect, options the code cannot see, and pools that connect on first use.
  `import Redis from 'ioredis';
import pg from 'pg';
export class Store {
  redis = new Redis({ host: 'cache', lazyConnect: true });
  pool = new pg.Pool({ max: 10 });
  constructor(private readonly options: { host: string }) {}
  other = new Redis(this.options);
}`,
  // A static field initializer runs once, when the class is defined.
  `import { readFileSync } from 'node:fs';
export class Page {
  static template = readFileSync('page.html', 'utf8');
  constructor(readonly title: string) {}
}`,
  // A module-level cache filled once.
  `import { readFileSync } from 'node:fs';
let schema: string | undefined;
export class Validator {
  constructor() {
    schema ??= readFileSync('schema.json', 'utf8');
  }
}`,
  // A time-boxed loop that does work is not a busy wait.
  `export class Batcher {
  constructor(private readonly queue: string[]) {
    const until = Date.now() + 5;
    while (Date.now() < until && this.queue.length > 0) {
      this.flushOne();
    }
  }
  flushOne() {
    this.queue.pop();
  }
}`,
  // A local function that merely has the same name.
  `function execSync(command: string) {
  return command.trim();
}
export class Command {
  readonly text = execSync(' ls ');
}`,
  // Methods that call each other without blocking: the summary terminates.
  `export class Parser {
  constructor(private readonly input: string) {
    this.ping(3);
  }
  ping(n: number): number {
    return n > 0 ? this.pong(n - 1) : 0;
  }
  pong(n: number): number {
    return n > 0 ? this.ping(n - 1) : 1;
  }
}`,
  // Allowed by option.
  {
    code: `import { readFileSync } from 'node:fs';
export class Keys {
  readonly key = readFileSync('key.pem');
}`,
    options: [{ allow: ['readFileSync'] }],
  },
  // Callback APIs return nothing to await.
  `import fs from 'node:fs';
import fse from 'fs-extra';
export class Uploader {
  constructor(dir: string) {
    fs.mkdir(dir, { recursive: true }, () => {});
    fse.ensureDir(dir, () => {});
  }
}`,
  // A type error in the snippet must not crash the rule.
  `import { readFileSync } from 'node:fs';
export class Broken {
  constructor() {
    // @ts-expect-error missing argument
    this.missing = readFileSync;
  }
}`,
  // Blocking work in an async method: no-blocking-in-async's business.
  `import { readFileSync } from 'node:fs';
export class Loader {
  constructor() {}
  async load() {
    return readFileSync('data.json');
  }
}`,
  // Cheap calls are not in the catalog.
  `import { existsSync, mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
export class Session {
  readonly id = randomBytes(16).toString('hex');
  readonly persisted: boolean;
  constructor(path: string) {
    this.persisted = existsSync(path);
  }
}
export const scratch = mkdtempSync('/tmp/x');`,
  // Outside any class: module top level and plain functions.
  `import { execSync } from 'node:child_process';
export const commit = execSync('git rev-parse HEAD').toString();
export function build() {
  execSync('npm run build');
}`,
  // An executable script serves one user.
  `#!/usr/bin/env node
import { readFileSync } from 'node:fs';
class Cli {
  readonly input = readFileSync(0, 'utf8');
}
export const cli = new Cli();
export const other = new Cli();`,
  // An eager client allowed by its class name, imported as the default export.
  {
    code: `import Redis from 'ioredis';
export class Limiter {
  redis = new Redis(6379);
}`,
    options: [{ allow: ['Redis'] }],
  },
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  // The classic: configuration read synchronously in the constructor; lazy getter suggested.
  {
    code: `import { readFileSync } from 'node:fs';
interface Config {
  port: number;
}
const CONFIG_PATH = './config.json';
export class Server {
  private readonly config: Config;
  constructor() {
    this.config = JSON.parse(readFileSync(CONFIG_PATH, 'utf8'));
  }
  port() {
    return this.config.port;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 9,
        column: 30,
        endLine: 9,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'config', place: 'the constructor' },
            output: `import { readFileSync } from 'node:fs';
interface Config {
  port: number;
}
const CONFIG_PATH = './config.json';
export class Server {
  #config?: Config;
  private get config(): Config {
    return (this.#config ??= JSON.parse(readFileSync(CONFIG_PATH, 'utf8')));
  }
  port() {
    return this.config.port;
  }
}`,
          },
        ],
      },
    ],
  },
  // A field initializer with a declared type; aliased import.
  {
    code: `import { readFileSync as read } from 'fs';
const TEMPLATE = 'invoice.html';
export class InvoiceRenderer {
  readonly template: string = read(TEMPLATE, 'utf8');
  render(total: number) {
    return this.template.replace('{{total}}', String(total));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a field initializer' },
        line: 4,
        column: 31,
        endLine: 4,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'template', place: 'a field initializer' },
            output: `import { readFileSync as read } from 'fs';
const TEMPLATE = 'invoice.html';
export class InvoiceRenderer {
  #template?: string;
  get template(): string {
    return (this.#template ??= read(TEMPLATE, 'utf8'));
  }
  render(total: number) {
    return this.template.replace('{{total}}', String(total));
  }
}`,
          },
        ],
      },
    ],
  },
  // A field initializer without a type: in TypeScript the getter needs one, so no suggestion.
  {
    code: `import * as fs from 'node:fs';
export class Banner {
  private readonly text = fs.readFileSync('banner.txt', 'utf8');
  show() {
    return this.text;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a field initializer' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 64,
        suggestions: [],
      },
    ],
  },
  // The value depends on a constructor parameter: no suggestion.
  {
    code: `import { readFileSync } from 'node:fs';
export class Document {
  readonly body: string;
  constructor(path: string) {
    this.body = readFileSync(path, 'utf8');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 5,
        column: 17,
        endLine: 5,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  // A method of the same class, followed through two calls.
  {
    code: `import { readdirSync } from 'node:fs';
export class Plugins {
  readonly names: string[];
  constructor(private readonly dir: string) {
    this.names = this.discover();
  }
  private discover() {
    return this.scan().filter((name) => name.endsWith('.js'));
  }
  private scan() {
    return readdirSync(this.dir);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingHelper',
        data: { callee: 'this.discover', name: 'readdirSync', line: 11, place: 'the constructor' },
        line: 5,
        column: 18,
        endLine: 5,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  // A local helper function; its value does not depend on the constructor, so the lazy getter is offered.
  {
    code: `import { generateKeyPairSync } from 'node:crypto';
function createKeys() {
  return generateKeyPairSync('ed25519');
}
export class Signer {
  private keys: ReturnType<typeof createKeys>;
  constructor() {
    this.keys = createKeys();
  }
  publicKey() {
    return this.keys.publicKey;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingHelper',
        data: { callee: 'createKeys', name: 'generateKeyPairSync', line: 3, place: 'the constructor' },
        line: 8,
        column: 17,
        endLine: 8,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'keys', place: 'the constructor' },
            output: `import { generateKeyPairSync } from 'node:crypto';
function createKeys() {
  return generateKeyPairSync('ed25519');
}
export class Signer {
  #keys?: ReturnType<typeof createKeys>;
  private get keys(): ReturnType<typeof createKeys> {
    return (this.#keys ??= createKeys());
  }
  publicKey() {
    return this.keys.publicKey;
  }
}`,
          },
        ],
      },
    ],
  },
  // A busy-wait loop.
  {
    code: `export class Throttle {
  constructor(delayMs: number) {
    const until = Date.now() + delayMs;
    while (Date.now() < until) {}
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'busyWait',
        data: { place: 'the constructor' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  // A busy-wait in a method the constructor calls; the methods call each other.
  {
    code: `export class Retry {
  constructor() {
    this.pause(50);
  }
  pause(ms: number): void {
    const start = performance.now();
    for (;;) {
      if (performance.now() - start > ms) break;
    }
    if (ms > 1000) this.again();
  }
  again(): void {
    this.pause(10);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'busyWaitHelper',
        data: { callee: 'this.pause', line: 7, place: 'the constructor' },
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  // A promise from an async method of the same class, dropped.
  {
    code: `export class Repository {
  private rows: string[] = [];
  constructor() {
    this.load();
  }
  async load() {
    this.rows = ['a'];
  }
  count() {
    return this.rows.length;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingPromise',
        data: { callee: 'this.load', place: 'the constructor' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  // fs/promises in the constructor, dropped; and a `.then` without a rejection handler.
  {
    code: `import { mkdir, readFile } from 'node:fs/promises';
export class Uploads {
  data = '';
  constructor(private readonly dir: string) {
    mkdir(dir, { recursive: true });
    readFile(dir + '/index.json', 'utf8').then((text) => {
      this.data = text;
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingPromise',
        data: { callee: 'mkdir', place: 'the constructor' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 36,
        suggestions: [],
      },
      {
        messageId: 'floatingPromise',
        data: { callee: 'readFile(…).then', place: 'the constructor' },
        line: 6,
        column: 5,
        endLine: 8,
        endColumn: 7,
        suggestions: [],
      },
    ],
  },
  // A MongoDB client connected in the constructor.
  {
    code: `import { MongoClient } from 'mongodb';
export class Users {
  private readonly client: MongoClient;
  constructor() {
    this.client = new MongoClient('mongodb://localhost:27017');
    this.client.connect();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingPromise',
        data: { callee: 'this.client.connect', place: 'the constructor' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  // ioredis connects on construction.
  {
    code: `import Redis from 'ioredis';
export class RateLimiter {
  private readonly redis: Redis;
  constructor() {
    this.redis = new Redis(6379, 'localhost');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'eagerClient',
        data: { call: 'new Redis()', place: 'the constructor' },
        line: 5,
        column: 18,
        endLine: 5,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  // Named ioredis import in a field, with options but no lazyConnect.
  {
    code: `import { Redis } from 'ioredis';
export class Sessions {
  store = new Redis({ host: 'cache', port: 6379 });
}`,
    output: null,
    errors: [
      {
        messageId: 'eagerClient',
        data: { call: 'new Redis()', place: 'a field initializer' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  // child_process through a namespace in a field initializer.
  {
    code: `import * as cp from 'node:child_process';
export class BuildInfo {
  readonly commit = cp.execSync('git rev-parse HEAD').toString().trim();
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'a field initializer' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 54,
        suggestions: [],
      },
    ],
  },
  // A forEach callback runs during construction.
  {
    code: `import { readFileSync } from 'node:fs';
export class Locales {
  private readonly messages = new Map<string, string>();
  constructor(files: string[]) {
    files.forEach((file) => this.messages.set(file, readFileSync(file, 'utf8')));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 5,
        column: 53,
        endLine: 5,
        endColumn: 79,
        suggestions: [],
      },
    ],
  },
  // Atomics.wait in the constructor.
  {
    code: `export class Gate {
  constructor(buffer: Int32Array) {
    Atomics.wait(buffer, 0, 0);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'Atomics.wait', place: 'the constructor' },
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  // A request-scoped Nest provider is created for every request.
  {
    code: `import { Injectable, Scope } from '@nestjs/common';
import { readFileSync } from 'node:fs';
@Injectable({ scope: Scope.REQUEST })
export class RequestContext {
  readonly secrets: string;
  constructor() {
    this.secrets = readFileSync('/run/secrets/api', 'utf8');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 7,
        column: 20,
        endLine: 7,
        endColumn: 60,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'secrets', place: 'the constructor' },
            output: `import { Injectable, Scope } from '@nestjs/common';
import { readFileSync } from 'node:fs';
@Injectable({ scope: Scope.REQUEST })
export class RequestContext {
  #secrets?: string;
  get secrets(): string {
    return (this.#secrets ??= readFileSync('/run/secrets/api', 'utf8'));
  }
}`,
          },
        ],
      },
    ],
  },
  // zlib in the constructor, through a destructured require of a namespace.
  {
    code: `import zlib from 'node:zlib';
const { gunzipSync } = zlib;
export class Snapshot {
  readonly data: Buffer;
  constructor(packed: Buffer) {
    this.data = gunzipSync(packed);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'gunzipSync', place: 'the constructor' },
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  // mysql2 connects in createConnection.
  {
    code: `import mysql from 'mysql2';
export class Orders {
  private readonly connection = mysql.createConnection({ host: 'db', user: 'app' });
}`,
    output: null,
    errors: [
      {
        messageId: 'eagerClient',
        data: { call: 'mysql.createConnection()', place: 'a field initializer' },
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 84,
        suggestions: [],
      },
    ],
  },
  // The constructor keeps its parameter property: only the statement moves out.
  {
    code: `import { readFileSync } from 'node:fs';
const TEMPLATES = 'templates.json';
export class Mailer {
  private readonly templates: Record<string, string>;
  constructor(private readonly from: string) {
    this.templates = JSON.parse(readFileSync(TEMPLATES, 'utf8'));
  }
  sender() {
    return this.from + Object.keys(this.templates).length;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 6,
        column: 33,
        endLine: 6,
        endColumn: 64,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'templates', place: 'the constructor' },
            output: `import { readFileSync } from 'node:fs';
const TEMPLATES = 'templates.json';
export class Mailer {
  #templates?: Record<string, string>;
  constructor(private readonly from: string) {}

  private get templates(): Record<string, string> {
    return (this.#templates ??= JSON.parse(readFileSync(TEMPLATES, 'utf8')));
  }
  sender() {
    return this.from + Object.keys(this.templates).length;
  }
}`,
          },
        ],
      },
    ],
  },
  // Other statements stay where they are.
  {
    code: `import { readFileSync } from 'node:fs';
export class Limits {
  private readonly table: string;
  readonly startedAt: number;
  constructor() {
    this.startedAt = Date.now();
    this.table = readFileSync('limits.csv', 'utf8');
  }
  rows() {
    return this.table.split('\\n').length;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 7,
        column: 18,
        endLine: 7,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'table', place: 'the constructor' },
            output: `import { readFileSync } from 'node:fs';
export class Limits {
  #table?: string;
  readonly startedAt: number;
  constructor() {
    this.startedAt = Date.now();
  }

  private get table(): string {
    return (this.#table ??= readFileSync('limits.csv', 'utf8'));
  }
  rows() {
    return this.table.split('\\n').length;
  }
}`,
          },
        ],
      },
    ],
  },
  // An overloaded method: the implementation is followed, not the signatures.
  {
    code: `import { readFileSync } from 'node:fs';
export class Loader {
  readonly text: string;
  constructor() {
    this.text = this.load();
  }
  load(): string;
  load(path: string): string;
  load(path?: string): string {
    return readFileSync(path ?? 'default.txt', 'utf8');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingHelper',
        data: { callee: 'this.load', name: 'readFileSync', line: 10, place: 'the constructor' },
        line: 5,
        column: 17,
        endLine: 5,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  // A promise-returning call the catalogs do not know: only the type checker sees the promise.
  {
    code: `import pg from 'pg';
export class Migrator {
  constructor(private readonly pool: pg.Pool) {
    this.pool.query('CREATE TABLE IF NOT EXISTS t (id int)');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingPromise',
        data: { callee: 'this.pool.query', place: 'the constructor' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
  // A function re-exported by a local module.
  {
    code: `import { saveFile } from './fs-helpers.js';
export class Journal {
  constructor(path: string) {
    saveFile(path, '');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'writeFileSync', place: 'the constructor' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  // A URL whose type says it is a string, not an options object.
  {
    code: `import { Redis } from 'ioredis';
export class Queue {
  private readonly redis: Redis;
  constructor(url: string) {
    this.redis = new Redis(url);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'eagerClient',
        data: { call: 'new Redis()', place: 'the constructor' },
        line: 5,
        column: 18,
        endLine: 5,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const fs = require('fs');
class Loader {
  load() {
    return fs.readFileSync('x');
  }
}
module.exports = Loader;`,
];

export const jsInvalid: Invalid[] = [
  // require, JavaScript: the lazy getter without types.
  {
    code: `const fs = require('fs');
const FILE = 'data.json';
class Store {
  constructor() {
    this.data = JSON.parse(fs.readFileSync(FILE, 'utf8'));
  }
  get size() {
    return Object.keys(this.data).length;
  }
}
module.exports = Store;`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'the constructor' },
        line: 5,
        column: 28,
        endLine: 5,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'data', place: 'the constructor' },
            output: `const fs = require('fs');
const FILE = 'data.json';
class Store {
  #data;
  get data() {
    return (this.#data ??= JSON.parse(fs.readFileSync(FILE, 'utf8')));
  }
  get size() {
    return Object.keys(this.data).length;
  }
}
module.exports = Store;`,
          },
        ],
      },
    ],
  },
  // A JavaScript field initializer.
  {
    code: `import { execFileSync } from 'node:child_process';
export class Git {
  version = execFileSync('git', ['--version'], { encoding: 'utf8' });
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execFileSync', place: 'a field initializer' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'suggestLazyGetter',
            data: { property: 'version', place: 'a field initializer' },
            output: `import { execFileSync } from 'node:child_process';
export class Git {
  #version;
  get version() {
    return (this.#version ??= execFileSync('git', ['--version'], { encoding: 'utf8' }));
  }
}`,
          },
        ],
      },
    ],
  },
  // A class expression with an eager client.
  {
    code: `const Redis = require('ioredis');
module.exports = class Cache {
  constructor() {
    this.redis = new Redis('redis://cache:6379');
  }
};`,
    output: null,
    errors: [
      {
        messageId: 'eagerClient',
        data: { call: 'new Redis()', place: 'the constructor' },
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
];
