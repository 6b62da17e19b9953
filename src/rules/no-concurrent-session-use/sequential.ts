import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunction, outermostTransparent, skipTransparent, staticPropertyName } from '../../analysis/ast.js';
import { hasComments, lineIndent } from '../../analysis/fix.js';
import { walk } from '../../analysis/session-use.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Suggestion = TSESLint.SuggestionReportDescriptor<'suggestSequential' | 'suggestForOf' | 'suggestAwait'>;

/** Expressions that `await x` takes whole, without parentheses. */
const TIGHT: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
]);

/** Statement lists where a `const` may stand. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

function operand(sourceCode: SourceCode, node: TSESTree.Node, indent?: string): string {
  const text = indent === undefined ? sourceCode.getText(node) : reindented(sourceCode, node, indent);
  return TIGHT.has(node.type) ? text : `(${text})`;
}

/**
 * The text of `node` moved to a line indented by `indent`: its later lines
 * keep their indentation relative to the line `node` starts on.
 */
function reindented(sourceCode: SourceCode, node: TSESTree.Node, indent: string): string {
  const text = sourceCode.getText(node);
  const from = lineIndent(sourceCode, node);
  if (from === indent || !text.includes('\n')) return text;
  const lines = text.split('\n');
  const rest = lines.slice(1);
  if (from.length > indent.length) {
    const cut = from.length - indent.length;
    if (!rest.every((line) => line.trim() === '' || /^\s*$/u.test(line.slice(0, cut)))) return text;
    return [lines[0], ...rest.map((line) => line.slice(Math.min(cut, line.length - line.trimStart().length)))].join('\n');
  }
  const pad = indent.slice(from.length);
  return [lines[0], ...rest.map((line) => (line.trim() === '' ? line : pad + line))].join('\n');
}

/**
 * `await Promise.all([p, q]);` → `await p; await q;` and
 * `const [a, b] = await Promise.all([p, q]);` → `const a = await p; const b = await q;`.
 * Every element must start its work right there (a call), so that awaiting
 * one before writing the next really serialises them. Null for other shapes.
 */
export function sequentialSuggestion(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  array: TSESTree.ArrayExpression,
): Suggestion | null {
  const elements: TSESTree.Expression[] = [];
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
    const inner = skipTransparent(element);
    if (inner.type !== AST_NODE_TYPES.CallExpression && inner.type !== AST_NODE_TYPES.NewExpression && inner.type !== AST_NODE_TYPES.TaggedTemplateExpression) {
      return null;
    }
    elements.push(element);
  }
  const awaited = outermostTransparent(call).parent;
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const holder = awaited.parent;
  if (holder.type === AST_NODE_TYPES.ExpressionStatement && holder.expression === awaited) {
    if (hasComments(sourceCode, holder)) return null;
    const indent = lineIndent(sourceCode, holder);
    const text = elements.map((element) => `await ${operand(sourceCode, element, indent)};`).join(`\n${indent}`);
    return { messageId: 'suggestSequential', fix: (fixer) => fixer.replaceText(holder, text) };
  }
  if (holder.type !== AST_NODE_TYPES.VariableDeclarator || holder.init !== awaited) return null;
  const declaration = holder.parent;
  const pattern = holder.id;
  if (
    pattern.type !== AST_NODE_TYPES.ArrayPattern ||
    pattern.typeAnnotation ||
    declaration.declarations.length !== 1 ||
    declaration.declare ||
    !STATEMENT_LISTS.has(declaration.parent.type) ||
    pattern.elements.length > elements.length ||
    hasComments(sourceCode, declaration)
  ) {
    return null;
  }
  const indent = lineIndent(sourceCode, declaration);
  const lines: string[] = [];
  for (const [index, element] of elements.entries()) {
    const target = pattern.elements[index];
    if (target?.type === AST_NODE_TYPES.RestElement || target?.type === AST_NODE_TYPES.AssignmentPattern) return null;
    const value = `await ${operand(sourceCode, element, indent)}`;
    lines.push(target ? `${declaration.kind} ${sourceCode.getText(target)} = ${value};` : `${value};`);
  }
  return { messageId: 'suggestSequential', fix: (fixer) => fixer.replaceText(declaration, lines.join(`\n${indent}`)) };
}

