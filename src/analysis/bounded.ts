import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { PAGINATION_SPREAD, PARALLELISM_SOURCES, QUERY_LIMIT_METHODS, QUERY_LIMIT_OPTIONS } from '../catalog/limiters.js';
import { childNodes, findProperty, isFunction, isMethodCall, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { isGlobalIdentifier } from './promise.js';
import { isSameValue } from './same-value.js';
import { staticValueOf } from './static-options.js';
import { resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The largest element count that a literal size may have and still count as
 * small (`Array.from({ length: 100 })`): beyond it, starting every element at
 * once is what the caller should limit.
 */
export const SMALL_COLLECTION_SIZE = 100;

/** Array methods whose result has at most as many elements as their receiver (`fill` returns it). */
const SHRINKING_METHODS = [
  'filter',
  'map',
  'reverse',
  'sort',
  'toReversed',
  'toSorted',
  'toSpliced',
  'with',
  'fill',
  'keys',
  'values',
  'entries',
];
/** Methods that mutate an array in place and can make it grow. */
const GROWING_METHODS = ['push', 'unshift', 'splice'];
/** Array methods that call their first argument once per element, synchronously. */
const ITERATION_METHODS = ['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex'];
/** Helpers that split a collection into chunks of a given size (lodash `chunk(xs, size)`). */
const CHUNK_HELPERS = ['chunk'];
const PARALLELISM_NAMES: ReadonlySet<string> = new Set(PARALLELISM_SOURCES.flatMap((row) => row.names));
const MAX_HOPS = 3;

type LoopStatement =
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement;

/**
 * Where code runs once per element: the body of a loop statement, or a
 * callback that an iteration method (`forEach`, `map`, `Array.from(xs, fn)`…)
 * calls for every element of `collection`.
 */
export type Iteration =
  | { readonly kind: 'statement'; readonly node: LoopStatement }
  | {
      readonly kind: 'callback';
      readonly node: FunctionNode;
      readonly call: TSESTree.CallExpression;
      readonly collection: TSESTree.Node;
    };

/**
 * The innermost iteration that runs `node` once per element, looking no
 * further out than the innermost function (which is itself the iteration
 * when it is an iteration callback). Null when `node` runs once per call.
 */
export function enclosingIteration(node: TSESTree.Node): Iteration | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isLoopBody(parent, child)) return { kind: 'statement', node: parent };
    if (isFunction(parent)) return iterationCallback(parent);
  }
  return null;
}

function isLoopBody(parent: TSESTree.Node, child: TSESTree.Node): parent is LoopStatement {
  switch (parent.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return child === parent.body;
    default:
      return false;
  }
}

/** The iteration a callback is, when an iteration method calls it once per element. */
export function iterationCallback(fn: FunctionNode): Iteration | null {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  if (isMethodCall(call, ITERATION_METHODS) && call.arguments[0] === fn) {
    return { kind: 'callback', node: fn, call, collection: call.callee.object };
  }
  const source = call.arguments[0];
  if (isArrayStatic(call, 'from') && call.arguments[1] === fn && source && source.type !== AST_NODE_TYPES.SpreadElement) {
    return { kind: 'callback', node: fn, call, collection: source };
  }
  return null;
}

/**
 * Whether each pass of a loop statement waits before the next one starts: its
 * body (outside nested functions) has an `await` or a `yield`. The work it
 * starts is then paced, not started all at once.
 */
export function pausesEachIteration(context: AnyContext, iteration: Iteration): boolean {
  return iteration.kind === 'statement' && containsPause(context.sourceCode, iteration.node.body);
}

function containsPause(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) return true;
  if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) return true;
  if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody) return false;
  return childNodes(sourceCode, node).some((child) => containsPause(sourceCode, child));
}

/** Whether an iteration runs a known, bounded number of times. */
export function isBoundedIteration(context: AnyContext, iteration: Iteration, query: BoundQuery = { useTypes: true }): boolean {
  if (iteration.kind === 'callback') return isBoundedCollection(context, iteration.collection, query);
  const loop = iteration.node;
  switch (loop.type) {
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return isBoundedCollection(context, loop.right, query);
    case AST_NODE_TYPES.ForStatement:
      return loop.test !== null && isBoundedTest(context, loop.test);
    default:
      return false;
  }
}

/** `i < 4`, `i <= os.cpus().length`, `n > i`, `i < items.length` for a bounded `items`. */
function isBoundedTest(context: AnyContext, test: TSESTree.Expression): boolean {
  const node = skipTransparent(test);
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (node.operator === '<' || node.operator === '<=') return isSmallCount(context, node.right);
  if (node.operator === '>' || node.operator === '>=') return isSmallCount(context, node.left);
  return false;
}

