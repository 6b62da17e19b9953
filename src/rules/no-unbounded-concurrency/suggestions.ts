import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunction, skipTransparent, transparentParent, type FunctionNode } from '../../analysis/ast.js';
import { callTextWithOption, lineIndent, renameCallee } from '../../analysis/fix.js';
import { declaredFunction, localFunction, startsPromise } from '../../analysis/promise.js';
import { typeServices } from '../../analysis/resolve.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** A suggestion's fix and message data; the rule names the message. */
export interface Rewrite {
  readonly data?: Record<string, string>;
  readonly fix: TSESLint.ReportFixFunction;
}
type Fix = TSESLint.RuleFix;

/** The limit every suggestion writes; the user tunes it. */
export const SUGGESTED_LIMIT = 10;

/** `xs.map(f)`, `xs.flatMap(f)` or `Array.from(xs, f)`: work started per element of `collection`. */
export interface Mapping {
  readonly call: TSESTree.CallExpression;
  readonly form: 'map' | 'flatMap' | 'from';
  readonly collection: TSESTree.Node;
  readonly callback: TSESTree.Node;
}

const LIMIT_NAMES = ['LIMIT', 'CONCURRENCY_LIMIT', 'CHUNK_SIZE'];
const INDEX_NAMES = ['i', 'start', 'offset', 'chunkStart'];
const RESULT_NAMES = ['results', 'chunkResults'];

/**
 * `await Promise.all(xs.map(f))` → a loop over chunks of `LIMIT` elements,
 * awaiting one `Promise.all` per chunk. Offered only where the rewrite keeps
 * what the code computes: the result is discarded, assigned to a variable or
 * returned (then rebuilt chunk by chunk); `f` takes only the element (the
 * index would restart in every chunk); `xs` is a plain variable or property
 * path (it is read once per chunk); and the names it adds are free.
 */
export function chunkRewrite(
  context: AnyContext,
  combinator: TSESTree.CallExpression,
  method: string,
  mapping: Mapping,
): Rewrite | null {
  const sourceCode = context.sourceCode;
  if (method !== 'all' && method !== 'allSettled') return null;
  if (!isPlainMap(combinator, mapping) || !isStablePath(mapping.collection) || !takesAtMost(context, mapping.callback, 1)) {
    return null;
  }
  const shape = statementShape(context, combinator);
  if (!shape || !isStatementList(shape.statement.parent)) return null;
  const startsEmpty = shape.kind === 'return' || (shape.kind === 'assign' && shape.annotation === '');
  if (startsEmpty && !evolvingArraysTypeCheck(context)) return null;
  if (commentsOutside(sourceCode, shape.statement, mapping.callback) || hasDirectiveBefore(sourceCode, shape.statement)) {
    return null;
  }
  const block = shape.statement.parent;
  const limit = freeName(context, shape.statement, block, LIMIT_NAMES);
  const index = freeName(context, shape.statement, block, INDEX_NAMES);
  const resultName = shape.kind === 'return' ? freeName(context, shape.statement, block, RESULT_NAMES) : null;
  if (!limit || !index || (shape.kind === 'return' && !resultName)) return null;

  const indent = lineIndent(sourceCode, shape.statement);
  const xs = sourceCode.getText(mapping.collection);
  const callback = reindent(sourceCode, mapping.callback, `${indent}  `);
  if (callback === null) return null;
  const chunk = `${sourceCode.getText(combinator.callee)}(${xs}.slice(${index}, ${index} + ${limit}).map(${callback}))`;
  const loopHead = `for (let ${index} = 0; ${index} < ${xs}.length; ${index} += ${limit}) {`;
  const lines = [`const ${limit} = ${SUGGESTED_LIMIT};`];
  if (shape.kind === 'discard') {
    lines.push(loopHead, `  await ${chunk};`, '}');
  } else {
    const target = shape.kind === 'assign' ? shape.name : (resultName ?? '');
    if (shape.kind === 'assign') lines.push(`${shape.declarationKind} ${target}${shape.annotation} = [];`);
    else lines.push(`const ${target} = [];`);
    lines.push(loopHead, `  ${target}.push(...(await ${chunk}));`, '}');
    if (shape.kind === 'return') lines.push(`return ${target};`);
  }
  const text = lines.map((line, position) => (position === 0 ? line : `${indent}${line}`)).join('\n');
  return {
    data: { limit, callee: sourceCode.getText(combinator.callee) },
    fix: (fixer) => fixer.replaceText(shape.statement, text),
  };
}

/**
 * `Promise.all(xs.map(f))` → `pMap(xs, f, { concurrency: 10 })` (and
 * `allSettled` → `pMapSettled`), adding the import. p-map passes the mapper
 * the element and its index, not the array: `f` may take at most two parameters.
 */
