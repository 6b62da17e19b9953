import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** The variable an identifier refers to, or null for an undeclared global. */
export function variableOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | null {
  return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
}

/**
 * Whether `identifier` names the built-in global `name` (`Date`, `Math`):
 * no binding of this file shadows it.
 */
export function isBuiltinGlobal(sourceCode: SourceCode, identifier: TSESTree.Node, name: string): boolean {
  if (identifier.type !== AST_NODE_TYPES.Identifier || identifier.name !== name) return false;
  const variable = variableOf(sourceCode, identifier);
  return !variable || variable.defs.length === 0;
}

/**
 * The one value a local variable ever holds, when the code says it
 * syntactically: a `const` (or a `let`/`var` never written again) declared
 * with a plain identifier and an initializer, or a variable declared without
 * one and assigned exactly once with `=`. Null for parameters, imports,
 * destructuring, loop variables, functions and everything written twice.
 */
export function singleAssignedValue(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0];
  if (definition?.type !== 'Variable') return null;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const loop = definition.parent.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return null;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (declarator.init) {
    return writes.every((reference) => reference.init) ? declarator.init : null;
  }
  if (writes.length !== 1) return null;
  const assignment = writes[0]?.identifier.parent;
  return assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.operator === '=' &&
    assignment.left === writes[0]?.identifier
    ? assignment.right
    : null;
}

/**
 * Whether some reference to `variable` calls one of its methods for the
 * effect alone (`d.setHours(0, 0, 0, 0);`, `m.startOf('day');`): the object
 * it holds changes after its initializer.
 */
export function isMutatedInPlace(variable: Variable, isMutator: (method: string) => boolean): boolean {
  return variable.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
    if (call.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const name = member.computed
      ? member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string'
        ? member.property.value
        : null
      : member.property.type === AST_NODE_TYPES.Identifier
        ? member.property.name
        : null;
    return name !== null && isMutator(name);
  });
}

/**
 * The module a binding comes from: `x` of `import x from 'm'`, `import { x }`,
 * `import * as x`, `const x = require('m')` or `const { x } = require('m')`
 * gives `'m'`. Null for every other binding and for undeclared globals.
 */
export function importedModuleOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): string | null {
  const definition = variableOf(sourceCode, identifier)?.defs[0];
  if (definition?.type === 'ImportBinding') {
    const declaration = definition.parent;
    return declaration.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : null;
  }
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  const init = definition.node.init;
  if (
    init.type !== AST_NODE_TYPES.CallExpression ||
    init.callee.type !== AST_NODE_TYPES.Identifier ||
    init.callee.name !== 'require' ||
    init.arguments.length !== 1
  ) {
    return null;
  }
  const [specifier] = init.arguments;
  return specifier?.type === AST_NODE_TYPES.Literal && typeof specifier.value === 'string' ? specifier.value : null;
}
