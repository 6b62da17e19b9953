import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { calleeLabel, createBlockingCollector, isExecutableScript } from '../analysis/blocking.js';
import { getExecutionContext, isEventListener, type ExecutionContext } from '../analysis/context.js';
import { mergeListeners } from '../analysis/listeners.js';
import { reportingOnRequestPath } from '../analysis/startup.js';
import type { BlockingApi } from '../catalog/blocking.js';
import { createRule } from '../util/create-rule.js';
import { allowListAndContextsSchema, type ContextsOption } from '../util/options.js';
import { asyncRewrite } from './no-blocking-in-async/async-rewrite.js';

export type MessageIds = 'blockingCall' | 'blockingHelper' | 'suggestAwait';

export type Options = [{ allow?: string[]; contexts?: ContextsOption }];

const PLACES: ReadonlyMap<ExecutionContext['kind'], string> = new Map([
  ['async-function', 'an async function'],
  ['promise-callback', 'a promise callback'],
  ['request-handler', 'a request handler'],
]);

export default createRule<Options, MessageIds>({
  name: 'no-blocking-in-async',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow blocking synchronous calls (sync fs, child_process, zlib, crypto key derivation) in async functions, promise callbacks and request handlers',
      recommended: 'strict',
      requiresTypeChecking: true,
      severityClass: 'block',
      failureUnderLoad: {
        blockingCall:
          "While the synchronous call runs the event loop serves no other request: at 50 concurrent requests the last one waits 50 times the call's duration before its own work starts.",
        blockingHelper:
          'The helper looks harmless where it is called, but it runs a synchronous call that stops the event loop, so every concurrent request waits while it runs.',
      },
      remedy: {
        blockingCall:
          'Use the awaited asynchronous form (`node:fs/promises`, promisified `zlib`, `crypto` or `child_process`), or move CPU-heavy work to a worker thread.',
        blockingHelper: 'Make the helper async with the awaited promise API, and await it where it is called.',
      },
    },
    hasSuggestions: true,
    schema: allowListAndContextsSchema(
      'Blocking APIs to accept: an export name (`execFileSync`) or a module and name (`node:fs#readFileSync`).',
    ),
    defaultOptions: [{ allow: [], contexts: { startup: false, shutdown: false } }],
    messages: {
      blockingCall:
        '`{{name}}` blocks the event loop in {{place}}, so no other request is served meanwhile; use {{advice}} instead.',
      blockingHelper:
        '`{{callee}}()` runs `{{name}}` (line {{line}}) synchronously in {{place}}; make it async and use {{advice}} there.',
      suggestAwait: 'Replace with `await {{call}}(…)`.',
    },
  },
  create(ruleContext, [{ allow = [], contexts }]) {
    // Startup and shutdown code runs once, while no request waits on it.
    const context = reportingOnRequestPath(ruleContext, contexts);
    const sourceCode = context.sourceCode;
    // An executable script (`#!/usr/bin/env node`) serves one user: blocking there stalls no one else.
    if (isExecutableScript(sourceCode)) return {};
    const collector = createBlockingCollector(context, { allow, busyWait: false, instanceStateIsFresh: false });

    /**
     * Where code runs, seen through the `forEach` callbacks and IIFEs that run
     * inside the code around them, and through the event listeners that code
     * registers (`child.on('close', () => execSync(…))` in a request handler).
     */
    function asyncPlace(node: TSESTree.Node): { place: string; context: ExecutionContext } | null {
      const innermost = getExecutionContext(context, node);
      let current = innermost;
      let inListener = false;
      while (current.kind === 'function' && current.outer && current.fn) {
        if (current.runsInline) current = current.outer;
        else if (isEventListener(current.fn)) {
          inListener = true;
          current = current.outer;
        } else break;
      }
      const place = PLACES.get(current.kind);
      if (!place) return null;
      return { place: inListener ? `an event listener in ${place}` : place, context: innermost };
    }

    return mergeListeners(collector.listeners, {
      'Program:exit'() {
        for (const site of collector.sites) {
          if (!site.api || site.node.type !== AST_NODE_TYPES.CallExpression) continue;
          const where = asyncPlace(site.node);
          if (!where) continue;
          const rewrite = asyncRewrite(sourceCode, site.node, site.api, where.context.fn);
          context.report({
            node: site.node,
            messageId: 'blockingCall',
            data: { name: displayName(site.api), place: where.place, advice: site.api.advice },
            suggest: rewrite ? [{ messageId: 'suggestAwait', data: { call: rewrite.call }, fix: rewrite.fix }] : [],
          });
        }
        for (const { call, site } of collector.blockingHelperCalls()) {
          if (!site.api) continue;
          const where = asyncPlace(call);
          if (!where) continue;
          context.report({
            node: call,
            messageId: 'blockingHelper',
            data: {
              callee: calleeLabel(call, sourceCode),
              name: displayName(site.api),
              line: site.node.loc.start.line,
              place: where.place,
              advice: site.api.advice,
            },
          });
        }
      },
    });
  },
});

function displayName(api: BlockingApi): string {
  return api.module === 'Atomics' ? `Atomics.${api.name}` : api.name;
}
