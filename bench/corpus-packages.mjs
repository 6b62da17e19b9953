import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Published back-end libraries (ORMs, drivers, frameworks, utilities) that `npm ci` installs as devDependencies. */
export const CORPUS_PACKAGES = [
  'typeorm', 'sequelize', 'mongoose', 'mongodb', 'knex', 'pg', 'pg-pool', 'mysql2', 'kysely', 'drizzle-orm',
  '@mikro-orm/core', 'ioredis', '@redis/client', 'generic-pool', 'express', 'fastify', 'koa', '@koa/router', 'hono',
  '@nestjs/common', 'fs-extra', 'bluebird', 'async', 'p-map', 'p-queue', 'p-limit', 'luxon', 'moment', 'dayjs',
  'date-fns', 'uuid', 'nanoid', 'light-my-request', 'find-my-way', 'avvio', 'pino', 'tarn', 'bson', 'retry-as-promised',
];

/** The corpus's JavaScript files (no minified bundles, no nested node_modules or test folders), in a stable order. */
export function corpusFiles(root, slice = Infinity) {
  const files = [];
  for (const name of CORPUS_PACKAGES) {
    const pending = [path.join(root, 'node_modules', name)];
    while (pending.length > 0) {
      const current = pending.pop();
      let entries;
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch {
        continue; // not installed
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(current, entry.name);
        if (entry.isDirectory() && !['node_modules', 'test', '__tests__'].includes(entry.name)) pending.push(full);
        else if (entry.isFile() && /\.(c|m)?js$/u.test(entry.name) && !entry.name.endsWith('.min.js')) files.push(full);
      }
    }
  }
  return files.slice(0, slice);
}