export function pMapRewrite(
  context: AnyContext,
  combinator: TSESTree.CallExpression,
  method: string,
  mapping: Mapping,
): Rewrite | null {
  const sourceCode = context.sourceCode;
  const exportName = method === 'all' ? 'default' : method === 'allSettled' ? 'pMapSettled' : null;
  if (!exportName || !isPlainMap(combinator, mapping) || !takesAtMost(context, mapping.callback, 2)) return null;
  if (commentsOutside(sourceCode, combinator, mapping.callback)) return null;
  const binding = importBinding(context, combinator, 'p-map', exportName, exportName === 'default' ? 'pMap' : exportName);
  if (!binding) return null;
  const xs = sourceCode.getText(mapping.collection);
  const text = `${binding.local}(${xs}, ${sourceCode.getText(mapping.callback)}, { concurrency: ${SUGGESTED_LIMIT} })`;
  return {
    data: { name: binding.local },
    fix: (fixer) => [...binding.fixes(fixer), fixer.replaceText(combinator, text)],
  };
}

/**
 * Wraps a per-element callback in p-limit's `limitFunction(f, { concurrency: 10 })`,
 * adding the import: the callback gets the same arguments and returns the same
 * promise, started at most 10 at a time. `limitFunction` wants a function that
 * returns a promise: an async function, or an arrow returning a promise call.
 */
export function pLimitRewrite(context: AnyContext, anchor: TSESTree.Node, callback: TSESTree.Node): Rewrite | null {
  const target = skipTransparent(callback);
  const fn = isFunction(target) ? target : localFunction(context, target);
  if (!fn || !alwaysReturnsPromise(context, fn)) return null;
  const binding = importBinding(context, anchor, 'p-limit', 'limitFunction', 'limitFunction');
  if (!binding) return null;
  const text = `${binding.local}(${context.sourceCode.getText(callback)}, { concurrency: ${SUGGESTED_LIMIT} })`;
  return {
    fix: (fixer) => [...binding.fixes(fixer), fixer.replaceText(callback, text)],
  };
}

/** `pMap(xs, f)` → `pMap(xs, f, { concurrency: 10 })`, merged into an options object literal. */
export function concurrencyOptionRewrite(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  optionsArg: number,
): Rewrite | null {
  const text = callTextWithOption(sourceCode, call, optionsArg, `concurrency: ${SUGGESTED_LIMIT}`, 'concurrency');
  if (!text) return null;
  const options = call.arguments[optionsArg];
  if (options && skipTransparent(options).type !== AST_NODE_TYPES.ObjectExpression) return null;
  return { fix: (fixer) => fixer.replaceText(call, text) };
}

/** `async.map(xs, f)` → `async.mapLimit(xs, 10, f)`, adding `mapLimit` to the import when needed. */
export function limitVariantRewrite(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  limited: string,
): Rewrite | null {
  if (call.optional || call.typeArguments || call.arguments.length === 0) return null;
  if (call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const renamed = renameCallee(sourceCode, call, limited);
  if (!renamed) return null;
  const args = call.arguments.map((argument) => sourceCode.getText(argument));
  args.splice(1, 0, String(SUGGESTED_LIMIT));
  const text = `${renamed.calleeText}(${args.join(', ')})`;
  const addImport = renamed.addImport;
  return {
    fix: (fixer) => [
      ...(addImport ? [fixer.insertTextAfter(addImport.after, addImport.text)] : []),
      fixer.replaceText(call, text),
    ],
  };
}

/** The combinator's only argument is exactly `xs.map(f)`, with no `thisArg` and no optional chaining. */
function isPlainMap(combinator: TSESTree.CallExpression, mapping: Mapping): boolean {
  const callee = mapping.call.callee;
  return (
    mapping.form === 'map' &&
    combinator.arguments.length === 1 &&
    combinator.arguments[0] === mapping.call &&
    mapping.call.arguments.length === 1 &&
    !mapping.call.optional &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    !callee.optional
  );
}

/** `xs`, `this.items`, `cfg.jobs.pending`: reading it again yields the same array. */
function isStablePath(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isStablePath(node.object);
}

/** A callback whose declaration shows it uses at most `count` parameters (no rest, no `arguments`). */
function takesAtMost(context: AnyContext, callback: TSESTree.Node, count: number): boolean {
  const target = skipTransparent(callback);
  const fn = isFunction(target) ? target : (localFunction(context, target) ?? declaredFunction(context, target));
  if (!fn || fn.params.length > count || fn.params.some((param) => param.type === AST_NODE_TYPES.RestElement)) return false;
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.TSDeclareFunction) return true;
  return !context.sourceCode.getTokens(fn).some((token) => token.type === 'Identifier' && token.value === 'arguments');
}

