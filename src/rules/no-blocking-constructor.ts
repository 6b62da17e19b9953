import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isMethodCall, skipTransparent, type FunctionNode } from '../analysis/ast.js';
import {
  calleeLabel,
  createBlockingCollector,
  eagerClientOf,
  isExecutableScript,
  returnsPromise,
  type BlockingSite,
} from '../analysis/blocking.js';
import { getExecutionContext, isNestDecorator } from '../analysis/context.js';
import { mergeListeners } from '../analysis/listeners.js';
import type { BlockingApi } from '../catalog/blocking.js';
import { createRule } from '../util/create-rule.js';
import { allowListSchema } from '../util/options.js';
import { lazyGetter } from './no-blocking-constructor/lazy-getter.js';

export type MessageIds =
  | 'blockingCall'
  | 'blockingHelper'
  | 'busyWait'
  | 'busyWaitHelper'
  | 'floatingPromise'
  | 'eagerClient'
  | 'suggestLazyGetter';

export type Options = [{ allow?: string[] }];

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Where construction-time code runs, and the class it builds. */
interface Construction {
  readonly place: 'the constructor' | 'a field initializer';
  readonly constructorFn: FunctionNode | null;
  readonly classNode: ClassNode;
}

/** Nest decorators of providers and controllers, which the container creates once unless their scope says otherwise. */
const NEST_SINGLETON_DECORATORS = ['Injectable', 'Controller'];

const CLASS_KEYWORD = /\bclass\b/u;

