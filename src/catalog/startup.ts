import { deepFreeze } from '../util/freeze.js';

/**
 * What marks code that runs when a service starts or stops rather than once
 * per request: the data behind `src/analysis/startup.ts`.
 */

/** Calls that create or boot a server or application: a function that makes one is startup code. */
export const SERVER_FACTORIES: readonly { readonly module: string; readonly path: readonly string[] }[] = deepFreeze([
  { module: 'http', path: ['createServer'] },
  { module: 'https', path: ['createServer'] },
  { module: 'http2', path: ['createServer'] },
  { module: 'http2', path: ['createSecureServer'] },
  { module: 'net', path: ['createServer'] },
  { module: 'tls', path: ['createServer'] },
  { module: '@nestjs/core', path: ['NestFactory', 'create'] },
  { module: '@nestjs/core', path: ['NestFactory', 'createMicroservice'] },
  { module: '@nestjs/core', path: ['NestFactory', 'createApplicationContext'] },
  { module: 'express', path: [] },
  { module: 'fastify', path: [] },
  { module: 'fastify', path: ['fastify'] },
  { module: 'koa', path: [] },
  { module: 'hono', path: ['Hono'] },
  // The primary process of a cluster forks the workers: it serves nothing itself.
  { module: 'cluster', path: ['fork'] },
]);

/**
 * The method that starts a server listening (`app.listen(port)`,
 * `server.listen(…)`, a Nest app's `await app.listen(3000)`): the function
 * that calls it boots the service, and its callback runs once, when the port is open.
 */
export const LISTEN_METHOD = 'listen';

/** EventEmitter methods that register a listener: `emitter.on('data', listener)`. */
export const LISTENER_METHODS: readonly string[] = deepFreeze(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** Server events that fire once, when it starts listening. */
export const STARTUP_EVENTS: ReadonlySet<string> = new Set(['listening']);

/** Process signals and events whose handlers run once, when the process stops or crashes. */
export const SHUTDOWN_EVENTS: ReadonlySet<string> = new Set([
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR2',
  'exit',
  'beforeExit',
  'uncaughtException',
  'unhandledRejection',
]);

/** Nest's lifecycle hooks, which Nest calls once per provider when the application starts or stops. */
export const NEST_STARTUP_HOOKS: ReadonlySet<string> = new Set(['onModuleInit', 'onApplicationBootstrap']);
export const NEST_SHUTDOWN_HOOKS: ReadonlySet<string> = new Set([
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
]);

/**
 * Names that programs give their entry function by convention. Only these
 * two: `start`, `init` and `setup` are as often per-request or per-job
 * methods (`monitor.start()`, `session.init()`), so those need evidence.
 */
export const ENTRY_POINT_NAMES: ReadonlySet<string> = new Set(['main', 'bootstrap']);
