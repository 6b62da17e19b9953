import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/require-retry-backoff.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  const base = 100;
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(base * 2 ** attempt + Math.random() * base);
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(Math.min(30_000, 100 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
declare function withJitter(ms: number): number;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(withJitter(100 * 2 ** attempt));
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
declare function status(): Promise<string>;
export async function waitUntilDone() {
  while (true) {
    if ((await status()) === 'done') return;
    await sleep(1000);
  }
}`,
  `import { setTimeout } from 'node:timers/promises';
declare function next(): Promise<string | null>;
export async function worker() {
  for (;;) {
    const job = await next();
    if (job === null) await setTimeout(5000);
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function once(job: () => Promise<void>) {
  try {
    await job();
  } catch {
    await sleep(1000);
    await job();
  }
}`,
  `import pRetry from 'p-retry';
export async function send(job: () => Promise<void>) {
  await pRetry(job, { retries: 5 });
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>, delayMs: number) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(delayMs);
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
declare function backoff(attempt: number): number;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(backoff(attempt));
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function sendAll(items: string[], send: (item: string) => Promise<void>) {
  for (const item of items) {
    try {
      await send(item);
    } catch (error) {
      throw error;
    }
    await sleep(100);
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await job();
    } catch {
      setImmediate(async () => {
        await sleep(1000);
      });
    }
  }
}`,
  `import { setTimeout as later } from 'node:timers';
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await job();
    } catch {
      later(() => undefined, 1000);
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  let wait = 100;
  while (true) {
    try {
      return await job();
    } catch {
      await sleep(wait + Math.random() * wait);
      wait *= 2;
    }
  }
}`,
  `declare function sleep(ms: number): Promise<void>;
export async function sendAll(items: string[], send: (item: string) => Promise<void>) {
  for (const item of items) {
    try {
      await send(item);
    } catch (error) {
      console.error(error);
      return;
    }
    await sleep(200);
  }
}`,
  `import { sleep } from 'some-retry-kit';
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(1000);
    }
  }
}`,
];

/** Reports, linted as TypeScript with types and again without types: the syntactic answer is the same. */
export const invalid: Invalid[] = [
  {
    code: `export async function fetchWithRetry(url: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new Error('unreachable');
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '1000' },
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 64,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1000','attempt':'attempt'},
            output: `export async function fetchWithRetry(url: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
  throw new Error('unreachable');
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { setTimeout as sleep } from 'node:timers/promises';
const RETRY_DELAY_MS = 500;
export async function connect(open: () => Promise<void>) {
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      await open();
      return;
    } catch (error) {
      console.warn(error);
    }
    await sleep(RETRY_DELAY_MS);
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: 'RETRY_DELAY_MS' },
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'RETRY_DELAY_MS','attempt':'attempt'},
            output: `import { setTimeout as sleep } from 'node:timers/promises';
