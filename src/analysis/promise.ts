import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import {
  ASSERTION_ENTRY_POINTS,
  ASSERTION_GLOBALS,
  PROMISE_APIS,
  PROMISE_ASSERTION_MEMBERS,
  PROMISE_GLOBALS,
} from '../catalog/limiters.js';
import { childNodes, isFunction, isMethodCall, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { declaredThenable } from './declared-type.js';
import { resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Methods whose call on a value means that value is a promise, and whose result is one. */
const PROMISE_METHODS = ['then', 'catch', 'finally'];
/** Statics of `Promise` that start work (`resolve`/`reject` only wrap a value). */
const PROMISE_STATICS = ['all', 'allSettled', 'any', 'race', 'try'];
const PROMISE_API_NAMES: ReadonlySet<string> = new Set(PROMISE_APIS.flatMap((group) => group.names));
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Whether `useTypes` may ask the type checker: callers pass `true` only for
 * candidates that every cheaper test has already let through.
 */
export interface PromiseQuery {
  readonly useTypes: boolean;
}

/**
 * Whether evaluating `node` starts asynchronous work and yields its promise:
 * a call of a local async function or method, of a library function known to
 * return a promise (`fetch`, `fs/promises`, `timers/promises`, fs-extra
 * without callback…), a `.then`/`.catch`/`.finally` chain, `new Promise`, an
 * async IIFE; with types, any call or `new` whose type is a thenable.
 * A plain read of an existing promise (`job.done`) starts nothing: false.
 */
export function startsPromise(context: AnyContext, node: TSESTree.Node, query: PromiseQuery): boolean {
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.NewExpression) {
    return isGlobalIdentifier(context, expression.callee, 'Promise') || (query.useTypes && isThenable(context, expression));
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  // `p.then(f)` starts work only when `p` does: handlers on an existing promise start nothing new.
  if (isMethodCall(expression, PROMISE_METHODS)) return startsPromise(context, expression.callee.object, query);
  return startsPromiseSyntactically(context, expression, query) || (query.useTypes && isThenable(context, expression));
}

function startsPromiseSyntactically(context: AnyContext, call: TSESTree.CallExpression, query: PromiseQuery): boolean {
  const callee = skipTransparent(call.callee);
  if (isFunction(callee)) return callee.async;
  if (callee.type === AST_NODE_TYPES.Identifier && PROMISE_GLOBALS.has(callee.name)) {
    return isGlobalIdentifier(context, callee, callee.name);
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    isGlobalIdentifier(context, callee.object, 'Promise') &&
    PROMISE_STATICS.includes(staticPropertyName(callee) ?? '')
  ) {
    return true;
  }
  if (declaresPromise(localFunction(context, callee) ?? declaredFunction(context, callee))) return true;
  return isPromiseApiCall(context, call, query);
}

/** A known promise API by import tracking; by name and type only when types may be asked. */
function isPromiseApiCall(context: AnyContext, call: TSESTree.CallExpression, query: PromiseQuery): boolean {
  const resolved = resolveCallee(context, call, query.useTypes ? PROMISE_API_NAMES : NO_NAMES);
  if (!resolved) return false;
  const group = PROMISE_APIS.find((row) => row.module === resolved.module && row.names.includes(resolved.name));
  if (!group) return false;
  return !group.callbackLast || !isFunction(call.arguments.at(-1));
}

/**
 * Whether calling `fn` (a function expression, or a reference to one) returns
 * a promise: an async function; a function that returns a promise it starts
 * (`(x) => fetch(x)`, `function (x) { return load(x); }`); with types, any
 * function whose declared return type is a thenable.
 */
export function returnsPromise(context: AnyContext, fn: TSESTree.Node, query: PromiseQuery): boolean {
  const target = skipTransparent(fn);
  const literal = isFunction(target) ? target : localFunction(context, target);
  if (literal) {
    if (declaresPromise(literal)) return true;
    return returnedExpressions(context.sourceCode, literal).some((expression) => startsPromise(context, expression, query));
  }
  if (declaresPromise(declaredFunction(context, target))) return true;
  return query.useTypes && returnTypeIsThenable(context, target);
}

/** The expressions a function returns: its expression body, or the arguments of its own `return`s. */
export function returnedExpressions(sourceCode: SourceCode, fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const body = skipTransparent(fn.body);
    // `(x) => void send(x)` discards the promise it starts: the caller cannot wait for it either.
    if (body.type === AST_NODE_TYPES.UnaryExpression && body.operator === 'void') return [body.argument];
    return [fn.body];
  }
  const found: TSESTree.Expression[] = [];
  collectReturns(sourceCode, fn.body, found);
  return found;
}

function collectReturns(sourceCode: SourceCode, node: TSESTree.Node, found: TSESTree.Expression[]): void {
  if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody) return;
  if (node.type === AST_NODE_TYPES.ReturnStatement) {
    if (node.argument) found.push(node.argument);
    return;
  }
  for (const child of childNodes(sourceCode, node)) collectReturns(sourceCode, child, found);
}



/**
 * The function a callee or callback names when it is declared in this file:
 * `function load() {}`, `const load = async () => …` (never reassigned), or a
 * method of the enclosing class called as `this.load` or `this.#load`.
 */
