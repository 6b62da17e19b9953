import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import {
  FRAMEWORK_FACTORIES,
  FRAMEWORK_TYPE_PACKAGES,
  NEST_MODULE,
  NEST_ROUTE_DECORATORS,
  ROUTE_METHODS,
} from '../catalog/frameworks.js';
import { LISTENER_METHODS } from '../catalog/startup.js';
import {
  findProperty,
  isFunction,
  isMethodCall,
  outermostTransparent,
  skipTransparent,
  staticPropertyName,
  type FunctionNode,
} from './ast.js';
import { perFile } from './file-cache.js';
import { importedModuleOf } from './local-values.js';
import { packageOfFile, resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Where a piece of code runs, from the most specific answer down:
 * - `constructor`: a class constructor body (and its parameter defaults);
 * - `field-initializer`: an instance or static field's initializer (see `isStatic`);
 * - `request-handler`: a route handler of express, fastify, koa, hono or a Nest controller method,
 *   passed inline or by name (`app.get('/x', handler)` with `function handler() {}` in the file);
 * - `promise-callback`: a `.then`/`.catch`/`.finally` handler or a `new Promise` executor;
 * - `async-function`: any other async function;
 * - `function`: any other function;
 * - `module`: module top level (runs once, at import), including static blocks of top-level classes.
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
  /**
   * The innermost function runs synchronously, right where it is written, as
   * part of the code around it: an immediately invoked function, a callback of
   * `forEach`/`map`/… or a `new Promise` executor. False at module and field level.
   */
  readonly runsInline: boolean;
  /** For `field-initializer`: the field is `static` (its initializer runs once, when the class is defined). */
  readonly isStatic: boolean;
  /**
   * The context the innermost function (or the field's class) is written in;
   * null at module level. Follow it through `runsInline` functions to find
   * where code really runs: a `forEach` callback in a constructor runs in the constructor.
   */
  readonly outer: ExecutionContext | null;
}

const ITERATION_METHODS = [
  'forEach',
  'map',
  'flatMap',
  'filter',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
];
const PROMISE_HANDLER_METHODS = ['then', 'catch', 'finally'];

const kindCaches = new WeakMap<TSESTree.Program, Map<FunctionNode, ExecutionContextKind>>();

/** The execution context of `node`. */
export function getExecutionContext(context: AnyContext, node: TSESTree.Node): ExecutionContext {
  let inLoop = false;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isLoopBody(parent, child)) inLoop = true;
    if (
      (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) &&
      parent.value === child
    ) {
      return {
        kind: 'field-initializer',
        fn: null,
        isAsync: false,
        inLoop,
        runsInline: false,
        isStatic: parent.static,
        outer: getExecutionContext(context, parent),
      };
    }
    if (isFunction(parent)) {
      const fn = parent;
      inLoop ||= isIterationCallback(fn);
      return {
        kind: functionKind(context, fn),
        fn,
        isAsync: fn.async,
        inLoop,
        runsInline: runsInline(fn),
        isStatic: false,
        outer: getExecutionContext(context, fn),
      };
    }
  }
  return { kind: 'module', fn: null, isAsync: false, inLoop, runsInline: false, isStatic: false, outer: null };
}

function functionKind(context: AnyContext, fn: FunctionNode): ExecutionContextKind {
  const cache = perFile(kindCaches, context, () => new Map<FunctionNode, ExecutionContextKind>());
  let kind = cache.get(fn);
  if (kind === undefined) {
    kind = computeFunctionKind(context, fn);
    cache.set(fn, kind);
  }
  return kind;
}

function computeFunctionKind(context: AnyContext, fn: FunctionNode): ExecutionContextKind {
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
  return isPromiseExecutor(fn);
}

function isPromiseExecutor(fn: FunctionNode): boolean {
  const parent = fn.parent;
  return (
    parent.type === AST_NODE_TYPES.NewExpression &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Promise' &&
    parent.arguments[0] === fn
  );
}

/**
 * A listener registered on an event emitter (`stream.on('data', (chunk) => …)`):
 * it runs later, on the event loop, each time the event fires, while the
 * service goes on serving the others; registered in a request's code, it is
 * part of that request's work.
 */
export function isEventListener(fn: FunctionNode): boolean {
  const argument = outermostTransparent(fn);
  const call = argument.parent;
  return isMethodCall(call, LISTENER_METHODS) && call.arguments.length === 2 && call.arguments[1] === argument;
}

