import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-unbounded-concurrency.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // A page of query results is as large as its limit: Sequelize \`limit\`, a spread of pagination, a destructured page, knex \`.limit()\`.
  `import { Model } from 'sequelize';
declare class Group extends Model { declare id: number }
declare function present(group: Group): Promise<object>;
declare const pagination: { limit: number; offset: number };
export async function list(teamId: number, limit: number) {
  const groups = await Group.findAll({ where: { teamId }, limit });
  const more = await Group.findAll({ where: { teamId }, ...pagination });
  const { rows } = await Group.findAndCountAll({ where: { teamId }, limit: 25 });
  return [await Promise.all(groups.map(present)), await Promise.all(more.map(present)), await Promise.all(rows.map((group) => present(group)))];
}`,
  `import knex from 'knex';
declare function notify(row: unknown): Promise<void>;
const db = knex({ client: 'pg' });
export async function notifyRecent() {
  const rows = await db('events').where({ sent: false }).orderBy('id').limit(50);
  await Promise.all(rows.map((row) => notify(row)));
}`,
  // Off the request path: a Nest init hook, a function only the entry point calls, a shutdown handler.
  `import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
declare function warm(key: string): Promise<void>;
@Injectable()
export class Warmup implements OnApplicationBootstrap {
  constructor(private readonly keys: string[]) {}
  async onApplicationBootstrap() {
    await Promise.all(this.keys.map((key) => warm(key)));
  }
}`,
  `declare function connect(url: string): Promise<void>;
declare function close(name: string): Promise<void>;
async function connectAll(urls: string[]) {
  await Promise.all(urls.map((url) => connect(url)));
}
async function main() {
  await connectAll(process.argv.slice(2));
}
main();
process.on('SIGTERM', async () => {
  await Promise.all(['db', 'cache', 'queue'].concat(process.argv).map((name) => close(name)));
});`,
  `declare function ping(): Promise<void>;
export async function probe() {
  await Promise.all(new Array(3).fill(0).map(async () => ping()));
}`,
  `declare function loadUser(id: string): Promise<object>;
declare function loadOrders(id: string): Promise<object[]>;
export async function profile(id: string) {
  return Promise.all([loadUser(id), loadOrders(id)]);
}`,
  `declare function work(index: number): Promise<void>;
export async function warmUp() {
  await Promise.all(Array.from({ length: 4 }, async (_, index) => work(index)));
}`,
  `declare function load(id: string): Promise<number>;
export async function firstPage(ids: string[]) {
  return Promise.all(ids.slice(0, 10).map(async (id) => load(id)));
}`,
  `declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[], size: number) {
  for (let i = 0; i < ids.length; i += size) {
    await Promise.all(ids.slice(i, i + size).map(async (id) => load(id)));
  }
}`,
  `declare function load(id: string): Promise<number>;
const BATCH = 500;
export async function loadAll(ids: string[]) {
  for (let start = 0; start < ids.length; start = start + BATCH) {
    const batch = ids.slice(start, Math.min(start + BATCH, ids.length));
    await Promise.all(batch.map((id) => load(id)));
  }
}`,
  `import pLimit from 'p-limit';
declare function load(id: string): Promise<number>;
const limit = pLimit(5);
export async function loadAll(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => load(id))));
}`,
  `import * as pLimitModule from 'p-limit';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const limit = pLimitModule.default(2);
  return Promise.all(ids.map(async (id) => {
    const value = await limit(() => load(id));
    return value * 2;
  }));
}`,
  `import { limitFunction } from 'p-limit';
declare function load(id: string): Promise<number>;
const limitedLoad = limitFunction(load, { concurrency: 2 });
export async function loadAll(ids: string[]) {
  await Promise.all(ids.map(limitedLoad));
  ids.forEach(limitFunction(async (id: string) => load(id), { concurrency: 2 }));
}`,
  `import PQueue from 'p-queue';
declare function load(id: string): Promise<number>;
const queue = new PQueue({ concurrency: 4 });
export async function loadAll(ids: string[]) {
  await Promise.all(ids.map((id) => queue.add(() => load(id))));
}`,
  `import { mapLimit, eachSeries } from 'async';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  await eachSeries(ids, async (id: string) => { await load(id); });
  return mapLimit(ids, 5, async (id: string) => load(id));
}`,
  `import Promise from 'bluebird';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  return Promise.map(ids, (id) => load(id), { concurrency: 4 });
}`,
  `import pMap from 'p-map';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[], concurrency: number) {
  await pMap(ids, load, { concurrency: 8 });
  return pMap(ids, load, { concurrency });
}`,
  `declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const values: number[] = [];
  for (const id of ids) values.push(await load(id));
  return values;
}`,
  `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function convertAll(files: string[]) {
  for (const file of files) {
    const child = spawn('ffmpeg', ['-i', file]);
    await once(child, 'exit');
  }
}`,
  `import os from 'node:os';
import { Worker } from 'node:worker_threads';
export function pool(file: string) {
  const workers: Worker[] = [];
  for (let i = 0; i < os.availableParallelism(); i++) workers.push(new Worker(file));
  return Array.from({ length: os.cpus().length }, () => new Worker(file)).concat(workers);
}`,
  `export function logAll(items: string[]) {
  items.forEach((item) => console.log(item));
}`,
  `interface Job { done: Promise<void> }
export async function waitAll(jobs: Job[]) {
  await Promise.all(jobs.map((job) => job.done));
}`,
  `function spawn(task: string) {
  return task.length;
}
export function run(tasks: string[]) {
  for (const task of tasks) spawn(task);
}`,
  `declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const batch: Promise<number>[] = [];
  for (const id of ids) {
    batch.push(load(id));
    if (batch.length >= 10) {
      await Promise.all(batch);
      batch.length = 0;
    }
  }
  await Promise.all(batch);
}`,
  `declare function load(id: string): Promise<number>;
function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
export async function loadAll(ids: string[]) {
  for (const group of chunk(ids, 25)) await Promise.all(group.map(async (id) => load(id)));
}`,
  `async function send(message: string) {
  return message.length;
}
export async function drain(queue: string[]) {
  while (queue.length > 0) {
    const batch = queue.splice(0, 20);
    await Promise.all(batch.map(send));
  }
}`,
  `export async function broken() {
  // @ts-expect-error missing is not declared
  await Promise.all(missing.slice(0, 5).map(async (x) => x));
}`,
  `export async function saveAll(items: any[]) {
  await Promise.all(items.map((item: any) => item.save()));
}`,
  `import async from 'async';
export function run(done: () => void) {
  async.parallel([(cb: () => void) => cb(), (cb: () => void) => cb()], done);
}`,
  `declare function check(url: string): Promise<boolean>;
const MIRRORS = { eu: 'https://eu', us: 'https://us' } as const;
export async function health() {
  return Promise.all(Object.values(MIRRORS).map(async (url) => check(url)));
}`,
  `declare function load(id: string): Promise<number>;
export function start(ids: string[]) {
  return ids.map(async (id) => load(id));
}`,
  `declare function retry(attempt: number): Promise<void>;
export function schedule() {
  for (let attempt = 0; attempt < 3; attempt++) retry(attempt);
}`,
  `declare const ready: Promise<void>;
export function onReady(listeners: (() => void)[]) {
  for (const listener of listeners) ready.then(listener);
}`,
  `const SERVERS = ['a', 'b', 'c'];
declare function ping(server: string): Promise<void>;
export async function pingAll() {
  await Promise.all(SERVERS.map(async (server) => ping(server)));
  SERVERS.forEach(async (server) => ping(server));
}`,
  `import { times } from 'async';
export function seed(create: (n: number, next: (error?: Error | null) => void) => void, done: () => void) {
  times(5, create, done);
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `declare function sendEmail(to: string): Promise<void>;
export async function notifyAll(users: string[]) {
  await Promise.all(users.map(async (user) => sendEmail(user)));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `declare function sendEmail(to: string): Promise<void>;
export async function notifyAll(users: string[]) {
  const LIMIT = 10;
  for (let i = 0; i < users.length; i += LIMIT) {
    await Promise.all(users.slice(i, i + LIMIT).map(async (user) => sendEmail(user)));
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { readFile } from 'node:fs/promises';
export async function loadAll(paths: string[]) {
  const contents = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
  return contents.join('\\n');
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `import { readFile } from 'node:fs/promises';
export async function loadAll(paths: string[]) {
  const LIMIT = 10;
  const contents = [];
  for (let i = 0; i < paths.length; i += LIMIT) {
    contents.push(...(await Promise.all(paths.slice(i, i + LIMIT).map((p) => readFile(p, 'utf8')))));
  }
  return contents.join('\\n');
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function pingAll(urls: string[]) {
  return Promise.allSettled(
    urls.map((url) => {
      return fetch(url, { method: 'HEAD' });
    }),
  );
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.allSettled' },
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.allSettled' },
            output: `export async function pingAll(urls: string[]) {
  const LIMIT = 10;
  const results = [];
  for (let i = 0; i < urls.length; i += LIMIT) {
    results.push(...(await Promise.allSettled(urls.slice(i, i + LIMIT).map((url) => {
      return fetch(url, { method: 'HEAD' });
    }))));
  }
  return results;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `async function saveRow(row: { id: number }) {
  return row.id;
}
export async function saveAll(rows: { id: number }[]) {
  const ids = await Promise.all(rows.map((row) => saveRow(row)));
  return ids;
}`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestPMap',
            data: { name: 'pMap' },
            output: `import pMap from 'p-map';
async function saveRow(row: { id: number }) {
  return row.id;
}
export async function saveAll(rows: { id: number }[]) {
  const ids = await pMap(rows, (row) => saveRow(row), { concurrency: 10 });
  return ids;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { unlink } from 'node:fs/promises';
export async function removeAll(files: string[]) {
  await Promise.all(files.map(async (file) => {
    await unlink(file);
  }));
}`,
    options: [{ limiter: 'p-limit' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestPLimit',
            output: `import { unlink } from 'node:fs/promises';
import { limitFunction } from 'p-limit';
export async function removeAll(files: string[]) {
  await Promise.all(files.map(limitFunction(async (file) => {
    await unlink(file);
  }, { concurrency: 10 })));
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { writeFile } from 'node:fs/promises';
export function exportAll(reports: { name: string; body: string }[]) {
  reports.forEach(async (report) => {
    await writeFile(report.name, report.body);
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCallback',
        data: { method: 'forEach' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as fsp from 'node:fs/promises';
export function touchAll(paths: string[]) {
  paths.forEach((p) => fsp.utimes(p, new Date(), new Date()));
}`,
    options: [{ limiter: 'p-limit' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCallback',
        data: { method: 'forEach' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'suggestPLimit',
            output: `import * as fsp from 'node:fs/promises';
import { limitFunction } from 'p-limit';
export function touchAll(paths: string[]) {
  paths.forEach(limitFunction((p) => fsp.utimes(p, new Date(), new Date()), { concurrency: 10 }));
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function crawl(urls: string[]) {
  const pending: Promise<Response>[] = [];
  for (const url of urls) {
    pending.push(fetch(url));
  }
  return Promise.all(pending);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedPushed',
        data: { callee: 'Promise.all', line: 3 },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  {
    code: `async function audit(id: string) {
  console.log(id);
}
export function auditAll(ids: string[]) {
  for (const id of ids) {
    audit(id);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'audit' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { spawn } from 'node:child_process';
export function convertAll(files: string[]) {
  for (const file of files) {
    spawn('ffmpeg', ['-i', file, file + '.mp4']);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'processPerElement',
        data: { callee: 'spawn', starts: 'child process' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as threads from 'node:worker_threads';
export function startAll(jobs: string[]) {
  return jobs.map((job) => new threads.Worker('./job.js', { workerData: job }));
}`,
    output: null,
    errors: [
      {
        messageId: 'processPerElement',
        data: { callee: 'new threads.Worker', starts: 'worker thread' },
        line: 3,
        column: 28,
        endLine: 3,
        endColumn: 79,
        suggestions: [],
      },
    ],
  },
  {
    code: `import express from 'express';
import { exec } from 'child_process';
const app = express();
app.post('/thumbnail', (req, res) => {
  exec('convert input.png thumb.png', () => res.send('ok'));
});`,
    output: null,
    errors: [
      {
        messageId: 'processPerRequest',
        data: { callee: 'exec', starts: 'child process' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    code: `import pMap from 'p-map';
export async function resize(images: string[], work: (image: string) => Promise<void>) {
  await pMap(images, work);
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'pMap' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 13,
        suggestions: [
          {
            messageId: 'suggestConcurrencyOption',
            output: `import pMap from 'p-map';
export async function resize(images: string[], work: (image: string) => Promise<void>) {
  await pMap(images, work, { concurrency: 10 });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import mapConcurrently from 'p-map';
export async function resize(images: string[], work: (image: string) => Promise<void>) {
  await mapConcurrently(images, work, { stopOnError: false });
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'mapConcurrently' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'suggestConcurrencyOption',
            output: `import mapConcurrently from 'p-map';
export async function resize(images: string[], work: (image: string) => Promise<void>) {
  await mapConcurrently(images, work, { concurrency: 10, stopOnError: false });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import async from 'async';
import fs from 'node:fs';
export function sizes(files: string[], done: (error: Error | null | undefined, stats?: (fs.Stats | undefined)[]) => void) {
  async.map(files, fs.stat, done);
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedAsyncHelper',
        data: { callee: 'async.map', limited: 'mapLimit' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestLimitVariant',
            data: { limited: 'mapLimit' },
            output: `import async from 'async';
import fs from 'node:fs';
export function sizes(files: string[], done: (error: Error | null | undefined, stats?: (fs.Stats | undefined)[]) => void) {
  async.mapLimit(files, 10, fs.stat, done);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { eachSeries, each } from 'async';
export async function warm(keys: string[], load: (key: string) => Promise<void>) {
  await eachSeries(keys.slice(0, 1), load);
  await each(keys, load);
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedAsyncHelper',
        data: { callee: 'each', limited: 'eachLimit' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 13,
        suggestions: [
          {
            messageId: 'suggestLimitVariant',
            data: { limited: 'eachLimit' },
            output: `import { eachSeries, each, eachLimit } from 'async';
export async function warm(keys: string[], load: (key: string) => Promise<void>) {
  await eachSeries(keys.slice(0, 1), load);
  await eachLimit(keys, 10, load);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import Bluebird from 'bluebird';
export async function fetchAll(ids: number[], get: (id: number) => Promise<string>) {
  return Bluebird.map(ids, get);
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'Bluebird.map' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'suggestConcurrencyOption',
            output: `import Bluebird from 'bluebird';
export async function fetchAll(ids: number[], get: (id: number) => Promise<string>) {
  return Bluebird.map(ids, get, { concurrency: 10 });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function warmUp(count: number, ping: () => Promise<void>) {
  await Promise.all(Array.from({ length: count }, async () => {
    await ping();
  }));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `export async function refresh(keys: string[]) {
  const requests = keys.map(async (key) => fetch('https://cache/' + key));
  await Promise.all(requests);
}`,
    options: [{ limiter: 'p-limit' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestPLimit',
            output: `import { limitFunction } from 'p-limit';
export async function refresh(keys: string[]) {
  const requests = keys.map(limitFunction(async (key) => fetch('https://cache/' + key), { concurrency: 10 }));
  await Promise.all(requests);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function refresh(keys: string[]) {
  const requests = keys.map(async (key) => fetch('https://cache/' + key));
  await Promise.all(requests);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `export function prefetch(urls: string[], cache: Map<string, unknown>) {
  urls.forEach((url) => {
    fetch(url).then((response) => cache.set(url, response));
  });
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'fetch' },
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function put(key: string, index: number): Promise<void>;
export async function store(keys: string[]) {
  await Promise.all(keys.map(async (key, index) => put(key, index)));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `import pMap from 'p-map';
export async function check(urls: string[]) {
  await pMap(urls.slice(0, 2), (url) => fetch(url), { concurrency: 2 });
  const settled = await Promise.allSettled(urls.map(async (url) => fetch(url)));
  return settled;
}`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.allSettled' },
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'suggestPMap',
            data: { name: 'pMapSettled' },
            output: `import pMap, { pMapSettled } from 'p-map';
export async function check(urls: string[]) {
  await pMap(urls.slice(0, 2), (url) => fetch(url), { concurrency: 2 });
  const settled = await pMapSettled(urls, async (url) => fetch(url), { concurrency: 10 });
  return settled;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function audit(): Promise<void>;
declare function notify(id: string): Promise<void>;
export async function finish(ids: string[]) {
  await Promise.all([audit(), ...ids.map(async (id) => notify(id))]);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function mirror(url: string): Promise<string>;
export async function fastest(urls: string[]) {
  const all: string[] = await Promise.all(urls.map(async (url) => mirror(url)));
  const first = await Promise.race(urls.map(async (url) => mirror(url)));
  return [all, first];
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `declare function mirror(url: string): Promise<string>;
export async function fastest(urls: string[]) {
  const LIMIT = 10;
  const all: string[] = [];
  for (let i = 0; i < urls.length; i += LIMIT) {
    all.push(...(await Promise.all(urls.slice(i, i + LIMIT).map(async (url) => mirror(url)))));
  }
  const first = await Promise.race(urls.map(async (url) => mirror(url)));
  return [all, first];
}`,
          },
        ],
      },
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.race' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  {
    code: `import Fastify from 'fastify';
import { fork } from 'node:child_process';
const app = Fastify();
app.get('/report', async () => {
  await new Promise((resolve) => {
    fork('./report.js').on('exit', resolve);
  });
  return 'done';
});`,
    output: null,
    errors: [
      {
        messageId: 'processPerRequest',
        data: { callee: 'fork', starts: 'child process' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { setTimeout as sleep } from 'node:timers/promises';
export function tick(queue: string[]) {
  while (queue.length > 0) {
    const job = queue.shift();
    void sleep(10, job);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'sleep' },
        line: 5,
        column: 10,
        endLine: 5,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    code: `export async function broken(users: string[]) {
  // @ts-expect-error sendMail is not declared
  await Promise.all(users.map(async (user) => sendMail(user)));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `const pMap = 1;
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  return [pMap, await Promise.all(ids.map((id) => load(id)))];
}`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function load(id: string, attempt: number): Promise<void>;
const LIMIT = 3;
export async function loadAll(ids: string[], i: number) {
  await Promise.all(ids.map(async (id) => load(id, i + LIMIT)));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'CONCURRENCY_LIMIT', callee: 'Promise.all' },
            output: `declare function load(id: string, attempt: number): Promise<void>;
const LIMIT = 3;
export async function loadAll(ids: string[], i: number) {
  const CONCURRENCY_LIMIT = 10;
  for (let start = 0; start < ids.length; start += CONCURRENCY_LIMIT) {
    await Promise.all(ids.slice(start, start + CONCURRENCY_LIMIT).map(async (id) => load(id, i + LIMIT)));
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  try {
    return Promise.all(ids.map(async (id) => load(id)));
  } finally {
    console.log('done');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { pMapIterable } from 'p-map';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  for await (const value of pMapIterable(ids.slice(0, 3), load, { concurrency: 1 })) console.log(value);
  const values = await Promise.all(ids.map(load));
  return values;
}`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 5,
        column: 24,
        endLine: 5,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'suggestPMap',
            data: { name: 'pMap' },
            output: `import pMap, { pMapIterable } from 'p-map';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  for await (const value of pMapIterable(ids.slice(0, 3), load, { concurrency: 1 })) console.log(value);
  const values = await pMap(ids, load, { concurrency: 10 });
  return values;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as pl from 'p-limit';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const limit = pl.default(2);
  await limit(() => load('first'));
  return Promise.all(ids.map(async (id) => load(id)));
}`,
    options: [{ limiter: 'p-limit' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'suggestPLimit',
            output: `import * as pl from 'p-limit';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const limit = pl.default(2);
  await limit(() => load('first'));
  return Promise.all(ids.map(pl.limitFunction(async (id) => load(id), { concurrency: 10 })));
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import Promise from 'bluebird';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  return Promise.all(ids.map(async (id) => load(id)));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `import Promise from 'bluebird';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const LIMIT = 10;
  const results = [];
  for (let i = 0; i < ids.length; i += LIMIT) {
    results.push(...(await Promise.all(ids.slice(i, i + LIMIT).map(async (id) => load(id)))));
  }
  return results;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Controller, Post } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
@Controller('reports')
export class ReportsController {
  @Post()
  render() {
    return new Worker('./render.js');
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'processPerRequest',
        data: { callee: 'new Worker', starts: 'worker thread' },
        line: 7,
        column: 12,
        endLine: 7,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function index(doc: string): Promise<void>;
export function reindex(docs: string[]) {
  docs.map(async (doc) => index(doc));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCallback',
        data: { method: 'map' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `import pMap from 'p-map';
declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  return pMap(ids, load, { concurrency: Number.POSITIVE_INFINITY });
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'pMap' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as async from 'async';
export function seed(count: number, create: (n: number, next: (error?: Error | null) => void) => void, done: () => void) {
  async.times(count, create, done);
}`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedAsyncHelper',
        data: { callee: 'async.times', limited: 'timesLimit' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 14,
        suggestions: [
          {
            messageId: 'suggestLimitVariant',
            data: { limited: 'timesLimit' },
            output: `import * as async from 'async';
export function seed(count: number, create: (n: number, next: (error?: Error | null) => void) => void, done: () => void) {
  async.timesLimit(count, 10, create, done);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function mirror(url: string): Promise<string>;
export async function mirrors(urls: string[]) {
  const all: readonly string[] = await Promise.all(urls.map(async (url) => mirror(url)));
  return all;
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function ping(): Promise<void>;
export async function flood(n: number) {
  await Promise.all(new Array(n).fill(0).map(async () => ping()));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `export class Indexer {
  run(docs: string[]) {
    for (const doc of docs) this.#index(doc);
  }
  async #index(doc: string) {
    return doc.length;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'this.#index' },
        line: 3,
        column: 29,
        endLine: 3,
        endColumn: 45,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function fetchUser(id: string): Promise<void>;
export function preload(ids: string[]) {
  ids.forEach(fetchUser);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCallback',
        data: { method: 'forEach' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function load(id: string): Promise<number>;
export async function loadAll(ids: string[]) {
  const pending = [];
  for (const id of ids) pending.push(load(id).catch(() => 0));
  return Promise.all(pending);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedPushed',
        data: { callee: 'Promise.all', line: 4 },
        line: 5,
        column: 10,
        endLine: 5,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  // `contexts: { startup: true }` reports startup code too.
  {
    code: `declare function sendEmail(to: string): Promise<void>;
export async function bootstrap(users: string[]) {
  await Promise.all(users.map(async (user) => sendEmail(user)));
}`,
    options: [{ contexts: { startup: true } }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `declare function sendEmail(to: string): Promise<void>;
export async function bootstrap(users: string[]) {
  const LIMIT = 10;
  for (let i = 0; i < users.length; i += LIMIT) {
    await Promise.all(users.slice(i, i + LIMIT).map(async (user) => sendEmail(user)));
  }
}`,
          },
        ],
      },
    ],
  },
  // A public method called from a Nest init hook may also be called per request.
  {
    code: `import { Injectable, type OnModuleInit } from '@nestjs/common';
declare function sendEmail(to: string): Promise<void>;
@Injectable()
export class Mailer implements OnModuleInit {
  async onModuleInit() {
    await this.notifyAll([]);
  }
  async notifyAll(users: string[]) {
    await Promise.all(users.map(async (user) => sendEmail(user)));
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 9,
        column: 11,
        endLine: 9,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `import { Injectable, type OnModuleInit } from '@nestjs/common';
declare function sendEmail(to: string): Promise<void>;
@Injectable()
export class Mailer implements OnModuleInit {
  async onModuleInit() {
    await this.notifyAll([]);
  }
  async notifyAll(users: string[]) {
    const LIMIT = 10;
    for (let i = 0; i < users.length; i += LIMIT) {
      await Promise.all(users.slice(i, i + LIMIT).map(async (user) => sendEmail(user)));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  // A query without a limit returns every row.
  {
    code: `import { Model } from 'sequelize';
declare class Group extends Model { declare id: number }
declare function present(group: Group): Promise<object>;
export async function list(teamId: number) {
  const groups = await Group.findAll({ where: { teamId }, order: [['id', 'ASC']] });
  return Promise.all(groups.map(present));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `import { Model } from 'sequelize';
declare class Group extends Model { declare id: number }
declare function present(group: Group): Promise<object>;
export async function list(teamId: number) {
  const groups = await Group.findAll({ where: { teamId }, order: [['id', 'ASC']] });
  const LIMIT = 10;
  const results = [];
  for (let i = 0; i < groups.length; i += LIMIT) {
    results.push(...(await Promise.all(groups.slice(i, i + LIMIT).map(present))));
  }
  return results;
}`,
          },
        ],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    // Answered from declarations: the receiver's declared interface (a promise, and \`void\`) and a
    // local helper that returns nothing, whatever its type arguments.
    code: `interface FeatureStore { insert(name: string): Promise<void>; touch(name: string): void }
const bump = <K,>(counts: Map<K, number>, key: K) => { counts.set(key, (counts.get(key) ?? 0) + 1); };
export class Importer {
  constructor(private readonly store: FeatureStore) {}
  run(names: string[], counts: Map<string, number>) {
    for (const name of names) {
      bump(counts, name);
      this.store.touch(name);
      this.store.insert(name);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'insert' },
        line: 9,
        column: 7,
        endLine: 9,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    // Plain assertion chains return nothing to await (answered without a type query); \`resolves\` makes a promise.
    code: `import { expect } from 'vitest';
declare function load(id: string): Promise<number>;
export async function check(ids: string[]) {
  for (const id of ids) {
    expect(id).toBe('a');
    expect(id).not.toHaveLength(0);
    expect(load(id)).resolves.toBe(1);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'toBe' },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { Pool } from 'pg';
const pool = new Pool();
export async function loadUsers(ids: number[]) {
  const rows = await Promise.all(ids.map((id) => pool.query('SELECT * FROM users WHERE id = $1', [id])));
  return rows;
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 22,
        endLine: 4,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'suggestChunks',
            data: { limit: 'LIMIT', callee: 'Promise.all' },
            output: `import { Pool } from 'pg';
const pool = new Pool();
export async function loadUsers(ids: number[]) {
  const LIMIT = 10;
  const rows = [];
  for (let i = 0; i < ids.length; i += LIMIT) {
    rows.push(...(await Promise.all(ids.slice(i, i + LIMIT).map((id) => pool.query('SELECT * FROM users WHERE id = $1', [id])))));
  }
  return rows;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Redis } from 'ioredis';
const redis = new Redis();
export function evict(keys: string[]) {
  for (const key of keys) {
    redis.del(key);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'del' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `import type { Redis } from 'ioredis';
export function expire(redis: Redis, keys: string[]) {
  keys.forEach((key) => redis.expire(key, 60));
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedCallback',
        data: { method: 'forEach' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { startProcess, mapAll } from './limiter-helpers.js';
export async function gzipAll(files: string[]) {
  for (const file of files) {
    startProcess('gzip', [file]);
  }
  await mapAll(files, async (file) => file);
}`,
    output: null,
    errors: [
      {
        messageId: 'processPerElement',
        data: { callee: 'startProcess', starts: 'child process' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 33,
        suggestions: [],
      },
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'mapAll' },
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 15,
        suggestions: [
          {
            messageId: 'suggestConcurrencyOption',
            output: `import { startProcess, mapAll } from './limiter-helpers.js';
export async function gzipAll(files: string[]) {
  for (const file of files) {
    startProcess('gzip', [file]);
  }
  await mapAll(files, async (file) => file, { concurrency: 10 });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import pg from 'pg';
export async function loadAll(client: pg.Client, ids: number[], log: (id: number) => void) {
  const pending = [];
  for (const id of ids) {
    log(id);
    pending.push(client.query('SELECT $1::int', [id]).catch(() => null));
  }
  return Promise.all(pending);
}`,
    output: null,
    errors: [
      {
        messageId: 'unboundedPushed',
        data: { callee: 'Promise.all', line: 4 },
        line: 8,
        column: 10,
        endLine: 8,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
];

/**
 * Correct code that only types can prove bounded (a tuple, a limiter re-exported
 * by a local module); without types the rule reports it, a documented limitation.
 */
export const validWithTypesOnly: Valid[] = [
  `declare function load(id: string): Promise<number>;
export async function loadPair(pair: readonly [string, string]) {
  return Promise.all(pair.map(async (id) => load(id)));
}`,
  `declare function load(id: string): Promise<number>;
export async function loadAll(ids: [string, string, string]) {
  for (const id of ids) load(id);
  ids.forEach(async (id) => load(id));
}`,
  `import { makeLimit } from './limiter-helpers.js';
declare function load(id: string): Promise<number>;
export class Loader {
  private readonly limit = makeLimit(4);
  async loadAll(ids: string[]) {
    return Promise.all(ids.map((id) => this.limit(() => load(id))));
  }
}`,
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  // The listen callback runs once, when the port is open.
  `const app = require('express')();
const { urls } = require('./config');
app.listen(3000, async () => {
  await Promise.all(urls.map((url) => fetch(url, { method: 'HEAD' })));
});`,
  `const createLimit = require('p-limit');
const limit = createLimit(3);
async function loadAll(ids, load) {
  return Promise.all(ids.map((id) => limit(() => load(id))));
}
module.exports = { loadAll };`,
  `function saveAll(items) {
  items.forEach((item) => item.save());
}
module.exports = { saveAll };`,
  `const { execFileSync } = require('child_process');
function compressAll(files) {
  for (const file of files) execFileSync('gzip', [file]);
}
module.exports = { compressAll };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const pMap = require('p-map');
async function run(items, worker) {
  return pMap(items, worker);
}
module.exports = { run };`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedHelper',
        data: { callee: 'pMap' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 14,
        suggestions: [
          {
            messageId: 'suggestConcurrencyOption',
            output: `const pMap = require('p-map');
async function run(items, worker) {
  return pMap(items, worker, { concurrency: 10 });
}
module.exports = { run };`,
          },
        ],
      },
    ],
  },
  {
    code: `const { spawn: run } = require('node:child_process');
function compressAll(files) {
  files.forEach((file) => run('gzip', [file]));
}
module.exports = { compressAll };`,
    output: null,
    errors: [
      {
        messageId: 'processPerElement',
        data: { callee: 'run', starts: 'child process' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const fs = require('fs');
async function readAll(paths) {
  return Promise.all(paths.map((p) => fs.promises.readFile(p)));
}
module.exports = { readAll };`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  {
    code: `async function notify(user) {
  await fetch('https://hooks/' + user);
}
export function notifyAll(users) {
  for (const user of users) notify(user).catch(console.error);
}`,
    output: null,
    errors: [
      {
        messageId: 'floatingInLoop',
        data: { callee: 'notify' },
        line: 5,
        column: 29,
        endLine: 5,
        endColumn: 62,
        suggestions: [],
      },
    ],
  },
  {
    code: `const async = require('async');
function run(tasks, done) {
  async.parallel(tasks, done);
}
module.exports = { run };`,
    output: null,
    errors: [
      {
        messageId: 'unlimitedAsyncHelper',
        data: { callee: 'async.parallel', limited: 'parallelLimit' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          {
            messageId: 'suggestLimitVariant',
            data: { limited: 'parallelLimit' },
            output: `const async = require('async');
function run(tasks, done) {
  async.parallelLimit(tasks, 10, done);
}
module.exports = { run };`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Worker } from 'node:worker_threads';
export function startWorkers(jobs) {
  const workers = [];
  for (let i = 0; i < jobs.length; i++) workers.push(new Worker('./worker.js', { workerData: jobs[i] }));
  return workers;
}`,
    output: null,
    errors: [
      {
        messageId: 'processPerElement',
        data: { callee: 'new Worker', starts: 'worker thread' },
        line: 4,
        column: 54,
        endLine: 4,
        endColumn: 104,
        suggestions: [],
      },
    ],
  },
  {
    code: `import pLimit from 'p-limit';
export async function loadAll(ids, load) {
  pLimit(1);
  return Promise.all(ids.map(async (id) => load(id)));
}`,
    options: [{ limiter: 'p-map' }],
    output: null,
    errors: [
      {
        messageId: 'unboundedCombinator',
        data: { callee: 'Promise.all' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'suggestPMap',
            data: { name: 'pMap' },
            output: `import pLimit from 'p-limit';
import pMap from 'p-map';
export async function loadAll(ids, load) {
  pLimit(1);
  return pMap(ids, async (id) => load(id), { concurrency: 10 });
}`,
          },
        ],
      },
    ],
  },
];
