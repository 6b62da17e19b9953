import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, contains, skipTransparent, staticPropertyName, transparentParent } from '../analysis/ast.js';
import {
  enclosingIteration,
  isBoundedCollection,
  isBoundedIteration,
  isSmallCount,
  pausesEachIteration,
  unchangedInit,
  type Iteration,
} from '../analysis/bounded.js';
import { getExecutionContext } from '../analysis/context.js';
import { isLimitedCall, isLimitedCallback } from '../analysis/limiter.js';
import { isGlobalIdentifier, returnsPromise, startsPromise } from '../analysis/promise.js';
import type { ResolvedCallee } from '../analysis/resolve.js';
import { optionValue } from '../analysis/static-options.js';
import {
  ASYNC_MODULE,
  ASYNC_UNLIMITED,
  BLUEBIRD_MODULE,
  CONCURRENCY_OPTION_HELPERS,
  PROCESS_STARTERS,
  PROMISE_COMBINATORS,
  type ProcessStarter,
} from '../catalog/limiters.js';
import { createRule } from '../util/create-rule.js';
import { CONTEXTS_SCHEMA, type ContextsOption } from '../util/options.js';
import {
  chunkRewrite,
  concurrencyOptionRewrite,
  limitVariantRewrite,
  pLimitRewrite,
  pMapRewrite,
  type Mapping,
} from './no-unbounded-concurrency/suggestions.js';
import { resolveCallee, typeServices } from '../analysis/resolve.js';
import { reportingOnRequestPath } from '../analysis/startup.js';

export type Limiter = 'chunk' | 'p-map' | 'p-limit';
export type Options = [{ limiter?: Limiter; contexts?: ContextsOption }];
export type MessageIds =
  | 'unboundedCombinator'
  | 'unboundedPushed'
  | 'unboundedCallback'
  | 'floatingInLoop'
  | 'processPerElement'
  | 'processPerRequest'
  | 'unlimitedHelper'
  | 'unlimitedAsyncHelper'
  | 'suggestChunks'
  | 'suggestPMap'
  | 'suggestPLimit'
  | 'suggestConcurrencyOption'
  | 'suggestLimitVariant';

/** What a combinator waits for: promises mapped from a collection, or pushed one per loop pass. */
type Work =
  | { readonly kind: 'mapped'; readonly mapping: Mapping; readonly direct: boolean }
  | { readonly kind: 'pushed'; readonly push: TSESTree.CallExpression };

/**
 * Callee names worth a type lookup when import tracking did not resolve the
 * call. Common array method names (`map`, `filter`, `all`…) are left out: for
 * them only tracked imports of async or Bluebird count, so that no `.map()`
 * call in the file costs a type query.
 */
const CANDIDATE_NAMES: ReadonlySet<string> = new Set([
  ...CONCURRENCY_OPTION_HELPERS.flatMap((row) => row.names).filter((name) => name === 'default' || name.startsWith('pMap')),
  ...PROCESS_STARTERS.map((row) => row.name),
]);
const COMBINATORS: ReadonlySet<string> = new Set(PROMISE_COMBINATORS);
const MAX_HOPS = 2;
// How many run at once is the question here: a page of query results is as large as its limit.
const NO_TYPES = { useTypes: false, pages: true } as const;
const WITH_TYPES = { useTypes: true, pages: true } as const;