/**
 * Whether a collection has a known, bounded size:
 * - array and object literals (spreads only of bounded collections), strings;
 * - `Array.from({ length: n })`, `Array(n)`, `new Array(n)` for a small constant `n`,
 *   or for the machine's parallelism (`os.availableParallelism()`, `os.cpus().length`);
 * - slices, splices and chunks of a constant size (`xs.slice(0, 10)`, `queue.splice(0, 50)`,
 *   `for (const batch of chunk(xs, 20))`), and `xs.slice(i, i + k)` in a loop stepping `i` by `k`,
 *   whatever `k` is;
 * - filters, maps, sorts and copies of a bounded collection; `Object.keys/values/entries` of a literal;
 * - a `const` (or never reassigned) variable holding one of those that is never grown (`push`, `unshift`, `splice`);
 * - with types, a tuple.
 */
export function isBoundedCollection(context: AnyContext, node: TSESTree.Node, query: BoundQuery = { useTypes: true }): boolean {
  return isBoundedSyntactically(context, node, 0, query.pages === true) || (query.useTypes && isTuple(context, node));
}

/** Whether the type checker may be asked (only for candidates that passed every cheaper test). */
export interface BoundQuery {
  readonly useTypes: boolean;
  /**
   * A page of query results counts as bounded (`findAll({ limit })`, `.take(n)`): right for how many
   * operations run at once, wrong for how many run in all (a query per row of a page is still N + 1).
   */
  readonly pages?: boolean;
}

function isBoundedSyntactically(context: AnyContext, node: TSESTree.Node, hops: number, pages: boolean): boolean {
  const expression = skipTransparent(node);
  switch (expression.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return expression.elements.every(
        (element) => element?.type !== AST_NODE_TYPES.SpreadElement || isBoundedSyntactically(context, element.argument, hops, pages),
      );
    case AST_NODE_TYPES.ObjectExpression: {
      const length = findProperty(expression, 'length');
      if (length) return isSmallCount(context, length.value);
      return expression.properties.every((property) => property.type !== AST_NODE_TYPES.SpreadElement);
    }
    case AST_NODE_TYPES.Literal:
      return typeof expression.value === 'string';
    case AST_NODE_TYPES.Identifier:
      return hops < MAX_HOPS && isBoundedVariable(context, expression, hops + 1, pages);
    case AST_NODE_TYPES.NewExpression:
      return isBoundedConstruction(context, expression, hops, pages);
    case AST_NODE_TYPES.CallExpression:
      return isBoundedCall(context, expression, hops, pages) || (pages && isLimitedQuery(context, expression));
    case AST_NODE_TYPES.AwaitExpression:
      return isBoundedSyntactically(context, expression.argument, hops, pages);
    default:
      return false;
  }
}

function isBoundedCall(context: AnyContext, call: TSESTree.CallExpression, hops: number, pages: boolean): boolean {
  const callee = skipTransparent(call.callee);
  const args = call.arguments;
  if (isGlobalIdentifier(context, callee, 'Array')) return isBoundedArrayConstructor(context, args);
  if (isArrayStatic(call, 'of')) return args.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement);
  if (isArrayStatic(call, 'from')) return args[0] !== undefined && isBoundedSyntactically(context, args[0], hops, pages);
  if (isObjectStatic(context, call)) return args[0] !== undefined && isBoundedSyntactically(context, args[0], hops, pages);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee);
  if (method === 'slice') return isConstantSlice(context, call) || isBoundedSyntactically(context, callee.object, hops, pages);
  if (method === 'splice') return args[1] !== undefined && isConstantNumber(context, args[1]);
  if (method === 'concat') {
    return [callee.object, ...args].every((part) => part.type !== AST_NODE_TYPES.SpreadElement && isBoundedSyntactically(context, part, hops, pages));
  }
  return method !== null && SHRINKING_METHODS.includes(method) && isBoundedSyntactically(context, callee.object, hops, pages);
}

/**
 * A query that says how many rows it returns at most: an options object with
 * a limit (`findAll({ where, limit: 25 })`, `findMany({ take })`, a spread of
 * pagination), or a limit in its chain (`knex('t').where(w).limit(10)`,
 * `.first()`). Whatever the limit's value, it is a page: the caller chose it.
 */