/** Every value the function returns is a promise, by its syntax alone. */
function alwaysReturnsPromise(context: AnyContext, fn: FunctionNode): boolean {
  if (fn.async) return true;
  return fn.body.type !== AST_NODE_TYPES.BlockStatement && startsPromise(context, fn.body, { useTypes: false });
}

type StatementShape =
  | { readonly kind: 'discard'; readonly statement: TSESTree.ExpressionStatement }
  | {
      readonly kind: 'assign';
      readonly statement: TSESTree.VariableDeclaration;
      readonly name: string;
      readonly declarationKind: string;
      readonly annotation: string;
    }
  | { readonly kind: 'return'; readonly statement: TSESTree.ReturnStatement };

/**
 * The statement around an awaited combinator whose result the chunked loop
 * can rebuild: `await C;`, `const r = await C;`, `return C;` / `return await C;`
 * in an async function.
 */
function statementShape(context: AnyContext, combinator: TSESTree.CallExpression): StatementShape | null {
  const parent = transparentParent(combinator);
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return insideTry(parent) ? null : returnShape(parent);
  if (parent?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const holder = transparentParent(parent);
  if (holder?.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'discard', statement: holder };
  if (holder?.type === AST_NODE_TYPES.ReturnStatement) return returnShape(holder);
  if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = holder.parent;
  if (declaration.declarations.length !== 1 || declaration.declare || declaration.kind === 'using' || declaration.kind === 'await using') {
    return null;
  }
  const annotation = holder.id.typeAnnotation;
  // Without an annotation, `const r = []` is an evolving array in TypeScript:
  // a use inside a nested function would make it an implicit `any[]`.
  if (!annotation && usedInNestedFunction(context, holder.id)) return null;
  // The rebuilt array is pushed to: a readonly array or a tuple type would not accept it.
  if (annotation && !isMutableArrayType(annotation.typeAnnotation)) return null;
  return {
    kind: 'assign',
    statement: declaration,
    name: holder.id.name,
    declarationKind: declaration.kind,
    annotation: annotation ? `: ${context.sourceCode.getText(annotation.typeAnnotation)}` : '',
  };
}

/** `T[]` or `Array<T>`. */
function isMutableArrayType(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSArrayType) return true;
  return (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'Array'
  );
}

function usedInNestedFunction(context: AnyContext, id: TSESTree.Identifier): boolean {
  const home = enclosingFunction(id);
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(id), id);
  return variable === null || variable.references.some((reference) => enclosingFunction(reference.identifier) !== home);
}

/**
 * `return C` without `await` inside `try` leaves the rejection to the caller;
 * the rewrite awaits, so the `catch`/`finally` would see it: not the same code.
 */
function insideTry(statement: TSESTree.Node): boolean {
  for (let child = statement, parent = statement.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child) return true;
  }
  return false;
}

/**
 * Whether an unannotated `const r = []` that is then pushed to type-checks:
 * TypeScript makes it an evolving array only under `noImplicitAny` (part of
 * `strict`); otherwise it is `never[]` and every push is an error. JavaScript
 * files are not checked that way; without a program, the strict defaults of
 * `tsc --init` are assumed.
 */
function evolvingArraysTypeCheck(context: AnyContext): boolean {
  if (/\.[cm]?jsx?$/u.test(context.filename)) return true;
  const services = typeServices(context);
  if (!services) return true;
  const options = services.program.getCompilerOptions();
  return options.noImplicitAny ?? options.strict ?? false;
}

function returnShape(statement: TSESTree.ReturnStatement): StatementShape | null {
  const fn = enclosingFunction(statement);
  return fn?.async ? { kind: 'return', statement } : null;
}

function isStatementList(node: TSESTree.Node | undefined): node is TSESTree.BlockStatement | TSESTree.Program | TSESTree.StaticBlock {
  return (
    node?.type === AST_NODE_TYPES.BlockStatement ||
    node?.type === AST_NODE_TYPES.Program ||
    node?.type === AST_NODE_TYPES.StaticBlock
  );
}

/** A rewrite rebuilds `node` from parts: comments outside the reused `kept` node would be lost. */
function commentsOutside(sourceCode: SourceCode, node: TSESTree.Node, kept: TSESTree.Node): boolean {
  return sourceCode
    .getCommentsInside(node)
    .some((comment) => comment.range[0] < kept.range[0] || comment.range[1] > kept.range[1]);
}

/**
 * The first of `candidates` that neither names a binding visible at `at` nor
 * appears as an identifier anywhere in `block`, so that declaring it in `block`
 * neither clashes with nor captures another name.
 */
function freeName(context: AnyContext, at: TSESTree.Node, block: TSESTree.Node, candidates: readonly string[]): string | null {
  const scope = context.sourceCode.getScope(at);
  const used = new Set(
    context.sourceCode
      .getTokens(block)
      .filter((token) => token.type === 'Identifier')
      .map((token) => token.value),
  );
  return candidates.find((name) => !used.has(name) && !ASTUtils.findVariable(scope, name)) ?? null;
}

