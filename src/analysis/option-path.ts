import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent } from './ast.js';
import { staticValueOf } from './static-options.js';

/**
 * Whether an options object sets a (possibly nested) option: `set` with the
 * value's node, `absent` when the code visibly leaves it out, `unknown` when
 * a spread, a parameter or another run-time value could set it.
 */
export type OptionLookup =
  | { readonly state: 'set'; readonly node: TSESTree.Node }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

const ABSENT: OptionLookup = { state: 'absent' };
const UNKNOWN: OptionLookup = { state: 'unknown' };
const MAX_DEPTH = 4;

/**
 * Looks `path` up in an options argument: an object literal, or a `const`
 * bound to one (never reassigned nor mutated), nested literals followed the
 * same way. A missing argument or an explicit `undefined` is absent.
 */
export function optionAt(
  argument: TSESTree.Node | undefined,
  path: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): OptionLookup {
  let current: TSESTree.Node | undefined = argument;
  for (const key of path) {
    const object = current ? objectLiteralOf(current, sourceCode, 0) : 'absent';
    if (object === 'absent') return ABSENT;
    if (object === null) return UNKNOWN;
    const found = propertyOf(object, key, sourceCode);
    if (found.state !== 'set') return found;
    current = found.node;
  }
  if (!current) return ABSENT;
  const value = skipTransparent(current);
  return isUndefined(value) ? ABSENT : { state: 'set', node: current };
}

/** `process.env.X`, `process.env.X ?? '…'`: a string from the environment, never an options object. */
export function isEnvString(node: TSESTree.Node): boolean {
  const value = skipTransparent(node);
  if (value.type === AST_NODE_TYPES.LogicalExpression) return isEnvString(value.left);
  if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTransparent(value.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    !object.computed &&
    object.property.type === AST_NODE_TYPES.Identifier &&
    object.property.name === 'env' &&
    object.object.type === AST_NODE_TYPES.Identifier &&
    object.object.name === 'process'
  );
}

function isUndefined(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined';
}

function objectLiteralOf(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): TSESTree.ObjectExpression | 'absent' | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipTransparent(node);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return value;
  if (isUndefined(value) || (value.type === AST_NODE_TYPES.Literal && value.value === null)) return 'absent';
  if (value.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (
    !variable ||
    definition?.type !== 'Variable' ||
    definition.parent.kind !== 'const' ||
    definition.node.id.type !== AST_NODE_TYPES.Identifier ||
    !definition.node.init
  ) {
    return null;
  }
  // `config.max = 5` or `Object.assign(config, …)` later: the code decides.
  const mutated = variable.references.some((reference) => {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
      const use = parent.parent;
      return use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === parent;
    }
    return (
      parent?.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === reference.identifier &&
      sourceCode.getText(parent.callee) === 'Object.assign'
    );
  });
  return mutated ? null : objectLiteralOf(definition.node.init, sourceCode, depth + 1);
}

function propertyOf(
  object: TSESTree.ObjectExpression,
  key: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): OptionLookup {
  // A later property wins: walk back from the last one.
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index];
    if (!property || property.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
    const name = keyOf(property, sourceCode);
    if (name === null) return UNKNOWN;
    if (name !== key) continue;
    return property.kind === 'init' ? { state: 'set', node: property.value } : UNKNOWN;
  }
  return ABSENT;
}

function keyOf(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const key = property.key;
  if (!property.computed) {
    return key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
  }
  const computed = staticValueOf(key, sourceCode);
  return computed.known ? String(computed.value) : null;
}
