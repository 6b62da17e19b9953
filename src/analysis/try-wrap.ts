import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction } from './ast.js';
import { lineIndent } from './fix.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Text edits that put a run of statements inside a `try` block: the
 * suggestions of the release and rollback rules. Every edit keeps the code
 * parseable and its names in scope, or is not offered.
 */

/** A statement as an item of its statement list: a block, the program, or a `switch` case. */
export interface StatementSlot {
  readonly list: readonly TSESTree.Statement[];
  readonly index: number;
  readonly container: TSESTree.BlockStatement | TSESTree.Program | TSESTree.SwitchCase | TSESTree.StaticBlock;
}

/** The statement around `node` that is an item of a statement list, not crossing a function. */
export function statementSlot(node: TSESTree.Node): StatementSlot | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent)) return null;
    const list = statementsOf(parent);
    if (list) {
      const index = list.indexOf(child as TSESTree.Statement);
      return index === -1 ? null : { list, index, container: parent as StatementSlot['container'] };
    }
  }
  return null;
}

function statementsOf(node: TSESTree.Node): readonly TSESTree.Statement[] | null {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.Program:
      return node.body as readonly TSESTree.Statement[];
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return null;
  }
}

/**
 * The last index `m >= to` such that no block-scoped name declared by
 * `list[from..m]` is used outside `list[from..m]`: the range can move into a
 * nested block. -1 when a name is used before `from`.
 */
export function closeOverDeclarations(sourceCode: SourceCode, list: readonly TSESTree.Statement[], from: number, to: number): number {
  let end = to;
  for (let index = from; index <= end; index += 1) {
    for (const variable of blockScopedDeclarations(sourceCode, list[index] as TSESTree.Statement)) {
      for (const reference of variable.references) {
        const at = indexContaining(list, reference.identifier as TSESTree.Node);
        if (at === -1 || at < from) return -1;
        if (at > end) end = at;
      }
    }
  }
  return end;
}

function blockScopedDeclarations(sourceCode: SourceCode, statement: TSESTree.Statement): readonly TSESLint.Scope.Variable[] {
  const declaration =
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind === 'var') return [];
  if (
    declaration.type === AST_NODE_TYPES.VariableDeclaration ||
    declaration.type === AST_NODE_TYPES.ClassDeclaration ||
    declaration.type === AST_NODE_TYPES.FunctionDeclaration
  ) {
    return sourceCode.getDeclaredVariables(declaration);
  }
  return [];
}

function indexContaining(list: readonly TSESTree.Statement[], node: TSESTree.Node): number {
  return list.findIndex((statement) => statement.range[0] <= node.range[0] && node.range[1] <= statement.range[1]);
}

/** The indentation one level deeper than `slot`'s container uses for its statements. */
function indentUnit(sourceCode: SourceCode, slot: StatementSlot, indent: string): string {
  if (slot.container.type === AST_NODE_TYPES.Program) return indent.includes('\t') ? '\t' : '  ';
  const outer = lineIndent(sourceCode, slot.container);
  return indent.startsWith(outer) && indent.length > outer.length ? indent.slice(outer.length) : '  ';
}

/** The range that removes `statement`: its whole line when nothing else is on it. */
function removalRange(sourceCode: SourceCode, statement: TSESTree.Node): [number, number] {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const newline = text.indexOf('\n', statement.range[1]);
  const lineEnd = newline === -1 ? text.length : newline;
  const alone = /^\s*$/u.test(text.slice(lineStart, statement.range[0])) && /^\s*$/u.test(text.slice(statement.range[1], lineEnd));
  return alone ? [lineStart, newline === -1 ? lineEnd : newline + 1] : statement.range;
}

/**
 * The text of `[start, end)` without the `remove` statements, every line after
 * the first indented one level deeper (except lines inside template literals).
 */
function movedText(sourceCode: SourceCode, start: number, end: number, remove: readonly TSESTree.Node[], unit: string): string {
  const ranges = remove.map((node) => removalRange(sourceCode, node)).sort((a, b) => b[0] - a[0]);
  let text = sourceCode.text.slice(start, end);
  for (const [from, to] of ranges) {
    if (from < start || to > end + 1) continue;
    text = text.slice(0, from - start) + text.slice(Math.min(to, end) - start);
  }
  const frozen = templateLines(sourceCode, start, end);
  const firstLine = sourceCode.getLocFromIndex(start).line;
  return text
    .replace(/\s+$/u, '')
    .split('\n')
    .map((line, offset) => (offset === 0 || line.trim() === '' || frozen.has(firstLine + offset) ? line : unit + line))
    .join('\n');
}

/** Lines (after the first) that belong to a multi-line template literal: re-indenting them changes the string. */
function templateLines(sourceCode: SourceCode, start: number, end: number): Set<number> {
  const lines = new Set<number>();
  for (const token of sourceCode.ast.tokens) {
    if (token.range[1] <= start || token.range[0] >= end || token.type !== 'Template') continue;
    for (let line = token.loc.start.line + 1; line <= token.loc.end.line; line += 1) lines.add(line);
  }
  return lines;
}

export interface WrapPlan {
  readonly slot: StatementSlot;
  /** Statements `list[from..to]` go inside the `try` block. */
  readonly from: number;
  readonly to: number;
  /** The edit also replaces up to here (a release statement right after the range that moves into `finally`). */
  readonly replaceEnd: number;
  /** Statements inside the range to delete (releases that the `finally` now does). */
  readonly remove: readonly TSESTree.Node[];
  /** The clauses after the `try` block, given the range's indentation and one indentation unit. */
  clauses(indent: string, unit: string): string;
}

/** The one edit that wraps `list[from..to]` in `try { … }` followed by the plan's clauses. */
export function wrapInTry(sourceCode: SourceCode, plan: WrapPlan): { range: [number, number]; text: string } {
  const first = plan.slot.list[plan.from] as TSESTree.Statement;
  const last = plan.slot.list[plan.to] as TSESTree.Statement;
  const indent = lineIndent(sourceCode, first);
  const unit = indentUnit(sourceCode, plan.slot, indent);
  const body = movedText(sourceCode, first.range[0], last.range[1], plan.remove, unit);
  return {
    range: [first.range[0], Math.max(plan.replaceEnd, last.range[1])],
    text: `try {\n${indent}${unit}${body}\n${indent}}${plan.clauses(indent, unit)}`,
  };
}

/**
 * The edits that move `list[from..to]` to the start of the block of the `try`
 * statement `list[tryIndex]` (which already protects what follows it).
 */
export function moveIntoTry(
  sourceCode: SourceCode,
  slot: StatementSlot,
  from: number,
  to: number,
  tryStatement: TSESTree.TryStatement,
): { range: [number, number]; text: string }[] {
  const first = slot.list[from] as TSESTree.Statement;
  const last = slot.list[to] as TSESTree.Statement;
  const indent = lineIndent(sourceCode, first);
  const unit = indentUnit(sourceCode, slot, indent);
  const body = movedText(sourceCode, first.range[0], last.range[1], [], unit);
  const open = tryStatement.block.range[0] + 1;
  return [
    { range: [first.range[0], tryStatement.range[0]], text: '' },
    { range: [open, open], text: `\n${indent}${unit}${body}` },
  ];
}
