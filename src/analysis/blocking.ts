import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import {
  ASYNC_API_NAMES,
  ASYNC_GLOBALS,
  ATOMICS_WAIT,
  BLOCKING_API_NAMES,
  CLOCK_GLOBAL_MENTION,
  BLOCKING_MODULE_MENTION,
  CLIENT_CREATOR_NAMES,
  findAsyncApi,
  findAsyncMethod,
  findBlockingApi,
  findEagerClient,
  type BlockingApi,
  type EagerClient,
} from '../catalog/blocking.js';
import { canonicalModule } from '../catalog/modules.js';
import {
  calleeName,
  childNodes,
  enclosingFunction,
  isFunction,
  isMethodCall,
  skipTransparent,
  staticPropertyName,
  type FunctionNode,
} from './ast.js';
import { isImmediatelyInvoked, isIterationCallback } from './context.js';
import { perFile } from './file-cache.js';
import { resolveCallee, typeServices } from './resolve.js';
import { optionValue } from './static-options.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;
type LoopNode = TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement;

/**
 * Whether the user allowed `api` by name: `readFileSync` (in any module) or
 * `fs#readFileSync` / `node:fs#readFileSync` (in that module only).
 */
export function isAllowed(api: { readonly module: string; readonly name: string }, allow: readonly string[]): boolean {
  return allow.some((entry) => {
    const hash = entry.lastIndexOf('#');
    if (hash === -1) return entry === api.name;
    return entry.slice(hash + 1) === api.name && canonicalModule(entry.slice(0, hash)) === api.module;
  });
}

/**
 * The blocking API a call invokes (`readFileSync` of `node:fs`, `gzipSync`,
 * `execSync`, `Atomics.wait`…), resolved through imports, `require` and, with
 * types, the callee's symbol. Null for anything else or an allowed API.
 */
export function blockingApiOf(context: AnyContext, call: CallLike, allow: readonly string[]): BlockingApi | null {
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = skipTransparent(call.callee);
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === ATOMICS_WAIT.name &&
    isGlobalReference(context, callee.object, ATOMICS_WAIT.module)
  ) {
    return isAllowed(ATOMICS_WAIT, allow) ? null : ATOMICS_WAIT;
  }
  const resolved = resolveCallee(context, call, BLOCKING_API_NAMES);
  const api = resolved ? findBlockingApi(resolved.module, resolved.name) : undefined;
  return api && !isAllowed(api, allow) ? api : null;
}

/** A file that starts with a hashbang (`#!/usr/bin/env node`): a command-line script. */
export function isExecutableScript(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceCode.text.startsWith('#!');
}

/** `node` names the global `name` (`Date`, `Atomics`, `process`), not a local binding of that name. */
export function isGlobalReference(context: AnyContext, node: TSESTree.Node, name: string): boolean {
  const target = skipTransparent(node);
  if (target.type !== AST_NODE_TYPES.Identifier || target.name !== name) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(target), target);
  return !variable || variable.defs.length === 0;
}



/** Whether `visit` returns true for `node` or a node inside it, not descending into nested functions. */
export function someNode(context: AnyContext, node: TSESTree.Node, visit: (node: TSESTree.Node) => boolean): boolean {
  if (visit(node)) return true;
  if (isFunction(node)) return false;
  return childNodes(context.sourceCode, node).some((child) => someNode(context, child, visit));
}

/**
 * A read of the clock: `Date.now()`, `new Date()`, `performance.now()`,
 * `process.hrtime()`, `process.hrtime.bigint()`, `process.uptime()`.
 */
export function isClockRead(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return node.arguments.length === 0 && isGlobalReference(context, node.callee, 'Date');
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticPropertyName(callee);
  const object = skipTransparent(callee.object);
  if (name === 'now') return isGlobalReference(context, object, 'Date') || isGlobalReference(context, object, 'performance');
  if (name === 'hrtime' || name === 'uptime') return isGlobalReference(context, object, 'process');
  if (name === 'bigint' && object.type === AST_NODE_TYPES.MemberExpression) {
    return staticPropertyName(object) === 'hrtime' && isGlobalReference(context, object.object, 'process');
  }
  return false;
}

/**
 * A loop that spins on the clock: it reads the clock in its test or body and
 * does nothing else that could wait or make progress — no `await`, no `yield`
 * and no call but clock reads (`while (Date.now() < until) {}`).
 */
