import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, skipTransparent, staticPropertyName } from '../../analysis/ast.js';
import type { GuardSite } from '../../analysis/guard.js';
import type { ArgumentPath, UpsertForm } from '../../catalog/db-queries.js';
import type { MessageIds } from '../no-check-then-write.js';
import { chainRoot, type DbCall, type FinderCall } from './db-form.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Statement = TSESTree.Statement;

/**
 * The atomic replacement of "find, then insert" as a suggestion, for three
 * statement shapes whose meaning the rewrite keeps (the finder's result is not
 * used for anything else):
 * - `if (!(await find(w))) await create(d);` → `await <upsert>;`
 * - `const found = await find(w); if (!found) await create(d);` → `await <upsert>;`
 * - `const found = await find(w); if (found) return found; return create(d);`
 *   → `return <upsert>;` (only for upserts that give the row back).
 * The upsert is the library's own (`UpsertForm`) and is offered only when the
 * filter and the data are plain arguments it can carry over as they are.
 * Never an autofix: it needs a unique index on the filter's columns to be
 * atomic, and it ends a query that threw on a duplicate into one that does not.
 */
export function upsertRewrite(
  sourceCode: SourceCode,
  finder: FinderCall,
  creator: DbCall,
  site: GuardSite,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  if (finder.api !== creator.api || site.kind !== 'branch') return null;
  const form = creator.api.upserts?.find(
    (candidate) => candidate.finders.includes(finder.method) && candidate.creators.includes(creator.method),
  );
  if (!form) return null;
  const call = upsertCall(sourceCode, form, finder, creator);
  if (!call) return null;
  const shape = statementShape(sourceCode, form, finder, creator, site);
  if (!shape) return null;
  const awaitPrefix = shape.awaited ? 'await ' : '';
  const text =
    shape.kind === 'statement'
      ? `${awaitPrefix}${call};`
      : form.returns === 'pair'
        ? `return (await ${call})[0];`
        : `return ${call};`;
  if (shape.kind === 'return' && form.returns === 'pair' && !enclosingFunction(shape.range.start)?.async) return null;
  const range: TSESLint.AST.Range = [shape.range.start.range[0], shape.range.end.range[1]];
  if (sourceCode.getAllComments().some((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1])) {
    return null;
  }
  return {
    messageId: 'suggestUpsert',
    data: { mutation: creator.method, replacement: form.name },
    fix: (fixer) => fixer.replaceTextRange(range, text),
  };
}

function upsertCall(sourceCode: SourceCode, form: UpsertForm, finder: FinderCall, creator: DbCall): string | null {
  const filter = argumentAt(finder.node, form.filter);
  const data = argumentAt(creator.node, form.data);
  if (!filter || !data || skipTransparent(data).type === AST_NODE_TYPES.ArrayExpression) return null;
  let model = creator.model.text;
  if (creator.api.chained) {
    // Knex: the insert must be called on the root call itself (`knex('users').insert(d)`).
    const root = chainRoot(creator.node);
    if (!root || skipTransparent(creator.node.callee.object) !== root) return null;
    model = sourceCode.getText(root);
  }
  let keys = '';
  if (form.keysFromFilter) {
    const names = plainKeys(filter);
    if (!names) return null;
    keys = `[${names.map((name) => `'${name}'`).join(', ')}]`;
  }
  return form.template
    .replaceAll('{model}', model)
    .replaceAll('{filter}', sourceCode.getText(filter))
    .replaceAll('{data}', sourceCode.getText(data))
    .replaceAll('{keys}', keys);
}

/**
 * The argument (or the sole property of an object-literal argument) at
 * `path`, when the call passes nothing else that the upsert would drop.
 */
function argumentAt(call: TSESTree.CallExpression, path: ArgumentPath): TSESTree.Node | null {
  let target: TSESTree.CallExpression = call;
  if (path.chainMethod) {
    // Knex: `root.where(filter).first()`, with nothing else chained.
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const previous = skipTransparent(callee.object);
    if (previous.type !== AST_NODE_TYPES.CallExpression) return null;
    const previousCallee = skipTransparent(previous.callee);
    if (previousCallee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(previousCallee) !== path.chainMethod) {
      return null;
    }
    const root = skipTransparent(previousCallee.object);
    if (root.type !== AST_NODE_TYPES.CallExpression || chainRoot(root) !== root) return null;
    target = previous;
  }
  if (target.arguments.length !== path.arg + 1) return null;
  const argument = target.arguments[path.arg];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  if (!path.property) return argument;
  const object = skipTransparent(argument);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || object.properties.length !== 1) return null;
  const property = object.properties[0];
  if (property?.type !== AST_NODE_TYPES.Property || property.computed) return null;
  return ASTUtils.getPropertyName(property) === path.property ? property.value : null;
}