/** An immediately invoked function (`(() => …)()`, `(function () {…}).call(this)`). */
export function isImmediatelyInvoked(fn: FunctionNode): boolean {
  const outer = outermostTransparent(fn);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) return true;
  return (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === outer &&
    (staticPropertyName(parent) === 'call' || staticPropertyName(parent) === 'apply') &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  );
}

/** The function runs synchronously where it is written: an IIFE, an iteration callback, a `new Promise` executor. */
export function runsInline(fn: FunctionNode): boolean {
  return isImmediatelyInvoked(fn) || isIterationCallback(fn) || isPromiseExecutor(fn);
}

/**
 * A function that runs once per HTTP request: passed to a route method of an
 * app or router (`app.get('/x', fn)`, `router.use(fn)`, `app.route({ handler })`),
 * inline or by the name of a function declared in the file, or a method of a
 * Nest controller with a route decorator.
 */
export function isRequestHandler(context: AnyContext, fn: FunctionNode): boolean {
  if (fn.parent.type === AST_NODE_TYPES.MethodDefinition) return isNestRouteMethod(context, fn.parent);
  if (isRouteArgument(context, fn)) return true;
  return namedHandlerReferences(context, fn).some((reference) => isRouteArgument(context, reference));
}

function isRouteArgument(context: AnyContext, node: TSESTree.Node): boolean {
  const registration = routeRegistration(node);
  if (registration === null) return false;
  return isFrameworkReceiver(context, registration.callee.object) || isImportedRouterRoute(context, registration);
}

/**
 * `router.post('/convert', handler)` on a router that another file of the
 * project made and exports, seen without its type (plain JS, or an import the
 * checker cannot resolve): the route path — a string that starts with `/` —
 * and a receiver imported from a relative module are the evidence.
 */
function isImportedRouterRoute(context: AnyContext, registration: TSESTree.CallExpression): boolean {
  const receiver = skipTransparent((registration.callee as TSESTree.MemberExpression).object);
  if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
  const from = importedModuleOf(context.sourceCode, receiver);
  if (from === null || !from.startsWith('.')) return false;
  const services = typeServices(context);
  if (services && !(services.getTypeAtLocation(receiver).flags & ts.TypeFlags.Any)) return false;
  const [path] = registration.arguments;
  const text =
    path?.type === AST_NODE_TYPES.Literal ? path.value : path?.type === AST_NODE_TYPES.TemplateLiteral ? path.quasis[0]?.value.cooked : null;
  return typeof text === 'string' && text.startsWith('/');
}

/** The identifiers that pass a named function along: `handler` in `app.get('/', handler)`. */
function namedHandlerReferences(context: AnyContext, fn: FunctionNode): TSESTree.Identifier[] {
  const declarator = fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn ? fn.parent : null;
  const declaring = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : declarator;
  const name =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn.id?.name
      : declarator?.id.type === AST_NODE_TYPES.Identifier
        ? declarator.id.name
        : undefined;
  if (!declaring || name === undefined) return [];
  const variable = context.sourceCode.getDeclaredVariables(declaring).find((v) => v.name === name);
  if (!variable) return [];
  return variable.references
    .filter((reference) => reference.isRead() && reference.identifier.type === AST_NODE_TYPES.Identifier)
    .map((reference) => reference.identifier as TSESTree.Identifier);
}

function routeRegistration(
  node: TSESTree.Node,
): (TSESTree.CallExpression & { callee: TSESTree.MemberExpression }) | null {
  let argument: TSESTree.Node = outermostTransparent(node);
  // fastify: app.route({ method: 'GET', url: '/', handler })
  const parent = argument.parent;
  if (
    parent?.type === AST_NODE_TYPES.Property &&
    parent.value === argument &&
    parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
    findProperty(parent.parent, 'handler') === parent
  ) {
    argument = parent.parent;
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
  if (method.kind !== 'method' || method.static) return false;
  const classNode = method.parent.parent;
  const isController = classNode.decorators.some((decorator) => isNestDecorator(context, decorator, ['Controller']));
  return isController && method.decorators.some((decorator) => isNestDecorator(context, decorator, [...NEST_ROUTE_DECORATORS]));
}

/** A decorator imported from `@nestjs/common` under one of `names` (`@Get()`, `@common.Get()`, `@G()` for `Get as G`). */
export function isNestDecorator(context: AnyContext, decorator: TSESTree.Decorator, names: readonly string[]): boolean {
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