/**
 * `await Promise.all(xs.map(async (x) => { … }));` and, in an async function,
 * `xs.forEach(async (x) => { … });` → `for (const x of xs) { … }` (an
 * expression body `x => tx.a(x)` becomes `await tx.a(x);`). Needs a one-parameter
 * arrow function whose body does not `return` (it would leave the outer function).
 */
export function forOfSuggestion(
  sourceCode: SourceCode,
  reported: TSESTree.CallExpression,
  iteration: TSESTree.CallExpression,
  shape: 'combinator' | 'forEach',
): Suggestion | null {
  let statement: TSESTree.Node | undefined;
  if (shape === 'combinator') {
    const awaited = outermostTransparent(reported).parent;
    statement = awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited.parent : undefined;
    if (staticPropertyName(iteration.callee as TSESTree.MemberExpression) !== 'map') return null;
  } else {
    statement = outermostTransparent(reported).parent;
    if (!enclosingFunction(reported)?.async) return null;
  }
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || hasComments(sourceCode, statement)) return null;
  const callee = skipTransparent(iteration.callee);
  const callback = iteration.arguments[0];
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.optional ||
    iteration.arguments.length !== 1 ||
    callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression ||
    callback.params.length !== 1
  ) {
    return null;
  }
  const param = callback.params[0];
  const binding = bindingText(sourceCode, param);
  if (binding === null || !param || iterableUsesNames(sourceCode, callee.object, param)) return null;
  const indent = lineIndent(sourceCode, statement);
  let body: string;
  if (callback.body.type === AST_NODE_TYPES.BlockStatement) {
    if (!callback.async || returnsInside(sourceCode, callback.body)) return null;
    body = reindented(sourceCode, callback.body, indent);
  } else {
    body = `await ${operand(sourceCode, callback.body, indent)};`;
  }
  const iterable = operand(sourceCode, callee.object);
  const text = `for (const ${binding} of ${iterable}) ${body}`;
  return { messageId: 'suggestForOf', fix: (fixer) => fixer.replaceText(statement, text) };
}

/** The loop variable for a callback parameter: its name or pattern, without a type annotation. */
function bindingText(sourceCode: SourceCode, param: TSESTree.Parameter | undefined): string | null {
  if (param?.type === AST_NODE_TYPES.Identifier) return param.name;
  if ((param?.type === AST_NODE_TYPES.ObjectPattern || param?.type === AST_NODE_TYPES.ArrayPattern) && !param.typeAnnotation) {
    return sourceCode.getText(param);
  }
  return null;
}

/** `for (const x of x)` reads `x` in its dead zone: the iterable must not use a name the loop binds. */
function iterableUsesNames(sourceCode: SourceCode, iterable: TSESTree.Node, param: TSESTree.Node): boolean {
  const bound = new Set<string>();
  walk(sourceCode, param, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier && node.parent.type !== AST_NODE_TYPES.Property) bound.add(node.name);
    if (node.type === AST_NODE_TYPES.Property && node.value.type === AST_NODE_TYPES.Identifier) bound.add(node.value.name);
  });
  let uses = false;
  walk(sourceCode, iterable, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier && bound.has(node.name)) uses = true;
  });
  return uses;
}

/** A `return` of the callback itself (not of a nested function). */
function returnsInside(sourceCode: SourceCode, body: TSESTree.BlockStatement): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found || (node !== body && isFunction(node))) return;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      found = true;
      return;
    }
    const keys = (sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>)[node.type] ?? [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') visit(item as TSESTree.Node);
      }
    }
  };
  visit(body);
  return found;
}

/** `tx.a();` / `void tx.a();` in an async function → `await tx.a();`. */
export function awaitStatementSuggestion(sourceCode: SourceCode, operation: TSESTree.Node): Suggestion | null {
  if (!enclosingFunction(operation)?.async) return null;
  const outer = outermostTransparent(operation);
  const voided = outer.parent?.type === AST_NODE_TYPES.UnaryExpression && outer.parent.operator === 'void' ? outer.parent : null;
  const replaced = voided ?? outer;
  return { messageId: 'suggestAwait', fix: (fixer) => fixer.replaceText(replaced, `await ${operand(sourceCode, outer)}`) };
}
