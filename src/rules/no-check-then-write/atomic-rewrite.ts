import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent } from '../../analysis/ast.js';
import { callTextWithOption, hasComments, lineIndent, renameCallee } from '../../analysis/fix.js';
import type { GuardSite } from '../../analysis/guard.js';
import type { CallForm, FsCheckApi, FsMutateApi } from '../../catalog/fs.js';
import type { MessageIds } from '../no-check-then-write.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

interface CallInfo {
  readonly node: TSESTree.CallExpression;
  readonly name: string;
  readonly form: CallForm;
}

/** The `if` statement a rewrite replaces, and whether its test asks "is it absent?". */
interface GuardedIf {
  readonly statement: TSESTree.IfStatement;
  readonly testsAbsence: boolean;
}

/**
 * The atomic replacement of `if (<check>) <mutation>` as a suggestion, for the
 * three forms whose replacement is well known:
 * - `if (!exists(d)) mkdir(d)` → `mkdir(d, { recursive: true })`;
 * - `if (!exists(p)) writeFile(p, data)` → `writeFile(p, data, { flag: 'wx' })` ignoring `EEXIST`;
 * - `if (exists(p)) unlink(p)` → `rm(p, { force: true })`.
 * Each is a suggestion, not an autofix: it differs in edge cases without a
 * concurrent writer (missing parent directories, a path that is a file or a
 * dangling symlink), which the rule's documentation lists.
 */
export function atomicRewrite(
  sourceCode: SourceCode,
  check: CallInfo & { readonly api: FsCheckApi },
  mutation: CallInfo & { readonly api: FsMutateApi },
  site: GuardSite,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  if (check.api.outcome !== 'boolean' || check.form === 'callback' || mutation.form === 'callback') return null;
  const guarded = guardedIf(sourceCode, site, check.node, mutation.node);
  if (!guarded) return null;
  const indent = lineIndent(sourceCode, guarded.statement);
  const awaitPrefix = mutation.form === 'promise' ? 'await ' : '';
  const effect = mutation.api.effect;

  if (effect === 'create-directory' && guarded.testsAbsence) {
    const call = callTextWithOption(sourceCode, mutation.node, 1, 'recursive: true', 'mode');
    if (!call) return null;
    return {
      messageId: 'suggestRecursiveMkdir',
      fix: (fixer) => fixer.replaceText(guarded.statement, `${awaitPrefix}${call};`),
    };
  }

  if (effect === 'create' && guarded.testsAbsence && mutation.name.startsWith('writeFile')) {
    const call = callTextWithOption(sourceCode, mutation.node, 2, "flag: 'wx'", 'encoding');
    if (!call) return null;
    const text = [
      'try {',
      `${indent}  ${awaitPrefix}${call};`,
      `${indent}} catch (error) {`,
      `${indent}  if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;`,
      `${indent}}`,
    ].join('\n');
    return { messageId: 'suggestExclusiveWrite', fix: (fixer) => fixer.replaceText(guarded.statement, text) };
  }

  const removal = REMOVALS[mutation.name];
  if (effect === 'remove' && !guarded.testsAbsence && removal && mutation.node.arguments.length === 1) {
    const renamed = renameCallee(sourceCode, mutation.node, removal);
    if (!renamed) return null;
    const path = sourceCode.getText(mutation.node.arguments[0]);
    const statement = `${awaitPrefix}${renamed.calleeText}(${path}, { force: true });`;
    return {
      messageId: 'suggestForceRemove',
      data: { mutation: mutation.name, replacement: removal },
      fix: (fixer) => [
        ...(renamed.addImport ? [fixer.insertTextAfter(renamed.addImport.after, renamed.addImport.text)] : []),
        fixer.replaceText(guarded.statement, statement),
      ],
    };
  }
  return null;
}

/** `unlink` removes files only; `rm` with `force` is its check-free form. */
const REMOVALS: Readonly<Record<string, string>> = Object.freeze({ unlinkSync: 'rmSync', unlink: 'rm' });

/**
 * The guard is exactly `if (<check>) <mutation>;` or `if (!<check>) …`, with
 * no `else`, nothing else in the branch and no comment that a rewrite would drop.
 */
function guardedIf(
  sourceCode: SourceCode,
  site: GuardSite,
  check: TSESTree.CallExpression,
  mutation: TSESTree.CallExpression,
): GuardedIf | null {
  if (site.kind !== 'branch') return null;
  const statement = site.test.parent;
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== site.test || statement.alternate) return null;
  const body = singleStatement(statement.consequent);
  if (body?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  if (stripAwait(body.expression) !== mutation || hasComments(sourceCode, statement)) return null;
  let test = skipTransparent(statement.test);
  let testsAbsence = false;
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    testsAbsence = true;
    test = skipTransparent(test.argument);
  }
  if (stripAwait(test) !== check) return null;
  return { statement, testsAbsence };
}

function singleStatement(statement: TSESTree.Statement): TSESTree.Statement | null {
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return statement;
  return statement.body.length === 1 ? (statement.body[0] ?? null) : null;
}

function stripAwait(node: TSESTree.Node): TSESTree.Node {
  const inner = skipTransparent(node);
  return inner.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(inner.argument) : inner;
}
