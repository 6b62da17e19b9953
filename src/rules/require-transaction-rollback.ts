import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { childNodes, isFunction, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import {
  awaitedForm,
  bindingOf,
  expressionHandle,
  isHandedOffInCleanup,
  isTransactionClose,
  transactionOpenNames,
  transactionOpenOf,
  variableHandle,
  type HandleRef,
  type TransactionForm,
  type TransactionOpen,
  type TransactionOptions,
} from '../analysis/db-handles.js';
import {
  EXIT_PHRASES,
  findLeakingExit,
  isDeclaredOutside,
  isThrowLike,
  valueEscapes,
  walkRootOf,
  type Exit,
} from '../analysis/exit-paths.js';
import { lineIndent } from '../analysis/fix.js';
import { closeOverDeclarations, statementSlot, wrapInTry } from '../analysis/try-wrap.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'leftOpenOnExit' | 'notRolledBackOnError' | 'suggestRollback' | 'suggestRollbackInCatch';

export type Options = [{ queryMethods?: string[]; transactions?: TransactionForm[] }];


const MAX_LABEL = 50;

export default createRule<Options, MessageIds>({
  name: 'require-transaction-rollback',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require manually opened transactions to be rolled back when the code between open and commit fails',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad: {
        notRolledBackOnError:
          'When that `await` rejects or that `throw` runs, the transaction stays open, holding its locks and its connection: concurrent requests queue behind the locks until timeouts cascade.',
        leftOpenOnExit:
          'On that path the function leaves with the transaction still open: it keeps its locks and its connection, and concurrent requests queue behind it.',
      },
      remedy: {
        notRolledBackOnError:
          "Roll back in a `catch` that rethrows (or in a `finally` when not committed), or use the library's managed transaction callback.",
        leftOpenOnExit:
          'Commit or roll back on every path before leaving, with the rollback in a `catch` or `finally`.',
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'Options for require-transaction-rollback.',
        additionalProperties: false,
        properties: {
          queryMethods: {
            type: 'array',
            description:
              "Extra method names that send SQL, so that `<handle>.<method>('BEGIN')` opens a transaction (`none` for pg-promise).",
            items: { type: 'string' },
          },
          transactions: {
            type: 'array',
            description: 'Extra manual transaction forms, by method name (for wrappers of your own).',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['open', 'commit', 'rollback'],
              properties: {
                open: { type: 'string', description: 'Method that opens the transaction (`begin`).' },
                returnsHandle: {
                  type: 'boolean',
                  description: 'The open call returns the transaction handle; otherwise its receiver is the handle.',
                },
                commit: { type: 'array', description: 'Methods of the handle that commit.', items: { type: 'string' } },
                rollback: { type: 'array', description: 'Methods of the handle that roll back.', items: { type: 'string' } },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ queryMethods: [], transactions: [] }],
    messages: {
      notRolledBackOnError:
        'The transaction opened by `{{open}}` is not rolled back when {{exit}} on line {{line}}; roll it back in a `catch`.',
      leftOpenOnExit:
        'The transaction opened by `{{open}}` is still open when {{exit}} on line {{line}}; commit or roll it back on every path.',
      suggestRollback: 'Wrap the statements up to the commit in `try { … } catch (error) { {{rollback}}; throw error; }`.',
      suggestRollbackInCatch: 'Roll back first in the `catch`: `{{rollback}};`.',
    },
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const settings: TransactionOptions = {
      queryMethods: options.queryMethods ?? [],
      transactions: options.transactions ?? [],
    };
    const names = transactionOpenNames(settings);

    function check(open: TransactionOpen): void {
      const start = awaitedForm(open.outer);
      const handle = handleOf(open, start);
      if (!handle) return;
      if (handle.variable && valueEscapes(handle.variable)) return;
      const root = walkRootOf(start);
      // A returned handle kept in a variable of an outer scope is module or closure state.
      if (open.handleIs === 'result' && handle.variable && isDeclaredOutside(handle.variable, root)) return;
      const closes = closeCalls(root, open, handle);
      // No commit or rollback here: the transaction is finished by whoever it was passed to.
      if (closes.size === 0) return;
      const owner = root.type === AST_NODE_TYPES.Program ? null : root;
      if ([...closes].some((call) => functionOf(call) !== owner)) return;
      const exit = findLeakingExit(root, { start, variable: handle.variable, isClose: (call) => closes.has(call) }, sourceCode);
      if (!exit) return;
      context.report({
        node: open.call,
        messageId: isThrowLike(exit.kind) ? 'notRolledBackOnError' : 'leftOpenOnExit',
        data: { open: openLabel(open), exit: EXIT_PHRASES[exit.kind], line: exit.line },
        // A try/catch helps only the error paths; an early return needs a commit or rollback of its own.
        suggest: isThrowLike(exit.kind) ? suggestion(open, start, handle, closes, root, exit) : [],
      });
    }

    function handleOf(open: TransactionOpen, start: TSESTree.Node): HandleRef | null {
      if (open.handleIs === 'receiver') {
        const callee = skipTransparent(open.call.callee);
        return callee.type === AST_NODE_TYPES.MemberExpression ? expressionHandle(context, callee.object) : null;
      }
      const binding = bindingOf(context, start);
      return binding?.kind === 'variable' ? variableHandle(context, binding.variable) : null;
    }

    /** Every commit or rollback of the handle in the walked function (nested functions included). */
    function closeCalls(
      root: ReturnType<typeof walkRootOf>,
      open: TransactionOpen,
      handle: HandleRef,
    ): Set<TSESTree.CallExpression> {
      const found = new Set<TSESTree.CallExpression>();
      if (handle.variable) {
        for (const reference of handle.variable.references) {
          const identifier = reference.identifier as TSESTree.Node;
          const call = memberCallOn(identifier);
          if (call && isTransactionClose(context, call, open, handle, settings)) found.add(call);
          // `catch (e) { await safeRollback(trx); throw e; }`
          const handedOff = open.handleIs === 'result' ? isHandedOffInCleanup(identifier) : null;
          if (handedOff) found.add(handedOff);
        }
        return found;
      }
      const visit = (node: TSESTree.Node): void => {
        if (node.type === AST_NODE_TYPES.CallExpression && isTransactionClose(context, node, open, handle, settings)) {
          found.add(node);
        }
        for (const child of childNodes(sourceCode, node)) visit(child);
      };
      visit(root);
      return found;
    }

    function openLabel(open: TransactionOpen): string {
      const text = sourceCode.getText(open.outer);
      if (text.length <= MAX_LABEL && !text.includes('\n')) return text;
      const callee = skipTransparent(open.call.callee);
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
      return `${name ?? 'transaction'}()`;
    }

    /** Wrap the statements after the open, up to the commit, in `try { … } catch (error) { <rollback>; throw error; }`. */
    function suggestion(
      open: TransactionOpen,
      start: TSESTree.Node,
      handle: HandleRef,
      closes: ReadonlySet<TSESTree.CallExpression>,
      root: ReturnType<typeof walkRootOf>,
      exit: Exit,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const slot = statementSlot(start);
      if (!slot) return [];
      const isAsync = root.type !== AST_NODE_TYPES.Program && root.async;
      const rollback = rollbackText(open, handle, isAsync);
      if (!rollback) return [];
      const handler = catchWithoutRollback(exit, open, handle, closes);
      if (handler) {
        const first = handler.body.body[0] as TSESTree.Statement;
        const indent = lineIndent(sourceCode, first);
        return [
          {
            messageId: 'suggestRollbackInCatch',
            data: { rollback },
            fix: (fixer) => fixer.insertTextBefore(first, `${rollback};\n${indent}`),
          },
        ];
      }
      const from = slot.index + 1;
      let commitIndex = -1;
      for (let index = from; index < slot.list.length; index += 1) {
        if (isCommitStatement(slot.list[index] as TSESTree.Statement, open, handle, closes)) {
          commitIndex = index;
          break;
        }
      }
      if (commitIndex === -1) return [];
      const to = closeOverDeclarations(sourceCode, slot.list, from, commitIndex);
      if (to === -1) return [];
      const error = handle.text === 'error' ? 'cause' : 'error';
      return [
        {
          messageId: 'suggestRollback',
          data: { rollback },
          fix: (fixer) => {
            const edit = wrapInTry(sourceCode, {
              slot,
              from,
              to,
              replaceEnd: (slot.list[to] as TSESTree.Node).range[1],
              remove: [],
              clauses: (indent, unit) =>
                ` catch (${error}) {\n${indent}${unit}${rollback};\n${indent}${unit}throw ${error};\n${indent}}`,
            });
            return fixer.replaceTextRange(edit.range, edit.text);
          },
        },
      ];
    }

    /**
     * The `catch` the leaking exit is in, when its `try` block commits the
     * transaction: the rollback belongs at its start.
     */
    function catchWithoutRollback(
      exit: Exit,
      open: TransactionOpen,
      handle: HandleRef,
      closes: ReadonlySet<TSESTree.CallExpression>,
    ): TSESTree.CatchClause | null {
      for (let node: TSESTree.Node | undefined = exit.node; node; node = node.parent) {
        if (isFunction(node)) return null;
        if (node.type !== AST_NODE_TYPES.CatchClause) continue;
        const statement = node.parent;
        const commits = [...closes].some(
          (call) =>
            statement.block.range[0] <= call.range[0] &&
            call.range[1] <= statement.block.range[1] &&
            isTransactionClose(context, call, open, handle, settings, 'commit'),
        );
        return commits && node.body.body.length > 0 ? node : null;
      }
      return null;
    }

    function isCommitStatement(
      statement: TSESTree.Statement,
      open: TransactionOpen,
      handle: HandleRef,
      closes: ReadonlySet<TSESTree.CallExpression>,
    ): boolean {
      const value =
        statement.type === AST_NODE_TYPES.ExpressionStatement
          ? statement.expression
          : statement.type === AST_NODE_TYPES.ReturnStatement
            ? statement.argument
            : null;
      if (!value) return false;
      let expression = skipTransparent(value);
      if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = skipTransparent(expression.argument);
      if (open.via && expression.type === AST_NODE_TYPES.CallExpression) {
        // `await trx.commit().execute()`
        const callee = skipTransparent(expression.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === open.via) {
          expression = skipTransparent(callee.object);
        }
      }
      return (
        expression.type === AST_NODE_TYPES.CallExpression &&
        closes.has(expression) &&
        isTransactionClose(context, expression, open, handle, settings, 'commit')
      );
    }

    return {
      CallExpression(node) {
        const callee = skipTransparent(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = staticPropertyName(callee);
        if (name === null || !names.has(name)) return;
        const open = transactionOpenOf(context, node, settings);
        if (open) check(open);
      },
    };
  },
});

/** The call a reference of the handle is the receiver of: `trx` in `trx.commit()`. */
function memberCallOn(identifier: TSESTree.Node): TSESTree.CallExpression | null {
  let node: TSESTree.Node = identifier;
  while (node.parent && isWrapper(node.parent)) node = node.parent;
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return null;
  let callee: TSESTree.Node = member;
  while (callee.parent && isWrapper(callee.parent)) callee = callee.parent;
  const call = callee.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === callee ? call : null;
}

function isWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

function functionOf(node: TSESTree.Node): TSESTree.Node | null {
  const root = walkRootOf(node);
  return root.type === AST_NODE_TYPES.Program ? null : root;
}

/** `await client.query('ROLLBACK')`, `await trx.rollback()`, `await trx.rollback().execute()`. */
function rollbackText(open: TransactionOpen, handle: HandleRef, isAsync: boolean): string | null {
  const call =
    open.kind === 'sql'
      ? `${handle.text}.${open.queryMethod ?? 'query'}('ROLLBACK')`
      : open.rollback[0]
        ? `${handle.text}.${open.rollback[0]}()${open.via ? `.${open.via}()` : ''}`
        : null;
  if (!call) return null;
  if (isAsync) return `await ${call}`;
  // Outside an async function only the SQL form can be sent without awaiting (better-sqlite3 is synchronous).
  return open.kind === 'sql' ? call : null;
}
