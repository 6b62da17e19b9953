import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent, staticPropertyName } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * A value an operation works through: a variable (`tx`, `client`, `session`)
 * or a field of `this` (`this.trx`), identified by `key` so that two uses of
 * the same handle compare equal.
 */
export interface HandleUse {
  readonly node: TSESTree.Identifier | TSESTree.MemberExpression;
  readonly key: HandleKey;
}

/** A scope variable, or `this.<name>` of one `this` binding. */
export type HandleKey = TSESLint.Scope.Variable | string;

/**
 * The handles an operation expression works through, without types: the root
 * of its call chain (`tx` in `tx.user.create(…)`, `trx('t').insert(…)`,
 * tx.$queryRaw`…`, `this.qr.query(…)`), and every handle passed to a call of
 * the chain directly or as an option value (`insertOne(doc, { session })`,
 * `create(data, { transaction: t })`, `.transacting(trx)`, `save(tx, user)`).
 * Empty when the expression calls nothing, or is already awaited.
 */
export function operationHandles(sourceCode: SourceCode, node: TSESTree.Node): HandleUse[] {
  let current = skipTransparent(node);
  let calls = false;
  const found: HandleUse[] = [];
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      calls = true;
      for (const argument of current.arguments) collectArgumentHandles(sourceCode, argument, found);
      current = skipTransparent(current.callee);
    } else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      calls = true;
      current = skipTransparent(current.tag);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (skipTransparent(current.object).type === AST_NODE_TYPES.ThisExpression) break;
      current = skipTransparent(current.object);
    } else {
      break;
    }
  }
  if (!calls) return [];
  const root = handleUse(sourceCode, current);
  return dedupe(root ? [root, ...found] : found);
}

function collectArgumentHandles(sourceCode: SourceCode, argument: TSESTree.Node, found: HandleUse[]): void {
  const value = skipTransparent(argument);
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const use = handleUse(sourceCode, skipTransparent(property.value));
      if (use) found.push(use);
    }
    return;
  }
  const use = handleUse(sourceCode, value);
  if (use) found.push(use);
}

/** A variable reference or `this.x` as a handle. */
export function handleUse(sourceCode: SourceCode, node: TSESTree.Node): HandleUse | null {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    return variable && variable.defs.length > 0 ? { node, key: variable } : null;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && skipTransparent(node.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = staticPropertyName(node);
    const owner = thisOwner(node);
    return name === null || !owner ? null : { node, key: `this.${name}@${owner.range[0]}` };
  }
  return null;
}

/** Expressions whose value is never a session, a transaction or a checked-out client. */
const NEVER_A_SESSION: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
]);

/**
 * Whether a handle may hold a session, as far as its declaration shows: not an
 * import, a function or class name, or a variable only ever given a literal,
 * array, object, function or arithmetic. Sessions are made at run time, by calls.
 * Lets rules skip the type query of handles that cannot be one.
 */
export function mayHoldSession(use: HandleUse): boolean {
  if (typeof use.key === 'string') return true;
  const variable = use.key;
  return variable.defs.every((definition) => {
    if (definition.type === 'ImportBinding' || definition.type === 'FunctionName' || definition.type === 'ClassName') return false;
    // The element of an array walked by `map`/`forEach`/…: data, not a connection (arrays of sessions are not a pattern).
    if (definition.type === 'Parameter' && isArrayCallback(definition.node)) return false;
    if (definition.type !== 'Variable' || definition.node.id !== definition.name) return true;
    const writes = variable.references.filter((reference) => reference.writeExpr);
    const values = writes.length > 0 ? writes.map((reference) => reference.writeExpr) : [definition.node.init];
    return values.some((value) => !value || !NEVER_A_SESSION.has(skipTransparent(value).type));
  });
}

const ARRAY_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'map',
  'flatMap',
  'forEach',
  'filter',
  'find',
  'findIndex',
  'some',
  'every',
  'reduce',
  'sort',
]);

function isArrayCallback(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
  const callee = skipTransparent(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && ARRAY_CALLBACK_METHODS.has(staticPropertyName(callee) ?? '');
}

function dedupe(uses: HandleUse[]): HandleUse[] {
  const seen = new Set<HandleKey>();
  return uses.filter((use) => (seen.has(use.key) ? false : (seen.add(use.key), true)));
}

/** The node that binds `this` where `node` is: a non-arrow function, a field initializer or the module. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | null {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunction(parent) && parent.type !== AST_NODE_TYPES.ArrowFunctionExpression) return parent;
    if (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.StaticBlock) return parent;
    if (parent.type === AST_NODE_TYPES.Program) return parent;
  }
  return null;
}

/**
 * The handles that operations inside `fn` (a callback) use but do not own:
 * variables declared outside `fn`, and `this.x` when `fn` is an arrow function.
 */
export function outerHandlesUsedIn(sourceCode: SourceCode, fn: TSESTree.Node): HandleUse[] {
  const found: HandleUse[] = [];
  walk(sourceCode, fn, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.TaggedTemplateExpression) return;
    for (const use of operationHandles(sourceCode, node)) {
      if (declaredOutside(use, fn)) found.push(use);
    }
  });
  return dedupe(found);
}

function declaredOutside(use: HandleUse, fn: TSESTree.Node): boolean {
  if (typeof use.key === 'string') return fn.type === AST_NODE_TYPES.ArrowFunctionExpression && !within(thisOwner(use.node), fn);
  return use.key.defs.every((definition) => !within(definition.name, fn));
}

function within(node: TSESTree.Node | null, outer: TSESTree.Node): boolean {
  return node !== null && outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

/** Every node under `node`, depth first. */
export function walk(sourceCode: SourceCode, node: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  callback(node);
  const keys = (sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>)[node.type] ?? [];
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
      if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') {
        walk(sourceCode, item as TSESTree.Node, callback);
      }
    }
  }
}
