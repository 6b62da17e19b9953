import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** Strips the wrappers that do not change a value: TS assertions, `!`, `satisfies`, `?.` chains. */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

const TRANSPARENT_WRAPPERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.ChainExpression,
]);

/** The outermost transparent wrapper around `node` (the node its parent sees). */
export function outermostTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && TRANSPARENT_WRAPPERS.has(current.parent.type)) current = current.parent;
  return current;
}

/** The parent of `node`, skipping the transparent wrappers around it. */
export function transparentParent(node: TSESTree.Node): TSESTree.Node | undefined {
  return outermostTransparent(node).parent;
}

/** The name a property access uses when it is static: `a.b`, `a['b']`, `a?.b`. */
export function staticPropertyName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  }
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  if (node.property.type === AST_NODE_TYPES.TemplateLiteral && node.property.expressions.length === 0) {
    return node.property.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * The name by which a call or `new` names its callee: `f` in `f()`, `m` in
 * `a.b.m()` and `a['m']()`. The cheap first filter of library resolution.
 */
export function calleeName(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = skipTransparent(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(callee);
  return null;
}

/** The function that contains `node` (not `node` itself), or null at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return null;
}

/** Whether `inner` lies within `outer` (or is `outer`). */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** A method call `object.name(...)` with one of the given names, e.g. `p.then(...)`. */
export function isMethodCall(
  node: TSESTree.Node | undefined,
  names: readonly string[],
): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticPropertyName(callee);
  return name !== null && names.includes(name);
}

/** The property of an object literal with a static key `name`. */
export function findProperty(
  object: TSESTree.ObjectExpression,
  name: string,
): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key;
    if (key.type === AST_NODE_TYPES.Identifier && key.name === name) return property;
    if (key.type === AST_NODE_TYPES.Literal && key.value === name) return property;
  }
  return undefined;
}

/** The child nodes of `node`, in source order, by the parser's visitor keys. */
export function childNodes(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node[] {
  const keys = sourceCode.visitorKeys[node.type] ?? [];
  const children: TSESTree.Node[] = [];
  for (const key of keys) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children.sort((a, b) => a.range[0] - b.range[0]);
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
