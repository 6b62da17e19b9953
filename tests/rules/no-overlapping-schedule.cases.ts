import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import type { MessageIds } from '../../src/rules/no-overlapping-schedule.js';

type Options = [];
type Valid = ValidTestCase<Options> | string;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Correct code, linted as TypeScript with types and again without types. */
export const valid: Valid[] = [
  // A synchronous callback ends before the next tick.
  `let hits = 0;
setInterval(() => {
  hits = 0;
}, 60_000);`,
  // An async callback without an await (and without promise work) ends at once.
  `const seen = new Set<string>();
setInterval(async () => {
  seen.clear();
}, 60_000);`,
  // The in-flight flag, checked at the start and cleared in finally.
  `declare function syncOrders(): Promise<void>;
let running = false;
setInterval(async () => {
  if (running) return;
  running = true;
  try {
    await syncOrders();
  } finally {
    running = false;
  }
}, 60_000);`,
  // The same guard as an enclosing if, on an instance flag, in a method.
  `declare function syncOrders(): Promise<void>;
export class Syncer {
  private busy = false;
  start() {
    setInterval(() => void this.tick(), 60_000);
  }
  private async tick() {
    if (!this.busy) {
      this.busy = true;
      try {
        await syncOrders();
      } finally {
        this.busy = false;
      }
    }
  }
}`,
  // async-mutex: runs wait for the lock instead of running together.
  `import { Mutex } from 'async-mutex';
declare function syncOrders(): Promise<void>;
const mutex = new Mutex();
setInterval(() => {
  if (mutex.isLocked()) return;
  void mutex.runExclusive(() => syncOrders());
}, 60_000);`,
  // A self-rescheduling setTimeout after the await: the next run starts when this one ends.
  `declare function syncOrders(): Promise<void>;
async function loop() {
  try {
    await syncOrders();
  } finally {
    setTimeout(loop, 60_000);
  }
}
setTimeout(loop, 60_000);`,
  // timers/promises setInterval is an async iterator: the next tick is taken after the body.
  `import { setInterval } from 'node:timers/promises';
declare function syncOrders(): Promise<void>;
export async function run() {
  for await (const _ of setInterval(60_000)) {
    await syncOrders();
  }
}`,
  // node-cron with noOverlap skips a run while the last one goes on.
  `import cron from 'node-cron';
declare function syncOrders(): Promise<void>;
cron.schedule('*/5 * * * *', async () => {
  await syncOrders();
}, { noOverlap: true, name: 'sync' });`,
  // cron CronJob.from with waitForCompletion.
  `import { CronJob } from 'cron';
declare function syncOrders(): Promise<void>;
CronJob.from({
  cronTime: '*/5 * * * *',
  onTick: async () => {
    await syncOrders();
  },
  start: true,
  waitForCompletion: true,
});`,
  // The positional waitForCompletion (10th argument).
  `import { CronJob } from 'cron';
declare function syncOrders(): Promise<void>;
new CronJob('*/5 * * * *', async () => {
  await syncOrders();
}, null, true, 'UTC', null, false, null, false, true);`,
  // A period of an hour or more, known statically: a run does not outlast it under load.
  `declare function checkForUpdates(): Promise<void>;
const CHECK_MS = 1000 * 60 * 60 * 48;
setInterval(async () => {
  await checkForUpdates();
}, CHECK_MS);`,
  // A noOverlap decided at run time: the rule does not guess.
  `import { schedule } from 'node-cron';
declare function syncOrders(): Promise<void>;
declare const config: { exclusive: boolean };
schedule('* * * * *', async () => {
  await syncOrders();
}, { noOverlap: config.exclusive });`,
  // A setInterval of this file's own, not the timer.
  `declare function syncOrders(): Promise<void>;
function setInterval(fn: () => Promise<void>, ms: number) {
  return { fn, ms };
}
setInterval(async () => {
  await syncOrders();
}, 1000);`,
  // A synchronous cron task.
  `import cron from 'node-cron';
let ticks = 0;
cron.schedule('* * * * *', () => {
  ticks += 1;
});`,
  // BullMQ repeatable jobs and Agenda do not overlap: a worker takes the next run when free.
  `import { Queue } from 'bullmq';
import { Agenda } from 'agenda';
declare const agenda: Agenda;
const queue = new Queue('sync');
export async function plan() {
  await queue.add('sync', {}, { repeat: { every: 60_000 } });
  await agenda.every('5 minutes', 'sync');
}`,
  // The callback is defined elsewhere: its body (and any guard in it) cannot be seen.
  `import { syncOrders } from './schedule-helpers.js';
setInterval(syncOrders, 60_000);`,
  // The guard is a lock held by the job's helper (redlock style).
  `declare const redlock: { using<T>(keys: string[], ms: number, fn: () => Promise<T>): Promise<T> };
declare function syncOrders(): Promise<void>;
setInterval(async () => {
  await redlock.using(['sync'], 30_000, () => syncOrders());
}, 60_000);`,
];

