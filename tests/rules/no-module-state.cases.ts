import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-module-state.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Filled while the service starts (a Nest init hook, the function that starts the server) and only read after.
  `import { Injectable, type OnModuleInit } from '@nestjs/common';
declare function loadFlags(): Promise<[string, boolean][]>;
const flags = new Map<string, boolean>();
@Injectable()
export class Flags implements OnModuleInit {
  async onModuleInit() {
    for (const [name, on] of await loadFlags()) flags.set(name, on);
  }
  isOn(name: string) {
    return flags.get(name) === true;
  }
}`,
  `import express from 'express';
declare function readConfig(): Promise<{ banner: string }>;
let banner = '';
export async function startServer() {
  banner = (await readConfig()).banner;
  const app = express();
  app.get('/', (req, res) => res.send(banner));
  app.listen(3000);
}`,
  // A project that declares one instance has no second copy to disagree with.
  {
    code: `import express from 'express';
const app = express();
const jobStatus: Record<string, string> = {};
app.post('/jobs', (req, res) => {
  jobStatus[String(req.body.id)] = 'queued';
  res.sendStatus(202);
});
app.get('/jobs/:id', (req, res) => res.json({ status: jobStatus[req.params.id] }));`,
    settings: { concurrency: { instances: 'single' } },
  },
  // Test files: state set up in a test-runner hook and read by the tests runs in one test process.
  `declare function beforeAll(fn: () => Promise<void>): void;
declare function it(name: string, fn: () => Promise<void>): void;
let base: string;
const calls: string[] = [];
beforeAll(async () => {
  base = await Promise.resolve('/api');
  calls.push(base);
});
it('reads the base', async () => {
  console.log(base, calls.length);
});`,
  `const labels = new WeakMap<object, string>();
export function tag(target: object, label: string) {
  labels.set(target, label);
}
export function tagOf(target: object) {
  return labels.get(target);
}`,
  `const LIMITS = Object.freeze({ free: 10, pro: 100 } as Record<string, number>);
export function limitFor(plan: string) {
  return LIMITS[plan] ?? 0;
}`,
  `const STATUS_LABELS: Record<string, string> = { queued: 'Queued', done: 'Done' };
const ALLOWED = new Set(['png', 'jpg']);
export function label(status: string) {
  return STATUS_LABELS[status] ?? status;
}
export function isAllowed(extension: string) {
  return ALLOWED.has(extension);
}`,
  `const rates = new Map<string, number>();
export async function rateFor(currency: string) {
  const hit = rates.get(currency);
  if (hit !== undefined) return hit;
  const rate = await Promise.resolve(1.1);
  rates.set(currency, rate);
  return rate;
}`,
  `const users = new Map<string, Promise<string>>();
export function userName(id: string) {
  const known = users.get(id);
  if (known) return known;
  const loading = Promise.resolve(id).then((name) => {
    users.set(id, Promise.resolve(name));
    return name;
  });
  return loading;
}`,
  `type Handler = (payload: unknown) => void;
const handlers: Record<string, Handler> = {};
export function on(event: string, handler: Handler) {
  handlers[event] = handler;
}
export function emit(event: string, payload: unknown) {
  handlers[event]?.(payload);
}`,
  `class PgDriver {
  connect() { return 'pg'; }
}
class MysqlDriver {
  connect() { return 'mysql'; }
}
const drivers = new Map<string, new () => { connect(): string }>();
export function useDefaultDrivers() {
  drivers.set('pg', PgDriver);
  drivers.set('mysql', MysqlDriver);
}
export function connect(name: string) {
  const Driver = drivers.get(name);
  return Driver ? new Driver().connect() : null;
}`,
  `const listeners = new Set<(event: string) => void>();
export function subscribe(listener: (event: string) => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function publish(event: string) {
  for (const listener of listeners) listener(event);
}`,
  `const PRODUCTS = [{ id: 'a', slug: 'apple' }, { id: 'b', slug: 'banana' }];
const byId = new Map<string, { id: string; slug: string }>();
const bySlug: Record<string, string> = {};
for (const product of PRODUCTS) byId.set(product.id, product);
PRODUCTS.forEach((product) => {
  bySlug[product.slug] = product.id;
});
let ready = false;
(() => {
  ready = true;
})();
export function find(id: string) {
  return ready ? byId.get(id) : undefined;
}
export function idOf(slug: string) {
  return bySlug[slug];
}`,
  `const cache = new Map<string, number>([['a', 1]]);
export function lookup(key: string) {
  return cache.get(key);
}
export function tally(keys: string[]) {
  const cache = new Map<string, number>();
  for (const key of keys) cache.set(key, (cache.get(key) ?? 0) + 1);
  return cache;
}`,
  {
    code: `let metricsRequests = 0;
export function countRequest() {
  metricsRequests++;
}
export function metrics() {
  return metricsRequests;
}`,
    options: [{"allow":["^metrics"]}],
  },
  {
    code: `export class Pool {
  static created = 0;
  static create() {
    Pool.created++;
    return new Pool();
  }
}`,
    options: [{"allow":["^Pool\\.created$"]}],
  },
  `const MAX_RETRIES = 3;
const SERVICE = 'billing';
export class Config {
  static readonly defaults = { retries: MAX_RETRIES, service: SERVICE };
  static retries() {
    return Config.defaults.retries;
  }
}`,
  `import { Pool } from 'pg';
let pool: Pool | null = null;
export function getPool() {
  if (!pool) pool = new Pool();
  return pool;
}
export async function closePool() {
  await pool?.end();
  pool = null;
}`,
  `import { Redis } from 'ioredis';
const redis = new Redis();
export async function saveStatus(id: string, status: string) {
  await redis.set(id, status);
}
export async function loadStatus(id: string) {
  return redis.get(id);
}`,
  `class Store {
  private data = new Map<string, string>();
  set(key: string, value: string) {
    this.data.set(key, value);
  }
  get(key: string) {
    return this.data.get(key);
  }
}
const store = new Store();
export function put(key: string, value: string) {
  store.set(key, value);
}
export function read(key: string) {
  return store.get(key);
}`,
  `const auditTrail: string[] = [];
export function audit(entry: string) {
  auditTrail.push(entry);
}`,
  `const warned = new Set<string>();
export function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}`,
  `export class Service {
  private static instance?: Service;
  static get() {
    return (this.instance ??= new Service());
  }
}`,
  `export class Limiter {
  private hits = new Map<string, number>();
  hit(ip: string) {
    this.hits.set(ip, (this.hits.get(ip) ?? 0) + 1);
  }
  count(ip: string) {
    return this.hits.get(ip) ?? 0;
  }
}`,
  `let settings: Record<string, string> = {};
Promise.resolve({ region: 'eu' }).then((loaded) => {
  settings = loaded;
});
export function region() {
  return settings.region;
}`,
  `const TABLE = { a: 1, b: 2 };
export function valueOf(key: string) {
  // @ts-expect-error string cannot index TABLE: a type error must not crash the rule
  return TABLE[key];
}`,
  `const loading = new Map<string, Promise<string>>();
export function loadOnce(key: string) {
  let promise = loading.get(key);
  if (!promise) {
    promise = Promise.resolve(key).finally(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}`,
  `let nextInvoiceId = 1;
export function createInvoice(amount: number) {
  const id = nextInvoiceId++;
  return { id, amount };
}
export class OrderNumbers {
  static #next = 1000;
  static take(): number {
    return OrderNumbers.#next++;
  }
}`,
  `const formatters = new Map<string, Intl.NumberFormat>();
let regexes: Record<string, RegExp> = {};
export function formatter(locale: string) {
  let cached = formatters.get(locale);
  if (!cached) {
    cached = new Intl.NumberFormat(locale);
    formatters.set(locale, cached);
  }
  return cached;
}
export function digits(locale: string) {
  return (regexes[locale] ??= new RegExp(locale));
}
export function resetCaches() {
  formatters.clear();
  regexes = {};
}`,
  `let validator = {};
export class ValidationPipe {
  constructor(load: (name: string) => object) {
    validator = load('class-validator');
  }
  validate() {
    return validator;
  }
}`,
  `let initialized = false;
export async function init(connect: () => Promise<void>) {
  await connect();
  initialized = true;
}
export function isReady() {
  return initialized;
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import express from 'express';
const app = express();
const jobStatus: Record<string, string> = {};
app.post('/jobs', (req, res) => {
  const id = String(req.body.id);
  jobStatus[id] = 'queued';
  res.status(202).json({ id });
});
app.get('/jobs/:id', (req, res) => {
  res.json({ status: jobStatus[req.params.id] ?? 'unknown' });
});`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobStatus', kind: 'object', writer: 'arrow function on line 4', reader: 'arrow function on line 9' },
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    code: `type Status = 'running' | 'done' | 'failed';
const jobs = new Map<string, Status>();
export function startJob(id: string, work: Promise<void>) {
  jobs.set(id, 'running');
  work.then(() => jobs.set(id, 'done'), () => jobs.set(id, 'failed'));
}
export function jobStatusOf(id: string) {
  return jobs.get(id) ?? 'unknown';
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobs', kind: 'Map', writer: "function 'startJob'", reader: "function 'jobStatusOf'" },
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `const hits = new Map<string, number>();
export function allowRequest(ip: string): boolean {
  const count = (hits.get(ip) ?? 0) + 1;
  hits.set(ip, count);
  return count <= 100;
}
setInterval(() => hits.clear(), 60_000);`,
    output: null,
    errors: [
      {
        messageId: 'perProcessCounter',
        data: { name: 'hits', kind: 'Map', writer: "function 'allowRequest'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `const attempts: Record<string, number> = {};
