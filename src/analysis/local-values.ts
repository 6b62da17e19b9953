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

/** What an import binding names: its module and export (`default` for a default import, `*` for a namespace). */
export interface ImportedName {
  readonly module: string;
  readonly name: string;
}

/**
 * The module and export a binding comes from: `x` of `import x from 'm'`
 * (`default`), `import { y as x }` (`y`), `import * as x` (`*`),
 * `const x = require('m')` (`*`) or `const { y: x } = require('m')` (`y`).
 * Null for every other binding and for undeclared globals.
 */
export function importedNameOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): ImportedName | null {
  const definition = variableOf(sourceCode, identifier)?.defs[0];
  if (definition?.type === 'ImportBinding') {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const specifier = definition.node;
    const name =
      specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
          ? '*'
          : specifier.type === AST_NODE_TYPES.ImportSpecifier
            ? specifier.imported.type === AST_NODE_TYPES.Identifier
              ? specifier.imported.name
              : String(specifier.imported.value)
            : null;
    return name === null ? null : { module: declaration.source.value, name };
  }
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  const module = requiredModule(definition.node.init);
  if (module === null) return null;
  const pattern = definition.node.id;
  if (pattern.type === AST_NODE_TYPES.Identifier) return { module, name: '*' };
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === identifier.name) return { module, name: property.key.name };
  }
  return null;
}

/** The module of a call `require('m')`, or null. */
function requiredModule(node: TSESTree.Expression): string | null {
  if (
    node.type !== AST_NODE_TYPES.CallExpression ||
    node.callee.type !== AST_NODE_TYPES.Identifier ||
    node.callee.name !== 'require' ||
    node.arguments.length !== 1
  ) {
    return null;
  }
  const [specifier] = node.arguments;
  return specifier?.type === AST_NODE_TYPES.Literal && typeof specifier.value === 'string' ? specifier.value : null;
}

/** The module a binding comes from (see `importedNameOf`). */
export function importedModuleOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): string | null {
  return importedNameOf(sourceCode, identifier)?.module ?? null;
}