export function isBusyWaitLoop(context: AnyContext, loop: LoopNode): boolean {
  const parts: TSESTree.Node[] = [loop.body];
  if (loop.test) parts.push(loop.test);
  if (loop.type === AST_NODE_TYPES.ForStatement && loop.update) parts.push(loop.update);
  let readsClock = false;
  const doesOtherWork = parts.some((part) =>
    someNode(context, part, (node) => {
      if (isClockRead(context, node)) {
        readsClock = true;
        return false;
      }
      if (isFunction(node) || node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) {
        return true;
      }
      if (node.type === AST_NODE_TYPES.NewExpression) return true;
      // `new Date().getTime()`: a method of a clock read is part of the read.
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTransparent(node.callee);
        return !(callee.type === AST_NODE_TYPES.MemberExpression && isClockRead(context, skipTransparent(callee.object)));
      }
      return false;
    }),
  );
  return readsClock && !doesOtherWork;
}

/**
 * The call runs once and caches its result: the right side of `x ??= …` /
 * `x ||= …`, or of `x = …` guarded by `if (!x)` / `if (x === undefined)`.
 * With `instanceStateIsFresh` (code that runs during construction) a cache on
 * `this` does not count: it is empty for every new instance.
 */
export function isMemoized(call: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, instanceStateIsFresh: boolean): boolean {
  let child: TSESTree.Node = call;
  let parent = call.parent;
  while (parent && isExpressionNode(parent) && parent.type !== AST_NODE_TYPES.AssignmentExpression) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== child) return false;
  const target = parent.left;
  if (instanceStateIsFresh && target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
    return false;
  }
  // A variable of the function itself is empty on every call: nothing is cached.
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
    const owner = enclosingFunction(call);
    if (!variable || (owner && variable.scope.variableScope.block === owner)) return false;
  }
  if (parent.operator === '??=' || parent.operator === '||=') return true;
  if (parent.operator !== '=') return false;
  const statement = parent.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const block = statement.parent;
  const guard = block?.type === AST_NODE_TYPES.BlockStatement && block.body.length === 1 ? block.parent : block;
  if (guard?.type !== AST_NODE_TYPES.IfStatement || guard.alternate) return false;
  return testsAbsence(guard.test, sourceCode.getText(target), sourceCode);
}

function testsAbsence(test: TSESTree.Expression, targetText: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const node = skipTransparent(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return sourceCode.getText(skipTransparent(node.argument)) === targetText;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['==', '==='].includes(node.operator)) {
    const [value, empty] = [node.left, node.right];
    const isEmpty =
      (empty.type === AST_NODE_TYPES.Identifier && empty.name === 'undefined') ||
      (empty.type === AST_NODE_TYPES.Literal && empty.value === null);
    return isEmpty && sourceCode.getText(value) === targetText;
  }
  return false;
}

function isExpressionNode(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
      return true;
    default:
      return false;
  }
}

/**
 * The function a call runs, when it is written in this file: a function
 * declaration or a `const` bound to a function (`helper()`), or a method or
 * arrow-function field of the class `this` belongs to (`this.load()`).
 */
export function calledFunction(context: AnyContext, call: CallLike): FunctionNode | null {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return localFunction(context, callee);
  if (
    call.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    skipTransparent(callee.object).type === AST_NODE_TYPES.ThisExpression
  ) {
    const name = staticPropertyName(callee);
    const classNode = thisClass(call);
    return name !== null && classNode ? instanceMethod(classNode, name) : null;
  }
  return null;
}

function localFunction(context: AnyContext, identifier: TSESTree.Identifier): FunctionNode | null {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  if (variable?.defs.length !== 1) return null;
  const definition = variable.defs[0];
  if (definition?.type === 'FunctionName' && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    return definition.node;
  }
  if (definition?.type === 'Variable' && definition.parent.kind === 'const' && definition.node.init) {
    const init = skipTransparent(definition.node.init);
    return isFunction(init) ? init : null;
  }
  return null;
}

/** The class whose instance `this` is at `node`: arrows keep `this`; any other function but an instance method changes it. */
export function thisClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const method = current.parent;
      if (method.type === AST_NODE_TYPES.MethodDefinition && !method.static) return method.parent.parent;
      return null;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.StaticBlock) {
      return current.type === AST_NODE_TYPES.PropertyDefinition && !current.static ? current.parent.parent : null;
    }
  }
  return null;
}

/** A non-static method, or a non-static field holding a function, named `name`. */
function instanceMethod(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string): FunctionNode | null {
  for (const member of classNode.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'method' && !member.static && !member.computed) {
      // Overload signatures have no body: the implementation follows them.
      if (ASTUtils.getPropertyName(member) === name && member.value.type === AST_NODE_TYPES.FunctionExpression) return member.value;
    }
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && !member.computed && member.value) {
      const value = skipTransparent(member.value);
      if (ASTUtils.getPropertyName(member) === name) return isFunction(value) ? value : null;
    }
  }
  return null;
}