/** Invalid in all three modes (typed, untyped TypeScript, JavaScript where listed there). */
export const invalid: Invalid[] = [
  {
    code: `declare function syncOrders(): Promise<void>;
setInterval(async () => {
  await syncOrders();
}, 60_000);`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `declare function syncOrders(): Promise<void>;
const tick = async () => {
  try {
    await syncOrders();
  } finally {
    setTimeout(tick, 60_000);
  }
};
setTimeout(tick, 60_000);`,
          },
        ],
      },
    ],
  },
  // Inside a function, with a constant delay and a function expression.
  {
    code: `declare function purgeSessions(): Promise<number>;
const PURGE_MS = 5 * 60_000;
export function startPurger() {
  setInterval(async function () {
    const count = await purgeSessions();
    console.log('purged', count);
  }, PURGE_MS);
}`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 14,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `declare function purgeSessions(): Promise<number>;
const PURGE_MS = 5 * 60_000;
export function startPurger() {
  const tick = async function () {
    try {
      const count = await purgeSessions();
      console.log('purged', count);
    } finally {
      setTimeout(tick, PURGE_MS);
    }
  };
  setTimeout(tick, PURGE_MS);
}`,
          },
        ],
      },
    ],
  },
  // The handle is stored (and cleared later): no suggestion.
  {
    code: `declare function syncOrders(): Promise<void>;
export class Syncer {
  private timer?: NodeJS.Timeout;
  start() {
    this.timer = setInterval(async () => {
      await syncOrders();
    }, 60_000);
  }
  stop() {
    clearInterval(this.timer);
  }
}`,
    output: null,
    errors: [{ messageId: 'overlappingInterval', line: 5, column: 18, endLine: 5, endColumn: 29, suggestions: [] }],
  },
  // `.unref()` uses the handle: no suggestion.
  {
    code: `declare function syncOrders(): Promise<void>;
setInterval(async () => {
  await syncOrders();
}, 60_000).unref();`,
    output: null,
    errors: [{ messageId: 'overlappingInterval', line: 2, column: 1, endLine: 2, endColumn: 12, suggestions: [] }],
  },
  // Un-awaited promise work in a synchronous callback.
  {
    code: `declare function syncOrders(): Promise<void>;
setInterval(() => {
  void syncOrders();
}, 60_000);`,
    output: null,
    errors: [{ messageId: 'overlappingInterval', line: 2, column: 1, endLine: 2, endColumn: 12, suggestions: [] }],
  },
  // A method of the class, through an arrow and through bind.
  {
    code: `declare function syncOrders(): Promise<void>;
export class Syncer {
  start() {
    setInterval(() => this.tick(), 60_000);
    setInterval(this.tick.bind(this), 30_000);
  }
  private async tick() {
    await syncOrders();
  }
}`,
    output: null,
    errors: [
      { messageId: 'overlappingInterval', line: 4, column: 5, endLine: 4, endColumn: 16, suggestions: [] },
      { messageId: 'overlappingInterval', line: 5, column: 5, endLine: 5, endColumn: 16, suggestions: [] },
    ],
  },
  // A local async function passed by name; a promise chain with a catch.
  {
    code: `declare function syncOrders(): Promise<void>;
async function sync() {
  await syncOrders();
}
setInterval(sync, 60_000);
setInterval(() => syncOrders().catch(console.error), 60_000);`,
    output: null,
    errors: [
      { messageId: 'overlappingInterval', line: 5, column: 1, endLine: 5, endColumn: 12, suggestions: [] },
      { messageId: 'overlappingInterval', line: 6, column: 1, endLine: 6, endColumn: 12, suggestions: [] },
    ],
  },
  // A flag that is only read (a shutdown switch) is no in-flight guard.
  {
    code: `declare function syncOrders(): Promise<void>;
let stopped = false;
export function stop() {
  stopped = true;
}
setInterval(async () => {
  if (stopped) return;
  await syncOrders();
}, 60_000);`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `declare function syncOrders(): Promise<void>;
let stopped = false;
export function stop() {
  stopped = true;
}
const tick = async () => {
  try {
    if (stopped) return;
    await syncOrders();
  } finally {
    setTimeout(tick, 60_000);
  }
};
setTimeout(tick, 60_000);`,
          },
        ],
      },
    ],
  },
  // node:timers setInterval (callback form) and globalThis.setInterval.
  {
    code: `import { setInterval as every } from 'node:timers';
import * as timers from 'timers';
declare function syncOrders(): Promise<void>;
every(async () => {
  await syncOrders();
}, 1000);
timers.setInterval(async () => {
  await syncOrders();
}, 1000);
globalThis.setInterval(async () => {
  await syncOrders();
}, 1000);`,
    output: null,
    errors: [
      { messageId: 'overlappingInterval', line: 4, column: 1, endLine: 4, endColumn: 6, suggestions: [] },
      { messageId: 'overlappingInterval', line: 7, column: 1, endLine: 7, endColumn: 19, suggestions: [] },
      { messageId: 'overlappingInterval', line: 10, column: 1, endLine: 10, endColumn: 23, suggestions: [] },
    ],
  },
  // node-cron: default import, no options.
  {
    code: `import cron from 'node-cron';
declare function sendDigests(): Promise<void>;
cron.schedule('*/5 * * * *', async () => {
  await sendDigests();
});`,
    output: null,
    errors: [{ messageId: 'overlappingCronTask', line: 3, column: 1, endLine: 3, endColumn: 14, suggestions: [] }],
  },
  // node-cron: aliased named import, options without noOverlap, and noOverlap: false.
  {
    code: `import { schedule as every, createTask } from 'node-cron';
declare function sendDigests(): Promise<void>;
every('0 * * * *', async () => {
  await sendDigests();
}, { timezone: 'UTC' });
createTask('0 * * * *', async () => {
  await sendDigests();
}, { noOverlap: false }).start();`,
    output: null,
    errors: [
      { messageId: 'overlappingCronTask', line: 3, column: 1, endLine: 3, endColumn: 6, suggestions: [] },
      { messageId: 'overlappingCronTask', line: 6, column: 1, endLine: 6, endColumn: 11, suggestions: [] },
    ],
  },
  // node-cron namespace import, with options in a constant.
  {
    code: `import * as cron from 'node-cron';
declare function sendDigests(): Promise<void>;
const OPTIONS = { timezone: 'UTC', name: 'digests' };
cron.schedule('0 * * * *', async () => {
  await sendDigests();
}, OPTIONS);`,
    output: null,
    errors: [{ messageId: 'overlappingCronTask', line: 4, column: 1, endLine: 4, endColumn: 14, suggestions: [] }],
  },
  // cron: positional constructor, and CronJob.from without waitForCompletion.
  {
    code: `import { CronJob } from 'cron';
declare function sendDigests(): Promise<void>;
new CronJob('0 * * * *', async () => {
  await sendDigests();
}, null, true);
CronJob.from({
  cronTime: '0 * * * *',
  onTick: async () => {
    await sendDigests();
  },
  start: true,
});`,
    output: null,
    errors: [
      { messageId: 'overlappingCronJob', line: 3, column: 5, endLine: 3, endColumn: 12, suggestions: [] },
      { messageId: 'overlappingCronJob', line: 6, column: 1, endLine: 6, endColumn: 13, suggestions: [] },
    ],
  },
  // A guard that never clears is still checked; a check on a local is not a guard.
  {
    code: `declare function load(): Promise<string[]>;
setInterval(async () => {
  let rows = await load();
  if (rows.length === 0) rows = await load();
}, 60_000);`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `declare function load(): Promise<string[]>;
const tick = async () => {
  try {
    let rows = await load();
    if (rows.length === 0) rows = await load();
  } finally {
    setTimeout(tick, 60_000);
  }
};
setTimeout(tick, 60_000);`,
          },
        ],
      },
    ],
  },
  // A flag tested after the await decides what the run does, not whether it runs.
  {
    code: `declare function isLeader(): Promise<boolean>;
declare const scheduler: { start(): void; stop(): void };
let started = false;
setInterval(async () => {
  const leader = await isLeader();
  if (leader && !started) {
    scheduler.start();
    started = true;
  } else if (!leader && started) {
    scheduler.stop();
    started = false;
  }
}, 5000);`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `declare function isLeader(): Promise<boolean>;
declare const scheduler: { start(): void; stop(): void };
let started = false;
const tick = async () => {
  try {
    const leader = await isLeader();
    if (leader && !started) {
      scheduler.start();
      started = true;
    } else if (!leader && started) {
      scheduler.stop();
      started = false;
    }
  } finally {
    setTimeout(tick, 5000);
  }
};
setTimeout(tick, 5000);`,
          },
        ],
      },
    ],
  },
];

