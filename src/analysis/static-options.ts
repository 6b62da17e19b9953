import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent } from './ast.js';

/** What is statically known about one value: `known: false` means the code decides at run time. */
export type Known<T> = { readonly known: true; readonly value: T } | { readonly known: false };

const UNKNOWN: Known<never> = { known: false };

/** The static value of an expression, when it has one. */
export function staticValueOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Known<unknown> {
  const result = ASTUtils.getStaticValue(skipTransparent(node), sourceCode.getScope(node));
  return result ? { known: true, value: result.value } : UNKNOWN;
}

/**
 * The static value of option `key` in the options argument of a call:
 * `undefined` (known) when the argument is absent, a callback, or an object
 * literal without the key; unknown when a spread or a run-time value could set it.
 */
export function optionValue(
  argument: TSESTree.Node | undefined,
  key: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Known<unknown> {
  if (!argument || isFunction(argument)) return { known: true, value: undefined };
  const options = skipTransparent(argument);
  if (options.type === AST_NODE_TYPES.ObjectExpression) {
    // A later property wins: walk back from the last one; a spread or a
    // computed key decided at run time may set the key.
    for (let index = options.properties.length - 1; index >= 0; index--) {
      const property = options.properties[index];
      if (!property || property.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      const name = propertyKey(property, sourceCode);
      if (name === null) return UNKNOWN;
      if (name === key) return property.kind === 'init' ? staticValueOf(property.value, sourceCode) : UNKNOWN;
    }
    return { known: true, value: undefined };
  }
  const whole = staticValueOf(options, sourceCode);
  if (!whole.known) return UNKNOWN;
  const value = whole.value;
  if (value === null || value === undefined) return { known: true, value: undefined };
  return typeof value === 'object' ? { known: true, value: (value as Record<string, unknown>)[key] } : { known: true, value: undefined };
}

/** The key of an object literal property: `a`, `'a'`, `['a']`, or null when the code decides it. */
function propertyKey(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const key = property.key;
  if (!property.computed) {
    return key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
  }
  const computed = staticValueOf(key, sourceCode);
  return computed.known ? String(computed.value) : null;
}
