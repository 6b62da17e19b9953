import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent, type FunctionNode } from './ast.js';
import { variableOf } from './local-values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * The function a call invokes when it is declared in this file and cannot
 * change: `function stamp() {}`, or `const stamp = () => …` / `function () {}`
 * never reassigned. Null for methods, parameters, imports and anything else.
 */
export function calledLocalFunction(sourceCode: SourceCode, call: TSESTree.CallExpression): FunctionNode | null {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(sourceCode, callee);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0];
  if (definition?.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const init = definition.node.init ? skipTransparent(definition.node.init) : null;
  const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  return isFunction(init) && !reassigned ? init : null;
}

/**
 * The expressions a function returns: its expression body, or the arguments
 * of its own `return` statements (not those of nested functions or classes).
 * A generator returns no value of its own here (its callers get an iterator).
 */
export function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.generator) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const found: TSESTree.Expression[] = [];
  collectReturns(fn.body, found);
  return found;
}

function collectReturns(node: TSESTree.Node, found: TSESTree.Expression[]): void {
  if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody || node.type === AST_NODE_TYPES.ClassDeclaration) return;
  if (node.type === AST_NODE_TYPES.ReturnStatement) {
    if (node.argument) found.push(node.argument);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isNode(item)) collectReturns(item, found);
    } else if (isNode(value)) {
      collectReturns(value, found);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** What one parameter of a called function receives. */
export interface ParameterBinding {
  readonly variable: Variable;
  /** The argument written at the call, when there is one. */
  readonly argument?: TSESTree.Expression;
  /** The parameter's default value, used when the argument is missing. */
  readonly defaultValue?: TSESTree.Expression;
}

/**
 * The plain identifier parameters of `fn` (with or without a default value)
 * and the arguments `call` passes to them. Destructured and rest parameters,
 * and parameters after a spread argument, are left out: their value is unknown.
 */
export function parameterBindings(sourceCode: SourceCode, fn: FunctionNode, call: TSESTree.CallExpression): ParameterBinding[] {
  const bindings: ParameterBinding[] = [];
  const spreadAt = call.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
  fn.params.forEach((param, index) => {
    const inner = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
    const identifier =
      inner.type === AST_NODE_TYPES.Identifier
        ? inner
        : inner.type === AST_NODE_TYPES.AssignmentPattern && inner.left.type === AST_NODE_TYPES.Identifier
          ? inner.left
          : null;
    if (!identifier || (spreadAt !== -1 && index >= spreadAt)) return;
    const variable = sourceCode.scopeManager?.getDeclaredVariables(fn).find((v) => v.name === identifier.name);
    if (!variable) return;
    const argument = call.arguments[index] as TSESTree.Expression | undefined;
    const defaultValue = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.right : undefined;
    bindings.push({
      variable,
      ...(argument ? { argument } : {}),
      ...(defaultValue ? { defaultValue } : {}),
    });
  });
  return bindings;
}

/**
 * A per-file memo of function summaries that is safe on recursion: while a
 * function's summary is being computed, asking for it again (directly or
 * through other functions) answers `onCycle` instead of looping.
 */
export interface SummaryCache<T> {
  get(fn: FunctionNode, compute: () => T, onCycle: T): T;
  /** Whether `fn` is being summarized right now (a call of it is on the analysis stack). */
  isActive(fn: FunctionNode): boolean;
  /** Runs `body` with `fn` marked active, for context-sensitive analyses that do not memoize. */
  within<R>(fn: FunctionNode, body: () => R, onCycle: R): R;
}

export function createSummaryCache<T>(): SummaryCache<T> {
  const done = new Map<FunctionNode, T>();
  const active = new Set<FunctionNode>();
  const within = <R>(fn: FunctionNode, body: () => R, onCycle: R): R => {
    if (active.has(fn)) return onCycle;
    active.add(fn);
    try {
      return body();
    } finally {
      active.delete(fn);
    }
  };
  return {
    get(fn, compute, onCycle) {
      const cached = done.get(fn);
      if (cached !== undefined || done.has(fn)) return cached as T;
      if (active.has(fn)) return onCycle;
      const value = within(fn, compute, onCycle);
      done.set(fn, value);
      return value;
    },
    isActive: (fn) => active.has(fn),
    within,
  };
}
