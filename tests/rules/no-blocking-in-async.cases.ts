import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-blocking-in-async.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Module top level: runs once, at startup.
  `import { readFileSync } from 'node:fs';
export const config = JSON.parse(readFileSync('config.json', 'utf8'));`,
  // A plain synchronous function: a CLI script or startup code.
  `import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
export function main() {
  const commit = execSync('git rev-parse HEAD').toString().trim();
  writeFileSync('version.txt', commit);
}`,
  // The asynchronous form is already used.
  `import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
export async function load(p: string) {
  const text = await readFile(p, 'utf8');
  return promisify(gzip)(text);
}`,
  // A local function that merely has the same name.
  `function readFileSync(key: string) {
  return key.toUpperCase();
}
export async function lookup(key: string) {
  return readFileSync(key);
}`,
  // A method of some other object with the same name.
  `const store = { readFileSync: (key: string) => key.length };
export async function size(key: string) {
  return store.readFileSync(key);
}`,
  // Cheap metadata calls are not in the catalog.
  `import { existsSync, statSync } from 'node:fs';
export async function info(p: string) {
  if (!existsSync(p)) return null;
  return statSync(p).size;
}`,
  // Callback forms do not block.
  `import fs from 'node:fs';
export async function read(p: string) {
  fs.readFile(p, 'utf8', (error, text) => console.log(error, text));
}`,
  // Read once and cached: the first request pays, later ones do not.
  `import { readFileSync } from 'node:fs';
let template: string | undefined;
export async function render(name: string) {
  template ??= readFileSync('page.html', 'utf8');
  if (!cached) cached = readFileSync('other.html', 'utf8');
  return template.replace('{{name}}', name) + cached;
}
let cached: string | undefined;`,
  // An exit handler must be synchronous; it is not part of the async function's run.
  `import { writeFileSync } from 'node:fs';
export async function serve(state: { toJSON(): unknown }) {
  process.on('exit', () => writeFileSync('state.json', JSON.stringify(state)));
  setTimeout(() => writeFileSync('heartbeat', String(Date.now())), 1000);
}`,
  // Constructors are no-blocking-constructor's business.
  `import { readFileSync } from 'node:fs';
export class Templates {
  page = readFileSync('page.html', 'utf8');
  constructor() {
    readFileSync('other.html');
  }
}`,
  // Allowed by option.
  {
    code: `import { execFileSync } from 'node:child_process';
export async function version() {
  return execFileSync('git', ['--version']).toString();
}`,
    options: [{ allow: ['execFileSync'] }],
  },
  {
    code: `import * as fs from 'node:fs';
export async function copy(a: string, b: string) {
  fs.copyFileSync(a, b);
}`,
    options: [{ allow: ['node:fs#copyFileSync'] }],
  },
  // A type error in the snippet must not crash the rule.
  `import { readFileSync } from 'node:fs/promises';
export async function broken(p: string) {
  // @ts-expect-error fs/promises has no readFileSync
  return readFileSync(p);
}`,
  `export async function untyped(fs: any) {
  return fs.readFileSync('x');
}`,
  // A local helper that is async, or that does not block.
  `import { readFile } from 'node:fs/promises';
async function loadText(p: string) {
  return readFile(p, 'utf8');
}
function shout(text: string) {
  return text.toUpperCase();
}
export async function handler(p: string) {
  return shout(await loadText(p));
}`,
  // A route method on something that is not an app or router.
  `import { readFileSync } from 'node:fs';
const routes = new Map<string, () => Buffer>();
routes.set('/a', () => readFileSync('a.txt'));
export const fake = { get: (path: string, fn: () => Buffer) => fn() };
fake.get('/b', () => readFileSync('b.txt'));`,
  // Fast crypto calls are not in the catalog.
  `import { createHash, randomBytes, randomFillSync } from 'node:crypto';
export async function token() {
  const salt = randomFillSync(Buffer.alloc(16));
  return createHash('sha256').update(randomBytes(32)).update(salt).digest('hex');
}`,
  // A static field initializer runs once, when the class is defined.
  `import { readFileSync } from 'node:fs';
export class Page {
  static template = readFileSync('page.html', 'utf8');
  async render() {
    return Page.template;
  }
}`,
  // Off the request path (src/analysis/startup.ts): a function that creates and starts the server.
  `import express from 'express';
import { readFileSync } from 'node:fs';
export async function startServer() {
  const app = express();
  const key = readFileSync('tls/key.pem');
  app.listen(443, () => console.log(key.length));
}`,
  // A Nest lifecycle hook runs once, when the module starts.
  `import { Injectable, type OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
@Injectable()
export class Templates implements OnModuleInit {
  private page = '';
  async onModuleInit() {
    this.page = readFileSync('page.html', 'utf8');
  }
  render() {
    return this.page;
  }
}`,
  // A signal handler and a listen callback run once.
  `import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
declare const server: { listen(port: number, fn: () => Promise<void>): void; close(): Promise<void> };
server.listen(3000, async () => {
  execSync('systemd-notify --ready');
});
process.on('SIGTERM', async () => {
  writeFileSync('state.json', '{}');
  await server.close();
});`,
  // An executable script serves one user.
  `#!/usr/bin/env node
import { readFileSync } from 'node:fs';
async function main() {
  const input = readFileSync(process.argv[2] ?? 'input.txt', 'utf8');
  console.log(input.length);
}
await main();`,
  // A listener registered by a plain function (not async, not a request handler): where it runs is not known here.
  `import { execSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';
export function watch(emitter: EventEmitter) {
  emitter.on('change', () => execSync('make'));
}`,
  // A shutdown listener registered in an async function runs once, when the process stops.
  `import { execSync } from 'node:child_process';
export async function start() {
  process.on('SIGTERM', () => {
    execSync('rm -f /tmp/app.pid');
  });
}`,
  // A listener that is not the listener argument: the handler is the first argument of \`on\` here.
  `import { execSync } from 'node:child_process';
export async function run(bus: { on(handler: () => void, name: string): void }) {
  bus.on(() => execSync('make'), 'x');
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  // Named import, initializer in an async function: the new import follows the existing ones.
  {
    code: `import { readFileSync } from 'node:fs';