/** How messages name a callee: `helper`, `this.load`, `client.connect`, `readFile(…).then`. */
export function calleeLabel(call: CallLike, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTransparent(callee.object);
    const name = staticPropertyName(callee);
    // `readFile(p).then(…)`: name the chain by the call it starts from.
    if (name !== null && (object.type === AST_NODE_TYPES.CallExpression || object.type === AST_NODE_TYPES.NewExpression)) {
      return `${object.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${calleeLabel(object, sourceCode)}(…).${name}`;
    }
  }
  const text = sourceCode.getText(callee);
  if (/^[\w$.]+$/u.test(text) && text.length <= 40) return text;
  return calleeName(call) ?? text;
}

/** A blocking call of a catalog API, or a busy-wait loop (`api: null`). */
export interface BlockingSite {
  readonly node: TSESTree.Node;
  readonly api: BlockingApi | null;
}

/** A call of a function of this file that blocks, with the blocking site it reaches. */
export interface BlockingHelperCall {
  readonly call: CallLike;
  readonly site: BlockingSite;
}

export interface BlockingCollectorOptions {
  readonly allow: readonly string[];
  /** Count busy-wait loops as blocking sites. */
  readonly busyWait: boolean;
  /** Code that runs during construction: a cache on `this` is empty for every new instance. */
  readonly instanceStateIsFresh: boolean;
}

export interface BlockingCollector {
  readonly listeners: TSESLint.RuleListener;
  /** Blocking calls (and busy-wait loops) in source order; calls that cache their result are left out. */
  readonly sites: readonly BlockingSite[];
  /** After the traversal: calls of local functions and same-class methods whose body blocks. */
  blockingHelperCalls(): readonly BlockingHelperCall[];
}

/**
 * Collects the blocking sites of a file while a rule walks it, and answers,
 * once the walk is done, which calls of the file's own functions block: a
 * function blocks when it (or a `forEach` callback or IIFE inside it) reaches
 * a blocking site directly or through another local function or method.
 * Cycle-safe; the summaries live in the rule's closure, one file at a time.
 */
export function createBlockingCollector(context: AnyContext, options: BlockingCollectorOptions): BlockingCollector {
  const sourceCode = context.sourceCode;
  const reach = blockingReach(context);
  if (!reach.api && !(options.busyWait && reach.clock)) return { listeners: {}, sites: [], blockingHelperCalls: () => [] };
  const sites: BlockingSite[] = [];
  /** What each function does synchronously, in source order: sites, and calls that may reach a local function. */
  const steps = new Map<FunctionNode, (BlockingSite | CallLike)[]>();
  const helperCalls: CallLike[] = [];

  function record(node: TSESTree.Node, step: BlockingSite | CallLike): void {
    const owner = summaryOwner(node);
    if (!owner) return;
    const list = steps.get(owner);
    if (list) list.push(step);
    else steps.set(owner, [step]);
  }

  function onCall(node: CallLike): void {
    const api = reach.api ? blockingApiOf(context, node, options.allow) : null;
    if (api) {
      if (isMemoized(node, sourceCode, options.instanceStateIsFresh)) return;
      const site = { node, api };
      sites.push(site);
      record(node, site);
      return;
    }
    const callee = skipTransparent(node.callee);
    const mayBeLocal =
      callee.type === AST_NODE_TYPES.Identifier ||
      (callee.type === AST_NODE_TYPES.MemberExpression && skipTransparent(callee.object).type === AST_NODE_TYPES.ThisExpression);
    if (!mayBeLocal || isMemoized(node, sourceCode, options.instanceStateIsFresh)) return;
    helperCalls.push(node);
    record(node, node);
  }

  function onLoop(node: LoopNode): void {
    if (!options.busyWait || !isBusyWaitLoop(context, node)) return;
    const site = { node, api: null };
    sites.push(site);
    record(node, site);
  }

  const targets = new Map<CallLike, FunctionNode | null>();
  function targetOf(call: CallLike): FunctionNode | null {
    let target = targets.get(call);
    if (target === undefined) {
      target = calledFunction(context, call);
      targets.set(call, target);
    }
    return target;
  }

  /**
   * The functions that block, each with a witness site: the blocking sites
   * propagated backwards along the calls, breadth first. Linear in the number
   * of calls, whatever cycles the calls form.
   */
  let witnesses: Map<FunctionNode, BlockingSite> | null = null;
  function blockingFunctions(): Map<FunctionNode, BlockingSite> {
    if (witnesses) return witnesses;
    const found = new Map<FunctionNode, BlockingSite>();
    const callers = new Map<FunctionNode, FunctionNode[]>();
    const queue: FunctionNode[] = [];
    for (const [fn, ownSteps] of steps) {
      if (!canBlockItsCaller(fn)) continue;
      for (const step of ownSteps) {
        if ('api' in step) {
          if (!found.has(fn)) {
            found.set(fn, step);
            queue.push(fn);
          }
          continue;
        }
        const target = targetOf(step);
        if (!target) continue;
        const list = callers.get(target);
        if (list) list.push(fn);
        else callers.set(target, [fn]);
      }
    }
    for (let index = 0; index < queue.length; index++) {
      const fn = queue[index] as FunctionNode;
      const site = found.get(fn) as BlockingSite;
      for (const caller of callers.get(fn) ?? []) {
        if (found.has(caller)) continue;
        found.set(caller, site);
        queue.push(caller);
      }
    }
    witnesses = found;
    return found;
  }

  /**
   * The site a blocking function's call reaches first in source order: its
   * first step that is a site or a call of a blocking function. Inside a cycle
   * the witness stands in. Each function is worked out once.
   */
  const reported = new Map<FunctionNode, BlockingSite>();
  function summary(fn: FunctionNode, visiting: Set<FunctionNode> = new Set()): BlockingSite | null {
    const blocking = blockingFunctions();
    const witness = blocking.get(fn);
    if (!witness) return null;
    const known = reported.get(fn);
    if (known) return known;
    if (visiting.has(fn)) return witness;
    visiting.add(fn);
    let result = witness;
    for (const step of steps.get(fn) ?? []) {
      if ('api' in step) {
        result = step;
        break;
      }
      const target = targetOf(step);
      if (target && blocking.has(target)) {
        result = summary(target, visiting) ?? witness;
        break;
      }
    }
    visiting.delete(fn);
    reported.set(fn, result);
    return result;
  }

  return {
    listeners: {
      CallExpression: onCall,
      NewExpression: onCall,
      WhileStatement: onLoop,
      DoWhileStatement: onLoop,
      ForStatement: onLoop,
    },
    sites,
    blockingHelperCalls() {
      const found: BlockingHelperCall[] = [];
      for (const call of helperCalls) {
        const target = targetOf(call);
        const site = target ? summary(target) : null;
        if (site) found.push({ call, site });
      }
      return found;
    },
  };
}

