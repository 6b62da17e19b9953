import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, isFunction, isMethodCall, outermostTransparent, type FunctionNode } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Array methods whose callback runs right away, during the call. */
const INLINE_CALLBACK_METHODS: readonly string[] = Object.freeze([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'reduce',
  'some',
  'every',
  'find',
  'findIndex',
  'then',
  'catch',
  'finally',
]);
const MAX_DEPTH = 8;

/**
 * Whether the value `node` evaluates to, inside the function `fn`, can outlive
 * one call of `fn`: it is returned, yielded or thrown; stored in a property, in
 * a variable declared outside `fn` (`pool ??= new Pool()`) or in a destructuring
 * pattern; passed to another function (a container, a cache, a wrapper such as
 * `drizzle(pool)`); or captured by a closure that may run later. It does not
 * when every use stays inside the call: method calls on it (`pool.query()`),
 * local variables that only do that, or nothing at all (`new Pool();`).
 *
 * Answers "outlives" for anything it does not understand: callers report what
 * does *not* outlive, so unknown shapes stay silent.
 */
export function outlivesCall(sourceCode: SourceCode, node: TSESTree.Node, fn: FunctionNode): boolean {
  return valueOutlives(sourceCode, node, fn, new Set(), 0);
}

function valueOutlives(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  fn: FunctionNode,
  seen: Set<Variable>,
  depth: number,
): boolean {
  if (depth > MAX_DEPTH) return true;
  let current: TSESTree.Node = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return true;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SpreadElement:
        current = parent;
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return false;
        current = parent;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions.at(-1) !== current) return false;
        current = parent;
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return true;
        current = parent.parent;
        break;
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== current) return false;
        // A method call on the value (`pool.query()`): its result is something else.
        const outer = outermostTransparent(parent);
        if (outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer) return false;
        // A property read (`orm.em`) may still hold the value: follow it.
        current = parent;
        break;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        // Passed to a function: whatever it does with it is out of sight.
        return parent.callee !== current;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return parent.tag !== current;
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.SwitchStatement:
        return false;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return true;
        return variableOutlives(sourceCode, parent.id, fn, seen, depth);
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right !== current || parent.left.type !== AST_NODE_TYPES.Identifier) return true;
        return variableOutlives(sourceCode, parent.left, fn, seen, depth);
      default:
        // return, yield, throw, arrow body, export, field, default value, …
        return true;
    }
  }
}

/** A variable outlives the call when it is declared outside `fn`, or when one of its reads does. */
function variableOutlives(
  sourceCode: SourceCode,
  identifier: TSESTree.Identifier,
  fn: FunctionNode,
  seen: Set<Variable>,
  depth: number,
): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable) return true;
  if (seen.has(variable)) return false;
  seen.add(variable);
  const declaredInside = variable.defs.length > 0 && variable.defs.every((definition) => contains(fn, definition.name) && definition.name !== fn.id);
  if (!declaredInside) return true;
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead() || !isValueReference(reference)) continue;
    const use = reference.identifier;
    if (capturedBeyondCall(use, fn)) return true;
    if (valueOutlives(sourceCode, use, fn, seen, depth + 1)) return true;
  }
  return false;
}

function isValueReference(reference: TSESLint.Scope.Reference): boolean {
  return (reference as { isValueReference?: boolean }).isValueReference !== false;
}

/** A use inside a function nested in `fn` that may run after `fn` returns (a returned closure, an event handler). */
function capturedBeyondCall(use: TSESTree.Node, fn: FunctionNode): boolean {
  for (let parent = use.parent; parent && parent !== fn; parent = parent.parent) {
    if (isFunction(parent) && !runsInline(parent)) return true;
  }
  return false;
}

/** An immediately invoked function, or a callback of an array method or a promise handler. */
export function runsInline(fn: FunctionNode): boolean {
  const outer = outermostTransparent(fn);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) return true;
  return isMethodCall(parent, INLINE_CALLBACK_METHODS) && parent.arguments.some((argument) => argument === outer);
}
