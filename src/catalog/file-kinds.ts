import { deepFreeze } from '../util/freeze.js';

/**
 * What a file of a back-end repository is, as far as concurrency goes:
 * - `production`: code the service runs while it serves requests (the default);
 * - `test`: tests, test helpers, fixtures and test-runner setup: one test process, never behind a load balancer;
 * - `migration` / `seed`: database migrations and seeds, run once by a deploy step or a developer;
 * - `script`: CLI entry points, build and dev scripts, run by one person or one CI job;
 * - `vendored`: browser bundles and vendored or minified JavaScript, which is not the project's server code;
 * - `browser`: the project's own code that runs only in a browser (it uses the DOM and nothing of Node).
 */
export type FileKind = 'browser' | 'migration' | 'production' | 'script' | 'seed' | 'test' | 'vendored';

/** The kinds that are not production code, in the order a file is tested against them. */
export const NON_PRODUCTION_KINDS: readonly Exclude<FileKind, 'production'>[] = Object.freeze([
  'vendored',
  'browser',
  'test',
  'migration',
  'seed',
  'script',
]);

/** What the rules skip when a configuration says nothing: every kind that is not production code. */
export const DEFAULT_SKIPPED_KINDS: readonly FileKind[] = Object.freeze([...NON_PRODUCTION_KINDS]);

/**
 * Where each kind lives by convention, as regular expressions over the path
 * relative to the working directory with `/` separators (vitest's and jest's
 * default test globs, NestJS's `*.e2e-spec.ts`, knex/sequelize/typeorm
 * migration and seed folders, `scripts/`, bundlers' config files, browser
 * asset folders).
 */
export const FILE_KIND_PATTERNS: Readonly<Record<Exclude<FileKind, 'production'>, readonly string[]>> = deepFreeze({
  test: [
    '[.-](?:test|spec)\\.[cm]?[jt]sx?$',
    // Hand-written doubles beside the code they replace: `redis-cache.service.mock.ts`, `user.mocks.js`.
    '[.-]mocks?\\.[cm]?[jt]sx?$',
    // Test helpers named as such outside a test folder: `src/TestUtils.js`, `test-helpers.ts`.
    '(?:^|/)(?:[Tt]est[-_]?[Uu]tils?|[Tt]est[-_]?[Hh]elpers?)\\.[cm]?[jt]sx?$',
    '(?:^|/)(?:__tests__|__mocks__|__fixtures__|__snapshots__)/',
    '(?:^|/)(?:test|tests|e2e|test-?utils|test-?helpers)/',
    '(?:^|/)(?:jest|vitest|playwright|cypress|karma|ava|wdio)[.-](?:config|setup)[^/]*$',
    '(?:^|/)(?:setupTests|test-setup|globalSetup|globalTeardown)\\.[cm]?[jt]sx?$',
  ],
  migration: ['(?:^|/)[\\w-]*(?:migrations?|migrate)/'],
  seed: ['(?:^|/)(?:seeds?|seeders?|seeding)/', '(?:^|[/.-])seeds?\\.[cm]?[jt]s$'],
  script: [
    '(?:^|/)scripts?/',
    '(?:^|/)(?:webpack|rollup|vite|esbuild|tsup|babel|gulpfile|Gruntfile|postcss|tailwind)(?:\\.[\\w-]+)*\\.[cm]?[jt]s$',
  ],
  // Browser code is recognised by what it uses (the DOM, no Node), not by folder: `src/client/` is often a server's HTTP client.
  browser: [],
  // JavaScript only: TypeScript under a folder named `public/` is a module of the server (a public API), not a bundle.
  vendored: [
    '(?:^|/)(?:public|static|vendor|vendors|third[-_]party|wwwroot|assets)/(?:.*/)?[^/]+\\.[cm]?jsx?$',
    '[.-]min\\.[cm]?js$',
    '[.-]bundle\\.[cm]?js$',
  ],
});

/** Packages that only tests and their helpers import. */
export const TEST_PACKAGES: readonly string[] = Object.freeze([
  'vitest',
  '@jest/globals',
  'jest',
  'mocha',
  'node:test',
  'chai',
  'sinon',
  'supertest',
  '@nestjs/testing',
  'ava',
  'tap',
  'uvu',
  '@playwright/test',
  'cypress',
  'nock',
  'testcontainers',
  'jest-mock-extended',
  'vitest-mock-extended',
]);

/** Packages that make a file a command-line program: its code runs once per invocation, for one user. */
export const CLI_PACKAGES: readonly string[] = Object.freeze(['commander', 'yargs', 'meow', 'cac', 'sade', '@oclif/core', 'caporal', 'vorpal']);

/**
 * A line longer than this, or a file whose average line is longer than
 * `VENDORED_AVERAGE_LINE`, is minified or generated code.
 */
export const VENDORED_LINE_LENGTH = 5000;
export const VENDORED_AVERAGE_LINE = 300;

/**
 * What bundlers and vendored libraries leave in a file: webpack's runtime,
 * UMD and AMD wrappers, SystemJS and Parcel registrations, and the `/*! name
 * v1.2.3` licence banner that minifiers keep at the top of a library.
 */
export const BUNDLE_MARKERS: readonly string[] = Object.freeze([
  '\\bwebpackBootstrap\\b',
  '\\b__webpack_require__\\b',
  '\\bwebpackUniversalModuleDefinition\\b',
  '/\\*! For license information please see',
  "typeof define\\s*===?\\s*['\"]function['\"]\\s*&&\\s*define\\.amd",
  '\\bSystem\\.register\\s*\\(',
  '\\bparcelRequire\\b',
  // A licence banner with a version as the file's first comment: `/*! jQuery v3.7.1 …`, `/** @license React v18.2.0`.
  '^\\s*/\\*(?:!|\\*\\s*@license\\b)[^\\n]*?\\bv?\\d+\\.\\d+\\.\\d+',
]);

/** Browser APIs that code running in Node does not have: the DOM, window's members, web storage, jQuery's ready and selectors (`$` is no word character: it stays outside `\b`). */
export const BROWSER_API =
  '\\b(?:document\\.(?:getElementById|getElementsBy\\w+|querySelector(?:All)?|createElement|addEventListener|body|cookie|location|readyState|documentElement)|window\\.(?:addEventListener|location|localStorage|sessionStorage|document|onload|innerWidth|innerHeight|history|navigator|requestAnimationFrame|alert|confirm|scrollTo)|(?:localStorage|sessionStorage)\\.(?:getItem|setItem|removeItem))|(?<![\\w$])\\$\\(\\s*(?:document|window|function\\b|[\'"`][#.])';

/** Packages that only run in a browser. */
export const BROWSER_PACKAGES: readonly string[] = Object.freeze(['react-dom', 'react-dom/client', 'vue', 'svelte', 'jquery', '@angular/platform-browser']);

/**
 * What code running in Node shows: CommonJS, `process`, `__dirname`, and
 * imports of Node's built-in modules. A file with any of these is not browser-only.
 */
export const NODE_SIGNS =
  "\\brequire\\s*\\(|\\bmodule\\.exports\\b|\\bexports\\.\\w+\\s*=|\\bprocess\\.(?:env|argv|exit|on|cwd|nextTick|platform)\\b|\\b__dirname\\b|\\b__filename\\b|['\"]node:[\\w/]+['\"]|\\bfrom\\s*['\"](?:fs|path|http|https|http2|net|tls|os|crypto|child_process|cluster|worker_threads|stream|zlib|dns|url|util|events|buffer|readline)(?:/[\\w/]*)?['\"]";