interface BlockingReach {
  /** A call may resolve to a blocking API. */
  readonly api: boolean;
  /** The file names a clock global, which a busy-wait loop reads. */
  readonly clock: boolean;
}

const reaches = new WeakMap<TSESTree.Program, BlockingReach>();

/**
 * What blocking sites this file can hold, from its text. Without types a call
 * resolves to a blocking API only through an import or `require` of its
 * module in this file, whose quoted specifier the text contains; a busy-wait
 * loop reads a clock global, and `Atomics.wait` names `Atomics`. With types a
 * callee can be declared anywhere, so everything stays possible.
 */
function blockingReach(context: AnyContext): BlockingReach {
  return perFile(reaches, context, () => {
    if (typeServices(context)) return { api: true, clock: true };
    const text = context.sourceCode.text;
    return { api: BLOCKING_MODULE_MENTION.test(text) || text.includes(ATOMICS_WAIT.module), clock: CLOCK_GLOBAL_MENTION.test(text) };
  });
}

/** Only a synchronous function blocks its caller; an async one blocks in its own body, where the rule sees it. */
function canBlockItsCaller(fn: FunctionNode): boolean {
  return !fn.async && !fn.generator;
}

/**
 * The function whose call runs `node` synchronously: the innermost function,
 * skipping synchronous IIFEs and iteration callbacks, which run as part of it.
 */
function summaryOwner(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value && node.range[0] >= current.value.range[0]) return null;
    if (isFunction(current)) {
      if (!current.async && !current.generator && (isImmediatelyInvoked(current) || isIterationCallback(current))) continue;
      return current;
    }
  }
  return null;
}

/**
 * Whether a call returns a promise: with types, its type is a thenable; in
 * any case, a call of a known promise API (`fs/promises`, fs-extra without a
 * callback, `timers/promises`, `fetch`…), of an async function or method of
 * this file, of `.then(…)`, or of a known client's async method on an object
 * the code created (`new MongoClient(url).connect()`, `this.client.connect()`
 * after `this.client = new MongoClient(url)`).
 */
export function returnsPromise(context: AnyContext, call: TSESTree.CallExpression): boolean {
  return returnsPromiseSyntactically(context, call) || isThenableCall(context, call);
}

