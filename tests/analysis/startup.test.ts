import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { offRequestPath } from '../../src/analysis/startup.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

/** Probe for startup.ts: reports at every `mark()` call where it runs: `startup`, `shutdown` or `request path`. */
const placeProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { place: '{{place}}' } },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'mark') return;
        context.report({ node, messageId: 'place', data: { place: offRequestPath(context, node) ?? 'request path' } });
      },
    };
  },
});

type Case = InvalidTestCase<'place', []>;

/** A case whose `mark()` calls run at `places`, in source order. */
function at(code: string, places: readonly string[], filename?: string): Case {
  return {
    code: `declare function mark(): void;\n${code}`,
    ...(filename ? { filename } : {}),
    errors: places.map((place) => ({ messageId: 'place' as const, data: { place } })),
  };
}

/** The same without the TypeScript declaration, for plain JavaScript. */
function atJs(code: string, places: readonly string[]): Case {
  return { code, filename: 'file.js', errors: places.map((place) => ({ messageId: 'place' as const, data: { place } })) };
}

const cases: Case[] = [
  // Module top level and a static block run once, when the module loads.
  at(`mark();\nexport class Boot { static { mark(); } static field = mark(); field = mark(); }`, ['startup', 'startup', 'startup', 'request path']),
  // Entry points by convention, and what only they call.
  at(
    `async function main() { mark(); await helper(); }
async function helper() { mark(); }
export default async function bootstrap() { mark(); }
main();`,
    ['startup', 'startup', 'startup'],
  ),
  // A function that creates a server or starts one listening is startup, even exported.
  at(
    `import express from 'express';
import http from 'node:http';
export function createApp() { const app = express(); mark(); return app; }
export async function serve(app: { listen(port: number): void }) { mark(); app.listen(3000); }
export function raw() { mark(); return http.createServer(); }`,
    ['startup', 'startup', 'startup'],
  ),
  // The route handlers written inside startup code run per request; a timer in it runs while the service is up.
  at(
    `import express from 'express';
export function start() {
  const app = express();
  app.get('/users', async (req, res) => { mark(); res.end(); });
  setInterval(() => mark(), 1000);
  app.listen(3000, () => mark());
}`,
    ['request path', 'request path', 'startup'],
  ),
  // Nest lifecycle hooks, and a private method only they call.
  at(
    `export class Cache {
  async onModuleInit() { mark(); await this.warm(); }
  private async warm() { mark(); }
  async onApplicationShutdown() { mark(); }
  async refresh() { mark(); await this.warm(); }
}`,
    ['startup', 'request path', 'shutdown', 'request path'],
  ),
  // A private method called only from a startup hook is startup; a public one may be called anywhere.
  at(
    `export class Loader {
  onApplicationBootstrap() { this.#load(); this.reload(); }
  #load() { mark(); }
  reload() { mark(); }
}`,
    ['startup', 'request path'],
  ),
  // Signal and exit handlers of the global process run once, when it stops; other events do not.
  at(
    `process.on('SIGTERM', async () => { mark(); });
process.once('beforeExit', () => mark());
process.on('message', () => mark());
declare const emitter: { on(event: string, fn: () => void): void };
emitter.on('SIGTERM', () => mark());`,
    ['shutdown', 'shutdown', 'request path', 'request path'],
  ),
  // A server's `listening` event; a continuation of startup code.
  at(
    `declare const server: { on(event: string, fn: () => void): void };
server.on('listening', () => mark());
declare function boot(): Promise<void>;
boot().then(() => mark()).catch(() => mark());`,
    ['startup', 'startup', 'startup'],
  ),
  // Names that are only sometimes entry points need evidence; exported helpers and functions passed along are unknown.
  at(
    `export async function start() { mark(); }
export async function init() { mark(); }
async function helper() { mark(); }
export const handlers = [helper];
async function main() { await helper(); }
main();`,
    ['request path', 'request path', 'request path'],
  ),
  // Called from startup and from a request: on the request path.
  at(
    `import express from 'express';
const app = express();
function load() { mark(); }
load();
app.get('/reload', (req, res) => { load(); res.end(); });`,
    ['request path'],
  ),
  // A function that calls a function of the file that starts the server; a server made in a promise executor; cluster workers forked.
  at(
    `import http from 'node:http';
import cluster from 'node:cluster';
const listen = (port: number) => new Promise<void>((resolve) => { http.createServer().listen(port, resolve); });
export default async function serve(port: number) { mark(); await listen(port); }
export class Setup {
  start() {
    return new Promise((resolve) => { mark(); resolve(http.createServer()); });
  }
}
export function primary(workers: number) { mark(); for (let i = 0; i < workers; i++) cluster.fork(); }
export async function handle(port: number) { mark(); return port; }`,
    ['startup', 'startup', 'startup', 'request path'],
  ),
  // An IIFE and array callbacks run where they are written.
  at(
    `(async () => { [1, 2].forEach(() => mark()); })();
export async function perRequest(ids: number[]) { ids.map(() => mark()); }`,
    ['startup', 'request path'],
  ),
];

const jsCases: Case[] = [
  atJs(
    `const express = require('express');
const app = express();
app.post('/upload', (req, res) => { mark(); });
function listen() { mark(); app.listen(process.env.PORT); }
module.exports = { listen };
process.on('SIGINT', () => mark());`,
    ['request path', 'startup', 'shutdown'],
  ),
  atJs(
    `const http = require('http');
exports.start = function start(handler) { mark(); return http.createServer(handler); };
exports.handle = async function handle(req) { mark(); };`,
    ['startup', 'request path'],
  ),
];

typedRuleTester().run('offRequestPath (with types)', placeProbe, { valid: [], invalid: cases });
untypedRuleTester().run('offRequestPath (without types)', placeProbe, { valid: [], invalid: [...cases, ...jsCases] });
