import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, outermostTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { isIterationCallback, isPromiseCallback } from './context.js';
import { isTestCallback } from './run-once.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The code that runs a reference each time it runs: a function, or an
 * instance field initializer (which runs once per `new`).
 */
export type RuntimeOwner = FunctionNode | TSESTree.PropertyDefinition;

/**
 * The function whose calls run `node`, or null when `node` runs once while
 * the module loads (top level, static blocks and static field initializers,
 * and functions that run right there: an IIFE, an iteration callback or a
 * promise handler at top level).
 *
 * Functions that run as part of their enclosing function, not on their own
 * (an IIFE, a `forEach`/`map`/… callback, a `.then`/`.catch`/`.finally`
 * handler or a `new Promise` executor), count as that enclosing function; test-runner
 * callbacks count as load time:
 * `getUser` below owns both uses of `cache`.
 *
 * ```ts
 * function getUser(id) {
 *   if (cache.has(id)) return cache.get(id);
 *   return load(id).then((user) => cache.set(id, user));
 * }
 * ```
 */
export function runtimeOwner(node: TSESTree.Node): RuntimeOwner | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child && !parent.static) return parent;
    // Test-runner callbacks (`beforeAll`, `it`, …) run once, in a test process: their state is setup, not per-request.
    if (isFunction(parent) && isTestCallback(parent)) return null;
    if (isFunction(parent) && !runsWithEnclosingCode(parent)) return parent;
  }
  return null;
}

/** An IIFE, an iteration callback or a promise handler: it runs when the code around it runs. */
export function runsWithEnclosingCode(fn: FunctionNode): boolean {
  const outer = outermostTransparent(fn);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) return true;
  return isIterationCallback(fn) || isPromiseCallback(fn);
}

/**
 * A readable label for a runtime owner, for messages: `function 'startJob'`,
 * `static method 'hit'`, `function 'start'` for `module.exports.start = function () {}`,
 * `arrow function on line 12` for an anonymous callback.
 */
export function ownerLabel(owner: RuntimeOwner, sourceCode: SourceCode): string {
  if (owner.type === AST_NODE_TYPES.PropertyDefinition) {
    const key = owner.key.type === AST_NODE_TYPES.Identifier ? owner.key.name : sourceCode.getText(owner.key);
    return `field initializer '${key}'`;
  }
  const base = ASTUtils.getFunctionNameWithKind(owner, sourceCode as TSESLint.SourceCode);
  if (base.includes("'") || base.includes('#')) return base;
  const assigned = assignedName(owner);
  return assigned === null ? `${base} on line ${owner.loc.start.line}` : `${base} '${assigned}'`;
}

/** `x` for a function assigned to `exports.x`, `module.exports.x` or `obj.x`. */
function assignedName(fn: FunctionNode): string | null {
  const outer = outermostTransparent(fn);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== outer) return null;
  return parent.left.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(parent.left) : null;
}

/**
 * One step up an access chain from a value: `.x`, `[k]` or a call of the
 * chain so far. `jobs.get(id).status` is `jobs` → member `get` → call → member `status`.
 */
export type AccessStep = TSESTree.CallExpression | TSESTree.MemberExpression;

export interface AccessChain {
  /** Member accesses and calls applied to the root, innermost first. */
  readonly steps: readonly AccessStep[];
  /** The outermost node of the chain (with its transparent wrappers): what the surrounding code sees. */
  readonly top: TSESTree.Node;
}

/**
 * The chain of member accesses and calls built on `root`: `root.a[b].c()`,
 * looking through `!`, `as`, `satisfies` and `?.`.
 */
export function accessChain(root: TSESTree.Node): AccessChain {
  const steps: AccessStep[] = [];
  let current = outermostTransparent(root);
  for (;;) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      steps.push(parent);
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current) {
      steps.push(parent);
    } else {
      return { steps, top: current };
    }
    current = outermostTransparent(parent);
  }
}