export default createRule<Options, MessageIds>({
  name: 'no-blocking-constructor',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow blocking work and un-awaitable I/O in constructors and instance field initializers',
      recommended: 'strict',
      requiresTypeChecking: true,
      severityClass: 'block',
      failureUnderLoad: {
        blockingCall:
          "The synchronous call stops the event loop every time an object is constructed: with an object per request, 50 concurrent requests make the last one wait 50 times the call's duration.",
        blockingHelper:
          'The method the constructor calls runs a synchronous call that stops the event loop for every object constructed, so under load every pending request waits behind each construction.',
        busyWait:
          'The loop spins the CPU until the clock passes its deadline, and nothing else on the process runs meanwhile: each object constructed under load stalls every pending request for the whole wait.',
        busyWaitHelper:
          'The method the constructor calls spins on the clock, so nothing else on the process runs until the wait ends: each object constructed under load stalls every pending request.',
        floatingPromise:
          'A constructor cannot await, so callers use the object before the work it started has finished, and a rejection of that work is unhandled and can crash the process.',
        eagerClient:
          "The client connects as soon as it is constructed, so an object made per request opens a connection per request: 50 concurrent requests open 50 connections and exhaust the server's limit.",
      },
      remedy: {
        blockingCall:
          'Do the work once at startup and pass the result in, or move it into an async `init()` that uses the promise API and is awaited.',
        blockingHelper:
          'Make the helper async with the promise API and call it from an awaited `init()` or a static async factory, or run it once at startup.',
        busyWait:
          'Await a timer (`await setTimeout(ms)` from `node:timers/promises`) in an async method instead of spinning in the constructor.',
        busyWaitHelper:
          'Make the helper async and await a timer from `node:timers/promises` in it, called from an async method rather than the constructor.',
        floatingPromise:
          'Start the work in an async `init()` or a static async factory (`static async create()`) and await it before the object is used.',
        eagerClient:
          'Inject one shared client created at startup, or create it with `lazyConnect: true` and connect in an awaited `init()`.',
      },
    },
    hasSuggestions: true,
    schema: allowListSchema(
      'Blocking APIs and eager clients to accept: an export name (`readFileSync`, `Redis`) or a module and name (`node:fs#readFileSync`).',
    ),
    defaultOptions: [{ allow: [] }],
    messages: {
      blockingCall:
        '`{{name}}` blocks the event loop in {{place}}; do it once at startup, or with `await` in an async `init()`.',
      blockingHelper:
        '`{{callee}}()` runs `{{name}}` (line {{line}}) in {{place}}, blocking the event loop; do it at startup or in `init()`.',
      busyWait:
        'This loop spins on the clock in {{place}}, blocking the event loop; await a timer in an async method instead.',
      busyWaitHelper:
        '`{{callee}}()` spins on the clock (line {{line}}) in {{place}}, blocking the event loop; await a timer instead.',
      floatingPromise:
        '`{{callee}}()` starts async work that {{place}} cannot await; do it in an async `init()` or factory and await it.',
      eagerClient:
        '`{{call}}` connects in {{place}}, a connection per object; inject a shared client, or `lazyConnect` in `init()`.',
      suggestLazyGetter: 'Compute `{{property}}` lazily on first access instead of in {{place}}.',
    },
  },
  create(context, [{ allow = [] }]) {
    const sourceCode = context.sourceCode;
    // An executable script (`#!/usr/bin/env node`) serves one user: blocking there stalls no one else.
    if (isExecutableScript(sourceCode)) return {};
    // Every report is in a constructor or a field initializer: a file without a class has none.
    if (!CLASS_KEYWORD.test(sourceCode.text)) return {};
    const collector = createBlockingCollector(context, { allow, busyWait: true, instanceStateIsFresh: true });
    const statements: TSESTree.ExpressionStatement[] = [];
    const creations: (TSESTree.NewExpression | TSESTree.CallExpression)[] = [];

    /** The construction that runs `node`, through `forEach` callbacks and IIFEs that run inside it. */
    function construction(node: TSESTree.Node): Construction | null {
      let current = getExecutionContext(context, node);
      while (current.kind === 'function' && current.runsInline && current.outer) current = current.outer;
      if (current.kind === 'constructor' && current.fn?.parent.type === AST_NODE_TYPES.MethodDefinition) {
        return { place: 'the constructor', constructorFn: current.fn, classNode: current.fn.parent.parent.parent };
      }
      if (current.kind === 'field-initializer' && !current.isStatic) {
        const classNode = fieldClass(node);
        return classNode ? { place: 'a field initializer', constructorFn: null, classNode } : null;
      }
      return null;
    }

    /** A construction that runs per request, as far as this file can tell (not a one-off singleton). */
    function perInstanceConstruction(node: TSESTree.Node): Construction | null {
      const found = construction(node);
      return found && !isSingleton(found.classNode) ? found : null;
    }

    /**
     * Classes the program creates once: Nest providers and controllers in the
     * default singleton scope, and classes private to the file that are only
     * instantiated at module top level.
     */
    function isSingleton(classNode: ClassNode): boolean {
      const nest = classNode.decorators.find((decorator) => isNestDecorator(context, decorator, NEST_SINGLETON_DECORATORS));
      if (nest) return !/\bScope\.(?:REQUEST|TRANSIENT)\b/u.test(sourceCode.getText(nest));
      if (classNode.type !== AST_NODE_TYPES.ClassDeclaration || !classNode.id) return false;
      const parent = classNode.parent;
      if (parent.type === AST_NODE_TYPES.ExportNamedDeclaration || parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        return false;
      }
      const variable = sourceCode.getDeclaredVariables(classNode).find((v) => v.name === classNode.id?.name);
      const references = variable?.references.filter((reference) => reference.identifier !== classNode.id) ?? [];
      return (
        references.length > 0 &&
        references.every((reference) => {
          const identifier = reference.identifier;
          const created = identifier.parent?.type === AST_NODE_TYPES.NewExpression && identifier.parent.callee === identifier;
          return created && getExecutionContext(context, identifier).kind === 'module';
        })
      );
    }

    function reportSite(site: BlockingSite, found: Construction): void {
      if (!site.api) {
        context.report({ node: site.node, messageId: 'busyWait', data: { place: found.place } });
        return;
      }
      context.report({
        node: site.node,
        messageId: 'blockingCall',
        data: { name: displayName(site.api), place: found.place },
        suggest: lazySuggestion(site.node, found),
      });
    }

    function lazySuggestion(node: TSESTree.Node, found: Construction): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const rewrite = lazyGetter(context, node, found.constructorFn);
      return rewrite
        ? [{ messageId: 'suggestLazyGetter', data: { property: rewrite.property, place: found.place }, fix: rewrite.fix }]
        : [];
    }

    function reportFloating(statement: TSESTree.ExpressionStatement): void {
      const call = skipTransparent(statement.expression);
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type === AST_NODE_TYPES.Super) return;
      // `.catch(handler)` and `.then(onFulfilled, onRejected)` handle the rejection themselves.
      if (isMethodCall(call, ['catch']) || (isMethodCall(call, ['then']) && call.arguments.length >= 2)) return;
      const found = construction(statement);
      if (!found || !returnsPromise(context, call)) return;
      context.report({
        node: call,
        messageId: 'floatingPromise',
        data: { callee: calleeLabel(call, sourceCode), place: found.place },
      });
    }

    return mergeListeners(collector.listeners, {
      ExpressionStatement(node) {
        if (skipTransparent(node.expression).type === AST_NODE_TYPES.CallExpression) statements.push(node);
      },
      NewExpression(node) {
        creations.push(node);
      },
      CallExpression(node) {
        creations.push(node);
      },
      'Program:exit'() {
        for (const site of collector.sites) {
          const found = perInstanceConstruction(site.node);
          if (found) reportSite(site, found);
        }
        for (const { call, site } of collector.blockingHelperCalls()) {
          const found = perInstanceConstruction(call);
          if (!found) continue;
          const callee = calleeLabel(call, sourceCode);
          const line = site.node.loc.start.line;
          if (!site.api) {
            context.report({ node: call, messageId: 'busyWaitHelper', data: { callee, line, place: found.place } });
            continue;
          }
          context.report({
            node: call,
            messageId: 'blockingHelper',
            data: { callee, name: displayName(site.api), line, place: found.place },
            suggest: lazySuggestion(call, found),
          });
        }
        for (const node of creations) {
          const client = eagerClientOf(context, node, allow);
          if (!client) continue;
          const found = perInstanceConstruction(node);
          if (!found) continue;
          const call = `${node.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${calleeLabel(node, sourceCode)}()`;
          context.report({ node, messageId: 'eagerClient', data: { call, place: found.place } });
        }
        for (const statement of statements) reportFloating(statement);
      },
    });
  },
});

function displayName(api: BlockingApi): string {
  return api.module === 'Atomics' ? `Atomics.${api.name}` : api.name;
}

/** The class of the field whose initializer contains `node`. */
function fieldClass(node: TSESTree.Node): ClassNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) {
      return current.parent.parent;
    }
  }
  return null;
}
