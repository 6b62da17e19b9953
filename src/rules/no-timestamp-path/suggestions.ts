import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, outermostTransparent, skipTransparent } from '../../analysis/ast.js';
import type { ClockTerm } from '../../analysis/clock.js';
import { renameCallee } from '../../analysis/fix.js';
import { applyImportPlans, planImport } from '../../analysis/import-fix.js';
import { variableOf } from '../../analysis/local-values.js';
import type { CallForm } from '../../catalog/fs.js';
import type { MessageIds } from '../no-timestamp-path.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/**
 * Appends `-${randomUUID()}` where the timestamp becomes part of the name, so
 * that every use of the name sees the same unique value:
 * - in the template literal or `+` concatenation that puts the timestamp into
 *   the name (`${stamp}.json` → `${stamp}-${randomUUID()}.json`), or the
 *   `path.join` argument that holds it;
 * - where the name is defined, when the timestamp is the whole name
 *   (`const dir = new Date().toISOString()…` → `` `${…}-${randomUUID()}` ``).
 * `randomUUID` comes from an existing import of `node:crypto` or a new one (in
 * the file's `import` or `require` style). None when that place is inside
 * another function than the use (each call would then compute a new name),
 * when the name is a number that would turn into a string, or when
 * `randomUUID` cannot be brought in.
 */
export function uniqueSuffixSuggestion(
  sourceCode: SourceCode,
  term: ClockTerm,
  use: TSESTree.Node,
  keepType: boolean,
  baseValue: unknown,
): Suggestion | null {
  const target = term.slot ?? term.at;
  const fn = enclosingFunction(target);
  if (fn && !contains(fn, use)) return null;
  const plan = planImport(sourceCode, target, 'crypto', 'randomUUID');
  if (!plan) return null;
  const unique = `${plan.text}()`;
  const edit = suffixEdit(sourceCode, target, term.slot === undefined, unique, keepType && typeof baseValue !== 'string');
  if (!edit) return null;
  return {
    messageId: 'suggestUniqueSuffix',
    fix: (fixer) => [edit(fixer), ...applyImportPlans(fixer, sourceCode, [plan])],
  };
}

function suffixEdit(
  sourceCode: SourceCode,
  target: TSESTree.Node,
  whole: boolean,
  unique: string,
  numeric: boolean,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | null {
  const parent = target.parent;
  if (parent?.type === AST_NODE_TYPES.TemplateLiteral) {
    const index = parent.expressions.indexOf(target as TSESTree.Expression);
    const next = parent.quasis[index + 1];
    if (index === -1 || !next) return null;
    // After the `}` that closes this placeholder.
    return (fixer) => fixer.insertTextAfterRange([next.range[0], next.range[0] + 1], `-\${${unique}}`);
  }
  if (whole && target.type === AST_NODE_TYPES.TemplateLiteral) {
    return (fixer) => fixer.insertTextBeforeRange([target.range[1] - 1, target.range[1]], `-\${${unique}}`);
  }
  if (numeric) return null;
  if (
    parent?.type === AST_NODE_TYPES.BinaryExpression &&
    parent.operator === '+' &&
    !whole &&
    !ASTUtils.isParenthesized(target, sourceCode)
  ) {
    return (fixer) => fixer.insertTextAfter(target, ` + '-' + ${unique}`);
  }
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === target && target.type === AST_NODE_TYPES.Identifier) {
    return (fixer) => fixer.replaceText(parent, `${target.name}: \`\${${target.name}}-\${${unique}}\``);
  }
  return (fixer) => fixer.replaceText(target, `\`\${${sourceCode.getText(target)}}-\${${unique}}\``);
}

/**
 * `const dir = join(root, stamp); mkdirSync(dir);` → `const dir = mkdtempSync(join(root, stamp + '-'));`:
 * `mkdtemp` adds six random characters to the prefix and returns the path it
 * created, which `dir` then holds for every later use. Only for a `mkdir` of a
 * `const` declared in the statement right before it, without options (`mode`
 * and `recursive` have no `mkdtemp` equivalent), in the sync or awaited promise form.
 */
export function mkdtempSuggestion(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  name: string,
  form: CallForm,
  isPathCompose: (node: TSESTree.CallExpression) => boolean,
): Suggestion | null {
  if ((name !== 'mkdir' && name !== 'mkdirSync') || form === 'callback' || call.arguments.length !== 1) return null;
  const argument = skipTransparent(call.arguments[0] as TSESTree.Node);
  if (argument.type !== AST_NODE_TYPES.Identifier) return null;
  let holder: TSESTree.Node | undefined = outermostTransparent(call).parent;
  if (form === 'promise') {
    if (holder?.type !== AST_NODE_TYPES.AwaitExpression) return null;
    holder = outermostTransparent(holder).parent;
  }
  if (holder?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const statement = holder;
  const block = statement.parent;
  const body =
    block?.type === AST_NODE_TYPES.BlockStatement || block?.type === AST_NODE_TYPES.Program || block?.type === AST_NODE_TYPES.StaticBlock
      ? (block.body as TSESTree.Node[])
      : null;
  const previous = body?.[body.indexOf(statement) - 1];
  if (previous?.type !== AST_NODE_TYPES.VariableDeclaration || previous.kind !== 'const' || previous.declarations.length !== 1) {
    return null;
  }
  const declarator = previous.declarations[0];
  if (!declarator?.init || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== argument.name) return null;
  if (variableOf(sourceCode, argument)?.defs[0]?.node !== declarator) return null;
  // The `mkdir` statement is removed: not when that would delete a comment in it.
  if (sourceCode.getCommentsInside(statement).length > 0) return null;
  const before = sourceCode.getTokenBefore(statement, { includeComments: true });
  if (!before) return null;
  const replacementName = name === 'mkdirSync' ? 'mkdtempSync' : 'mkdtemp';
  const rename = renameCallee(sourceCode, call, replacementName);
  if (!rename) return null;
  const prefix = prefixText(sourceCode, declarator.init, isPathCompose);
  const init = declarator.init;
  const created = `${form === 'promise' ? 'await ' : ''}${rename.calleeText}(${prefix})`;
  return {
    messageId: 'suggestMkdtemp',
    data: { replacement: rename.calleeText },
    fix: (fixer) => {
      const fixes = [fixer.replaceText(init, created), fixer.removeRange([before.range[1], statement.range[1]])];
      if (rename.addImport) fixes.push(fixer.insertTextAfter(rename.addImport.after, rename.addImport.text));
      return fixes;
    },
  };
}

/** The text of `path` with `-` appended: the prefix `mkdtemp` adds its random characters to. */
function prefixText(
  sourceCode: SourceCode,
  path: TSESTree.Expression,
  isPathCompose: (node: TSESTree.CallExpression) => boolean,
): string {
  const node = skipTransparent(path);
  if (node.type === AST_NODE_TYPES.CallExpression && isPathCompose(node)) {
    const last = node.arguments.at(-1);
    if (last && last.type !== AST_NODE_TYPES.SpreadElement) {
      const text = sourceCode.getText(node);
      const start = last.range[0] - node.range[0];
      const end = last.range[1] - node.range[0];
      return `${text.slice(0, start)}${appendDash(sourceCode, last)}${text.slice(end)}`;
    }
  }
  return appendDash(sourceCode, node);
}

function appendDash(sourceCode: SourceCode, node: TSESTree.Node): string {
  const text = sourceCode.getText(node);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return `${text.slice(0, -1)}-\``;
  if (
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression ||
    (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+')
  ) {
    return `${text} + '-'`;
  }
  return `\`\${${text}}-\``;
}