/** How a node is written by the expression around it, if it is. */
export type WriteForm =
  /** `x = v`, `[x] = v`, `for (x of xs)`: replaces the value. */
  | 'assign'
  /** `x += v`, `x ||= v`: reads and replaces. */
  | 'compound'
  /** `x++`, `--x`. */
  | 'update'
  /** `delete x`. */
  | 'delete';

/** Whether `node` (with its transparent wrappers) is the target of an assignment, update or `delete`. */
export function writeFormOf(node: TSESTree.Node): WriteForm | null {
  const outer = outermostTransparent(node);
  const parent = outer.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left !== outer) return null;
      return parent.operator === '=' ? 'assign' : 'compound';
    case AST_NODE_TYPES.UpdateExpression:
      return 'update';
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete' ? 'delete' : null;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === outer ? 'assign' : null;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return isInAssignmentPattern(parent) ? 'assign' : null;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === outer && isInAssignmentPattern(parent) ? 'assign' : null;
    case AST_NODE_TYPES.Property:
      return parent.value === outer && isInAssignmentPattern(parent.parent) ? 'assign' : null;
    default:
      return null;
  }
}

/** A destructuring pattern of an assignment (not a declaration or a parameter). */
function isInAssignmentPattern(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (
    current.type === AST_NODE_TYPES.ArrayPattern ||
    current.type === AST_NODE_TYPES.ObjectPattern ||
    current.type === AST_NODE_TYPES.AssignmentPattern ||
    current.type === AST_NODE_TYPES.RestElement ||
    current.type === AST_NODE_TYPES.Property
  ) {
    const parent = current.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === current;
    if (parent.type === AST_NODE_TYPES.ForInStatement || parent.type === AST_NODE_TYPES.ForOfStatement) {
      return parent.left === current;
    }
    current = parent;
  }
  return false;
}

/**
 * The value an assignment stores into `node`: `v` in `node = v`. Null for
 * compound assignments, updates, deletes and destructuring.
 */
export function assignedValue(node: TSESTree.Node): TSESTree.Expression | null {
  const outer = outermostTransparent(node);
  const parent = outer.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === outer && parent.operator === '='
    ? parent.right
    : null;
}

/**
 * Whether the value `node` leaves the module: `export { x }`, `export default x`,
 * `module.exports = { x }`, `module.exports.x = x`, `exports.x = x`.
 */
export function isExportedValue(node: TSESTree.Node): boolean {
  let current = outermostTransparent(node);
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.ExportSpecifier) return true;
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  // `{ x }` / `{ y: x }` in the object assigned to module.exports.
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    current = outermostTransparent(parent.parent);
  }
  const assignment = current.parent;
  return (
    assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.right === current &&
    isCommonJsExportTarget(assignment.left)
  );
}

/** `module.exports`, `module.exports.x`, `exports.x`. */
function isCommonJsExportTarget(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (isModuleExports(node)) return true;
  const object = node.object;
  return (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') || isModuleExports(object);
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    staticPropertyName(node) === 'exports'
  );
}

/**
 * Where `fn` awaits in its own body (not in nested functions): the start
 * offsets of its `await` expressions, `for await` loops and `await using`
 * declarations, in source order. An `await` lets other calls of the same
 * code run before the function continues.
 */
export function awaitOffsets(fn: FunctionNode, sourceCode: SourceCode): readonly number[] {
  if (!fn.async) return [];
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const offsets: number[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node !== fn && isFunction(node)) return;
    if (isAwaitPoint(node)) offsets.push(node.range[0]);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (isNode(item)) visit(item);
      }
    }
  };
  visit(fn.body);
  return offsets.sort((a, b) => a - b);
}

function isAwaitPoint(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.AwaitExpression ||
    (node.type === AST_NODE_TYPES.ForOfStatement && node.await) ||
    (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'await using')
  );
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