/**
 * The text of `node` for a line indented by `indent`: its later lines move by
 * as much as its first line moves. Null when it holds a multi-line template
 * literal (re-indenting would change the string) or cannot move left.
 */
function reindent(sourceCode: SourceCode, node: TSESTree.Node, indent: string): string | null {
  const text = sourceCode.getText(node);
  if (!text.includes('\n')) return text;
  if (sourceCode.getTokens(node).some((token) => token.type === 'Template' && token.value.includes('\n'))) return null;
  const delta = indent.length - lineIndent(sourceCode, node).length;
  const [first = '', ...rest] = text.split('\n');
  const moved: string[] = [];
  for (const line of rest) {
    if (delta >= 0 || line.trim() === '') moved.push(line.trim() === '' ? line : ' '.repeat(Math.max(delta, 0)) + line);
    else if (line.startsWith(' '.repeat(-delta))) moved.push(line.slice(-delta));
    else return null;
  }
  return [first, ...moved].join('\n');
}

/** A `// @ts-expect-error` or `// @ts-ignore` right before the statement applies to its first line only. */
function hasDirectiveBefore(sourceCode: SourceCode, statement: TSESTree.Node): boolean {
  return sourceCode.getCommentsBefore(statement).some((comment) => /@ts-(?:expect-error|ignore)/u.test(comment.value));
}

interface ImportBinding {
  /** How the code refers to the export: a local name, or `ns.name` through a namespace import. */
  readonly local: string;
  readonly fixes: (fixer: TSESLint.RuleFixer) => Fix[];
}

/**
 * How to refer to `exportName` of `module` where `at` is: an existing import
 * of it (or of the namespace), a specifier added to an existing import
 * declaration of the module, or a new `import` declaration after the last
 * one, under `preferred` when that name is free. Null in CommonJS files
 * (`require` and no `import`), where an ES import would not load.
 */
function importBinding(
  context: AnyContext,
  at: TSESTree.Node,
  module: string,
  exportName: string,
  preferred: string,
): ImportBinding | null {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const imports = program.body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const existing = imports.filter((declaration) => declaration.source.value === module && declaration.importKind !== 'type');
  for (const specifier of existing.flatMap((declaration) => declaration.specifiers)) {
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
      return { local: `${specifier.local.name}.${exportName}`, fixes: () => [] };
    }
    if (exportName === 'default' && specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
      return { local: specifier.local.name, fixes: () => [] };
    }
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && importedName(specifier) === exportName) {
      return { local: specifier.local.name, fixes: () => [] };
    }
  }
  const globalScope = sourceCode.getScope(program);
  const usesRequire = globalScope.through.some((reference) => reference.identifier.name === 'require') || globalScope.set.has('require');
  if (program.sourceType === 'script' || (imports.length === 0 && usesRequire)) return null;
  if (ASTUtils.findVariable(sourceCode.getScope(at), preferred)) return null;
  if (globalScope.through.some((reference) => reference.identifier.name === preferred)) return null;
  const merged = existing.length > 0 ? mergeIntoImport(sourceCode, existing[0]!, exportName, preferred) : null;
  if (merged) return { local: preferred, fixes: merged };
  const declaration =
    exportName === 'default' ? `import ${preferred} from '${module}';` : `import { ${exportName} } from '${module}';`;
  const last = imports.at(-1);
  const first = program.body[0];
  return {
    local: preferred,
    fixes: (fixer) => {
      if (last) return [fixer.insertTextAfter(last, `\n${declaration}`)];
      return first ? [fixer.insertTextBefore(first, `${declaration}\n`)] : [];
    },
  };
}

/** Adds `name` to `import a from 'm'` / `import { b } from 'm'`: `import a, { name }`, `import { b, name }`, `import name, { b }`. */
function mergeIntoImport(
  sourceCode: SourceCode,
  declaration: TSESTree.ImportDeclaration,
  exportName: string,
  local: string,
): ((fixer: TSESLint.RuleFixer) => Fix[]) | null {
  const named = declaration.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
  const defaultSpecifier = declaration.specifiers.find((specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier);
  const lastNamed = named.at(-1);
  if (exportName === 'default') {
    const brace = lastNamed && !defaultSpecifier ? sourceCode.getTokenBefore(named[0]!) : null;
    return brace?.value === '{' ? (fixer) => [fixer.insertTextBefore(brace, `${local}, `)] : null;
  }
  const specifier = local === exportName ? exportName : `${exportName} as ${local}`;
  if (lastNamed) return (fixer) => [fixer.insertTextAfter(lastNamed, `, ${specifier}`)];
  if (defaultSpecifier) return (fixer) => [fixer.insertTextAfter(defaultSpecifier, `, { ${specifier} }`)];
  return null;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
}
