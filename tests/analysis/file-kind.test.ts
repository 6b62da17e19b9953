import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { classifySource, concurrencySettings, relativeFilePath } from '../../src/analysis/file-kind.js';
import plugin from '../../src/index.js';

const settings = (concurrency: unknown) => concurrencySettings({ concurrency });

describe('classifySource by path', () => {
  it.each([
    ['src/users/users.service.spec.ts', 'test'],
    ['src/app.e2e-spec.ts', 'test'],
    ['server/__tests__/auth.ts', 'test'],
    ['test/helpers/db.js', 'test'],
    ['packages/api/test-utils/factories.ts', 'test'],
    ['src/testing/jobs.ts', 'production'],
    ['jest.setup.ts', 'test'],
    ['vitest.config.mts', 'test'],
    ['server/migrations/20240101-add-users.js', 'migration'],
    ['db/knex_migrations/2023-10-01-0000-init.js', 'migration'],
    ['server/seeds/users.ts', 'seed'],
    ['prisma/seed.ts', 'seed'],
    ['server/scripts/backfill.ts', 'script'],
    ['webpack.config.js', 'script'],
    ['packages/server/public/jquery/jquery.js', 'vendored'],
    ['static/js/app.bundle.js', 'vendored'],
    ['apps/api/src/app/redis-cache/redis-cache.service.mock.ts', 'test'],
    ['src/TestUtils.js', 'test'],
    ['src/test-helpers.ts', 'test'],
    ['lib/chart.min.js', 'vendored'],
    ['server/routes/api/public/shares.ts', 'production'],
    ['server/routes/auth.ts', 'production'],
    ['src/latest.ts', 'production'],
    ['src/mockups/render.ts', 'production'],
    ['src/services/mock-server-client.ts', 'production'],
    ['src/contest/seeding-rules.ts', 'production'],
  ])('%s is %s', (file, kind) => {
    expect(classifySource(file, 'export const x = 1;\n')).toBe(kind);
  });
});

describe('classifySource by text', () => {
  it.each([
    ["import { describe, it } from 'vitest';\n", 'test'],
    ["const request = require('supertest');\n", 'test'],
    ["import { Test } from '@nestjs/testing';\n", 'test'],
    ["describe('users', () => {});\n", 'test'],
    ['exports.up = async (knex) => {};\nexports.down = async () => {};\n', 'migration'],
    ['export async function up(knex: Knex) {}\n', 'migration'],
    ['export class AddUsers1700000000000 implements MigrationInterface {}\n', 'migration'],
    ['module.exports = {\n  async up(queryInterface, Sequelize) {},\n};\n', 'migration'],
    ['exports.seed = async function (knex) {};\n', 'seed'],
    ['#!/usr/bin/env node\nrun();\n', 'script'],
    ['if (require.main === module) main();\n', 'script'],
    ["import { Command } from 'commander';\n", 'script'],
    ["const yargs = require('yargs/yargs');\n", 'script'],
    [`var a=${'x'.repeat(6000)};\n`, 'vendored'],
    ['/******/ (function(modules) { // webpackBootstrap\n', 'vendored'],
    ['var x = __webpack_require__(3);\n', 'vendored'],
    ['/*! jQuery v3.7.1 | (c) OpenJS Foundation */\n', 'vendored'],
    ["if (typeof define === 'function' && define.amd) define([], factory);\n", 'vendored'],
    ["document.getElementById('login').addEventListener('click', submit);\n", 'browser'],
    ["$(document).ready(function () { $('#menu').show(); });\n", 'browser'],
    ["import { createRoot } from 'react-dom/client';\n", 'browser'],
  ])('%j', (text, kind) => {
    expect(classifySource('src/file.js', text)).toBe(kind);
  });

  it('leaves production code that only mentions these words', () => {
    const text = [
      "import { up } from './migrate-helper';",
      "const it = items[0]; it.describe();",
      "logger.info('describe(x)');",
      "const main = require.main;",
      "import chaiLike from './chai-like';",
    ].join('\n');
    expect(classifySource('src/service.ts', text)).toBe('production');
  });

  it.each([
    // A server module that renders a page with an inline script: it is a module.
    ["import express from 'express';\nconst page = `<script>document.getElementById('x')</script>`;\n"],
    // The DOM and Node in one file (jsdom, server-side rendering helpers).
    ["const { JSDOM } = require('jsdom');\nconst el = document.createElement('div');\n"],
    ["localStorage.getItem('k');\nprocess.env.PORT;\n"],
    // A comment that merely starts with a version is no licence banner of a bundle.
    ['// v1.2.3 of the API\nexport const version = 1;\n'],
  ])('keeps server code that touches browser words as production: %j', (text) => {
    expect(classifySource('src/page.js', text)).toBe('production');
  });
});