export function localFunction(context: AnyContext, node: TSESTree.Node): FunctionNode | null {
  const target = skipTransparent(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(target), target);
    if (!variable || variable.defs.length !== 1) return null;
    const definition = variable.defs[0];
    if (definition?.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
    if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
    const init = definition.node.init ? skipTransparent(definition.node.init) : null;
    const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
    return isFunction(init) && !reassigned ? init : null;
  }
  if (
    target.type === AST_NODE_TYPES.MemberExpression &&
    target.object.type === AST_NODE_TYPES.ThisExpression &&
    !target.computed &&
    (target.property.type === AST_NODE_TYPES.Identifier || target.property.type === AST_NODE_TYPES.PrivateIdentifier)
  ) {
    return ownMethod(target, target.property);
  }
  return null;
}

function ownMethod(node: TSESTree.Node, property: TSESTree.Identifier | TSESTree.PrivateIdentifier): FunctionNode | null {
  let current: TSESTree.Node | undefined = node.parent;
  // `this` inside an arrow function is the enclosing method's `this`.
  while (current && !(isFunction(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression)) {
    current = current.parent;
  }
  const method = current?.parent;
  const body = method?.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || body?.type !== AST_NODE_TYPES.ClassBody) return null;
  for (const member of body.body) {
    if (
      member.type === AST_NODE_TYPES.MethodDefinition &&
      member.kind === 'method' &&
      !member.computed &&
      member.key.type === property.type &&
      (member.key.type === AST_NODE_TYPES.Identifier || member.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      member.key.name === property.name &&
      member.static === method.static
    ) {
      return isFunction(member.value) ? member.value : null;
    }
  }
  return null;
}

/** `declare function load(): Promise<T>;` in this file (without overloads). */
export function declaredFunction(context: AnyContext, node: TSESTree.Node): TSESTree.TSDeclareFunction | null {
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node);
  // Overloads declare several signatures: no single answer.
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === 'FunctionName' && definition.node.type === AST_NODE_TYPES.TSDeclareFunction
    ? definition.node
    : null;
}

/** An async function, or one whose written return type is `Promise<…>` / `PromiseLike<…>`. */
function declaresPromise(fn: FunctionNode | TSESTree.TSDeclareFunction | null): boolean {
  if (!fn) return false;
  if (fn.async) return true;
  const returnType = fn.returnType?.typeAnnotation;
  return (
    returnType?.type === AST_NODE_TYPES.TSTypeReference &&
    returnType.typeName.type === AST_NODE_TYPES.Identifier &&
    PROMISE_TYPE_NAMES.includes(returnType.typeName.name)
  );
}

const PROMISE_TYPE_NAMES = ['Promise', 'PromiseLike'];

/** An identifier that names the global `name` (not shadowed by a local binding or import). */
export function isGlobalIdentifier(context: AnyContext, node: TSESTree.Node, name: string): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

/** With types: whether the value of `node` is a thenable. False without type information. */
export function isThenable(context: AnyContext, node: TSESTree.Node): boolean {
  const services = typeServices(context);
  if (!services) return false;
  // What the called function declares answers without resolving the call.
  const declared = declaredThenable(services, node);
  if (declared !== undefined) return declared;
  if (isPlainAssertion(context, node) || callsLocalVoidFunction(context, node)) return false;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  const checker = services.program.getTypeChecker();
  return tsutils.isThenableType(checker, tsNode, checker.getTypeAtLocation(tsNode));
}

/**
 * A call of a function of this file that is not `async` and returns no value
 * (`const bump = (map, key) => { map.set(key, 1); }`): its result is
 * `undefined`, whatever its arguments. The call's type would infer its type
 * parameters from every argument.
 */
function callsLocalVoidFunction(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const fn = localFunction(context, node.callee);
  return fn !== null && !fn.async && fn.body.type === AST_NODE_TYPES.BlockStatement && returnedExpressions(context.sourceCode, fn).length === 0;
}

/**
 * `expect(x).toBe(y)`, `expect(x).not.toHaveLength(1)`: a chain of an assertion
 * library's `expect` without `resolves`/`rejects`/`eventually`/`poll` returns
 * no promise.
 */
function isPlainAssertion(context: AnyContext, node: TSESTree.Node): boolean {
  let current = skipTransparent(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTransparent(current.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return current !== node && isAssertionEntry(context, callee);
      current = callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (PROMISE_ASSERTION_MEMBERS.has(staticPropertyName(current) ?? '')) return false;
      current = skipTransparent(current.object);
    } else {
      return false;
    }
  }
}

function isAssertionEntry(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || !definition) return ASSERTION_GLOBALS.has(identifier.name);
  if (definition.type !== 'ImportBinding' || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return false;
  const imported = definition.node.imported;
  const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  const source = definition.parent.type === AST_NODE_TYPES.ImportDeclaration ? definition.parent.source.value : null;
  return ASSERTION_ENTRY_POINTS.some((entry) => entry.module === source && entry.name === name);
}

/** With types: whether calling the function value `node` returns a thenable (any of its signatures). */
function returnTypeIsThenable(context: AnyContext, node: TSESTree.Node): boolean {
  const services = typeServices(context);
  if (!services) return false;
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  const type = checker.getTypeAtLocation(tsNode);
  return type
    .getCallSignatures()
    .some((signature) => tsutils.isThenableType(checker, tsNode, checker.getReturnTypeOfSignature(signature)));
}
