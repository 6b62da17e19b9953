import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, findProperty, skipTransparent } from '../analysis/ast.js';
import { isGlobalIdentifier } from '../analysis/promise.js';
import { resolveCallee } from '../analysis/resolve.js';
import { optionValue, staticValueOf, type Known } from '../analysis/static-options.js';
import {
  GLOBAL_INTERVAL,
  GLOBAL_OBJECTS,
  INTERVAL_DELAY_ARG,
  LONG_PERIOD_MS,
  SCHEDULE_APIS,
  SCHEDULE_NAMES,
  type ScheduleApi,
} from '../catalog/schedules.js';
import { createRule } from '../util/create-rule.js';
import { jobFunction, startsOverlappingWork } from './no-overlapping-schedule/job.js';
import { timeoutLoopText } from './no-overlapping-schedule/suggestion.js';

export type MessageIds = 'overlappingInterval' | 'overlappingCronTask' | 'overlappingCronJob' | 'suggestTimeoutLoop';

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

const MESSAGE_OF: Readonly<Record<ScheduleApi['form'], Exclude<MessageIds, 'suggestTimeoutLoop'>>> = Object.freeze({
  interval: 'overlappingInterval',
  'node-cron': 'overlappingCronTask',
  'cron-job': 'overlappingCronJob',
  'cron-job-from': 'overlappingCronJob',
});

