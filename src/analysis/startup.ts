import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  ENTRY_POINT_NAMES,
  LISTEN_METHOD,
  LISTENER_METHODS,
  NEST_SHUTDOWN_HOOKS,
  NEST_STARTUP_HOOKS,
  SERVER_FACTORIES,
  SHUTDOWN_EVENTS,
  STARTUP_EVENTS,
} from '../catalog/startup.js';
import { childNodes, isFunction, isMethodCall, outermostTransparent, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { isPromiseCallback, isRequestHandler, runsInline } from './context.js';
import { perFile } from './file-cache.js';
import { isBuiltinGlobal, variableOf } from './local-values.js';
import { resolveCallee } from './resolve.js';
import { bindingName, isExported } from './run-once.js';
import { skipsPlace, type ContextsOption } from '../util/options.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Code that runs off the request path: once when the service starts (module
 * top level, `main`/`bootstrap`, a function that creates or starts a server,
 * `listen` callbacks, Nest's `onModuleInit`/`onApplicationBootstrap`) or once
 * when it stops (signal and exit handlers, Nest's shutdown hooks), and the
 * functions of the file that only those call.
 */
export type OffRequestPath = 'shutdown' | 'startup';

/** How far `offRequestPath` follows "only called from" through the functions of a file. */
const MAX_CALLER_DEPTH = 4;

const placeCaches = new WeakMap<TSESTree.Program, Map<FunctionNode, OffRequestPath | null>>();
const bootCaches = new WeakMap<TSESTree.Program, Map<FunctionNode, boolean>>();

/**
 * Whether the code at `node` runs off the request path, and where; null for
 * code that may run per request, job, message or timer tick (or where the
 * file does not show). Request handlers are never off the path, whatever
 * calls them.
 */
export function offRequestPath(context: AnyContext, node: TSESTree.Node): OffRequestPath | null {
  return placeOf(context, node, 0, new Set());
}

function placeOf(context: AnyContext, node: TSESTree.Node, depth: number, visiting: Set<FunctionNode>): OffRequestPath | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child) {
      // A static field runs when the class is defined; an instance field with every construction.
      return parent.static ? placeOf(context, parent.parent.parent, depth, visiting) : null;
    }
    if (parent.type === AST_NODE_TYPES.StaticBlock) return placeOf(context, parent.parent.parent, depth, visiting);
    if (isFunction(parent)) return functionPlace(context, parent, depth, visiting);
  }
  return 'startup';
}

function functionPlace(context: AnyContext, fn: FunctionNode, depth: number, visiting: Set<FunctionNode>): OffRequestPath | null {
  const cache = perFile(placeCaches, context, () => new Map<FunctionNode, OffRequestPath | null>());
  if (cache.has(fn)) return cache.get(fn) ?? null;
  if (visiting.has(fn) || depth > MAX_CALLER_DEPTH) return null;
  visiting.add(fn);
  const place = computeFunctionPlace(context, fn, depth, visiting);
  visiting.delete(fn);
  // Only answers reached within the depth limit are final: a deeper search from another start may still answer.
  if (depth === 0 || place !== null) cache.set(fn, place);
  return place;
}

function computeFunctionPlace(context: AnyContext, fn: FunctionNode, depth: number, visiting: Set<FunctionNode>): OffRequestPath | null {
  // An IIFE, an iteration callback or a promise executor runs where it is written.
  if (runsInline(fn)) return placeOf(context, outermostTransparent(fn), depth, visiting);
  if (isRequestHandler(context, fn)) return null;
  const own = ownPlace(context, fn);
  if (own) return own;
  // `main().then(() => …)`, `app.listen(port).catch(…)`: a continuation of the code it is chained to.
  if (isPromiseCallback(fn)) return placeOf(context, outermostTransparent(fn), depth, visiting);
  return callersPlace(context, fn, depth, visiting);
}

/** What the function itself shows: a lifecycle hook or callback, an entry point, or a body that boots a server. */
function ownPlace(context: AnyContext, fn: FunctionNode): OffRequestPath | null {
  const method = fn.parent.type === AST_NODE_TYPES.MethodDefinition ? fn.parent : null;
  const name = method ? keyName(method.key, method.computed) : bindingName(fn)?.name;
  if (method && !method.static && name !== undefined) {
    if (NEST_STARTUP_HOOKS.has(name)) return 'startup';
    if (NEST_SHUTDOWN_HOOKS.has(name)) return 'shutdown';
  }
  if (!method && name !== undefined && ENTRY_POINT_NAMES.has(name)) return 'startup';
  const callback = lifecycleCallback(context, fn);
  if (callback) return callback;
  return bootsServer(context, fn, 0) ? 'startup' : null;
}

/**
 * A callback of a lifecycle event: `server.listen(port, () => …)`,
 * `server.on('listening', …)`, `process.on('SIGTERM', …)`.
 */
function lifecycleCallback(context: AnyContext, fn: FunctionNode): OffRequestPath | null {
  const argument = outermostTransparent(fn);
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((each) => each === argument)) return null;
  if (isMethodCall(call, [LISTEN_METHOD])) return 'startup';
  if (!isMethodCall(call, LISTENER_METHODS)) return null;
  const event = call.arguments[0];
  if (event?.type !== AST_NODE_TYPES.Literal || typeof event.value !== 'string' || call.arguments[1] !== argument) return null;
  const receiver = skipTransparent(call.callee.object);
  if (isBuiltinGlobal(context.sourceCode, receiver, 'process') && SHUTDOWN_EVENTS.has(event.value)) return 'shutdown';
  return STARTUP_EVENTS.has(event.value) ? 'startup' : null;
}