function isLimitedQuery(context: AnyContext, call: TSESTree.CallExpression): boolean {
  for (let current: TSESTree.Node = call; ; ) {
    const node = skipTransparent(current);
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      current = node.argument;
      continue;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    if (node.arguments.some((argument) => hasLimitOption(context, argument))) return true;
    const callee = skipTransparent(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = staticPropertyName(callee);
    if (method !== null && QUERY_LIMIT_METHODS.has(method)) return true;
    current = callee.object;
  }
}

function hasLimitOption(context: AnyContext, argument: TSESTree.Node): boolean {
  const options = skipTransparent(argument);
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return options.properties.some((property) =>
    property.type === AST_NODE_TYPES.SpreadElement
      ? PAGINATION_SPREAD.test(context.sourceCode.getText(property.argument))
      : !property.computed && QUERY_LIMIT_OPTIONS.has(propertyKeyName(property.key) ?? ''),
  );
}

function propertyKeyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

function isBoundedConstruction(context: AnyContext, node: TSESTree.NewExpression, hops: number, pages: boolean): boolean {
  const callee = skipTransparent(node.callee);
  if (isGlobalIdentifier(context, callee, 'Array')) return isBoundedArrayConstructor(context, node.arguments);
  const source = node.arguments[0];
  return (
    (isGlobalIdentifier(context, callee, 'Set') || isGlobalIdentifier(context, callee, 'Map')) &&
    source !== undefined &&
    isBoundedSyntactically(context, source, hops, pages)
  );
}

/** `Array(n)` is `n` empty slots; `Array(a, b)` is the elements `a`, `b`. */
function isBoundedArrayConstructor(context: AnyContext, args: readonly TSESTree.CallExpressionArgument[]): boolean {
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  const only = args[0];
  return args.length !== 1 || (only !== undefined && isSmallCount(context, only));
}

function isArrayStatic(call: TSESTree.CallExpression, name: string): boolean {
  const callee = skipTransparent(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Array' &&
    staticPropertyName(callee) === name
  );
}

function isObjectStatic(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    isGlobalIdentifier(context, callee.object, 'Object') &&
    ['keys', 'values', 'entries'].includes(staticPropertyName(callee) ?? '')
  );
}

/**
 * `xs.slice(a, b)` with constant `a` and `b`, `xs.slice(-n)`, and the chunk of a
 * stepping loop: `xs.slice(i, i + k)` (or `Math.min(i + k, n)`) inside
 * `for (…; …; i += k)`, bounded by `k` whatever `k` is.
 */
function isConstantSlice(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const [start, end] = call.arguments;
  if (!start || start.type === AST_NODE_TYPES.SpreadElement) return false;
  if (!end) {
    const value = staticValueOf(start, context.sourceCode);
    return value.known && typeof value.value === 'number' && value.value < 0;
  }
  if (end.type === AST_NODE_TYPES.SpreadElement) return false;
  if (isConstantNumber(context, start) && isConstantNumber(context, end)) return true;
  return isLoopChunk(context, call, start, end);
}

function isLoopChunk(context: AnyContext, call: TSESTree.CallExpression, start: TSESTree.Node, end: TSESTree.Node): boolean {
  const index = skipTransparent(start);
  if (index.type !== AST_NODE_TYPES.Identifier) return false;
  const step = chunkStep(context, index, skipTransparent(end));
  if (!step) return false;
  for (let current: TSESTree.Node | undefined = call.parent; current && !isFunction(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.ForStatement && current.update && stepsBy(context, current.update, index, step)) {
      return true;
    }
  }
  return false;
}

/** The `k` of `i + k`, `k + i`, or of such a sum inside `Math.min(…)`. */
function chunkStep(context: AnyContext, index: TSESTree.Identifier, end: TSESTree.Node): TSESTree.Node | null {
  if (end.type === AST_NODE_TYPES.BinaryExpression && end.operator === '+') {
    if (sameBinding(context, end.left, index)) return end.right;
    if (sameBinding(context, end.right, index)) return end.left;
    return null;
  }
  if (end.type === AST_NODE_TYPES.CallExpression && isMathMin(context, end)) {
    for (const argument of end.arguments) {
      const step = chunkStep(context, index, skipTransparent(argument));
      if (step) return step;
    }
  }
  return null;
}

/** `i += k` or `i = i + k` (or `k + i`), with `k` the same value as `step`. */
function stepsBy(context: AnyContext, update: TSESTree.Expression, index: TSESTree.Identifier, step: TSESTree.Node): boolean {
  const node = skipTransparent(update);
  if (node.type !== AST_NODE_TYPES.AssignmentExpression || !sameBinding(context, node.left, index)) return false;
  let increment: TSESTree.Node | null = null;
  if (node.operator === '+=') increment = node.right;
  else if (node.operator === '=') increment = chunkStep(context, index, skipTransparent(node.right));
  return increment !== null && sameStep(context, increment, step);
}

function sameStep(context: AnyContext, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = staticValueOf(a, context.sourceCode);
  const right = staticValueOf(b, context.sourceCode);
  if (left.known && right.known) return left.value === right.value;
  return isSameValue(a, b, context.sourceCode);
}