const RETRY_DELAY_MS = 500;
export async function connect(open: () => Promise<void>) {
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      await open();
      return;
    } catch (error) {
      console.warn(error);
    }
    await sleep(Math.min(30_000, RETRY_DELAY_MS * 2 ** attempt) * (0.5 + Math.random()));
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await job();
      break;
    } catch {
      await sleep(attempt * 1000);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'linear', delay: 'attempt * 1000' },
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1000','attempt':'attempt'},
            output: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await job();
      break;
    } catch {
      await sleep(Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function delay(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  let retries = 0;
  while (retries < 5) {
    try {
      await job();
      return;
    } catch {
      retries++;
      await delay(250 * retries);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'linear', delay: '250 * retries' },
        line: 10,
        column: 13,
        endLine: 10,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'250','attempt':'retries'},
            output: `declare function delay(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  let retries = 0;
  while (retries < 5) {
    try {
      await job();
      return;
    } catch {
      retries++;
      await delay(Math.min(30_000, 250 * 2 ** retries) * (0.5 + Math.random()));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(2 ** attempt * 100);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'no jitter', delay: '2 ** attempt * 100' },
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'100','attempt':'attempt'},
            output: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(Math.min(30_000, 100 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(Math.min(10_000, 100 * Math.pow(2, attempt)));
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'no jitter', delay: 'Math.min(10_000, 100 * Math.pow(2, attempt))' },
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 64,
        suggestions: [],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  let wait = 100;
  while (true) {
    try {
      return await job();
    } catch {
      await sleep(wait);
      wait *= 2;
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'no jitter', delay: 'wait' },
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    code: `export async function waitForDb(ping: () => Promise<void>) {
  while (true) {
    try {
      await ping();
      break;
    } catch {
      await new Promise<void>((resolve) => {
        setTimeout(resolve, 2000);
      });
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '2000' },
        line: 7,
        column: 13,
        endLine: 9,
        endColumn: 9,
        suggestions: [],
      },
    ],
  },
  {
    code: `import * as timers from 'node:timers/promises';
export async function retry(task: () => Promise<void>) {
  for (let tries = 0; tries < 3; tries++) {
    try {
      await task();
      return;
    } catch {
      await timers.setTimeout(300);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '300' },
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'300','attempt':'tries'},
            output: `import * as timers from 'node:timers/promises';
export async function retry(task: () => Promise<void>) {
  for (let tries = 0; tries < 3; tries++) {
    try {
      await task();
      return;
    } catch {
      await timers.setTimeout(Math.min(30_000, 300 * 2 ** tries) * (0.5 + Math.random()));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const { setTimeout: pause } = require('timers/promises');
export async function poll(check: () => Promise<boolean>) {
  let attempts = 0;
  let ok = false;
  do {
    ok = await check();
    attempts += 1;
    if (!ok) await pause(1000);
  } while (!ok && attempts < 5);
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '1000' },
        line: 8,
        column: 20,
        endLine: 8,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1000','attempt':'attempts'},
            output: `const { setTimeout: pause } = require('timers/promises');
export async function poll(check: () => Promise<boolean>) {
  let attempts = 0;
  let ok = false;
  do {
    ok = await check();
    attempts += 1;
    if (!ok) await pause(Math.min(30_000, 1000 * 2 ** attempts) * (0.5 + Math.random()));
  } while (!ok && attempts < 5);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function get(url: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(url);
    if (response.ok) return response;
    await sleep(1500);
  }
  throw new Error('failed');
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '1500' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1500','attempt':'attempt'},
            output: `declare function sleep(ms: number): Promise<void>;
export async function get(url: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(url);
    if (response.ok) return response;
    await sleep(Math.min(30_000, 1500 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new Error('failed');
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await job();
    } catch {
      await sleep((attempt + 1) * 1000);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'linear', delay: '(attempt + 1) * 1000' },
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1000','attempt':'attempt'},
            output: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await job();
    } catch {
      await sleep(Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `declare function sleep(ms: number): Promise<void>;
export async function send(job: () => Promise<void>) {
  let wait = 500;
  for (;;) {
    try {
      await job();
      return;
    } catch {
      await sleep(wait);
      wait += 500;
      continue;
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'linear', delay: 'wait' },
        line: 9,
        column: 13,
        endLine: 9,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    code: `const SECOND = 1000;
const RETRY = 5 * SECOND;
declare function wait(ms: number): Promise<void>;
export async function keepTrying(job: () => Promise<void>) {
  while (true) {
    try {
      await job();
      break;
    } catch (error) {
      console.error(error);
      await wait(RETRY);
    }
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: 'RETRY' },
        line: 11,
        column: 13,
        endLine: 11,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
];

/** Reports that need type information; linted without types they must stay silent. */
export const invalidWithTypesOnly: Invalid[] = [];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const { setTimeout: sleep } = require('node:timers/promises');
async function retry(task) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await task();
    } catch (error) {
      await sleep(100 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}
module.exports = { retry };`,
  `const { setTimeout: sleep } = require('node:timers/promises');
async function pollForever(check) {
  while (!(await check())) await sleep(1000);
}
module.exports = { pollForever };`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const { setTimeout: sleep } = require('node:timers/promises');
async function retry(task) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await task();
    } catch (error) {
      await sleep(1000);
    }
  }
}
module.exports = { retry };`,
    output: null,
    errors: [
      {
        messageId: 'retryWithoutBackoff',
        data: { kind: 'constant', delay: '1000' },
        line: 7,
        column: 13,
        endLine: 7,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'suggestBackoff',
            data: {'base':'1000','attempt':'attempt'},
            output: `const { setTimeout: sleep } = require('node:timers/promises');
async function retry(task) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await task();
    } catch (error) {
      await sleep(Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}
module.exports = { retry };`,
          },
        ],
      },
    ],
  },
];