function isThenableCall(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const services = typeServices(context);
  if (!services) return false;
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(call);
  const type = checker.getTypeAtLocation(tsNode);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  return tsutils.isThenableType(checker, tsNode, type);
}

function returnsPromiseSyntactically(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (isMethodCall(call, ['then'])) return true;
  if (isFunction(callee)) return callee.async;
  if (callee.type === AST_NODE_TYPES.Identifier && ASYNC_GLOBALS.has(callee.name) && isGlobalReference(context, callee, callee.name)) {
    return true;
  }
  const local = calledFunction(context, call);
  if (local) return local.async;
  const resolved = resolveCallee(context, call, ASYNC_API_NAMES);
  const api = resolved ? findAsyncApi(resolved.module, resolved.name) : undefined;
  if (api) return !api.promiseUnlessCallback || !isFunction(call.arguments.at(-1));
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee);
  const origin = method === null ? null : creatorOf(context, callee.object);
  if (!origin || method === null) return false;
  const creator = resolveCallee(context, origin, CLIENT_CREATOR_NAMES);
  return creator !== null && findAsyncMethod(creator.module, creator.name, method) !== undefined;
}

/**
 * The `new`/call that created an object: the expression itself, the
 * initializer of a `const`, or what the class assigns to `this.x` (in its
 * constructor, or as the field's initializer).
 */
function creatorOf(context: AnyContext, node: TSESTree.Node): CallLike | null {
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.NewExpression || expression.type === AST_NODE_TYPES.CallExpression) return expression;
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression)?.defs[0];
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return null;
    const init = skipTransparent(definition.node.init);
    return init.type === AST_NODE_TYPES.NewExpression || init.type === AST_NODE_TYPES.CallExpression ? init : null;
  }
  if (expression.type !== AST_NODE_TYPES.MemberExpression || skipTransparent(expression.object).type !== AST_NODE_TYPES.ThisExpression) {
    return null;
  }
  const name = staticPropertyName(expression);
  const classNode = thisClass(expression);
  if (name === null || !classNode) return null;
  for (const member of classNode.body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && !member.computed && member.value) {
      if (ASTUtils.getPropertyName(member) === name) return creatorOf(context, member.value);
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const statement of member.value.body?.body ?? []) {
        const assigned = thisAssignment(statement, name);
        if (assigned) return creatorOf(context, assigned);
      }
    }
  }
  return null;
}

/** The value of `this.<name> = value;` when `statement` is that assignment. */
function thisAssignment(statement: TSESTree.Statement, name: string): TSESTree.Expression | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const expression = statement.expression;
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return null;
  const left = expression.left;
  const isTarget =
    left.type === AST_NODE_TYPES.MemberExpression &&
    left.object.type === AST_NODE_TYPES.ThisExpression &&
    staticPropertyName(left) === name;
  return isTarget ? expression.right : null;
}

/**
 * A client that connects as soon as it is created (`new Redis()` of ioredis
 * without `lazyConnect: true`, mysql2 `createConnection()`,
 * `mongoose.createConnection(uri)`). Null when an option the code cannot see
 * might defer the connection.
 */
export function eagerClientOf(context: AnyContext, node: CallLike, allow: readonly string[]): EagerClient | null {
  const resolved = resolveCallee(context, node, CLIENT_CREATOR_NAMES);
  const client = resolved ? findEagerClient(resolved.module, resolved.name) : undefined;
  if (!resolved || !client) return null;
  // `import Redis from 'ioredis'` resolves to the default export: allow it by its class name.
  const name = resolved.name === 'default' ? (client.names.find((candidate) => candidate !== 'default') ?? 'default') : resolved.name;
  if (isAllowed({ module: resolved.module, name }, allow)) return null;
  if (client.needsArgument && node.arguments.length === 0) return null;
  const lazyOption = client.lazyOption;
  if (lazyOption === undefined) return client;
  for (const argument of node.arguments) {
    const value = skipTransparent(argument);
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      const lazy = optionValue(value, lazyOption, context.sourceCode);
      if (!lazy.known || lazy.value === true) return null;
    } else if (!isConnectionTarget(context, value)) {
      return null;
    }
  }
  return client;
}

/** A URL, host or port argument: a string or number, never an options object. */
function isConnectionTarget(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' || typeof node.value === 'number';
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(node.object) === 'env' &&
    isGlobalReference(context, node.object.object, 'process')
  ) {
    return true;
  }
  const services = typeServices(context);
  if (!services) return false;
  const type = services.getTypeAtLocation(node);
  return (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike)) !== 0 && !(type.flags & ts.TypeFlags.Any);
}