/** Reported only with type information: the promise comes from another module. */
export const invalidWithTypesOnly: Invalid[] = [
  {
    code: `import { syncOrders } from './schedule-helpers.js';
setInterval(() => {
  void syncOrders();
}, 60_000);`,
    output: null,
    errors: [{ messageId: 'overlappingInterval', line: 2, column: 1, endLine: 2, endColumn: 12, suggestions: [] }],
  },
  // Re-exported through a local module under other names.
  {
    code: `import { every, Job } from './schedule-helpers.js';
declare function sendDigests(): Promise<void>;
every('0 * * * *', async () => {
  await sendDigests();
});
new Job('0 * * * *', async () => {
  await sendDigests();
});`,
    output: null,
    errors: [
      { messageId: 'overlappingCronTask', line: 3, column: 1, endLine: 3, endColumn: 6, suggestions: [] },
      { messageId: 'overlappingCronJob', line: 6, column: 5, endLine: 6, endColumn: 8, suggestions: [] },
    ],
  },
];

/** Plain JavaScript (`file.js`) with no type information. */
export const jsValid: Valid[] = [
  `const cron = require('node-cron');
cron.schedule('* * * * *', async () => {
  await fetch('https://example.com/ping');
}, { noOverlap: true });`,
  `const { CronJob } = require('cron');
let running = false;
CronJob.from({
  cronTime: '* * * * *',
  onTick: async () => {
    if (running) return;
    running = true;
    try {
      await fetch('https://example.com/ping');
    } finally {
      running = false;
    }
  },
});`,
  `async function poll() {
  await fetch('https://example.com/ping');
  setTimeout(poll, 1000);
}
poll();`,
];

export const jsInvalid: Invalid[] = [
  {
    code: `const cron = require('node-cron');
cron.schedule('* * * * *', async () => {
  await fetch('https://example.com/ping');
});`,
    output: null,
    errors: [{ messageId: 'overlappingCronTask', line: 2, column: 1, endLine: 2, endColumn: 14, suggestions: [] }],
  },
  {
    code: `const { CronJob } = require('cron');
const job = new CronJob('* * * * *', async function () {
  await fetch('https://example.com/ping');
});
job.start();`,
    output: null,
    errors: [{ messageId: 'overlappingCronJob', line: 2, column: 17, endLine: 2, endColumn: 24, suggestions: [] }],
  },
  {
    code: `setInterval(async () => {
  await fetch('https://example.com/ping');
}, 1000);`,
    output: null,
    errors: [
      {
        messageId: 'overlappingInterval',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'suggestTimeoutLoop',
            output: `const tick = async () => {
  try {
    await fetch('https://example.com/ping');
  } finally {
    setTimeout(tick, 1000);
  }
};
setTimeout(tick, 1000);`,
          },
        ],
      },
    ],
  },
];