export default createRule<Options, MessageIds>({
  name: 'no-unbounded-concurrency',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow starting async work, processes or threads for every element of a collection without a concurrency limit',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'scale',
      failureUnderLoad: {
        unboundedCombinator:
          'The combinator starts the work for every element at once: 10 000 elements mean 10 000 simultaneous sockets or queries, an exhausted pool, EMFILE or an out-of-memory crash.',
        unboundedPushed:
          'Every pass of the loop starts its promise at once and the combinator only waits at the end, so all of them run together and exhaust the pool, sockets or file descriptors (EMFILE).',
        unboundedCallback:
          'The array method starts an async callback for every element and waits for none: all of them run at once, exhaust the pool or sockets, and their rejections go unhandled.',
        floatingInLoop:
          'Each pass starts an operation and moves on without waiting, so a large collection starts them all at once (sockets, queries, EMFILE, memory) and their errors are lost.',
        processPerElement:
          'A child process or worker per element: 10 000 elements mean 10 000 processes competing for memory, CPU and file descriptors until the host runs out.',
        processPerRequest:
          'A child process or worker per request: 1 000 concurrent requests mean 1 000 processes, and the host runs out of memory or file descriptors.',
        unlimitedHelper:
          'Without a finite `concurrency` the helper runs the mapper for every element at once, as unbounded as `Promise.all`: 10 000 elements mean 10 000 simultaneous sockets or queries.',
        unlimitedAsyncHelper:
          "The async library's unlimited variant runs the iteratee for every element at once: 10 000 elements mean 10 000 simultaneous sockets or queries.",
      },
      remedy: {
        unboundedCombinator:
          'Process the elements in chunks of a fixed size, or through a limiter (p-limit, p-map with `concurrency`).',
        unboundedPushed:
          'Await the pushed promises in chunks of a fixed size, or start each one through a limiter (p-limit).',
        unboundedCallback: 'Use a `for…of` loop that awaits each element or chunk, or p-map with `concurrency`.',
        floatingInLoop:
          'Await the call in the loop, or start the passes through a limiter such as p-limit and await them all.',
        processPerElement:
          'Run the processes through a fixed-size pool: p-limit at `os.availableParallelism()`, or a set of workers fed from a queue.',
        processPerRequest:
          'Hand the work to a fixed-size worker pool or a job queue instead of starting a process per request.',
        unlimitedHelper: 'Pass a finite `{ concurrency: N }` to the helper.',
        unlimitedAsyncHelper: 'Use the limited variant (`mapLimit`, `eachLimit`) with a fixed limit.',
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          limiter: {
            type: 'string',
            enum: ['chunk', 'p-map', 'p-limit'],
            description:
              'The rewrite that suggestions offer: a loop over chunks of a `LIMIT` constant, p-map with `concurrency`, or p-limit `limitFunction`.',
          },
          contexts: CONTEXTS_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ limiter: 'chunk', contexts: { startup: false, shutdown: false } }],
    messages: {
      unboundedCombinator:
        '`{{callee}}` starts the work for every element of a collection of unknown size at once; use chunks or a limiter.',
      unboundedPushed:
        '`{{callee}}` awaits promises pushed on every pass of the loop on line {{line}}, all at once; use chunks or p-limit.',
      unboundedCallback:
        '`{{method}}` starts an async callback for every element at once; loop with `for…of` over chunks, or use p-map.',
      floatingInLoop:
        '`{{callee}}` starts a promise on every pass of this loop without awaiting it; await it, or limit it with p-limit.',
      processPerElement:
        '`{{callee}}` starts a {{starts}} for every element; run them through a fixed-size pool (p-limit, or queued workers).',
      processPerRequest:
        '`{{callee}}` starts a {{starts}} for every request; hand the work to a fixed-size worker pool or job queue.',
      unlimitedHelper:
        '`{{callee}}` without a finite `concurrency` option runs the mapper for every element at once; pass `{ concurrency: N }`.',
      unlimitedAsyncHelper:
        '`{{callee}}` runs the iteratee for every element at once; use `{{limited}}` with a fixed limit.',
      suggestChunks: 'Process the elements in chunks of `{{limit}}`, one `{{callee}}` per chunk.',
      suggestPMap: 'Map the elements with `{{name}}` (p-map) and `{ concurrency: 10 }`.',
      suggestPLimit: "Wrap the callback in p-limit's `limitFunction` with `{ concurrency: 10 }`.",
      suggestConcurrencyOption: 'Add `{ concurrency: 10 }`.',
      suggestLimitVariant: 'Use `{{limited}}` with a limit of 10.',
    },
  },
  create(ruleContext, [options]) {
    // Fan-out at startup or shutdown happens once, not once per request.
    const context = reportingOnRequestPath(ruleContext, options.contexts);
    const sourceCode = context.sourceCode;
    const limiter: Limiter = options.limiter ?? 'chunk';
    const hasTypes = typeServices(context) !== null;
    /** Calls already reported, so that a floating-promise report does not repeat them. */
    const reported = new Set<TSESTree.Node>();

    // ---- Promise.all / allSettled / any / race ----------------------------

    function checkCombinator(node: TSESTree.CallExpression, method: string): void {
      const argument = node.arguments[0];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const work = unboundedWork(argument, 0, true);
      if (!work) return;
      const callee = sourceCode.getText(node.callee);
      if (work.kind === 'pushed') {
        reported.add(node);
        context.report({ node: node.callee, messageId: 'unboundedPushed', data: { callee, line: loopLine(work.push) } });
        return;
      }
      reported.add(node);
      context.report({
        node: node.callee,
        messageId: 'unboundedCombinator',
        data: { callee },
        suggest: combinatorSuggestions(node, method, work),
      });
    }

    /** The one suggestion the `limiter` option names, when its rewrite keeps the program's meaning. */
    function combinatorSuggestions(
      node: TSESTree.CallExpression,
      method: string,
      work: Work & { kind: 'mapped' },
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (limiter === 'p-limit') {
        const rewrite = pLimitRewrite(context, node, work.mapping.callback);
        return rewrite ? [{ messageId: 'suggestPLimit', ...rewrite }] : [];
      }
      if (!work.direct) return [];
      if (limiter === 'p-map') {
        const rewrite = pMapRewrite(context, node, method, work.mapping);
        return rewrite ? [{ messageId: 'suggestPMap', ...rewrite }] : [];
      }
      const rewrite = chunkRewrite(context, node, method, work.mapping);
      return rewrite ? [{ messageId: 'suggestChunks', ...rewrite }] : [];
    }

    /** The unbounded work an array of promises holds: `xs.map(f)`, `[...xs.map(f)]`, a variable holding either, or pushed to in a loop. */
    function unboundedWork(node: TSESTree.Node, hops: number, direct: boolean): Work | null {
      const expression = skipTransparent(node);
      if (expression.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of expression.elements) {
          if (element?.type !== AST_NODE_TYPES.SpreadElement) continue;
          const work = unboundedWork(element.argument, hops, false);
          if (work) return work;
        }
        return null;
      }
      if (expression.type === AST_NODE_TYPES.CallExpression) {
        const mapping = mappingOf(expression);
        return mapping && isUnboundedMapping(mapping) ? { kind: 'mapped', mapping, direct } : null;
      }
      if (expression.type !== AST_NODE_TYPES.Identifier || hops >= MAX_HOPS) return null;
      const init = unchangedInit(context, expression);
      if (!init) return null;
      if (skipTransparent(init).type === AST_NODE_TYPES.ArrayExpression) {
        const push = unboundedPush(expression);
        if (push) return { kind: 'pushed', push };
      }
      return unboundedWork(init, hops + 1, false);
    }

    function mappingOf(call: TSESTree.CallExpression): Mapping | null {
      const callee = skipTransparent(call.callee);
      const callback = call.arguments[0];
      if (callee.type === AST_NODE_TYPES.MemberExpression && callback && callback.type !== AST_NODE_TYPES.SpreadElement) {
        const method = staticPropertyName(callee);
        if (method === 'map' || method === 'flatMap') return { call, form: method, collection: callee.object, callback };
      }
      const mapper = call.arguments[1];
      if (mapper && mapper.type !== AST_NODE_TYPES.SpreadElement && callback?.type !== AST_NODE_TYPES.SpreadElement && callback) {
        const fromCallee = skipTransparent(call.callee);
        if (
          fromCallee.type === AST_NODE_TYPES.MemberExpression &&
          isGlobalIdentifier(context, fromCallee.object, 'Array') &&
          staticPropertyName(fromCallee) === 'from'
        ) {
          return { call, form: 'from', collection: callback, callback: mapper };
        }
      }
      return null;
    }

    function isUnboundedMapping(mapping: Mapping): boolean {
      return isUnboundedPerElement(mapping.collection, mapping.callback);
    }

    /**
     * `callback` returns a promise and runs for every element of an unbounded
     * `collection`, outside any limiter. Cheap tests first; the type checker
     * only for what they let through.
     */
    function isUnboundedPerElement(collection: TSESTree.Node, callback: TSESTree.Node): boolean {
      if (isBoundedCollection(context, collection, NO_TYPES)) return false;
      const promiseBySyntax = returnsPromise(context, callback, NO_TYPES);
      if (!promiseBySyntax && !hasTypes) return false;
      if (isLimitedCallback(context, callback, NO_TYPES)) return false;
      if (!promiseBySyntax && !returnsPromise(context, callback, WITH_TYPES)) return false;
      if (!hasTypes) return true;
      return !isBoundedCollection(context, collection, WITH_TYPES) && !isLimitedCallback(context, callback, WITH_TYPES);
    }

    /** A `push` of a started promise into `array`, once per pass of an unbounded loop around it. */
    function unboundedPush(array: TSESTree.Identifier): TSESTree.CallExpression | null {
      const init = unchangedInit(context, array);
      const declarator = init?.parent;
      const variable = ASTUtils.findVariable(sourceCode.getScope(array), array);
      if (!declarator || !variable) return null;
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
        const call = member.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || staticPropertyName(member) !== 'push') continue;
        const iteration = enclosingIteration(call);
        if (!iteration || contains(iteration.node, declarator)) continue;
        const pushed = call.arguments.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement);
        if (pushed.some((value) => startsUnboundedWork(value, iteration))) return call;
      }
      return null;
    }

    /** Per loop: paced or bounded by its syntax (every statement call of a loop body asks). */
    const loopVerdicts = new Map<TSESTree.Node, boolean>();
    function pacedOrBoundedBySyntax(iteration: Iteration): boolean {
      let verdict = loopVerdicts.get(iteration.node);
      if (verdict === undefined) {
        verdict = pausesEachIteration(context, iteration) || isBoundedIteration(context, iteration, NO_TYPES);
        loopVerdicts.set(iteration.node, verdict);
      }
      return verdict;
    }

    /** `value` starts a promise on every pass of an unbounded, unpaced `iteration`, outside any limiter. */
    function startsUnboundedWork(value: TSESTree.Node, iteration: Iteration): boolean {
      if (pacedOrBoundedBySyntax(iteration)) return false;
      const call = skipTransparent(value);
      if (call.type === AST_NODE_TYPES.CallExpression && isLimitedCall(context, call, NO_TYPES)) return false;
      if (!startsPromise(context, call, NO_TYPES) && !(hasTypes && startsPromise(context, call, WITH_TYPES))) return false;
      if (!hasTypes) return true;
      if (isBoundedIteration(context, iteration, WITH_TYPES)) return false;
      return call.type !== AST_NODE_TYPES.CallExpression || !isLimitedCall(context, call, WITH_TYPES);
    }

    function loopLine(push: TSESTree.CallExpression): number {
      const iteration = enclosingIteration(push);
      const node = iteration?.kind === 'callback' ? iteration.call : iteration?.node;
      return (node ?? push).loc.start.line;
    }

    // ---- forEach(async …) and discarded map(async …) ----------------------

    function checkCallbackPerElement(node: TSESTree.CallExpression, method: string): void {
      const callee = skipTransparent(node.callee);
      const callback = node.arguments[0];
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !callback || callback.type === AST_NODE_TYPES.SpreadElement) return;
      if (method === 'map' && transparentParent(node)?.type !== AST_NODE_TYPES.ExpressionStatement) return;
      if (!isUnboundedPerElement(callee.object, callback)) return;
      const rewrite = limiter === 'p-limit' ? pLimitRewrite(context, node, callback) : null;
      reported.add(node);
      context.report({
        node: callee,
        messageId: 'unboundedCallback',
        data: { method },
        suggest: rewrite ? [{ messageId: 'suggestPLimit', ...rewrite }] : [],
      });
    }

    // ---- Library helpers: p-map, Bluebird, async, child_process ----------

    function checkLibraryCall(node: TSESTree.CallExpression, resolved: ResolvedCallee): void {
      const helper = CONCURRENCY_OPTION_HELPERS.find(
        (row) => row.module === resolved.module && row.names.includes(resolved.name),
      );
      if (helper) {
        checkOptionHelper(node, helper.inputArg, helper.optionsArg);
        return;
      }
      if (resolved.module === ASYNC_MODULE) {
        const row = ASYNC_UNLIMITED.find((entry) => entry.name === resolved.name);
        if (row) checkAsyncHelper(node, row.limited, row.input);
        return;
      }
      const starter = PROCESS_STARTERS.find((row) => !row.construct && row.module === resolved.module && row.name === resolved.name);
      if (starter) checkProcessStarter(node, starter);
    }

    function checkOptionHelper(node: TSESTree.CallExpression, inputArg: number, optionsArg: number): void {
      const input = node.arguments[inputArg];
      if (!input || input.type === AST_NODE_TYPES.SpreadElement || isBoundedCollection(context, input, NO_TYPES)) return;
      const concurrency = optionValue(node.arguments[optionsArg], 'concurrency', sourceCode);
      // A limit only known at run time: trust it.
      if (!concurrency.known) return;
      if (typeof concurrency.value === 'number' && Number.isFinite(concurrency.value)) return;
      if (concurrency.value !== undefined && typeof concurrency.value !== 'number') return;
      if (hasTypes && isBoundedCollection(context, input, WITH_TYPES)) return;
      const rewrite = concurrencyOptionRewrite(sourceCode, node, optionsArg);
      reported.add(node);
      context.report({
        node: node.callee,
        messageId: 'unlimitedHelper',
        data: { callee: sourceCode.getText(node.callee) },
        suggest: rewrite ? [{ messageId: 'suggestConcurrencyOption', ...rewrite }] : [],
      });
    }

    function checkAsyncHelper(node: TSESTree.CallExpression, limited: string, input: 'collection' | 'count'): void {
      const first = node.arguments[0];
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
      const bounded =
        input === 'count'
          ? isSmallCount(context, first)
          : isBoundedCollection(context, first, NO_TYPES) || (hasTypes && isBoundedCollection(context, first, WITH_TYPES));
      if (bounded) return;
      const rewrite = limitVariantRewrite(sourceCode, node, limited);
      reported.add(node);
      context.report({
        node: node.callee,
        messageId: 'unlimitedAsyncHelper',
        data: { callee: sourceCode.getText(node.callee), limited },
        suggest: rewrite ? [{ messageId: 'suggestLimitVariant', data: { limited }, fix: rewrite.fix }] : [],
      });
    }

    function checkProcessStarter(node: TSESTree.CallExpression | TSESTree.NewExpression, starter: ProcessStarter): void {
      const callee = `${starter.construct ? 'new ' : ''}${sourceCode.getText(node.callee)}`;
      const data = { callee, starts: starter.starts };
      const iteration = enclosingIteration(node);
      if (iteration && !pausesEachIteration(context, iteration) && !isBoundedIteration(context, iteration, WITH_TYPES)) {
        reported.add(node);
        context.report({ node, messageId: 'processPerElement', data });
      } else if (inRequestHandler(node)) {
        reported.add(node);
        context.report({ node, messageId: 'processPerRequest', data });
      }
    }

    /**
     * Inside a request handler, or a callback nested in one (a promise executor, an event handler).
     */
    function inRequestHandler(node: TSESTree.Node): boolean {
      let execution = getExecutionContext(context, node);
      while (execution.fn) {
        if (execution.kind === 'request-handler') return true;
        execution = getExecutionContext(context, execution.fn);
      }
      return false;
    }

    // ---- Un-awaited promises in loop bodies --------------------------------

    function checkFloating(statement: TSESTree.ExpressionStatement): void {
      let expression = skipTransparent(statement.expression);
      if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') {
        expression = skipTransparent(expression.argument);
      }
      if (expression.type !== AST_NODE_TYPES.CallExpression && expression.type !== AST_NODE_TYPES.NewExpression) return;
      if (reported.has(expression)) return;
      const iteration = enclosingIteration(statement);
      // An async callback per element is reported as a whole (Promise.all, forEach) or awaited by its caller.
      if (!iteration || (iteration.kind === 'callback' && iteration.node.async)) return;
      if (!startsUnboundedWork(expression, iteration)) return;
      context.report({
        node: expression,
        messageId: 'floatingInLoop',
        data: { callee: startedBy(expression) },
      });
    }

    /** The name of the call that starts the work: `load` in `load(x).then(save)`. */
    function startedBy(node: TSESTree.CallExpression | TSESTree.NewExpression): string {
      let current: TSESTree.Node = node;
      while (current.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTransparent(current.callee);
        const name = calleeName(current);
        if (callee.type !== AST_NODE_TYPES.MemberExpression || !['then', 'catch', 'finally'].includes(name ?? '')) {
          return name ?? sourceCode.getText(current.callee);
        }
        const receiver = skipTransparent(callee.object);
        if (receiver.type !== AST_NODE_TYPES.CallExpression && receiver.type !== AST_NODE_TYPES.NewExpression) break;
        current = receiver;
      }
      const name = current.type === AST_NODE_TYPES.NewExpression ? calleeName(current) : null;
      return name ? `new ${name}` : sourceCode.getText(current);
    }

    return {
      CallExpression(node) {
        const name = calleeName(node);
        if (name === null) return;
        const resolved = resolveCallee(context, node, CANDIDATE_NAMES);
        if (COMBINATORS.has(name) && (isGlobalCombinator(node) || resolved?.module === BLUEBIRD_MODULE)) {
          checkCombinator(node, name);
          return;
        }
        if (resolved) checkLibraryCall(node, resolved);
        if (name === 'forEach' || name === 'map') checkCallbackPerElement(node, name);
      },
      NewExpression(node) {
        const resolved = resolveCallee(context, node, CANDIDATE_NAMES);
        const starter = PROCESS_STARTERS.find((row) => row.construct && row.module === resolved?.module && row.name === resolved.name);
        if (starter) checkProcessStarter(node, starter);
      },
      'ExpressionStatement:exit': checkFloating,
    };

    function isGlobalCombinator(node: TSESTree.CallExpression): boolean {
      const callee = skipTransparent(node.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && isGlobalIdentifier(context, callee.object, 'Promise');
    }
  },
});
