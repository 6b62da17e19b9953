import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent } from '../../analysis/ast.js';
import { isGlobalIdentifier } from '../../analysis/promise.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const LOOP_NAMES = ['tick', 'runTick', 'scheduledRun'];
/** Parents in which the call's statement may become a declaration and a statement. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

/**
 * The text that replaces `setInterval(async () => { BODY }, ms);` with a
 * `setTimeout` loop that schedules the next run when this one has ended:
 *
 *     const tick = async () => {
 *       try {
 *         BODY
 *       } finally {
 *         setTimeout(tick, ms);
 *       }
 *     };
 *     setTimeout(tick, ms);
 *
 * The first run still starts after `ms`, a throw or `return` still ends the run
 * and schedules the next. Offered only when it is the same program otherwise:
 * the call is a statement of its own (the handle is not stored, cleared,
 * `unref`'d or returned), it calls the global `setInterval` with exactly an
 * inline async callback without parameters and a delay that is a constant or a
 * plain read (evaluated once a run instead of once), a function callback does
 * not use `this` or `arguments`, no comment would be lost and no multi-line
 * template literal would be re-indented. Null otherwise.
 */
export function timeoutLoopText(context: AnyContext, call: TSESTree.CallExpression): { range: TSESTree.Range; text: string } | null {
  const sourceCode = context.sourceCode;
  const statement = call.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== call) return null;
  if (!STATEMENT_LISTS.has(statement.parent.type)) return null;
  if (!isGlobalIdentifier(context, call.callee, 'setInterval') || !globalTimeout(context, call)) return null;
  const [callback, delay] = call.arguments;
  if (call.arguments.length !== 2 || !callback || !delay || delay.type === AST_NODE_TYPES.SpreadElement) return null;
  if (!isFunction(callback) || !callback.async || callback.generator || callback.params.length > 0) return null;
  if (!isPlainRead(context, delay)) return null;
  if (callback.type === AST_NODE_TYPES.FunctionExpression && usesOwnThis(context, callback.body)) return null;
  const body = callback.body;
  const comments = sourceCode.getCommentsInside(call).filter((comment) => !(body.type === AST_NODE_TYPES.BlockStatement && body.range[0] <= comment.range[0] && comment.range[1] <= body.range[1]));
  if (comments.length > 0 || hasMultilineTemplate(context, body)) return null;
  if (body.type !== AST_NODE_TYPES.BlockStatement && skipTransparent(body).type === AST_NODE_TYPES.ObjectExpression) return null;
  const name = LOOP_NAMES.find((candidate) => !new RegExp(`\\b${candidate}\\b`, 'u').test(sourceCode.text));
  if (!name) return null;

  const indent = lineIndent(sourceCode, statement);
  const inner = `${indent}    `;
  const bodyLines = bodyText(sourceCode, body, inner);
  const head = sourceCode.text.slice(callback.range[0], body.range[0]);
  const delayText = sourceCode.getText(delay);
  const text = [
    `const ${name} = ${head}{`,
    `${indent}  try {`,
    bodyLines,
    `${indent}  } finally {`,
    `${indent}    setTimeout(${name}, ${delayText});`,
    `${indent}  }`,
    `${indent}};`,
    `${indent}setTimeout(${name}, ${delayText});`,
  ].join('\n');
  return { range: statement.range, text };
}

/** `setTimeout` at the call names the global timer. */
function globalTimeout(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(call), 'setTimeout');
  return !variable || variable.defs.length === 0;
}

/** A delay that reads the same value each time: a literal, a constant, a name or a static member path. */
function isPlainRead(context: AnyContext, node: TSESTree.Node): boolean {
  const expression = skipTransparent(node);
  if (ASTUtils.getStaticValue(expression, context.sourceCode.getScope(expression)) !== null) return true;
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.ThisExpression) return true;
  return expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && isPlainRead(context, expression.object);
}

/** `this` or `arguments` of the function itself (not of a nested non-arrow function). */
function usesOwnThis(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'arguments') return true;
  if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) return false;
  const keys = context.sourceCode.visitorKeys[node.type] ?? [];
  return keys.some((key) => {
    const value = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    return children.some((child) => isNode(child) && usesOwnThis(context, child));
  });
}

function hasMultilineTemplate(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.loc.start.line !== node.loc.end.line) return true;
  const keys = context.sourceCode.visitorKeys[node.type] ?? [];
  return keys.some((key) => {
    const value = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    return children.some((child) => isNode(child) && hasMultilineTemplate(context, child));
  });
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The whitespace before the statement on its line ('' when code precedes it). */
function lineIndent(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const before = line.slice(0, node.loc.start.column);
  return /^\s*$/u.test(before) ? before : '';
}

/** The body's statements, indented one level deeper than they were (inside the `try`). */
function bodyText(sourceCode: Readonly<TSESLint.SourceCode>, body: TSESTree.Node, inner: string): string {
  if (body.type !== AST_NODE_TYPES.BlockStatement) return `${inner}${sourceCode.getText(body)};`;
  const text = sourceCode.text.slice(body.range[0] + 1, body.range[1] - 1);
  const lines = text.split('\n');
  while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${inner}${(lines[0] ?? '').trim()}`;
  // Re-indent from the body's own first-line indentation to `inner`.
  const first = lines[0] ?? '';
  const own = first.slice(0, first.length - first.trimStart().length);
  return lines
    .map((line) => {
      if (line.trim() === '') return '';
      return line.startsWith(own) ? `${inner}${line.slice(own.length)}` : `${inner}${line.trimStart()}`;
    })
    .join('\n');
}
