import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds, Options } from '../../src/rules/no-timestamp-path.js';

type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // Off the request path: the function that boots the server makes its log directory once.
  `import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
export function boot(root: string) {
  const dir = path.join(root, new Date().toISOString().slice(0, 19));
  mkdirSync(dir);
  return http.createServer().listen(8080);
}`,
  `import fs from 'node:fs';
export function saveUpload(dir: string, body: Buffer) {
  fs.writeFileSync(\`\${dir}/\${Date.now()}.bin\`, body);
}`,
  `import { writeFileSync } from 'node:fs';
export function save(body: string) {
  writeFileSync(\`snapshots/\${new Date().toISOString().replace(/[:.]/g, '-')}.json\`, body);
}`,
  `import { createWriteStream } from 'node:fs';
import { format } from 'date-fns';
export function openExport() {
  return createWriteStream('exports/' + format(new Date(), 'yyyyMMdd-HHmmss.SSS') + '.csv');
}`,
  `import dayjs from 'dayjs';
import { DateTime } from 'luxon';
import fs from 'node:fs';
export function save(body: string) {
  fs.writeFileSync(\`a-\${dayjs().format('YYYYMMDD-HHmmss-SSS')}.json\`, body);
  fs.writeFileSync(\`b-\${DateTime.now().toISO()}.json\`, body);
  fs.writeFileSync(\`c-\${DateTime.now().toFormat('yyyyLLdd-HHmmss.SSS')}.json\`, body);
}`,
  // A random integer from a billion values, or a random fraction's digits, is a unique part.
  `import dayjs from 'dayjs';
import { promises as fs } from 'node:fs';
export async function upload(data: Buffer) {
  await fs.writeFile(\`/uploads/\${dayjs().format('YYYYMMDDHHmmss')}\${Math.floor(Math.random() * 1e9)}.png\`, data);
  await fs.writeFile(\`/uploads/\${dayjs().format('YYYYMMDDHHmmss')}-\${Math.random().toString(36).slice(2)}.png\`, data);
}`,
  `import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
export function createRelease(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = path.join(root, \`\${stamp}-\${randomUUID()}\`);
  mkdirSync(dir);
  return dir;
}`,
  `import { nanoid } from 'nanoid';
import { v4 as uuidv4 } from 'uuid';
import * as crypto from 'node:crypto';
import fs from 'node:fs';
export function save(body: string) {
  const day = new Date().toISOString().slice(0, 10);
  fs.writeFileSync(\`\${day}-\${nanoid()}.json\`, body);
  fs.writeFileSync(\`\${day}-\${uuidv4()}.json\`, body);
  fs.writeFileSync(\`\${day}-\${crypto.randomBytes(4).toString('hex')}.json\`, body);
  return { id: \`\${day}-\${crypto.randomInt(1e9)}\` };
}`,
  `import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export function workspace(body: string) {
  const stamp = new Date().toISOString().slice(0, 10);
  const dir = mkdtempSync(join(tmpdir(), \`build-\${stamp}-\`));
  writeFileSync(join(dir, \`\${stamp}.json\`), body);
  return dir;
}`,
  `import fs from 'node:fs';
export function log(line: string) {
  const day = new Date().toISOString().split('T')[0];
  fs.appendFileSync(\`logs/\${day}.log\`, line + '\\n');
  fs.writeFileSync(\`logs/\${day}.audit.log\`, line, { flag: 'a' });
  return fs.createWriteStream(\`logs/\${day}.access.log\`, { flags: 'a' });
}`,
  `import { constants, copyFileSync, writeFileSync } from 'node:fs';
export function markDone(src: string) {
  const day = new Date().toISOString().slice(0, 10);
  writeFileSync(\`markers/\${day}.done\`, '', { flag: 'wx' });
  copyFileSync(src, \`archive/\${day}.db\`, constants.COPYFILE_EXCL);
}`,
  `import fs from 'node:fs';
export function handle(res: { setHeader(name: string, value: string): void }, msg: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  console.log(\`[\${stamp}] \${msg}\`);
  res.setHeader('Last-Modified', new Date().toUTCString());
  fs.writeFileSync('status.json', JSON.stringify({ updatedAt: stamp, name: \`Report \${new Date().toDateString()}\` }));
  return { title: \`Export of \${new Date().toLocaleDateString()}\` };
}`,
  `export function cacheEntry(cache: Map<string, unknown>, value: unknown) {
  const bucket = { key: \`stats:\${new Date().toISOString().slice(0, 13)}\`, cacheKey: Math.floor(Date.now() / 60000), name: new Date().toDateString() };
  cache.set(bucket.key, value);
  return bucket;
}`,
  `import { exec, spawn } from 'node:child_process';
export function commit() {
  spawn('git', ['commit', '-m', \`deploy \${new Date().toISOString().slice(0, 16)}\`]);
  exec(\`git tag -a v1 -m "release of \${new Date().toDateString()}"\`);
}`,
  `import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
export function partitionDir(root: string, day: Date) {
  mkdirSync(join(root, day.toISOString().slice(0, 10)), { recursive: true });
}`,
  `import { writeFileSync } from 'node:fs';
export function save(clock: { now(): number }, body: string) {
  const Date = { now: () => clock.now() };
  writeFileSync(\`out-\${Math.floor(Date.now() / 1000)}.json\`, body);
}`,
  `import { writeFileSync } from 'node:fs';
let sequence = 0;
export function spill(body: string) {
  writeFileSync(\`/tmp/spill-\${Math.floor(Date.now() / 1000)}-\${process.pid}-\${++sequence}\`, body);
}`,
  `import { readFileSync, rmSync, symlinkSync } from 'node:fs';
export function rotate(root: string) {
  const today = \`\${root}/\${new Date().toISOString().slice(0, 10)}\`;
  symlinkSync(today, \`\${root}/current\`);
  rmSync(\`\${root}/\${new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)}\`, { recursive: true, force: true });
  return readFileSync(\`\${today}/index.json\`, 'utf8');
}`,
  `import fs from 'node:fs';
import { format } from 'date-fns';
export function save(body: string, clock: any) {
  // @ts-expect-error arguments swapped: a type error must not crash the rule
  fs.writeFileSync(format('yyyyMMdd', new Date()), body);
  fs.writeFileSync(\`\${clock.toISOString().slice(0, 10)}.json\`, body);
}`,
  {
    code: `import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
export function saveUpload(dir: string, body: Buffer) {
  fs.writeFileSync(\`\${dir}/\${Date.now()}-\${randomUUID()}.bin\`, body);
}`,
    options: [{ resolution: 'millisecond' }],
  },
  `import { DateTime } from 'luxon';
import { mkdirSync } from 'node:fs';
export function seasonDir(root: string) {
  const season = DateTime.local(2024, 1, 1).toFormat('yyyy');
  mkdirSync(\`\${root}/\${season}\`, { recursive: true });
}`,
  `import { writeFileSync } from 'node:fs';
export function saveTimezone(body: string) {
  writeFileSync(\`tz-\${new Date().getTimezoneOffset()}.json\`, body);
}`,
  `import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
export function save(body: string) {
  fs.writeFileSync(\`spill-\${Math.floor(Date.now() / 1000)}-\${process.hrtime.bigint()}.json\`, body);
  fs.writeFileSync(\`trace-\${Math.floor(Date.now() / 1000)}-\${performance.now()}.json\`, body);
  spawnSync('sh', ['-c', \`echo "backup of \${new Date().toISOString().slice(0, 13)} done"\`]);
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `import { mkdirSync } from 'node:fs';
import path from 'node:path';
export function createRelease(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = path.join(root, stamp);
  mkdirSync(dir);
  return dir;
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'new Date().toISOString().slice(0, 19)', unit: 'second', sink: 'mkdirSync' },
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
export function createRelease(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = path.join(root, \`\${stamp}-\${randomUUID()}\`);
  mkdirSync(dir);
  return dir;
}`,
          },
          {
            messageId: 'suggestMkdtemp',
            data: { replacement: 'mkdtempSync' },
            output: `import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
export function createRelease(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = mkdtempSync(path.join(root, stamp + '-'));
  return dir;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import fs from 'node:fs';
export function saveBackup(data: string) {
  fs.writeFileSync(\`backups/\${Math.floor(Date.now() / 1000)}.json\`, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'Math.floor(Date.now() / 1000)', unit: 'second', sink: 'writeFileSync' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
export function saveBackup(data: string) {
  fs.writeFileSync(\`backups/\${Math.floor(Date.now() / 1000)}-\${randomUUID()}.json\`, data);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { writeFileSync as write } from 'fs';
export function saveReport(html: string) {
  const day = new Date().toISOString().split('T')[0];
  write(\`reports/\${day}.html\`, html);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "new Date().toISOString().split('T')[0]", unit: 'day', sink: 'writeFileSync' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { writeFileSync as write } from 'fs';
import { randomUUID } from 'crypto';
export function saveReport(html: string) {
  const day = new Date().toISOString().split('T')[0];
  write(\`reports/\${day}-\${randomUUID()}.html\`, html);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
export async function snapshot(root: string, body: string) {
  const file = join(root, new Date().toISOString().replace(/\\.\\d+Z$/, '') + '.json');
  await fsp.writeFile(file, body);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "new Date().toISOString().replace(/\\.\\d+Z$/, '')", unit: 'second', sink: 'writeFile' },
        line: 5,
        column: 23,
        endLine: 5,
        endColumn: 27,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
export async function snapshot(root: string, body: string) {
  const file = join(root, new Date().toISOString().replace(/\\.\\d+Z$/, '') + '-' + randomUUID() + '.json');
  await fsp.writeFile(file, body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { createWriteStream } from 'node:fs';
import { format } from 'date-fns';
export function openExport() {
  return createWriteStream('exports/' + format(new Date(), 'yyyyMMdd-HHmmss') + '.csv');
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "format(new Date(), 'yyyyMMdd-HHmmss')", unit: 'second', sink: 'createWriteStream' },
        line: 4,
        column: 28,
        endLine: 4,
        endColumn: 87,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { createWriteStream } from 'node:fs';
import { format } from 'date-fns';
import { randomUUID } from 'node:crypto';
export function openExport() {
  return createWriteStream('exports/' + format(new Date(), 'yyyyMMdd-HHmmss') + '-' + randomUUID() + '.csv');
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { writeFile } from 'node:fs/promises';
import * as dateFns from 'date-fns';
export async function rotate(body: string) {
  await writeFile(\`metrics-\${dateFns.format(Date.now(), "yyyy-MM-dd'T'HH'h'")}.json\`, body);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'dateFns.format(Date.now(), "yyyy-MM-dd\'T\'HH\'h\'")', unit: 'hour', sink: 'writeFile' },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 85,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { writeFile } from 'node:fs/promises';
import * as dateFns from 'date-fns';
import { randomUUID } from 'node:crypto';
export async function rotate(body: string) {
  await writeFile(\`metrics-\${dateFns.format(Date.now(), "yyyy-MM-dd'T'HH'h'")}-\${randomUUID()}.json\`, body);
}`,
          },
        ],
      },
    ],
  },
  {
    // A thousand random values are not a unique part: names made in the same second collide.
    code: `import dayjs from 'dayjs';
import { promises as fs } from 'node:fs';
export async function upload(data: Buffer) {
  const name = \`\${dayjs().format('YYYYMMDDHHmmss')}\${Math.floor(Math.random() * 1000)}.png\`;
  await fs.writeFile(\`/uploads/\${name}\`, data);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "dayjs().format('YYYYMMDDHHmmss')", unit: 'second', sink: 'writeFile' },
        line: 5,
        column: 22,
        endLine: 5,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import dayjs from 'dayjs';
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
export async function upload(data: Buffer) {
  const name = \`\${dayjs().format('YYYYMMDDHHmmss')}-\${randomUUID()}\${Math.floor(Math.random() * 1000)}.png\`;
  await fs.writeFile(\`/uploads/\${name}\`, data);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import dayjs from 'dayjs';
import { spawn } from 'node:child_process';
export function checkout(repo: string) {
  const dir = \`/srv/builds/\${dayjs().format('YYYY-MM-DD_HH-mm-ss')}\`;
  return spawn('git', ['clone', repo, dir]);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampArgument',
        data: { source: "dayjs().format('YYYY-MM-DD_HH-mm-ss')", unit: 'second', sink: 'spawn' },
        line: 5,
        column: 39,
        endLine: 5,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import dayjs from 'dayjs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
export function checkout(repo: string) {
  const dir = \`/srv/builds/\${dayjs().format('YYYY-MM-DD_HH-mm-ss')}-\${randomUUID()}\`;
  return spawn('git', ['clone', repo, dir]);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import moment from 'moment';
import { execFile } from 'node:child_process';
export function dump(database: string) {
  const args = ['--file', \`/var/dumps/\${database}-\${moment().format('YYYYMMDD[T]HHmm')}.sql\`, database];
  execFile('pg_dump', args, () => {});
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampArgument',
        data: { source: "moment().format('YYYYMMDD[T]HHmm')", unit: 'minute', sink: 'execFile' },
        line: 4,
        column: 27,
        endLine: 4,
        endColumn: 93,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import moment from 'moment';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
export function dump(database: string) {
  const args = ['--file', \`/var/dumps/\${database}-\${moment().format('YYYYMMDD[T]HHmm')}-\${randomUUID()}.sql\`, database];
  execFile('pg_dump', args, () => {});
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { DateTime } from 'luxon';
export function nightlyJob(queue: { add(job: object): void }) {
  queue.add({ jobId: 'nightly-' + DateTime.now().toFormat('yyyyLLdd'), kind: 'reindex' });
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: "DateTime.now().toFormat('yyyyLLdd')", unit: 'day', sink: 'jobId' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
export function nightlyJob(queue: { add(job: object): void }) {
  queue.add({ jobId: 'nightly-' + DateTime.now().toFormat('yyyyLLdd') + '-' + randomUUID(), kind: 'reindex' });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { writeFileSync } from 'node:fs';
function timestamp() {
  return new Date().toISOString().slice(0, 19).replace(/:/g, '-');
}
export function saveUpload(dir: string, body: Buffer) {
  writeFileSync(\`\${dir}/\${timestamp()}.bin\`, body);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'new Date().toISOString().slice(0, 19)', unit: 'second', sink: 'writeFileSync' },
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
function timestamp() {
  return new Date().toISOString().slice(0, 19).replace(/:/g, '-');
}
export function saveUpload(dir: string, body: Buffer) {
  writeFileSync(\`\${dir}/\${timestamp()}-\${randomUUID()}.bin\`, body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { mkdirSync } from 'node:fs';
const pad = (n: number) => String(n).padStart(2, '0');
export function makeRunDir(root: string) {
  const now = new Date();
  const name = \`\${now.getFullYear()}\${pad(now.getMonth() + 1)}\${pad(now.getDate())}-\${pad(now.getHours())}\${pad(now.getMinutes())}\${pad(now.getSeconds())}\`;
  mkdirSync(\`\${root}/\${name}\`, { recursive: true });
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: '`${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.ge…', unit: 'second', sink: 'mkdirSync' },
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
const pad = (n: number) => String(n).padStart(2, '0');
export function makeRunDir(root: string) {
  const now = new Date();
  const name = \`\${now.getFullYear()}\${pad(now.getMonth() + 1)}\${pad(now.getDate())}-\${pad(now.getHours())}\${pad(now.getMinutes())}\${pad(now.getSeconds())}\`;
  mkdirSync(\`\${root}/\${name}-\${randomUUID()}\`, { recursive: true });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { exec } from 'node:child_process';
export function archive() {
  exec(\`tar -czf /backups/data-\${new Date().toISOString().slice(0, 10)}.tgz /var/data\`);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampArgument',
        data: { source: 'new Date().toISOString().slice(0, 10)', unit: 'day', sink: 'exec' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 87,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { exec } from 'node:child_process';
import { randomUUID } from 'node:crypto';
export function archive() {
  exec(\`tar -czf /backups/data-\${new Date().toISOString().slice(0, 10)}-\${randomUUID()}.tgz /var/data\`);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export function uploadParams(body: string) {
  return { Bucket: 'backups', Key: \`db/\${Math.round(Date.now() / 1000)}.sql.gz\`, Body: body };
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: 'Math.round(Date.now() / 1000)', unit: 'second', sink: 'Key' },
        line: 2,
        column: 36,
        endLine: 2,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { randomUUID } from 'node:crypto';
export function uploadParams(body: string) {
  return { Bucket: 'backups', Key: \`db/\${Math.round(Date.now() / 1000)}-\${randomUUID()}.sql.gz\`, Body: body };
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export function track(events: { insert(row: object): void }, name: string) {
  const requestId = String(Date.now() / 1000 | 0);
  events.insert({ requestId, name });
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: 'Date.now() / 1000 | 0', unit: 'second', sink: 'requestId' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { randomUUID } from 'node:crypto';
export function track(events: { insert(row: object): void }, name: string) {
  const requestId = \`\${String(Date.now() / 1000 | 0)}-\${randomUUID()}\`;
  events.insert({ requestId, name });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import dayjs from 'dayjs';
export function newSession() {
  return { id: dayjs().unix(), createdAt: new Date() };
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: 'dayjs().unix()', unit: 'second', sink: 'id' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as fse from 'fs-extra';
import moment from 'moment';
export async function prepare(root: string) {
  await fse.ensureDir(\`\${root}/cache-\${moment.utc().unix()}\`);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'moment.utc().unix()', unit: 'second', sink: 'ensureDir' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import * as fse from 'fs-extra';
import moment from 'moment';
import { randomUUID } from 'node:crypto';
export async function prepare(root: string) {
  await fse.ensureDir(\`\${root}/cache-\${moment.utc().unix()}-\${randomUUID()}\`);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { renameSync } from 'node:fs';
export function publish(tmp: string) {
  renameSync(tmp, \`/var/www/reports/\${new Date().toLocaleDateString('en-CA')}.html\`);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "new Date().toLocaleDateString('en-CA')", unit: 'day', sink: 'renameSync' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 84,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { renameSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
export function publish(tmp: string) {
  renameSync(tmp, \`/var/www/reports/\${new Date().toLocaleDateString('en-CA')}-\${randomUUID()}.html\`);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
export async function prepareWorkspace(root: string) {
  const dir = join(root, \`run-\${new Date().toISOString().slice(0, 16).replace(':', '-')}\`);
  await mkdir(dir);
  return dir;
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'new Date().toISOString().slice(0, 16)', unit: 'minute', sink: 'mkdir' },
        line: 5,
        column: 15,
        endLine: 5,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
export async function prepareWorkspace(root: string) {
  const dir = join(root, \`run-\${new Date().toISOString().slice(0, 16).replace(':', '-')}-\${randomUUID()}\`);
  await mkdir(dir);
  return dir;
}`,
          },
          {
            messageId: 'suggestMkdtemp',
            data: { replacement: 'mkdtemp' },
            output: `import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
export async function prepareWorkspace(root: string) {
  const dir = await mkdtemp(join(root, \`run-\${new Date().toISOString().slice(0, 16).replace(':', '-')}-\`));
  return dir;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import fs from 'node:fs';
export function saveUpload(dir: string, body: Buffer) {
  fs.writeFileSync(\`\${dir}/\${Date.now()}.bin\`, body);
}`,
    options: [{ resolution: 'millisecond' }],
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'Date.now()', unit: 'millisecond', sink: 'writeFileSync' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
export function saveUpload(dir: string, body: Buffer) {
  fs.writeFileSync(\`\${dir}/\${Date.now()}-\${randomUUID()}.bin\`, body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export function newEvent(type: string) {
  return { eventId: new Date().toISOString(), type };
}`,
    options: [{ resolution: 'millisecond' }],
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: 'new Date().toISOString()', unit: 'millisecond', sink: 'eventId' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { randomUUID } from 'node:crypto';
export function newEvent(type: string) {
  return { eventId: \`\${new Date().toISOString()}-\${randomUUID()}\`, type };
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { writeFileSync } from 'node:fs';
function minuteStamp(at = new Date()) {
  return at.toISOString().slice(0, 16);
}
export function save(dir: string, body: string) {
  writeFileSync(\`\${dir}/\${minuteStamp()}.json\`, body);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'at.toISOString().slice(0, 16)', unit: 'minute', sink: 'writeFileSync' },
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
function minuteStamp(at = new Date()) {
  return at.toISOString().slice(0, 16);
}
export function save(dir: string, body: string) {
  writeFileSync(\`\${dir}/\${minuteStamp()}-\${randomUUID()}.json\`, body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import crypto from 'node:crypto';
export function batch(items: string[]) {
  return { batchId: \`batch-\${new Date().toDateString()}\`, items, token: crypto.randomUUID() };
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampId',
        data: { source: 'new Date().toDateString()', unit: 'day', sink: 'batchId' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import crypto from 'node:crypto';
export function batch(items: string[]) {
  return { batchId: \`batch-\${new Date().toDateString()}-\${crypto.randomUUID()}\`, items, token: crypto.randomUUID() };
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { spawnSync } from 'node:child_process';
export function backup(database: string) {
  spawnSync('sh', ['-c', \`pg_dump \${database} | gzip > /backups/\${new Date().toISOString().slice(0, 13)}.sql.gz\`]);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampArgument',
        data: { source: 'new Date().toISOString().slice(0, 13)', unit: 'hour', sink: 'spawnSync' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 113,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
export function backup(database: string) {
  spawnSync('sh', ['-c', \`pg_dump \${database} | gzip > /backups/\${new Date().toISOString().slice(0, 13)}-\${randomUUID()}.sql.gz\`]);
}`,
          },
        ],
      },
    ],
  },
  // `contexts: { startup: true }` reports startup code too.
  {
    code: `import { mkdirSync } from 'node:fs';
import path from 'node:path';
export function main(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = path.join(root, stamp);
  mkdirSync(dir);
  return dir;
}`,
    options: [{ contexts: { startup: true } }],
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'new Date().toISOString().slice(0, 19)', unit: 'second', sink: 'mkdirSync' },
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
export function main(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = path.join(root, \`\${stamp}-\${randomUUID()}\`);
  mkdirSync(dir);
  return dir;
}`,
          },
          {
            messageId: 'suggestMkdtemp',
            data: { replacement: 'mkdtempSync' },
            output: `import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
export function main(root: string) {
  const stamp = new Date().toISOString().slice(0, 19);
  const dir = mkdtempSync(path.join(root, stamp + '-'));
  return dir;
}`,
          },
        ],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { join } from 'node:path';
import { formatStamp, makeDir } from './time-helpers.js';
export function release(root: string) {
  makeDir(join(root, formatStamp(new Date(), 'yyyyMMdd-HHmm')));
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "formatStamp(new Date(), 'yyyyMMdd-HHmm')", unit: 'minute', sink: 'mkdirSync' },
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import { join } from 'node:path';
import { formatStamp, makeDir } from './time-helpers.js';
import { randomUUID } from 'node:crypto';
export function release(root: string) {
  makeDir(join(root, \`\${formatStamp(new Date(), 'yyyyMMdd-HHmm')}-\${randomUUID()}\`));
}`,
          },
        ],
      },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const fs = require('fs');
process.on('SIGTERM', () => {
  fs.mkdirSync('dumps/' + new Date().toISOString().slice(0, 19));
  process.exit(0);
});`,
  `const fs = require('fs');
function log(line) {
  fs.appendFile(\`logs/\${new Date().toISOString().slice(0, 10)}.log\`, line, () => {});
}
module.exports = { log };`,
  `const moment = require('moment');
const { writeFileSync } = require('fs');
function save(body) {
  writeFileSync(\`cache/\${moment().valueOf()}.json\`, body);
}
module.exports = { save };`,
  `function save(body) {
  writeFileSync(\`cache/\${Math.floor(Date.now() / 1000)}.json\`, body);
}
module.exports = { save };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const fs = require('fs');
const path = require('path');
function createRelease(root) {
  const dir = path.resolve(root, 'releases', String(Date.now() / 1000 | 0));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
module.exports = { createRelease };`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'Date.now() / 1000 | 0', unit: 'second', sink: 'mkdirSync' },
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `const fs = require('fs');
const path = require('path');
const { randomUUID } = require('crypto');
function createRelease(root) {
  const dir = path.resolve(root, 'releases', \`\${String(Date.now() / 1000 | 0)}-\${randomUUID()}\`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
module.exports = { createRelease };`,
          },
        ],
      },
    ],
  },
  {
    code: `const { spawn } = require('child_process');
const dayjs = require('dayjs');
function build(repo) {
  spawn('git', ['clone', '--depth=1', repo, \`build-\${dayjs().format('YYYYMMDD-HHmmss')}\`]);
}
module.exports = { build };`,
    output: null,
    errors: [
      {
        messageId: 'timestampArgument',
        data: { source: "dayjs().format('YYYYMMDD-HHmmss')", unit: 'second', sink: 'spawn' },
        line: 4,
        column: 45,
        endLine: 4,
        endColumn: 89,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `const { spawn } = require('child_process');
const dayjs = require('dayjs');
const { randomUUID } = require('crypto');
function build(repo) {
  spawn('git', ['clone', '--depth=1', repo, \`build-\${dayjs().format('YYYYMMDD-HHmmss')}-\${randomUUID()}\`]);
}
module.exports = { build };`,
          },
        ],
      },
    ],
  },
  {
    code: `import moment from 'moment';
import { writeFile } from 'node:fs/promises';
export async function save(body) {
  await writeFile(\`cache/\${moment().format('X')}.json\`, body);
}`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: "moment().format('X')", unit: 'second', sink: 'writeFile' },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `import moment from 'moment';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
export async function save(body) {
  await writeFile(\`cache/\${moment().format('X')}-\${randomUUID()}.json\`, body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const { mkdirSync } = require('fs');
function createRelease(root) {
  const dir = root + '/' + Math.floor(Date.now() / 1000);
  mkdirSync(dir);
  return dir;
}
module.exports = { createRelease };`,
    output: null,
    errors: [
      {
        messageId: 'timestampPath',
        data: { source: 'Math.floor(Date.now() / 1000)', unit: 'second', sink: 'mkdirSync' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'suggestUniqueSuffix',
            output: `const { mkdirSync } = require('fs');
const { randomUUID } = require('crypto');
function createRelease(root) {
  const dir = root + '/' + Math.floor(Date.now() / 1000) + '-' + randomUUID();
  mkdirSync(dir);
  return dir;
}
module.exports = { createRelease };`,
          },
          {
            messageId: 'suggestMkdtemp',
            data: { replacement: 'mkdtempSync' },
            output: `const { mkdirSync, mkdtempSync } = require('fs');
function createRelease(root) {
  const dir = mkdtempSync(root + '/' + Math.floor(Date.now() / 1000) + '-');
  return dir;
}
module.exports = { createRelease };`,
          },
        ],
      },
    ],
  },
];
