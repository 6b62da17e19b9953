import { isBuiltin } from 'node:module';

import { describe, expect, it } from 'vitest';

import { BLOCKING_APIS, BLOCKING_MODULE_MENTION, CLOCK_GLOBAL_MENTION } from '../../src/catalog/blocking.js';
import { DB_CLASSES, DB_PACKAGE_MENTION, DB_PRODUCERS, isDbPackage } from '../../src/catalog/db.js';
import { FS_APIS, FS_MODULE_MENTION } from '../../src/catalog/fs.js';

/**
 * The text gates let rules skip a file, without types, when its text cannot
 * import what they look for. They are sound only if every module the catalog
 * knows is matched in every way an import can spell it.
 */
const spellings = (module: string): string[] => {
  const forms = isBuiltin(module) ? [module, `node:${module}`] : [module];
  return forms.flatMap((form) => [`import x from '${form}';`, `const x = require("${form}");`, `await import(\`${form}\`);`]);
};

describe('DB_PACKAGE_MENTION', () => {
  const modules = [
    ...new Set([
      ...DB_PRODUCERS.flatMap((producer) => (producer.kind === 'export' ? [producer.module] : [])),
      ...DB_CLASSES.map((cls) => cls.library),
    ]),
  ];

  it.each(modules)('matches every import of %s', (module) => {
    expect(isDbPackage(module)).toBe(true);
    for (const text of spellings(module)) expect(DB_PACKAGE_MENTION.test(text)).toBe(true);
  });

  it.each(['@types/pg', 'pg-pool', '@mikro-orm/postgresql', '@nestjs/typeorm', 'drizzle-orm/node-postgres', '@redis/client', '.prisma/client'])(
    'matches the DB package %s that isDbPackage accepts',
    (module) => {
      expect(isDbPackage(module)).toBe(true);
      expect(DB_PACKAGE_MENTION.test(`import x from '${module}';`)).toBe(true);
    },
  );

  it.each(["import { pgettext } from 'gettext';", "import express from 'express';", 'const png = load("upgrade.png");'])(
    'does not match %s',
    (text) => {
      expect(DB_PACKAGE_MENTION.test(text)).toBe(false);
    },
  );
});

describe('BLOCKING_MODULE_MENTION', () => {
  it.each([...new Set(BLOCKING_APIS.map((api) => api.module))])('matches every import of %s', (module) => {
    for (const text of spellings(module)) expect(BLOCKING_MODULE_MENTION.test(text)).toBe(true);
  });

  it.each(["import { promises } from 'fs/promises';", "require('node:fs/promises')", "import fs from 'fs-extra/esm';"])('matches %s', (text) => {
    expect(BLOCKING_MODULE_MENTION.test(text)).toBe(true);
  });

  it.each(["const offset = 'offset';", "import fsx from 'fsx';", '// reads the fs synchronously', "import x from 'v8-compile-cache';"])(
    'does not match %s',
    (text) => {
      expect(BLOCKING_MODULE_MENTION.test(text)).toBe(false);
    },
  );

  it('names the clock globals a busy-wait loop reads', () => {
    for (const text of ['Date.now()', 'performance.now()', 'process.hrtime()']) expect(CLOCK_GLOBAL_MENTION.test(text)).toBe(true);
    expect(CLOCK_GLOBAL_MENTION.test('const updated = created;')).toBe(false);
  });
});

describe('FS_MODULE_MENTION', () => {
  it.each([...new Set(FS_APIS.flatMap((api) => api.modules))])('matches every import of %s', (module) => {
    for (const text of spellings(module)) expect(FS_MODULE_MENTION.test(text)).toBe(true);
  });

  it.each(["import fse from 'fs-extra/esm';", "import x from 'node:fs/promises';"])('matches %s', (text) => {
    expect(FS_MODULE_MENTION.test(text)).toBe(true);
  });

  it.each(["import x from 'fsevents';", "const fs = 'fs-like';"])('does not match %s', (text) => {
    expect(FS_MODULE_MENTION.test(text)).toBe(false);
  });
});
