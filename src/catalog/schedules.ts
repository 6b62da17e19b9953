import { deepFreeze } from '../util/freeze.js';

/**
 * Periodic schedulers, as data: which calls start a callback again on a fixed
 * period whether or not the last run has finished, where their callback and
 * options are, and the option that makes the library skip a run while the last
 * one goes on. Read by `no-overlapping-schedule`.
 */

/** How a scheduler fires its callback. */
export type ScheduleForm =
  /** `setInterval(fn, ms)`: fires every `ms`, never waits for `fn`'s promise. */
  | 'interval'
  /** node-cron `schedule(expr, fn, options)` / `createTask(expr, fn, options)`. */
  | 'node-cron'
  /** cron `new CronJob(cronTime, onTick, …)` (positional) or `new CronJob({ onTick })` (cron ≤ 2). */
  | 'cron-job'
  /** cron `CronJob.from({ cronTime, onTick })`. */
  | 'cron-job-from';

export interface ScheduleApi {
  /** Canonical module (`timers` for `node:timers`; `globalThis` for the global). */
  readonly module: string;
  /** The export path as imported: `['schedule']`, `['CronJob', 'from']`. */
  readonly path: readonly string[];
  /** The name import tracking and the type checker resolve the call to. */
  readonly name: string;
  readonly form: ScheduleForm;
  /** How messages name the call. */
  readonly display: string;
  /** Index of the callback argument (positional forms). */
  readonly callbackArg?: number;
  /** Index of an options object argument, and the property of the callback in it (object forms). */
  readonly optionsArg?: number;
  readonly callbackProperty?: string;
  /** The option (in the options object) that skips a run while the last one is still going. */
  readonly noOverlapOption?: string;
  /** The positional argument that does the same (cron's `waitForCompletion`, the 10th constructor argument). */
  readonly noOverlapArg?: number;
}

/** The global `setInterval` (also `globalThis.setInterval`, `global.setInterval`). */
export const GLOBAL_INTERVAL: ScheduleApi = deepFreeze({
  module: 'globalThis',
  path: ['setInterval'],
  name: 'setInterval',
  form: 'interval',
  display: 'setInterval',
  callbackArg: 0,
});

/** Objects through which the global timer is also reached: `globalThis.setInterval(…)`. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global']);

/**
 * Schedulers that start their callback again while the last run goes on.
 * node-cron ≥ 4 skips an overlapping run with `{ noOverlap: true }`
 * (`TaskOptions.noOverlap` in its types; node-cron 3 has no such option);
 * cron ≥ 3.2 with `waitForCompletion: true`.
 */
export const SCHEDULE_APIS: readonly ScheduleApi[] = deepFreeze<ScheduleApi[]>([
  GLOBAL_INTERVAL,
  { module: 'timers', path: ['setInterval'], name: 'setInterval', form: 'interval', display: 'setInterval', callbackArg: 0 },
  {
    module: 'node-cron',
    path: ['schedule'],
    name: 'schedule',
    form: 'node-cron',
    display: 'node-cron `schedule`',
    callbackArg: 1,
    optionsArg: 2,
    noOverlapOption: 'noOverlap',
  },
  {
    module: 'node-cron',
    path: ['createTask'],
    name: 'createTask',
    form: 'node-cron',
    display: 'node-cron `createTask`',
    callbackArg: 1,
    optionsArg: 2,
    noOverlapOption: 'noOverlap',
  },
  {
    module: 'cron',
    path: ['CronJob'],
    name: 'CronJob',
    form: 'cron-job',
    display: '`CronJob`',
    callbackArg: 1,
    noOverlapArg: 9,
    optionsArg: 0,
    callbackProperty: 'onTick',
    noOverlapOption: 'waitForCompletion',
  },
  {
    module: 'cron',
    path: ['CronJob', 'from'],
    name: 'from',
    form: 'cron-job-from',
    display: '`CronJob.from`',
    optionsArg: 0,
    callbackProperty: 'onTick',
    noOverlapOption: 'waitForCompletion',
  },
]);

/**
 * Near misses, documented and never reported: schedulers that do not start a
 * run while the last one goes on.
 * - `setInterval(ms)` of `timers/promises` is an async iterator: `for await
 *   (const _ of setInterval(ms)) await job()` asks for the next tick only after
 *   the body has finished (ticks in between are dropped).
 * - BullMQ repeatable jobs (`queue.add(name, data, { repeat })`,
 *   `upsertJobScheduler`) and Agenda `every` are queued jobs: a worker takes the
 *   next run only when it is free (Agenda locks a running job).
 */
export const NON_OVERLAPPING_SCHEDULERS: readonly { readonly module: string; readonly name: string; readonly why: string }[] = deepFreeze([
  { module: 'timers/promises', name: 'setInterval', why: 'async iterator: the next tick is taken after the loop body ends' },
  { module: 'bullmq', name: 'Queue.add({ repeat }) / upsertJobScheduler', why: 'a queued job: a worker runs it when free' },
  { module: 'agenda', name: 'every', why: 'a locked, queued job' },
]);

/**
 * Calls that hold a lock or a queue around a run, so that runs do not overlap:
 * async-mutex (`runExclusive`, `acquire`, `isLocked`, `tryAcquire`), redlock
 * (`acquire`, `using`), and their kind. Matched by method name: a guard only
 * silences the rule, so a name that happens to match costs a missed report,
 * never a false one.
 */
export const LOCK_METHODS: ReadonlySet<string> = new Set([
  'runExclusive',
  'isLocked',
  'tryAcquire',
  'acquire',
  'acquireLock',
  'tryLock',
  'lock',
  'using',
  'waitForUnlock',
]);

/**
 * An interval this long (one hour), known statically, is not reported: a run
 * that outlasts it is not the pile-up under load the rule is about (a daily
 * update check, an hourly report).
 */
export const LONG_PERIOD_MS = 60 * 60 * 1000;

/** Index of `setInterval`'s delay argument. */
export const INTERVAL_DELAY_ARG = 1;

/** Tracked exports for the syntactic resolver. */
export const SCHEDULE_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = deepFreeze(buildTracked());

function buildTracked(): Record<string, string[][]> {
  const tracked: Record<string, string[][]> = {};
  for (const row of SCHEDULE_APIS) {
    if (row.module === GLOBAL_INTERVAL.module) continue;
    (tracked[row.module] ??= []).push([...row.path]);
  }
  return tracked;
}

/** Every name a schedule call resolves to: the cheap first filter. */
export const SCHEDULE_NAMES: ReadonlySet<string> = new Set(SCHEDULE_APIS.map((row) => row.name));
