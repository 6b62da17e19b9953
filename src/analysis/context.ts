import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  FRAMEWORK_FACTORIES,
  FRAMEWORK_TYPE_PACKAGES,
  NEST_MODULE,
  NEST_ROUTE_DECORATORS,
  ROUTE_METHODS,
} from '../catalog/frameworks.js';
import { findProperty, isFunction, isMethodCall, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { packageOfFile, resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Where a piece of code runs, from the most specific answer down:
 * - `constructor`: a class constructor body;
 * - `field-initializer`: an instance or static field's initializer;
 * - `request-handler`: a route handler of express, fastify, koa, hono or a Nest controller method;
 * - `promise-callback`: a `.then`/`.catch`/`.finally` handler or a `new Promise` executor;
 * - `async-function`: any other async function;
 * - `function`: any other function;
 * - `module`: module top level (runs once, at import).
 */
export type ExecutionContextKind =
  | 'async-function'
  | 'constructor'
  | 'field-initializer'
  | 'function'
  | 'module'
  | 'promise-callback'
  | 'request-handler';

export interface ExecutionContext {
  readonly kind: ExecutionContextKind;
  /** The innermost function around the code, or null at module or field level. */
  readonly fn: FunctionNode | null;
  readonly isAsync: boolean;
  /**
   * Inside a loop body (statement loops, or a callback of `forEach`/`map`/…)
   * within the same function, or the innermost function is itself such a callback.
   */
  readonly inLoop: boolean;
}

const ITERATION_METHODS = ['forEach', 'map', 'flatMap', 'filter', 'reduce', 'some', 'every', 'find'];
const PROMISE_HANDLER_METHODS = ['then', 'catch', 'finally'];

/** The execution context of `node`. */
export function getExecutionContext(context: AnyContext, node: TSESTree.Node): ExecutionContext {
  let inLoop = false;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isLoopBody(parent, child)) inLoop = true;
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child) {
      return { kind: 'field-initializer', fn: null, isAsync: false, inLoop };
    }
    if (isFunction(parent)) {
      const fn = parent;
      inLoop ||= isIterationCallback(fn);
      return { kind: functionKind(context, fn), fn, isAsync: fn.async, inLoop };
    }
  }
  return { kind: 'module', fn: null, isAsync: false, inLoop };
}

function functionKind(context: AnyContext, fn: FunctionNode): ExecutionContextKind {
  if (isConstructor(fn)) return 'constructor';
  if (isRequestHandler(context, fn)) return 'request-handler';
  if (isPromiseCallback(fn)) return 'promise-callback';
  return fn.async ? 'async-function' : 'function';
}

function isLoopBody(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.ForStatement:
      return child === parent.body || child === parent.test || child === parent.update;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return child === parent.body;
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return child === parent.body || child === parent.test;
    default:
      return false;
  }
}

function isConstructor(fn: FunctionNode): boolean {
  return fn.parent.type === AST_NODE_TYPES.MethodDefinition && fn.parent.kind === 'constructor';
}

export function isIterationCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  return isMethodCall(call, ITERATION_METHODS) && call.arguments[0] === fn;
}

export function isPromiseCallback(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (isMethodCall(parent, PROMISE_HANDLER_METHODS) && (parent.arguments as readonly TSESTree.Node[]).includes(fn)) return true;
  return (
    parent.type === AST_NODE_TYPES.NewExpression &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Promise' &&
    parent.arguments[0] === fn
  );
}

/**
 * A function that runs once per HTTP request: passed to a route method of an
 * app or router (`app.get('/x', fn)`, `router.use(fn)`, `app.route({ handler })`)
 * or a method of a Nest controller with a route decorator.
 */
export function isRequestHandler(context: AnyContext, fn: FunctionNode): boolean {
  if (fn.parent.type === AST_NODE_TYPES.MethodDefinition) return isNestRouteMethod(context, fn.parent);
  const registration = routeRegistration(fn);
  return registration !== null && isFrameworkReceiver(context, registration.callee.object);
}

function routeRegistration(fn: FunctionNode): (TSESTree.CallExpression & { callee: TSESTree.MemberExpression }) | null {
  let argument: TSESTree.Node = fn;
  // fastify: app.route({ method: 'GET', url: '/', handler })
  if (
    fn.parent.type === AST_NODE_TYPES.Property &&
    fn.parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
    findProperty(fn.parent.parent, 'handler') === fn.parent
  ) {
    argument = fn.parent.parent;
  }
  const call = argument.parent;
  if (!isMethodCall(call, [...ROUTE_METHODS]) || !(call.arguments as readonly TSESTree.Node[]).includes(argument)) {
    return null;
  }
  return call;
}

/** The receiver is an app or router: by its type, or by the framework factory that created it. */
function isFrameworkReceiver(context: AnyContext, receiver: TSESTree.Expression): boolean {
  const services = typeServices(context);
  if (services) {
    const type = services.getTypeAtLocation(receiver);
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    const pkg = file ? packageOfFile(file) : null;
    if (pkg && FRAMEWORK_TYPE_PACKAGES.has(pkg)) return true;
  }
  return createdByFrameworkFactory(context, receiver);
}

function createdByFrameworkFactory(context: AnyContext, receiver: TSESTree.Expression): boolean {
  let root = skipTransparent(receiver);
  // app.route('/x').get(fn): the chain starts at `app`.
  while (isMethodCall(root, ['route'])) root = skipTransparent(root.callee.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(root), root);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init) return false;
  let init = skipTransparent(definition.node.init);
  if (init.type === AST_NODE_TYPES.AwaitExpression) init = skipTransparent(init.argument);
  if (init.type !== AST_NODE_TYPES.CallExpression && init.type !== AST_NODE_TYPES.NewExpression) return false;
  const resolved = resolveCallee(context, init, FACTORY_NAMES);
  return (
    resolved !== null &&
    FRAMEWORK_FACTORIES.some((factory) => factory.module === resolved.module && (factory.path.at(-1) ?? 'default') === resolved.name)
  );
}

const FACTORY_NAMES: ReadonlySet<string> = new Set(FRAMEWORK_FACTORIES.map((factory) => factory.path.at(-1) ?? 'default'));

function isNestRouteMethod(context: AnyContext, method: TSESTree.MethodDefinition): boolean {
  const classNode = method.parent.parent;
  const isController = classNode.decorators.some((decorator) => isNestDecorator(context, decorator, ['Controller']));
  return isController && method.decorators.some((decorator) => isNestDecorator(context, decorator, [...NEST_ROUTE_DECORATORS]));
}

function isNestDecorator(context: AnyContext, decorator: TSESTree.Decorator, names: readonly string[]): boolean {
  const expression = skipTransparent(decorator.expression);
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? skipTransparent(expression.callee) : expression;
  const identifier =
    callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier
      ? { local: callee.object, name: staticPropertyName(callee) }
      : callee.type === AST_NODE_TYPES.Identifier
        ? { local: callee, name: null }
        : null;
  if (!identifier) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(decorator), identifier.local);
  const definition = variable?.defs[0];
  if (definition?.type !== 'ImportBinding') return false;
  const declaration = definition.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== NEST_MODULE) return false;
  const specifier = definition.node;
  const importedName =
    identifier.name ??
    (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier
      ? specifier.imported.name
      : null);
  return importedName !== null && names.includes(importedName);
}