const FACTORY_NAMES: ReadonlySet<string> = new Set(SERVER_FACTORIES.map((factory) => factory.path.at(-1) ?? 'default'));

/**
 * The function creates a server or app, starts one listening, or forks a
 * cluster's workers: in its own body, in the functions that run inline there
 * (a `new Promise` executor, an IIFE), or in a function of this file that it
 * calls (`async function serve() { … await setupWorker(); }`).
 */
function bootsServer(context: AnyContext, fn: FunctionNode, depth: number): boolean {
  const cache = perFile(bootCaches, context, () => new Map<FunctionNode, boolean>());
  const known = cache.get(fn);
  if (known !== undefined) return known;
  const boots = searchBoot(context, fn, depth);
  // A miss deeper down may be the depth limit's: only the outermost answer, and every hit, are final.
  if (boots || depth === 0) cache.set(fn, boots);
  return boots;
}

function searchBoot(context: AnyContext, fn: FunctionNode, depth: number): boolean {
  const sourceCode = context.sourceCode;
  const pending: TSESTree.Node[] = [fn.body];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || (isFunction(node) && !runsInline(node))) continue;
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
      if (node.type === AST_NODE_TYPES.CallExpression && isMethodCall(node, [LISTEN_METHOD])) return true;
      const callee = node.type === AST_NODE_TYPES.CallExpression ? localFunction(context, node) : null;
      if (callee && callee !== fn && depth < MAX_CALLER_DEPTH && bootsServer(context, callee, depth + 1)) return true;
      const resolved = resolveCallee(context, node, FACTORY_NAMES);
      if (
        resolved &&
        SERVER_FACTORIES.some((factory) => factory.module === resolved.module && (factory.path.at(-1) ?? 'default') === resolved.name)
      ) {
        return true;
      }
    }
    pending.push(...childNodes(sourceCode, node));
  }
  return false;
}

/** The function of this file a call calls by name: `setup()` for `function setup() {}` or `const setup = async () => {}`. */
function localFunction(context: AnyContext, call: TSESTree.CallExpression): FunctionNode | null {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = variableOf(context.sourceCode, callee)?.defs[0];
  if (definition?.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return null;
  const init = skipTransparent(definition.node.init);
  return isFunction(init) ? init : null;
}

/**
 * Where the callers of a function run, when the file shows them all and every
 * one runs off the request path: a function that is not exported and only
 * called (`helper()`) from startup code, or a private method only called as
 * `this.method()` from there.
 */
function callersPlace(context: AnyContext, fn: FunctionNode, depth: number, visiting: Set<FunctionNode>): OffRequestPath | null {
  const calls = callSites(context, fn);
  if (calls === null || calls.length === 0) return null;
  let place: OffRequestPath | null = null;
  for (const call of calls) {
    const callerPlace = placeOf(context, call, depth + 1, visiting);
    if (callerPlace === null) return null;
    // Called at startup and at shutdown: off the path either way, reported as startup.
    place = place === null || place === callerPlace ? callerPlace : 'startup';
  }
  return place;
}

/** Every call of `fn` in the file, or null when it may be called from elsewhere (exported, passed as a value). */
function callSites(context: AnyContext, fn: FunctionNode): TSESTree.CallExpression[] | null {
  if (fn.parent.type === AST_NODE_TYPES.MethodDefinition) return methodCallSites(context.sourceCode, fn.parent);
  const name = bindingName(fn);
  if (!name || isExported(fn)) return null;
  const variable = variableOf(context.sourceCode, name);
  if (!variable) return null;
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    const use = outermostTransparent(reference.identifier);
    const call = use.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use) return null;
    calls.push(call);
  }
  return calls;
}

function methodCallSites(sourceCode: Readonly<TSESLint.SourceCode>, method: TSESTree.MethodDefinition): TSESTree.CallExpression[] | null {
  // Only a private method has no callers outside its class: a public one may be called on an instance anywhere.
  const isPrivate = method.key.type === AST_NODE_TYPES.PrivateIdentifier || method.accessibility === 'private';
  const name = keyName(method.key, method.computed);
  if (!isPrivate || name === undefined || method.kind !== 'method' || method.static) return null;
  const calls: TSESTree.CallExpression[] = [];
  const pending: TSESTree.Node[] = [...method.parent.body];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) continue;
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const property = node.property.type === AST_NODE_TYPES.PrivateIdentifier ? node.property.name : staticPropertyName(node);
      if (property === name) {
        const use = outermostTransparent(node);
        // `this.method` passed along or bound: called from who knows where.
        if (use.parent?.type !== AST_NODE_TYPES.CallExpression || use.parent.callee !== use) return null;
        calls.push(use.parent);
      }
    }
    pending.push(...childNodes(sourceCode, node));
  }
  return calls;
}

function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (computed) return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
  return key.type === AST_NODE_TYPES.Identifier ? key.name : undefined;
}

/**
 * The rule context with a `report` that drops findings at code off the
 * request path (startup, shutdown) unless the rule's `contexts` option asks
 * for them. Findings are placed by their node; one placed by `loc` alone
 * stays. The question is asked per finding, never per node visited.
 */
export function reportingOnRequestPath<C extends AnyContext>(context: C, contexts: ContextsOption | undefined): C {
  if (contexts?.startup === true && contexts.shutdown === true) return context;
  const report = (descriptor: Parameters<C['report']>[0]): void => {
    const node = 'node' in descriptor ? (descriptor.node as TSESTree.Node | undefined) : undefined;
    if (node && skipsPlace(contexts, offRequestPath(context, node))) return;
    context.report(descriptor);
  };
  return Object.create(context, { report: { value: report } }) as C;
}
