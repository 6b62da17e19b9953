import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { NONDETERMINISTIC_CALLS } from '../catalog/unique.js';
import { calleeName, skipTransparent, staticPropertyName } from './ast.js';
import { singleAssignedValue, variableOf } from './local-values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Whether `a` and `b` (with `a` evaluated before `b`) denote the same value:
 * the same binding with no write in between, the same access path
 * (`this.cfg.dir`), equal constant strings, or two calls of the same function
 * with same-value arguments (`this.filePath(key)` twice, `path.join(dir, f)`
 * twice), also when one side is a variable that holds the other side's
 * expression (`const filePath = this.filePath(key)` then `filePath`). Calls
 * that return a fresh value each time (`randomUUID()`) never match.
 */
export function isSameValue(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode): boolean {
  const left = skipTransparent(a);
  const right = skipTransparent(b);
  const leftStatic = staticString(left, sourceCode);
  if (leftStatic !== null && leftStatic === staticString(right, sourceCode)) return true;
  return sameStructure(left, right, sourceCode, { from: a.range[1], to: b.range[0] });
}

interface Window {
  readonly from: number;
  readonly to: number;
}

function staticString(node: TSESTree.Node, sourceCode: SourceCode): string | null {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : null;
  if (node.type !== AST_NODE_TYPES.TemplateLiteral && node.type !== AST_NODE_TYPES.Identifier) return null;
  const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  return typeof result?.value === 'string' ? result.value : null;
}

function sameStructure(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode, window: Window): boolean {
  const left = skipTransparent(a);
  const right = skipTransparent(b);
  if (left.type !== right.type) return sameThroughVariable(left, right, sourceCode);
  switch (left.type) {
    case AST_NODE_TYPES.Identifier:
      return sameBinding(left, right as TSESTree.Identifier, sourceCode, window);
    case AST_NODE_TYPES.Literal:
      return left.raw === (right as TSESTree.Literal).raw;
    case AST_NODE_TYPES.ThisExpression:
      return thisOwner(left) === thisOwner(right);
    case AST_NODE_TYPES.MemberExpression: {
      const other = right as TSESTree.MemberExpression;
      const name = staticPropertyName(left);
      const sameProperty =
        name !== null
          ? name === staticPropertyName(other)
          : left.computed && other.computed && sameStructure(left.property, other.property, sourceCode, window);
      return sameProperty && sameStructure(left.object, other.object, sourceCode, window);
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      const other = right as TSESTree.TemplateLiteral;
      return (
        left.quasis.length === other.quasis.length &&
        left.quasis.every((quasi, index) => quasi.value.cooked === other.quasis[index]?.value.cooked) &&
        sameList(left.expressions, other.expressions, sourceCode, window)
      );
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const other = right as TSESTree.BinaryExpression;
      return (
        left.operator === other.operator &&
        sameStructure(left.left, other.left, sourceCode, window) &&
        sameStructure(left.right, other.right, sourceCode, window)
      );
    }
    case AST_NODE_TYPES.CallExpression: {
      const other = right as TSESTree.CallExpression;
      const name = calleeName(left);
      if (name !== null && NONDETERMINISTIC_CALLS.has(name)) return false;
      return (
        sameStructure(left.callee, other.callee, sourceCode, window) &&
        sameList(left.arguments, other.arguments, sourceCode, window)
      );
    }
    default:
      return false;
  }
}

function sameList(
  a: readonly TSESTree.Node[],
  b: readonly TSESTree.Node[],
  sourceCode: SourceCode,
  window: Window,
): boolean {
  return a.length === b.length && a.every((node, index) => {
    const other = b[index];
    return other !== undefined && sameStructure(node, other, sourceCode, window);
  });
}

/**
 * One side is a variable whose one value is an expression like the other side
 * (`filePath`, declared as `this.filePath(key)`, against `this.filePath(key)`).
 * The variable's value was computed where it was assigned, so nothing the
 * expression reads may change between that point and the other expression.
 */
function sameThroughVariable(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode): boolean {
  const [variableSide, expressionSide] = a.type === AST_NODE_TYPES.Identifier ? [a, b] : [b, a];
  if (variableSide.type !== AST_NODE_TYPES.Identifier || expressionSide.type === AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(sourceCode, variableSide);
  const value = variable ? singleAssignedValue(variable) : null;
  if (!value || value.range[1] > variableSide.range[0]) return false;
  const held = skipTransparent(value);
  if (held.type !== expressionSide.type) return false;
  const between: Window = {
    from: Math.min(value.range[1], expressionSide.range[1]),
    to: Math.max(value.range[0], expressionSide.range[0]),
  };
  return sameStructure(held, expressionSide, sourceCode, between);
}

/** The same variable, not assigned between the two uses. Unresolved globals match by name. */
function sameBinding(a: TSESTree.Identifier, b: TSESTree.Identifier, sourceCode: SourceCode, window: Window): boolean {
  if (a.name !== b.name) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(a), a);
  if (variable !== ASTUtils.findVariable(sourceCode.getScope(b), b)) return false;
  if (!variable) return true;
  return !variable.references.some(
    (reference) =>
      reference.isWrite() &&
      reference.identifier.range[0] >= window.from &&
      reference.identifier.range[1] <= window.to,
  );
}

/**
 * `this` means the same object in two places when the same non-arrow function
 * binds it; in instance field initializers, the instance (owner: the class
 * body); in static fields and static blocks, the class (owner: the class).
 * Arrow functions see the owner around them; at module level the owner is null.
 */
function thisOwner(node: TSESTree.Node): TSESTree.Node | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
        return current;
      case AST_NODE_TYPES.StaticBlock:
        return current.parent.parent;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        if (current.value === child) return current.static ? current.parent.parent : current.parent;
        break;
      default:
        break;
    }
  }
  return null;
}
