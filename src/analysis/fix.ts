import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The white space that starts the line `node` starts on. */
export function lineIndent(sourceCode: SourceCode, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/u.exec(line)?.[0] ?? '';
}

/** Whether a fix replacing `node` would delete comments written inside it. */
export function hasComments(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return sourceCode.getCommentsInside(node).length > 0;
}

/**
 * The text of `call` with option `property` (e.g. `recursive: true`) added to
 * its options argument at `index`: a new `{ … }` when there is none (before a
 * trailing callback), merged into an object literal, or wrapping a scalar
 * that means `scalarKey` (`mkdir(p, 0o755)` → `{ recursive: true, mode: 0o755 }`).
 * Null when the options cannot be merged in text (a spread, a variable, the key already set).
 */
export function callTextWithOption(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  index: number,
  property: string,
  scalarKey: string,
  calleeText: string = sourceCode.getText(call.callee),
): string | null {
  const args = call.arguments;
  if (args.length < index || call.optional || call.typeArguments) return null;
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const texts = args.map((argument) => sourceCode.getText(argument));
  const existing = args[index];
  const key = property.split(':')[0]?.trim() ?? '';
  let options: string | null;
  if (!existing || isFunction(existing)) {
    options = `{ ${property} }`;
    texts.splice(index, 0, options);
  } else {
    options = mergedOptions(sourceCode, existing, property, key, scalarKey);
    if (options === null) return null;
    texts[index] = options;
  }
  return `${calleeText}(${texts.join(', ')})`;
}

function mergedOptions(
  sourceCode: SourceCode,
  existing: TSESTree.CallExpressionArgument,
  property: string,
  key: string,
  scalarKey: string,
): string | null {
  const options = skipTransparent(existing);
  if (options.type === AST_NODE_TYPES.ObjectExpression) {
    const clash = options.properties.some(
      (p) =>
        p.type === AST_NODE_TYPES.SpreadElement ||
        p.computed ||
        ASTUtils.getPropertyName(p) === key,
    );
    if (clash) return null;
    const rest = options.properties.map((p) => sourceCode.getText(p));
    return `{ ${[property, ...rest].join(', ')} }`;
  }
  if (options.type === AST_NODE_TYPES.Literal && (typeof options.value === 'string' || typeof options.value === 'number')) {
    return `{ ${scalarKey}: ${sourceCode.getText(options)}, ${property} }`;
  }
  return null;
}

/**
 * How to call the function `newName` where `call` calls its sibling: `fs.unlinkSync` →
 * `fs.rmSync` in place; an imported `unlinkSync` → `rmSync`, reusing an existing
 * import of it or adding it to the same `import { … }` or `const { … } = require(…)`.
 * Null when the new name cannot be brought in safely.
 */
export interface CalleeRename {
  readonly calleeText: string;
  /** A specifier to add to the import that brought the old name, if the new one is not imported yet. */
  readonly addImport?: { readonly after: TSESTree.Node; readonly text: string };
}

export function renameCallee(sourceCode: SourceCode, call: TSESTree.CallExpression, newName: string): CalleeRename | null {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (callee.computed || callee.optional) return null;
    return { calleeText: `${sourceCode.getText(callee.object)}.${newName}` };
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const scope = sourceCode.getScope(callee);
  const definition = ASTUtils.findVariable(scope, callee)?.defs[0];
  const pattern = definition ? importPattern(definition) : null;
  if (!pattern) return null;
  const existing = pattern.bindings.get(newName);
  if (existing) return { calleeText: existing };
  // The new name must not already mean something else where the call is.
  if (ASTUtils.findVariable(scope, newName)) return null;
  return { calleeText: newName, addImport: { after: pattern.last, text: `, ${newName}` } };
}

interface ImportPattern {
  /** Imported name → local name, for the names the pattern already binds. */
  readonly bindings: ReadonlyMap<string, string>;
  /** The last specifier or property, after which a new one is inserted. */
  readonly last: TSESTree.Node;
}

function importPattern(definition: { type: string; node: TSESTree.Node; parent?: TSESTree.Node | null }): ImportPattern | null {
  if (definition.type === 'ImportBinding' && definition.node.type === AST_NODE_TYPES.ImportSpecifier) {
    const declaration = definition.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return null;
    const specifiers = declaration.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const bindings = new Map<string, string>();
    for (const specifier of specifiers) {
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
      bindings.set(imported, specifier.local.name);
    }
    const last = specifiers.at(-1);
    return last ? { bindings, last } : null;
  }
  if (definition.type === 'Variable' && definition.node.type === AST_NODE_TYPES.VariableDeclarator) {
    const { id, init } = definition.node;
    if (id.type !== AST_NODE_TYPES.ObjectPattern || !isRequireCall(init)) return null;
    const bindings = new Map<string, string>();
    for (const property of id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) return null;
      const key = ASTUtils.getPropertyName(property);
      if (key === null || property.value.type !== AST_NODE_TYPES.Identifier) return null;
      bindings.set(key, property.value.name);
    }
    const last = id.properties.at(-1);
    return last ? { bindings, last } : null;
  }
  return null;
}

function isRequireCall(node: TSESTree.Node | null): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require'
  );
}
