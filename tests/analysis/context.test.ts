import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { getExecutionContext, type ExecutionContext } from '../../src/analysis/context.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

/**
 * Probe: every call of `probe()` reports its execution context as the chain
 * from the innermost function outwards, e.g. `function[inline] < async-function < module`,
 * with `[loop]` for `inLoop`, `[inline]` for `runsInline`, `[async]` for `isAsync`
 * and `[static]` for `isStatic`.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { context: '{{text}}' },
  },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe') return;
        context.report({ node, messageId: 'context', data: { text: chain(getExecutionContext(context, node)) } });
      },
    };
  },
});

function chain(start: ExecutionContext): string {
  const parts: string[] = [];
  for (let current: ExecutionContext | null = start; current; current = current.outer) {
    const flags = [
      current.isAsync ? 'async' : '',
      current.runsInline ? 'inline' : '',
      current.inLoop ? 'loop' : '',
      current.isStatic ? 'static' : '',
    ].filter(Boolean);
    parts.push(`${current.kind}${flags.map((flag) => `[${flag}]`).join('')}`);
  }
  return parts.join(' < ');
}

type Case = InvalidTestCase<'context', []>;

const DECLARE = 'declare function probe(): void;\n';

/** A case whose `probe()` calls have these contexts, in source order. */
function contexts(code: string, ...answers: string[]): Case {
  return {
    code: `${DECLARE}${code}`,
    errors: answers.map((text) => ({ messageId: 'context' as const, data: { text } })),
  };
}

function asJs(test: Case): Case {
  return { ...test, code: test.code.replace(DECLARE, ''), filename: 'file.js' };
}

/** Answers that do not depend on type information. */
const both: Case[] = [
  contexts(`probe();`, 'module'),
  contexts(
    `for (const x of [1, 2]) probe();
while (Math.random() > 0.5) { probe(); }`,
    'module[loop]',
    'module[loop]',
  ),
  contexts(
    `export function plain() { probe(); }
export async function load() { probe(); }
export const arrow = async () => probe();`,
    'function < module',
    'async-function[async] < module',
    'async-function[async] < module',
  ),
  contexts(
    `export class Service {
  cache = probe();
  static shared = probe();
  accessor lazy = probe();
  constructor(readonly path = probe()) {
    probe();
    [1, 2].forEach(() => probe());
  }
  get value() { return probe(); }
  async refresh() { probe(); }
  handler = () => probe();
  static { probe(); }
}`,
    'field-initializer < module',
    'field-initializer[static] < module',
    'field-initializer < module',
    'constructor < module',
    'constructor < module',
    'function[inline][loop] < constructor < module',
    'function < module',
    'async-function[async] < module',
    'function < field-initializer < module',
    'module',
  ),
  contexts(
    `export function run(p: Promise<number>) {
  p.then(() => probe()).catch(async () => probe()).finally(() => probe());
  new Promise((resolve) => { probe(); resolve(1); });
  (() => probe())();
  (async () => { probe(); })();
  (function () { probe(); }).call(null);
  setTimeout(() => probe(), 10);
}`,
    'promise-callback < function < module',
    'promise-callback[async] < function < module',
    'promise-callback < function < module',
    'promise-callback[inline] < function < module',
    'function[inline] < function < module',
    'async-function[async][inline] < function < module',
    'function[inline] < function < module',
    'function < function < module',
  ),
  contexts(
    `export async function each(items: string[]) {
  for (let i = 0; i < items.length; i++) probe();
  items.map((item) => probe());
  items.findLast(() => probe());
  do { probe(); } while (items.length > 3);
  for (const item in items) { const f = () => probe(); f(); }
}`,
    'async-function[async][loop] < module',
    'function[inline][loop] < async-function[async] < module',
    'function[inline][loop] < async-function[async] < module',
    'async-function[async][loop] < module',
    'function < async-function[async][loop] < module',
  ),
  contexts(
    `import express from 'express';
const app = express();
const router = express.Router();
app.get('/a', (req, res) => { probe(); res.end(); });
router.post('/b', async (req, res) => { probe(); res.end(); });
app.route('/c').put((req, res) => { probe(); res.end(); });
function named(req: unknown, res: { end(): void }) { probe(); res.end(); }
const arrowHandler = async () => probe();
app.use(named);
router.delete('/d', arrowHandler);
function notAHandler() { probe(); }
new Map<string, () => void>().set('x', notAHandler);`,
    'request-handler < module',
    'request-handler[async] < module',
    'request-handler < module',
    'request-handler < module',
    'request-handler[async] < module',
    'function < module',
  ),
  contexts(
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async () => { probe(); return 'x'; });
app.route({ method: 'GET', url: '/b', handler: (request, reply) => { probe(); reply.send('x'); } });`,
    'request-handler[async] < module',
    'request-handler < module',
  ),
  contexts(
    `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
app.use(async (ctx) => { probe(); ctx.body = 'x'; });
router.get('/a', (ctx) => { probe(); ctx.body = 'x'; });`,
    'request-handler[async] < module',
    'request-handler < module',
  ),
  contexts(
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => { probe(); return c.text('x'); });
app.on('POST', '/b', async (c) => { probe(); return c.text('x'); });`,
    'request-handler < module',
    'request-handler[async] < module',
  ),
  contexts(
    `import { Controller, Get, Injectable, Post as P } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get()
  list() { return probe(); }
  @P()
  async create() { probe(); }
  helper() { probe(); }
}
@Injectable()
export class UsersService {
  @Get()
  find() { probe(); }
}`,
    'request-handler < module',
    'request-handler[async] < module',
    'function < module',
    'function < module',
  ),
  // A router another file made, seen without its type (the import does not resolve): the route path is the evidence.
  contexts(
    `import router from './routes-that-do-not-exist';
import api from 'some-http-client';
import store from './store-that-does-not-exist';
router.post('/convert', async (req, res) => { probe(); res.end(); });
router.get(\`/items/\${1}\`, (req, res) => { probe(); res.end(); });
api.post('/remote', () => probe());
store.get('key', () => probe());`,
    'request-handler[async] < module',
    'request-handler < module',
    'function < module',
    'function < module',
  ),
  contexts(
    `const map = new Map<string, (x: number) => void>();
map.get('a');
const fake = { get(path: string, fn: () => void) { fn(); } };
fake.get('/a', () => probe());`,
    'function < module',
  ),
];

