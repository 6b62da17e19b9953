import { isBuiltin } from 'node:module';

import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { specifiersOf } from '../catalog/index.js';
import { skipTransparent } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * How a fix refers to an export of a module at some place in a file, and
 * what it must add so that the reference works: nothing (the file already
 * imports it, or imports the whole module as `fsp`), a specifier added to an
 * existing `import { … }` / `const { … } = require(…)`, or a new statement.
 */
export interface ImportPlan {
  /** The expression that names the export: `readFile`, `fsp.readFile`. */
  readonly text: string;
  /** A specifier to insert after `after` (the last specifier of an existing import). */
  readonly addSpecifier?: { readonly after: TSESTree.Node; readonly text: string };
  /** A new statement that brings the export in. */
  readonly newStatement?: string;
}

interface ExistingImport {
  /** `import { a } from 'm'` or `const { a } = require('m')`: imported name → local name. */
  readonly named: ReadonlyMap<string, string>;
  /** The last named specifier or property, where another is added; null when names cannot be added. */
  readonly last: TSESTree.Node | null;
  /** The local name of a namespace, default import or whole `require`. */
  readonly whole: string | null;
}

/**
 * Plans a reference to export `name` of (canonical) `module` at node `at`,
 * keeping the file's style: ESM `import` unless the file uses `require` and no
 * `import`, and the `node:` prefix unless the file imports built-ins without it.
 * Null when the name would clash with a binding already visible at `at`.
 */
export function planImport(sourceCode: SourceCode, at: TSESTree.Node, module: string, name: string): ImportPlan | null {
  const program = sourceCode.ast;
  const specifiers = specifiersOf(module);
  const scope = sourceCode.getScope(at);
  const existing = findExisting(program, specifiers);
  // An existing binding serves only if nothing closer to `at` shadows it.
  const visible = (local: string): boolean => ASTUtils.findVariable(scope, local)?.scope.block.type === AST_NODE_TYPES.Program;
  for (const found of existing) {
    const local = found.named.get(name);
    if (local !== undefined && visible(local)) return { text: local };
  }
  for (const found of existing) {
    if (found.whole !== null && visible(found.whole)) return { text: `${found.whole}.${name}` };
  }
  if (ASTUtils.findVariable(scope, name) || hasGlobalReference(program, sourceCode, name)) return null;
  const extendable = existing.find((found) => found.last !== null);
  if (extendable?.last) return { text: name, addSpecifier: { after: extendable.last, text: `, ${name}` } };
  const specifier = preferredSpecifier(program, module);
  const statement = usesRequire(program)
    ? `const { ${name} } = require('${specifier}');`
    : `import { ${name} } from '${specifier}';`;
  return { text: name, newStatement: statement };
}

/** A read of `name` somewhere that resolves to no binding: a new binding would capture it. */
function hasGlobalReference(program: TSESTree.Program, sourceCode: SourceCode, name: string): boolean {
  return sourceCode.getScope(program).through.some((reference) => reference.identifier.name === name);
}

/**
 * The fixes that carry out `plans`: specifiers added where planned, and all
 * new statements together after the last `import` (or `require` declaration),
 * or before the first statement of the file.
 */
export function applyImportPlans(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  plans: readonly ImportPlan[],
): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  const added = new Set<string>();
  for (const plan of plans) {
    if (plan.addSpecifier && !added.has(plan.addSpecifier.text)) {
      added.add(plan.addSpecifier.text);
      fixes.push(fixer.insertTextAfter(plan.addSpecifier.after, plan.addSpecifier.text));
    }
  }
  const statements = [...new Set(plans.flatMap((plan) => (plan.newStatement ? [plan.newStatement] : [])))];
  if (statements.length === 0) return fixes;
  const program = sourceCode.ast;
  const anchor = program.body.filter((statement) => isImportStatement(statement)).at(-1);
  if (anchor) {
    fixes.push(fixer.insertTextAfter(anchor, `\n${statements.join('\n')}`));
  } else {
    const first = program.body[0];
    fixes.push(
      first ? fixer.insertTextBefore(first, `${statements.join('\n')}\n`) : fixer.insertTextAfterRange([0, 0], statements.join('\n')),
    );
  }
  return fixes;
}

function isImportStatement(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type === AST_NODE_TYPES.ImportDeclaration) return true;
  return (
    statement.type === AST_NODE_TYPES.VariableDeclaration &&
    statement.declarations.length > 0 &&
    statement.declarations.every((declarator) => requiredModule(declarator.init) !== null)
  );
}

function findExisting(program: TSESTree.Program, specifiers: readonly string[]): ExistingImport[] {
  const found: ExistingImport[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (statement.importKind === 'type' || !specifiers.includes(statement.source.value)) continue;
      found.push(fromImport(statement));
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const required = requiredModule(declarator.init);
        if (required !== null && specifiers.includes(required)) found.push(fromRequire(declarator.id));
      }
    }
  }
  return found;
}

function fromImport(declaration: TSESTree.ImportDeclaration): ExistingImport {
  const named = new Map<string, string>();
  let last: TSESTree.Node | null = null;
  let whole: string | null = null;
  for (const specifier of declaration.specifiers) {
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      last = specifier;
      if (specifier.importKind === 'type') continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      named.set(imported, specifier.local.name);
    } else {
      whole = specifier.local.name;
    }
  }
  return { named, last, whole };
}

function fromRequire(id: TSESTree.BindingName): ExistingImport {
  if (id.type === AST_NODE_TYPES.Identifier) return { named: new Map(), last: null, whole: id.name };
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return { named: new Map(), last: null, whole: null };
  const named = new Map<string, string>();
  let extendable = true;
  for (const property of id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value.type !== AST_NODE_TYPES.Identifier) {
      extendable = false;
      continue;
    }
    const key = ASTUtils.getPropertyName(property);
    if (key !== null) named.set(key, property.value.name);
  }
  return { named, last: extendable ? (id.properties.at(-1) ?? null) : null, whole: null };
}

/** `'fs'` for `require('fs')`, else null. */
function requiredModule(init: TSESTree.Expression | null): string | null {
  if (!init) return null;
  const call = skipTransparent(init);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== 'require' ||
    call.arguments.length !== 1
  ) {
    return null;
  }
  const source = call.arguments[0];
  return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? source.value : null;
}

/** The file uses `require` for its modules and has no `import` declaration. */
function usesRequire(program: TSESTree.Program): boolean {
  let requires = false;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return false;
    if (statement.type === AST_NODE_TYPES.VariableDeclaration && isImportStatement(statement)) requires = true;
  }
  return requires;
}

/** `node:fs/promises` unless the file names built-ins without the prefix (`'fs'`). */
function preferredSpecifier(program: TSESTree.Program, module: string): string {
  if (!isBuiltin(module)) return module;
  for (const statement of program.body) {
    const sources =
      statement.type === AST_NODE_TYPES.ImportDeclaration
        ? [statement.source.value]
        : statement.type === AST_NODE_TYPES.VariableDeclaration
          ? statement.declarations.map((declarator) => requiredModule(declarator.init))
          : [];
    for (const source of sources) {
      if (source === null) continue;
      if (source.startsWith('node:')) return `node:${module}`;
      if (isBuiltin(source)) return module;
    }
  }
  return `node:${module}`;
}