export function recordFailedLogin(user: string) {
  attempts[user] = (attempts[user] ?? 0) + 1;
  return attempts[user] > 5;
}
export function resetAttempts(user: string) {
  delete attempts[user];
}`,
    output: null,
    errors: [
      {
        messageId: 'perProcessCounter',
        data: { name: 'attempts', kind: 'object', writer: "function 'recordFailedLogin'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `const inFlight = new Map<string, Promise<string>>();
export async function fetchOnce(url: string): Promise<string> {
  const pending = inFlight.get(url);
  if (pending) return pending;
  const request = fetch(url).then((response) => response.text());
  inFlight.set(url, request);
  try {
    return await request;
  } finally {
    inFlight.delete(url);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'lockAroundAwait',
        data: { name: 'inFlight', kind: 'Map', writer: "async function 'fetchOnce'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `let isRunning = false;
export async function runNightlyExport(run: () => Promise<void>) {
  if (isRunning) return;
  isRunning = true;
  try {
    await run();
  } finally {
    isRunning = false;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'lockAroundAwait',
        data: { name: 'isRunning', kind: 'flag', writer: "async function 'runNightlyExport'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `const locks = new Set<string>();
export async function withLock(key: string, task: () => Promise<void>) {
  while (locks.has(key)) await new Promise((resolve) => setTimeout(resolve, 50));
  locks.add(key);
  try {
    await task();
  } finally {
    locks.delete(key);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'lockAroundAwait',
        data: { name: 'locks', kind: 'Set', writer: "async function 'withLock'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 12,
        suggestions: [],
      },
    ],
  },
  {
    code: `export class UserService {
  private static cache = new Map<string, { name: string }>();
  static find(id: string) {
    return UserService.cache.get(id);
  }
  static remember(id: string, user: { name: string }) {
    this.cache.set(id, user);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'UserService.cache', kind: 'Map', writer: "static method 'remember'", reader: "static method 'find'" },
        line: 2,
        column: 18,
        endLine: 2,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `import { randomUUID } from 'node:crypto';
const sessions = new Map<string, { userId: string }>();
export function login(userId: string) {
  const token = randomUUID();
  sessions.set(token, { userId });
  return token;
}
export function currentUser(token: string) {
  return sessions.get(token)?.userId ?? null;
}
export function logout(token: string) {
  sessions.delete(token);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'sessions', kind: 'Map', writer: "function 'login'", reader: "function 'currentUser'" },
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `export class OrderNumbers {
  static #next = 1000;
  static take(): number {
    return OrderNumbers.#next++;
  }
  static peek(): number {
    return OrderNumbers.#next;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'perProcessCounter',
        data: { name: 'OrderNumbers.#next', kind: 'number', writer: "static method 'take'" },
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `export let activeUploads = 0;
export async function upload(send: () => Promise<void>) {
  activeUploads++;
  try {
    await send();
  } finally {
    activeUploads--;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'perProcessCounter',
        data: { name: 'activeUploads', kind: 'number', writer: "async function 'upload'" },
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `export const onlineUsers = new Set<string>();
export function markOnline(userId: string) {
  onlineUsers.add(userId);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'onlineUsers', kind: 'Set', writer: "function 'markOnline'", reader: 'importing modules' },
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `const carts = new Map<string, string[]>();
export function addToCart(user: string, item: string) {
  const store = carts;
  store.set(user, [...(store.get(user) ?? []), item]);
}
export function cartOf(user: string) {
  return carts.get(user) ?? [];
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'carts', kind: 'Map', writer: "function 'addToCart'", reader: "function 'cartOf'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 12,
        suggestions: [],
      },
    ],
  },
  {
    code: `interface Job { status: string; progress: number }
const jobs = new Map<string, Job>();
export function complete(id: string) {
  const job = jobs.get(id);
  if (job) job.status = 'done';
}
export function progressOf(id: string) {
  return jobs.get(id)?.progress ?? 0;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobs', kind: 'Map', writer: "function 'complete'", reader: "function 'progressOf'" },
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `const pending: string[] = [];
export class Mailer {
  enqueue(message: string) {
    pending.push(message);
  }
  next() {
    return pending.shift();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'pending', kind: 'array', writer: "method 'enqueue'", reader: "method 'next'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `let maintenance = false;
export function setMaintenance(on: boolean) {
  maintenance = on;
}
export function inMaintenance() {
  return maintenance;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'maintenance', kind: 'flag', writer: "function 'setMaintenance'", reader: "function 'inMaintenance'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    code: `let recentErrors: string[] = [];
export function trackError(message: string) {
  recentErrors = [message, ...recentErrors].slice(0, 50);
}
export function latestErrors() {
  return recentErrors;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'recentErrors', kind: 'array', writer: "function 'trackError'", reader: "function 'latestErrors'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 17,
        suggestions: [],
      },
    ],
  },
  {
    code: `const profiles = new Map<string, { name: string }>();
async function loadProfile(id: string) {
  return { name: id };
}
export async function getProfile(id: string) {
  const cached = profiles.get(id);
  if (cached) return cached;
  const profile = await loadProfile(id);
  profiles.set(id, profile);
  return profile;
}
export function invalidateProfile(id: string) {
  profiles.delete(id);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'profiles', kind: 'Map', writer: "function 'invalidateProfile'", reader: "async function 'getProfile'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `const featureFlags: Record<string, boolean> = { search: false };
export function updateFlags(patch: Record<string, boolean>) {
  Object.assign(featureFlags, patch);
}
export function isEnabled(flag: string) {
  return featureFlags[flag] === true;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'featureFlags', kind: 'object', writer: "function 'updateFlags'", reader: "function 'isEnabled'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `let requestCount = 0;
export function countRequest() {
  requestCount += 1;
}
export function stats() {
  return { requestCount };
}`,
    options: [{"allow":["^metrics"]}],
    output: null,
    errors: [
      {
        messageId: 'perProcessCounter',
        data: { name: 'requestCount', kind: 'number', writer: "function 'countRequest'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 17,
        suggestions: [],
      },
    ],
  },
  {
    code: `const uploads = new Map<string, number>();
export function startUpload(id: string) {
  // @ts-expect-error the progress argument is missing: a type error must not crash the rule
  uploads.set(id);
}
export function uploadProgress(id: string) {
  return uploads.get(id);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'uploads', kind: 'Map', writer: "function 'startUpload'", reader: "function 'uploadProgress'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    code: `export const Throttle = class {
  static last = 0;
  static ready(now: number) {
    if (now - Throttle.last < 1000) return false;
    Throttle.last = now;
    return true;
  }
  static reset() {
    Throttle.last = 0;
  }
};`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'Throttle.last', kind: 'number', writer: "static method 'reset'", reader: "static method 'ready'" },
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  // Written at startup and by a request handler: shared state. Reported with the request writer.
  {
    code: `import express from 'express';
let banner = '';
export async function startServer() {
  banner = 'welcome';
  const app = express();
  app.get('/', (req, res) => res.send(banner));
  app.post('/banner', (req, res) => {
    banner = String(req.body.text);
    res.end();
  });
  app.listen(3000);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'banner', kind: 'variable', writer: 'arrow function on line 7', reader: 'arrow function on line 6' },
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  // `instances: 'multiple'` (the default) keeps it.
  {
    code: `const jobs = new Map<string, string>();
export function track(id: string) {
  jobs.set(id, 'queued');
}
export function status(id: string) {
  return jobs.get(id);
}`,
    settings: { concurrency: { instances: 'multiple' } },
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobs', kind: 'Map', writer: "function 'track'", reader: "function 'status'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `function createJobTable() {
  return new Map<string, string>();
}
const jobs = createJobTable();
export function finish(id: string) {
  jobs.set(id, 'done');
}
export function statusOf(id: string) {
  return jobs.get(id);
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobs', kind: 'Map', writer: "function 'finish'", reader: "function 'statusOf'" },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `let currentTenant: string | null = null;
export function enterTenant(tenant: string) {
  currentTenant = tenant;
}
export function tenantOf() {
  return currentTenant;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'currentTenant', kind: 'variable', writer: "function 'enterTenant'", reader: "function 'tenantOf'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `const queues: Record<string, string[]> = {};
export function publish(topic: string, message: string) {
  const queue = queues[topic];
  if (queue) queue.push(message);
}
export function peek(topic: string) {
  return queues[topic]?.[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'queues', kind: 'object', writer: "function 'publish'", reader: "function 'peek'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    code: `let lastSync = Date.now();
export function markSynced() {
  lastSync = Date.now();
}
export function isStale() {
  return Date.now() - lastSync > 60_000;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'lastSync', kind: 'number', writer: "function 'markSynced'", reader: "function 'isStale'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `let shuttingDown = 0;
process.on('SIGTERM', () => {
  shuttingDown = Date.now();
});
module.exports = { since: () => shuttingDown };`,
  `const handlers = {};
exports.on = (name, fn) => {
  handlers[name] = fn;
};
exports.emit = (name, payload) => handlers[name](payload);`,
  `const TABLE = { a: 1 };
module.exports.lookup = (key) => TABLE[key];`,
  `const cache = new Map();
async function getUser(id, load) {
  if (cache.has(id)) return cache.get(id);
  const user = await load(id);
  cache.set(id, user);
  return user;
}
module.exports = { getUser };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const jobs = {};
module.exports = {
  start(id) {
    jobs[id] = 'running';
  },
  status(id) {
    return jobs[id];
  },
};`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'jobs', kind: 'object', writer: "method 'start'", reader: "method 'status'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 11,
        suggestions: [],
      },
    ],
  },
  {
    code: `const cache = new Map();
exports.invalidate = function (id) {
  cache.delete(id);
};
exports.get = (id) => cache.get(id);`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'cache', kind: 'Map', writer: "function 'invalidate'", reader: "arrow function 'get'" },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 12,
        suggestions: [],
      },
    ],
  },
  {
    code: `const sessions = {};
function login(user) {
  sessions[user.id] = user;
}
module.exports = { sessions, login };`,
    output: null,
    errors: [
      {
        messageId: 'sharedState',
        data: { name: 'sessions', kind: 'object', writer: "function 'login'", reader: 'importing modules' },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    code: `let syncing = false;
async function sync(pull) {
  if (syncing) return;
  syncing = true;
  await pull();
  syncing = false;
}
module.exports = { sync };`,
    output: null,
    errors: [
      {
        messageId: 'lockAroundAwait',
        data: { name: 'syncing', kind: 'flag', writer: "async function 'sync'" },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 12,
        suggestions: [],
      },
    ],
  },
];