/** Request handlers recognised only through the receiver's type (a parameter typed as an app or router). */
const typesOnly: Case[] = [
  contexts(
    `import type { FastifyInstance } from 'fastify';
import type { Express } from 'express';
import type { Hono } from 'hono';
export function routes(fastify: FastifyInstance, app: Express, hono: Hono) {
  fastify.get('/a', async () => { probe(); return 'x'; });
  app.get('/b', (req, res) => { probe(); res.end(); });
  hono.get('/c', (c) => { probe(); return c.text('x'); });
}`,
    'request-handler[async] < function < module',
    'request-handler < function < module',
    'request-handler < function < module',
  ),
];

const withoutTypes: Case[] = [
  contexts(
    `import type { FastifyInstance } from 'fastify';
import type { Express } from 'express';
import type { Hono } from 'hono';
export function routes(fastify: FastifyInstance, app: Express, hono: Hono) {
  fastify.get('/a', async () => { probe(); return 'x'; });
  app.get('/b', (req, res) => { probe(); res.end(); });
  hono.get('/c', (c) => { probe(); return c.text('x'); });
}`,
    'async-function[async] < function < module',
    'function < function < module',
    'function < function < module',
  ),
];

const js: Case[] = [
  asJs(
    contexts(
      `const express = require('express');
const app = express();
app.get('/', function (req, res) { probe(); res.end(); });
class Job { constructor() { probe(); } }
module.exports = { app, Job };`,
      'request-handler < module',
      'constructor < module',
    ),
  ),
  asJs(
    contexts(
      `const router = require('./router');
const { get } = require('./cache');
router.put('/users/:id', function (req, res) { probe(); res.end(); });
get('/users', () => probe());`,
      'request-handler < module',
      'function < module',
    ),
  ),
  asJs(
    contexts(
      `// @ts-nocheck
export default class { #x = probe(); static #y = probe(); }`,
      'field-initializer < module',
      'field-initializer[static] < module',
    ),
  ),
];

typedRuleTester().run('getExecutionContext (with types)', probe, {
  valid: [`${DECLARE}function probe2() {}`],
  invalid: [...both, ...typesOnly],
});

untypedRuleTester().run('getExecutionContext (without types)', probe, {
  valid: [],
  invalid: [...both, ...withoutTypes, ...js],
});
