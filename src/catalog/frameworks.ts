import { deepFreeze } from '../util/freeze.js';

/**
 * HTTP frameworks whose route handlers run once per request. A factory row
 * names the export that creates an app or router (`express()`,
 * `express.Router()`, `new Koa()`, `fastify()`, `new Hono()`).
 */
export interface FrameworkFactory {
  readonly module: string;
  /** Export path; empty for the module itself (`express()`, `require('fastify')()`). */
  readonly path: readonly string[];
}

export const FRAMEWORK_FACTORIES: readonly FrameworkFactory[] = deepFreeze([
  { module: 'express', path: [] },
  { module: 'express', path: ['Router'] },
  { module: 'fastify', path: [] },
  { module: 'fastify', path: ['fastify'] },
  { module: 'koa', path: [] },
  { module: '@koa/router', path: [] },
  { module: '@koa/router', path: ['Router'] },
  { module: 'koa-router', path: [] },
  { module: 'hono', path: ['Hono'] },
]);

/** Packages whose declared types are apps, routers or request contexts. */
export const FRAMEWORK_TYPE_PACKAGES: ReadonlySet<string> = new Set([
  'express',
  'express-serve-static-core',
  'fastify',
  'koa',
  '@koa/router',
  'koa-router',
  'hono',
]);

/** Methods that register a handler on an app or router. */
export const ROUTE_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'head',
  'options',
  'on',
  'route',
]);

/** NestJS decorators that make a controller method a request handler. */
export const NEST_ROUTE_DECORATORS: ReadonlySet<string> = new Set([
  'Get',
  'Post',
  'Put',
  'Patch',
  'Delete',
  'All',
  'Head',
  'Options',
]);

export const NEST_MODULE = '@nestjs/common';