export default createRule<[], MessageIds>({
  name: 'no-overlapping-schedule',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow periodic jobs that start again while their last run is still going',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'scale',
      failureUnderLoad: {
        overlappingInterval:
          'When a run takes longer than the interval (a slow database, a big batch), `setInterval` starts the next one anyway: runs pile up, each holding connections and memory, and process the same rows twice.',
        overlappingCronTask:
          'When a run outlasts its cron period, node-cron starts the next one while it goes on: runs pile up under load, compete for the same rows and connections, and never catch up.',
        overlappingCronJob:
          'When an async `onTick` outlasts its cron period, `CronJob` fires it again while it goes on: runs pile up under load, compete for the same rows and connections, and never catch up.',
      },
      remedy: {
        overlappingInterval:
          'Schedule the next run when this one ends (a `setTimeout` loop, or `for await` over `setInterval` of `node:timers/promises`), or skip a tick while a run is in flight with a flag cleared in `finally`.',
        overlappingCronTask: 'Pass `{ noOverlap: true }` (node-cron 4) or skip a run while the last is in flight with a flag cleared in `finally`.',
        overlappingCronJob: 'Set `waitForCompletion: true` (cron 3.2+) or skip a run while the last is in flight with a flag cleared in `finally`.',
      },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      overlappingInterval:
        'setInterval starts this async work again while a slow run goes on, so runs pile up. Use a setTimeout loop or a guard.',
      overlappingCronTask:
        'node-cron starts this async task again while a slow run goes on, so runs pile up. Pass `{ noOverlap: true }`.',
      overlappingCronJob:
        'CronJob fires this async onTick again while a slow run goes on, so runs pile up. Set `waitForCompletion: true`.',
      suggestTimeoutLoop: 'Rewrite as a setTimeout loop that schedules the next run when this one ends.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** The scheduler a call or `new` is, by import tracking or types; the global `setInterval` by scope. */
    function scheduleApiOf(node: CallLike, name: string | null): ScheduleApi | null {
      const callee = skipTransparent(node.callee);
      if (name === GLOBAL_INTERVAL.name && node.type === AST_NODE_TYPES.CallExpression) {
        if (isGlobalIdentifier(context, callee, name)) return GLOBAL_INTERVAL;
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          callee.object.type === AST_NODE_TYPES.Identifier &&
          GLOBAL_OBJECTS.has(callee.object.name) &&
          isGlobalIdentifier(context, callee.object, callee.object.name)
        ) {
          return GLOBAL_INTERVAL;
        }
      }
      // Import tracking answers aliases (`import { schedule as every }`) by a map lookup; types only for candidate names.
      const resolved = resolveCallee(context, node, SCHEDULE_NAMES);
      if (!resolved) return null;
      const api = SCHEDULE_APIS.find((row) => row.module === resolved.module && row.name === resolved.name);
      if (!api) return null;
      // `CronJob` is constructed; the others are called.
      return (api.form === 'cron-job') === (node.type === AST_NODE_TYPES.NewExpression) ? api : null;
    }

    /** The options object of an object form (`CronJob.from({ … })`, `new CronJob({ … })`), when the call uses one. */
    function optionsObject(node: CallLike, api: ScheduleApi): TSESTree.ObjectExpression | null {
      if (api.callbackProperty === undefined || api.optionsArg === undefined) return null;
      const argument = node.arguments[api.optionsArg];
      const options = argument ? skipTransparent(argument) : null;
      return options?.type === AST_NODE_TYPES.ObjectExpression ? options : null;
    }

    /** The callback the scheduler runs. */
    function callbackOf(node: CallLike, api: ScheduleApi): TSESTree.Node | null {
      const options = optionsObject(node, api);
      if (options && api.callbackProperty !== undefined) {
        const property = findProperty(options, api.callbackProperty);
        return property && property.kind === 'init' ? property.value : null;
      }
      if (api.form === 'cron-job-from' || api.callbackArg === undefined) return null;
      const argument = node.arguments[api.callbackArg];
      return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : null;
    }

    /** The library's own overlap guard is on (or may be: a value decided at run time). */
    function skipsOverlap(node: CallLike, api: ScheduleApi): boolean {
      if (api.noOverlapOption === undefined) return false;
      const options = optionsObject(node, api);
      let value: Known<unknown>;
      if (options) value = optionValue(options, api.noOverlapOption, sourceCode);
      else if (api.noOverlapArg !== undefined) value = positional(node.arguments[api.noOverlapArg]);
      else if (api.form === 'node-cron' && api.optionsArg !== undefined) value = optionValue(node.arguments[api.optionsArg], api.noOverlapOption, sourceCode);
      else return false;
      return !value.known || Boolean(value.value);
    }

    /** A positional argument: absent is `undefined`; a run-time value is unknown. */
    function positional(argument: TSESTree.Node | undefined): Known<unknown> {
      if (!argument) return { known: true, value: undefined };
      if (argument.type === AST_NODE_TYPES.SpreadElement) return { known: false };
      return staticValueOf(argument, sourceCode);
    }

    /** `setInterval(fn, 48 * 3600 * 1000)`: a statically known period of an hour or more. */
    function hasLongPeriod(node: CallLike, api: ScheduleApi): boolean {
      if (api.form !== 'interval') return false;
      const delay = positional(node.arguments[INTERVAL_DELAY_ARG]);
      return delay.known && typeof delay.value === 'number' && delay.value >= LONG_PERIOD_MS;
    }

    function check(node: CallLike): void {
      // Every scheduler takes its callback (or options) as an argument.
      if (node.arguments.length === 0) return;
      const api = scheduleApiOf(node, calleeName(node));
      if (!api) return;
      const callback = callbackOf(node, api);
      const job = callback ? jobFunction(context, callback) : null;
      if (!job || skipsOverlap(node, api) || hasLongPeriod(node, api)) return;
      if (!startsOverlappingWork(context, job)) return;
      const rewrite = node.type === AST_NODE_TYPES.CallExpression && api.form === 'interval' ? timeoutLoopText(context, node) : null;
      context.report({
        node: node.callee,
        messageId: MESSAGE_OF[api.form],
        suggest: rewrite ? [{ messageId: 'suggestTimeoutLoop', fix: (fixer) => fixer.replaceTextRange(rewrite.range, rewrite.text) }] : [],
      });
    }

    return {
      CallExpression: check,
      NewExpression: check,
    };
  },
});