export async function load(p: string) {
  const text = readFileSync(p, 'utf8');
  return text.length;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function load(p: string) {
  const text = await readFile(p, 'utf8');
  return text.length;
}`,
          },
        ],
      },
    ],
  },
  // Aliased import without the node: prefix, in an express handler: the new import keeps the style.
  {
    code: `import express from 'express';
import { readFileSync as read } from 'fs';
const app = express();
app.get('/report', async (req, res) => {
  const body = read('report.html', 'utf8');
  res.send(body);
});`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a request handler', advice: '`await readFile` from `node:fs/promises`' },
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import express from 'express';
import { readFileSync as read } from 'fs';
import { readFile } from 'fs/promises';
const app = express();
app.get('/report', async (req, res) => {
  const body = await readFile('report.html', 'utf8');
  res.send(body);
});`,
          },
        ],
      },
    ],
  },
  // Namespace import, expression statement in an async arrow function.
  {
    code: `import * as fs from 'node:fs';
export const save = async (p: string, data: string) => {
  fs.writeFileSync(p, data);
};`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'writeFileSync', place: 'an async function', advice: '`await writeFile` from `node:fs/promises`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'writeFile' },
            output: `import * as fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
export const save = async (p: string, data: string) => {
  await writeFile(p, data);
};`,
          },
        ],
      },
    ],
  },
  // An existing import of node:fs/promises gets the name added.
  {
    code: `import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
export async function copy(a: string, b: string) {
  const data = readFileSync(a);
  await writeFile(b, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFileSync } from 'node:fs';
import { writeFile, readFile } from 'node:fs/promises';
export async function copy(a: string, b: string) {
  const data = await readFile(a);
  await writeFile(b, data);
}`,
          },
        ],
      },
    ],
  },
  // A default import of node:fs/promises is reused.
  {
    code: `import fs from 'node:fs';
import fsp from 'node:fs/promises';
export async function list(dir: string) {
  return fs.readdirSync(dir);
}
export async function keep(dir: string) {
  return fsp.readdir(dir);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readdirSync', place: 'an async function', advice: '`await readdir` from `node:fs/promises`' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'fsp.readdir' },
            output: `import fs from 'node:fs';
import fsp from 'node:fs/promises';
export async function list(dir: string) {
  return await fsp.readdir(dir);
}
export async function keep(dir: string) {
  return fsp.readdir(dir);
}`,
          },
        ],
      },
    ],
  },
  // zlib: promisify, with `gzip` added to the zlib import and a new node:util import.
  {
    code: `import { gzipSync } from 'node:zlib';
export async function compress(body: string) {
  const zipped = gzipSync(body);
  return zipped.length;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'gzipSync', place: 'an async function', advice: '`await promisify(gzip)` with `gzip` from `node:zlib`' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'promisify(gzip)' },
            output: `import { gzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
export async function compress(body: string) {
  const zipped = await promisify(gzip)(body);
  return zipped.length;
}`,
          },
        ],
      },
    ],
  },
  // zlib through the namespace, with promisify already imported.
  {
    code: `import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
export async function inflate(buffer: Buffer) {
  return zlib.gunzipSync(buffer).toString('utf8');
}
export const later = promisify(setTimeout);`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'gunzipSync', place: 'an async function', advice: '`await promisify(gunzip)` with `gunzip` from `node:zlib`' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'promisify(zlib.gunzip)' },
            output: `import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
export async function inflate(buffer: Buffer) {
  return (await promisify(zlib.gunzip)(buffer)).toString('utf8');
}
export const later = promisify(setTimeout);`,
          },
        ],
      },
    ],
  },
  // crypto key derivation returned from an async function.
  {
    code: `import { pbkdf2Sync } from 'node:crypto';
export async function hashPassword(password: string, salt: string) {
  return pbkdf2Sync(password, salt, 310000, 32, 'sha256');
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'pbkdf2Sync', place: 'an async function', advice: '`await promisify(pbkdf2)` with `pbkdf2` from `node:crypto`' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'promisify(pbkdf2)' },
            output: `import { pbkdf2Sync, pbkdf2 } from 'node:crypto';
import { promisify } from 'node:util';
export async function hashPassword(password: string, salt: string) {
  return await promisify(pbkdf2)(password, salt, 310000, 32, 'sha256');
}`,
          },
        ],
      },
    ],
  },
  // child_process in a plain (not async) express handler: no drop-in replacement, so no suggestion.
  {
    code: `import express from 'express';
import { execSync } from 'node:child_process';
const router = express.Router();
router.post('/deploy', (req, res) => {
  execSync('git pull');
  res.sendStatus(204);
});`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'a request handler', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  // A synchronous promise callback: reported, but `await` is not legal there.
  {
    code: `import { readFileSync } from 'node:fs';
export function loadLater(ready: Promise<string>) {
  return ready.then((p) => readFileSync(p, 'utf8'));
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a promise callback', advice: '`await readFile` from `node:fs/promises`' },
        line: 3,
        column: 28,
        endLine: 3,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  // A `new Promise` executor.
  {
    code: `import { execFileSync } from 'node:child_process';
export function gitVersion() {
  return new Promise<string>((resolve) => {
    resolve(execFileSync('git', ['--version'], { encoding: 'utf8' }));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execFileSync', place: 'a promise callback', advice: '`execFile` with `promisify` from `node:util`, or `spawn`' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 69,
        suggestions: [],
      },
    ],
  },
  // An event listener registered in a promise executor inside an async function runs on the event loop.
  {
    code: `import { execSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';
export async function flushOnData(emitter: EventEmitter) {
  await new Promise<void>((resolve) => {
    emitter.on('data', () => {
      execSync('sync');
      resolve();
    });
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an event listener in a promise callback', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  // A listener registered in a request handler.
  {
    code: `import express from 'express';
import { readFileSync } from 'node:fs';
const app = express();
app.post('/upload', (req, res) => {
  req.once('end', () => {
    res.send(readFileSync('/srv/receipt.html', 'utf8'));
  });
});`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an event listener in a request handler', advice: '`await readFile` from `node:fs/promises`' },
        line: 6,
        column: 14,
        endLine: 6,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  // A forEach callback runs inside the async function.
  {
    code: `import { unlinkSync } from 'node:fs';
export async function cleanUp(files: string[]) {
  files.forEach((file) => unlinkSync(file));
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'unlinkSync', place: 'an async function', advice: '`await unlink` from `node:fs/promises`' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  // A local helper that blocks, called from an async function.
  {
    code: `import { readFileSync } from 'node:fs';
function loadConfig() {
  return JSON.parse(readFileSync('config.json', 'utf8'));
}
export async function handle() {
  const config = loadConfig();
  return config.port;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingHelper',
        data: { callee: 'loadConfig', name: 'readFileSync', line: 3, place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 6,
        column: 18,
        endLine: 6,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  // A method of the same class that blocks, called from an async method.
  {
    code: `import { readdirSync } from 'node:fs';
export class Uploads {
  constructor(private readonly dir: string) {}
  private names() {
    return readdirSync(this.dir);
  }
  async count() {
    return this.names().length;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingHelper',
        data: { callee: 'this.names', name: 'readdirSync', line: 5, place: 'an async function', advice: '`await readdir` from `node:fs/promises`' },
        line: 8,
        column: 12,
        endLine: 8,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  // fs-extra: the promise form on the same object.
  {
    code: `import fse from 'fs-extra';
export async function readSettings(p: string) {
  const settings = fse.readJsonSync(p);
  return settings;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readJsonSync', place: 'an async function', advice: '`await readJson` from `fs-extra`' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'fse.readJson' },
            output: `import fse from 'fs-extra';
export async function readSettings(p: string) {
  const settings = await fse.readJson(p);
  return settings;
}`,
          },
        ],
      },
    ],
  },
  // Atomics.wait blocks the thread.
  {
    code: `export async function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'Atomics.wait', place: 'an async function', advice: '`Atomics.waitAsync`, or a worker thread' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 67,
        suggestions: [],
      },
    ],
  },
  // The object of a member access: the awaited call is wrapped in parentheses; a call argument needs none.
  {
    code: `import { readFileSync } from 'node:fs';
export async function read(p: string) {
  const text = readFileSync(p).toString('utf8');
  return JSON.parse(readFileSync(p + '.json', 'utf8')) + text;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function read(p: string) {
  const text = (await readFile(p)).toString('utf8');
  return JSON.parse(readFileSync(p + '.json', 'utf8')) + text;
}`,
          },
        ],
      },
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function read(p: string) {
  const text = readFileSync(p).toString('utf8');
  return JSON.parse(await readFile(p + '.json', 'utf8')) + text;
}`,
          },
        ],
      },
    ],
  },
  // `readFile` already means the callback API here: no suggestion that would clash.
  {
    code: `import { readFile, readFileSync } from 'node:fs';
export async function both(p: string) {
  readFile(p, () => {});
  return readFileSync(p, 'utf8');
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  // A fastify handler; brotli through promisify.
  {
    code: `import Fastify from 'fastify';
import { brotliCompressSync } from 'node:zlib';
const app = Fastify();
app.get('/data', async () => {
  const packed = brotliCompressSync('payload');
  return packed;
});`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'brotliCompressSync', place: 'a request handler', advice: '`await promisify(brotliCompress)` with `brotliCompress` from `node:zlib`' },
        line: 5,
        column: 18,
        endLine: 5,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'promisify(brotliCompress)' },
            output: `import Fastify from 'fastify';
import { brotliCompressSync, brotliCompress } from 'node:zlib';
import { promisify } from 'node:util';
const app = Fastify();
app.get('/data', async () => {
  const packed = await promisify(brotliCompress)('payload');
  return packed;
});`,
          },
        ],
      },
    ],
  },
  // A Nest controller method (synchronous): a request handler.
  {
    code: `import { Controller, Get } from '@nestjs/common';
import { readFileSync } from 'node:fs';
@Controller('docs')
export class DocsController {
  @Get()
  find() {
    return readFileSync('docs.html', 'utf8');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a request handler', advice: '`await readFile` from `node:fs/promises`' },
        line: 7,
        column: 12,
        endLine: 7,
        endColumn: 45,
        suggestions: [],
      },
    ],
  },
  // Key-pair generation: promisify keeps the result type.
  {
    code: `import { generateKeyPairSync } from 'node:crypto';
export async function newKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'generateKeyPairSync', place: 'an async function', advice: '`await promisify(generateKeyPair)` with `generateKeyPair` from `node:crypto`' },
        line: 3,
        column: 37,
        endLine: 7,
        endColumn: 5,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'promisify(generateKeyPair)' },
            output: `import { generateKeyPairSync, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
export async function newKeys() {
  const { publicKey, privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}`,
          },
        ],
      },
    ],
  },
  // scrypt: reported; promisify(scrypt) loses the result type, so no suggestion.
  {
    code: `import { scryptSync } from 'node:crypto';
export async function derive(password: string) {
  const key = scryptSync(password, 'salt', 64);
  return key.toString('hex');
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'scryptSync', place: 'an async function', advice: '`await promisify(scrypt)` with `scrypt` from `node:crypto`' },
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
  // koa middleware, required module destructured from a namespace import.
  {
    code: `import Koa from 'koa';
import * as cp from 'node:child_process';
const app = new Koa();
app.use((ctx) => {
  const { spawnSync } = cp;
  ctx.body = spawnSync('ls').stdout;
});`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'spawnSync', place: 'a request handler', advice: '`spawn` and wait for its `close` event' },
        line: 6,
        column: 14,
        endLine: 6,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  // The iterable of for…of, and an `as` operand: `await` fits as is.
  {
    code: `import { readdirSync, readFileSync } from 'node:fs';
export async function sizes(dir: string) {
  const sizes: number[] = [];
  for (const name of readdirSync(dir)) sizes.push(name.length);
  const raw = readFileSync(dir + '/index.json', 'utf8') as string;
  return [sizes, raw];
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readdirSync', place: 'an async function', advice: '`await readdir` from `node:fs/promises`' },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readdir' },
            output: `import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
export async function sizes(dir: string) {
  const sizes: number[] = [];
  for (const name of await readdir(dir)) sizes.push(name.length);
  const raw = readFileSync(dir + '/index.json', 'utf8') as string;
  return [sizes, raw];
}`,
          },
        ],
      },
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 5,
        column: 15,
        endLine: 5,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function sizes(dir: string) {
  const sizes: number[] = [];
  for (const name of readdirSync(dir)) sizes.push(name.length);
  const raw = await readFile(dir + '/index.json', 'utf8') as string;
  return [sizes, raw];
}`,
          },
        ],
      },
    ],
  },
  // The imported `readFile` is shadowed by a parameter where the call is: no suggestion.
  {
    code: `import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
export async function load(readFile: (p: string) => string, p: string) {
  return readFileSync(p, 'utf8') + readFile(p);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  // A "cache" local to the function is empty on every call: nothing is cached.
  {
    code: `import { readFileSync } from 'node:fs';
export async function render() {
  let template: string | undefined;
  template ??= readFileSync('page.html', 'utf8');
  return template;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 49,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function render() {
  let template: string | undefined;
  template ??= await readFile('page.html', 'utf8');
  return template;
}`,
          },
        ],
      },
    ],
  },
  // Near misses of startup code: a route handler written inside the function that starts the server runs per request.
  {
    code: `import express from 'express';
import { execSync } from 'node:child_process';
export function startServer() {
  const app = express();
  app.post('/deploy', async (req, res) => {
    execSync('git pull');
    res.sendStatus(204);
  });
  app.listen(3000);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'a request handler', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  // `start` is as often a per-job method as an entry point: without evidence it is not startup code.
  {
    code: `import { execSync } from 'node:child_process';
export async function start(job: { id: string }) {
  execSync(\`convert \${job.id}.png\`);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an async function', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  // `contexts: { startup: true }` reports startup code too.
  {
    code: `import express from 'express';
import { execSync } from 'node:child_process';
export async function startServer() {
  const app = express();
  execSync('npm run migrate');
  app.listen(3000);
}`,
    options: [{ contexts: { startup: true } }],
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an async function', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  // `contexts: { shutdown: true }` reports shutdown code too; a message event is no shutdown.
  {
    code: `import { execSync } from 'node:child_process';
process.on('SIGINT', async () => {
  execSync('pg_ctl stop');
});
process.on('message', async () => {
  execSync('pg_ctl reload');
});`,
    options: [{ contexts: { shutdown: true } }],
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an async function', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 26,
        suggestions: [],
      },
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an async function', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  // A function re-exported under another name by a local module.
  {
    code: `import { saveFile } from './fs-helpers.js';
export async function persist(p: string, data: string) {
  saveFile(p, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'writeFileSync', place: 'an async function', advice: '`await writeFile` from `node:fs/promises`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'writeFile' },
            output: `import { saveFile } from './fs-helpers.js';
import { writeFile } from 'node:fs/promises';
export async function persist(p: string, data: string) {
  await writeFile(p, data);
}`,
          },
        ],
      },
    ],
  },
  // A dynamic import, destructured.
  {
    code: `export async function pull() {
  const { execFileSync } = await import('node:child_process');
  execFileSync('git', ['pull']);
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execFileSync', place: 'an async function', advice: '`execFile` with `promisify` from `node:util`, or `spawn`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  // A fastify instance received as a parameter: only its type says it is one.
  {
    code: `import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
export function routes(app: FastifyInstance) {
  app.get('/logo', (request, reply) => {
    reply.send(readFileSync('logo.png'));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'a request handler', advice: '`await readFile` from `node:fs/promises`' },
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 40,
        suggestions: [],
      },
    ],
  },
  // An fs module passed in as a parameter.
  {
    code: `export async function load(fs: typeof import('node:fs'), p: string) {
  const text = fs.readFileSync(p, 'utf8');
  return text;
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `import { readFile } from 'node:fs/promises';
export async function load(fs: typeof import('node:fs'), p: string) {
  const text = await readFile(p, 'utf8');
  return text;
}`,
          },
        ],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const http = require('http');
const fs = require('fs');
async function main(handler) {
  const cert = fs.readFileSync('cert.pem');
  http.createServer({ cert }, handler).listen(8443);
}
main(() => {});`,
  `const fs = require('fs');
function build() {
  fs.writeFileSync('out.txt', fs.readFileSync('in.txt'));
}
build();`,
  `const { readFile } = require('fs/promises');
async function load(p) {
  return readFile(p, 'utf8');
}
module.exports = { load };`,
];

export const jsInvalid: Invalid[] = [
  // A function of the file that startup code and a request handler both call runs per request.
  {
    code: `const express = require('express');
const { execSync } = require('child_process');
const app = express();
async function refresh() {
  execSync('git fetch');
}
refresh();
app.post('/refresh', async (req, res) => {
  await refresh();
  res.end();
});
app.listen(3000);`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execSync', place: 'an async function', advice: '`exec` with `promisify` from `node:util`, or `spawn`' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  // require style: the new require follows the existing one.
  {
    code: `const fs = require('fs');
async function load(p) {
  const data = fs.readFileSync(p);
  return data;
}
module.exports = { load };`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `const fs = require('fs');
const { readFile } = require('fs/promises');
async function load(p) {
  const data = await readFile(p);
  return data;
}
module.exports = { load };`,
          },
        ],
      },
    ],
  },
  // An existing destructured require of fs/promises gets the name added.
  {
    code: `const { readFileSync } = require('node:fs');
const { writeFile } = require('node:fs/promises');
async function copy(a, b) {
  await writeFile(b, readFileSync(a));
}
module.exports = { copy };`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'readFileSync', place: 'an async function', advice: '`await readFile` from `node:fs/promises`' },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'readFile' },
            output: `const { readFileSync } = require('node:fs');
const { writeFile, readFile } = require('node:fs/promises');
async function copy(a, b) {
  await writeFile(b, await readFile(a));
}
module.exports = { copy };`,
          },
        ],
      },
    ],
  },
  // bcrypt: the promise form on the same object.
  {
    code: `const bcrypt = require('bcrypt');
async function hashPassword(password) {
  return bcrypt.hashSync(password, 12);
}
module.exports = { hashPassword };`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'hashSync', place: 'an async function', advice: '`await hash` from `bcrypt`' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'suggestAwait',
            data: { call: 'bcrypt.hash' },
            output: `const bcrypt = require('bcrypt');
async function hashPassword(password) {
  return await bcrypt.hash(password, 12);
}
module.exports = { hashPassword };`,
          },
        ],
      },
    ],
  },
  // A promise callback in plain JavaScript.
  {
    code: `import { execFileSync } from 'node:child_process';
export function later(ready) {
  return ready.then(() => execFileSync('date'));
}`,
    output: null,
    errors: [
      {
        messageId: 'blockingCall',
        data: { name: 'execFileSync', place: 'a promise callback', advice: '`execFile` with `promisify` from `node:util`, or `spawn`' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
];