function sameBinding(context: AnyContext, node: TSESTree.Node, identifier: TSESTree.Identifier): boolean {
  const target = skipTransparent(node);
  if (target.type !== AST_NODE_TYPES.Identifier || target.name !== identifier.name) return false;
  const scope = context.sourceCode.getScope(identifier);
  return ASTUtils.findVariable(context.sourceCode.getScope(target), target) === ASTUtils.findVariable(scope, identifier);
}

function isMathMin(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    isGlobalIdentifier(context, callee.object, 'Math') &&
    staticPropertyName(callee) === 'min'
  );
}

function isConstantNumber(context: AnyContext, node: TSESTree.Node): boolean {
  const value = staticValueOf(node, context.sourceCode);
  return value.known && typeof value.value === 'number' && Number.isFinite(value.value);
}

/**
 * A count known to be small: a constant up to {@link SMALL_COLLECTION_SIZE},
 * the machine's parallelism (`os.availableParallelism()`, `os.cpus().length`),
 * the `length` of a bounded collection, or a `Math.min` with one such argument.
 */
export function isSmallCount(context: AnyContext, node: TSESTree.Node, hops = 0): boolean {
  const value = staticValueOf(node, context.sourceCode);
  if (value.known) return typeof value.value === 'number' && value.value <= SMALL_COLLECTION_SIZE;
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const init = hops < MAX_HOPS ? unchangedInit(context, expression) : null;
    return init !== null && isSmallCount(context, init, hops + 1);
  }
  if (expression.type === AST_NODE_TYPES.CallExpression) {
    if (isMathMin(context, expression)) return expression.arguments.some((argument) => isSmallCount(context, argument, hops));
    return isParallelismCall(context, expression, 'availableParallelism');
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(expression) === 'length') {
    const object = skipTransparent(expression.object);
    if (object.type === AST_NODE_TYPES.CallExpression && isParallelismCall(context, object, 'cpus')) return true;
    return isBoundedSyntactically(context, object, hops, false);
  }
  return false;
}

function isParallelismCall(context: AnyContext, call: TSESTree.CallExpression, name: string): boolean {
  const resolved = resolveCallee(context, call, PARALLELISM_NAMES);
  return resolved !== null && resolved.module === 'os' && resolved.name === name;
}

function isBoundedVariable(context: AnyContext, identifier: TSESTree.Identifier, hops: number, pages: boolean): boolean {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return false;
  const declaration = definition.parent;
  // `for (const batch of chunk(xs, 20))`: each chunk has at most 20 elements.
  if (declaration.parent?.type === AST_NODE_TYPES.ForOfStatement && declaration.parent.left === declaration) {
    return isChunkCall(context, declaration.parent.right);
  }
  // `const { rows, count } = await Model.findAndCountAll({ limit })`: a property of one page of results.
  if (pages && definition.node.id.type === AST_NODE_TYPES.ObjectPattern && definition.node.init && !isReassigned(variable)) {
    const init = skipTransparent(definition.node.init);
    const call = init.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(init.argument) : init;
    return call.type === AST_NODE_TYPES.CallExpression && isLimitedQuery(context, call) && !variable.references.some((reference) => isGrowing(reference.identifier));
  }
  const init = unchangedInit(context, identifier);
  if (!init || !isBoundedSyntactically(context, init, hops, pages)) return false;
  return variable.references.every((reference) => !isGrowing(reference.identifier));
}

/** `chunk(xs, size)` / `_.chunk(xs, size)` with a constant size. */
function isChunkCall(context: AnyContext, node: TSESTree.Node): boolean {
  const call = skipTransparent(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 2) return false;
  const callee = skipTransparent(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression
        ? staticPropertyName(callee)
        : null;
  const size = call.arguments[1];
  return name !== null && CHUNK_HELPERS.includes(name) && size !== undefined && isConstantNumber(context, size);
}

function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

function isGrowing(identifier: TSESTree.Node): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
  if (isMethodCall(member.parent, GROWING_METHODS) && member.parent.callee === member) return true;
  // `xs.length = n` or `xs[i] = v` can grow it too.
  return member.parent?.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member;
}

/**
 * The initializer of a variable declared once (`const`, or `let`/`var` never
 * reassigned) by a plain identifier declarator; null otherwise.
 */
export function unchangedInit(context: AnyContext, identifier: TSESTree.Identifier): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return null;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  if (definition.parent.parent?.type === AST_NODE_TYPES.ForOfStatement || definition.parent.parent?.type === AST_NODE_TYPES.ForInStatement) {
    return null;
  }
  const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  return reassigned ? null : declarator.init;
}

/** With types: the value of `node` is a tuple (`[A, B]`, `readonly [A, B]`). */
function isTuple(context: AnyContext, node: TSESTree.Node): boolean {
  const services = typeServices(context);
  if (!services) return false;
  const checker = services.program.getTypeChecker();
  const type = checker.getApparentType(services.getTypeAtLocation(node));
  return checker.isTupleType(type);
}
