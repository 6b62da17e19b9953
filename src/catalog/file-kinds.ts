import { deepFreeze } from '../util/freeze.js';

/**
 * What a file of a back-end repository is, as far as concurrency goes:
 * - `production`: code the service runs while it serves requests (the default);
 * - `test`: tests, test helpers, fixtures and test-runner setup: one test process, never behind a load balancer;
 * - `migration` / `seed`: database migrations and seeds, run once by a deploy step or a developer;
 * - `script`: CLI entry points, build and dev scripts, run by one person or one CI job;
 * - `vendored`: browser bundles and vendored or minified JavaScript, which is not the project's server code.
 */
export type FileKind = 'migration' | 'production' | 'script' | 'seed' | 'test' | 'vendored';

/** The kinds that are not production code, in the order a file is tested against them. */
export const NON_PRODUCTION_KINDS: readonly Exclude<FileKind, 'production'>[] = Object.freeze([
  'vendored',
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