/** The keys of `{ email, tenantId: t }`: plain, static, no spread. */
function plainKeys(node: TSESTree.Node): string[] | null {
  const object = skipTransparent(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || object.properties.length === 0) return null;
  const keys: string[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init') return null;
    const key = ASTUtils.getPropertyName(property);
    if (key === null || !/^[\w$]+$/u.test(key)) return null;
    keys.push(key);
  }
  return keys;
}

interface Shape {
  readonly kind: 'statement' | 'return';
  readonly range: { readonly start: TSESTree.Node; readonly end: TSESTree.Node };
  readonly awaited: boolean;
}

function statementShape(
  sourceCode: SourceCode,
  form: UpsertForm,
  finder: FinderCall,
  creator: DbCall,
  site: Extract<GuardSite, { kind: 'branch' }>,
): Shape | null {
  const statement = site.test.parent;
  const variable = resultVariable(finder);
  if (statement?.type === AST_NODE_TYPES.IfStatement && statement.test === site.test && !statement.alternate) {
    const creation = soleStatement(statement.consequent);
    const awaited = creation ? createsWith(creation, creator) : null;
    if (awaited !== null) {
      // `if (!(await find(w))) await create(d);`
      if (contains(statement.test, finder.value)) {
        return { kind: 'statement', range: { start: statement, end: statement }, awaited };
      }
      // `const found = await find(w); if (!found) await create(d);`
      if (variable && next(variable.declaration) === statement && onlyReads(sourceCode, variable, 1)) {
        return { kind: 'statement', range: { start: variable.declaration, end: statement }, awaited };
      }
    }
  }
  // `const found = await find(w); if (found) return found; return create(d);`
  if (form.returns === 'none' || !variable || !onlyReads(sourceCode, variable, 2)) return null;
  const early = next(variable.declaration);
  if (early?.type !== AST_NODE_TYPES.IfStatement || early.alternate || !isName(early.test, variable.name)) return null;
  const returned = soleStatement(early.consequent);
  if (returned?.type !== AST_NODE_TYPES.ReturnStatement || !returned.argument || !isName(returned.argument, variable.name)) {
    return null;
  }
  const last = next(early);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument) return null;
  if (stripAwait(last.argument) !== creator.node) return null;
  return { kind: 'return', range: { start: variable.declaration, end: last }, awaited: false };
}

/** `const found = await find(w);`: one declarator, the finder's awaited result. */
function resultVariable(finder: FinderCall): { declaration: TSESTree.VariableDeclaration; name: string; id: TSESTree.Identifier } | null {
  let value: TSESTree.Node = finder.value;
  while (value.parent && [AST_NODE_TYPES.AwaitExpression, AST_NODE_TYPES.TSAsExpression, AST_NODE_TYPES.TSNonNullExpression].includes(value.parent.type)) {
    value = value.parent;
  }
  const declarator = value.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declarations.length !== 1) return null;
  return { declaration, name: declarator.id.name, id: declarator.id };
}

function onlyReads(sourceCode: SourceCode, variable: { id: TSESTree.Identifier }, count: number): boolean {
  const found = ASTUtils.findVariable(sourceCode.getScope(variable.id), variable.id);
  if (!found) return false;
  const others = found.references.filter((reference) => reference.identifier !== variable.id);
  return others.length === count && others.every((reference) => reference.isRead() && !reference.isWrite());
}

/** The statement after `statement` in its block. */
function next(statement: TSESTree.Node): Statement | null {
  const parent = statement.parent;
  if (parent?.type !== AST_NODE_TYPES.BlockStatement && parent?.type !== AST_NODE_TYPES.Program) return null;
  const body = parent.body as Statement[];
  const index = body.indexOf(statement as Statement);
  return index >= 0 ? (body[index + 1] ?? null) : null;
}

function soleStatement(statement: Statement): Statement | null {
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return statement;
  return statement.body.length === 1 ? (statement.body[0] ?? null) : null;
}

/** `await create(d);` → true, `create(d);` → false, anything else → null. */
function createsWith(statement: Statement, creator: DbCall): boolean | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const expression = skipTransparent(statement.expression);
  if (stripAwait(expression) !== creator.node) return null;
  return expression.type === AST_NODE_TYPES.AwaitExpression;
}

function stripAwait(node: TSESTree.Node): TSESTree.Node {
  const inner = skipTransparent(node);
  return inner.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(inner.argument) : inner;
}

function isName(node: TSESTree.Node, name: string): boolean {
  const value = skipTransparent(node);
  return value.type === AST_NODE_TYPES.Identifier && value.name === name;
}