describe('settings.concurrency', () => {
  it('adds project patterns before the built-in ones, and production wins', () => {
    const custom = settings({ files: { test: ['^qa/'], production: ['^scripts/server\\.js$'] } });
    expect(classifySource('qa/load.ts', '', custom)).toBe('test');
    expect(classifySource('scripts/server.js', '', custom)).toBe('production');
    expect(classifySource('scripts/backfill.js', '', custom)).toBe('script');
  });

  it('takes the kinds to skip and the instance count', () => {
    expect([...settings({ files: { skip: ['test'] } }).skip]).toEqual(['test']);
    expect(settings({ instances: 'single' }).instances).toBe('single');
    expect(settings({}).instances).toBe('multiple');
  });

  it.each([
    [[], "eslint-plugin-concurrency: settings.concurrency must be an object"],
    [{ instance: 'single' }, "eslint-plugin-concurrency: settings.concurrency: unknown setting 'instance' (use 'instances' or 'files')"],
    [{ instances: 2 }, "eslint-plugin-concurrency: settings.concurrency.instances must be 'single' or 'multiple', not 2"],
    [{ files: { skip: ['tests'] } }, "eslint-plugin-concurrency: settings.concurrency.files.skip: unknown kind 'tests' (use production, vendored, browser, test, migration, seed, script)"],
    [{ files: { test: '^qa/' } }, 'eslint-plugin-concurrency: settings.concurrency.files.test must be an array of strings'],
    [{ files: { tests: [] } }, "eslint-plugin-concurrency: settings.concurrency.files: unknown key 'tests' (use 'skip' or a kind: production, vendored, browser, test, migration, seed, script)"],
    [{ files: { test: ['(unclosed'] } }, /^eslint-plugin-concurrency: settings\.concurrency\.files\.test: invalid regular expression '\(unclosed'/u],
  ])('rejects %j with one clear line', (given, message) => {
    expect(() => settings(given)).toThrow(message);
  });

  it('relativeFilePath uses / separators relative to cwd', () => {
    expect(relativeFilePath('/p/src/a.ts', '/p')).toBe('src/a.ts');
    expect(relativeFilePath('/other/a.ts', '/p')).toBe('../other/a.ts');
  });
});

describe('the plugin skips non-production files', () => {
  const linter = new Linter({ configType: 'flat', cwd: '/project' });
  const code = 'const jobs = {};\nexport function start(id) { jobs[id] = 1; }\nexport function get(id) { return jobs[id]; }\n';
  const lint = (filename: string, concurrency?: unknown) =>
    linter
      .verify(code, [{ files: ['**/*.js'], plugins: { concurrency: plugin }, rules: { 'concurrency/no-module-state': 'error' }, settings: concurrency ? { concurrency } : {} }], filename)
      .map((message) => `${message.line}:${message.column} ${message.ruleId}`);

  it('reports in production code and not in tests, unless the settings say so', () => {
    expect(lint('/project/src/jobs.js')).toEqual(['1:7 concurrency/no-module-state']);
    expect(lint('/project/src/jobs.test.js')).toEqual([]);
    expect(lint('/project/src/migrations/001.js')).toEqual([]);
    expect(lint('/project/src/jobs.test.js', { files: { skip: [] } })).toEqual(['1:7 concurrency/no-module-state']);
    expect(lint('/project/src/jobs.js', { files: { skip: ['production'] } })).toEqual([]);
  });
});
