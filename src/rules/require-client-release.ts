import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, enclosingFunction, isFunction, skipTransparent } from '../analysis/ast.js';
import {
  acquireNames,
  acquireOf,
  awaitedForm,
  bindingOf,
  isHandedOffInCleanup,
  isReleaseCall,
  variableHandle,
  type Acquire,
  type HandleRef,
  type ResourcePair,
} from '../analysis/db-handles.js';
import {
  EXIT_PHRASES,
  findLeakingExit,
  isDeclaredOutside,
  isThrowLike,
  valueEscapes,
  walkRootOf,
} from '../analysis/exit-paths.js';
import { mayHoldDbValues, mayReleaseByProtocol } from '../analysis/file-gate.js';
import {
  closeOverDeclarations,
  moveIntoTry,
  statementSlot,
  wrapInTry,
  type StatementSlot,
} from '../analysis/try-wrap.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'neverReleased' | 'notReleasedOnError' | 'notReleasedOnExit' | 'suggestTryFinally';

export type Options = [{ resources?: ResourcePair[] }];


const MAX_LABEL = 50;

export default createRule<Options, MessageIds>({
  name: 'require-client-release',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require pooled connections and sessions to be released on every path, including errors',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'leak',
      failureUnderLoad: {
        neverReleased:
          'Every call checks out a pooled connection or session and never gives it back: after as many calls as the pool has connections, every request hangs waiting for one.',
        notReleasedOnError:
          'When that `await` rejects or that `throw` runs, the connection is never given back: after as many such errors as the pool has connections, the pool is empty and every request hangs.',
        notReleasedOnExit:
          'On that path (a return, a `continue`, the end of the function or of a loop body) the connection is never given back: every such call leaks one until the pool is empty and every request hangs.',
      },
      remedy: {
        neverReleased: 'Release it in a `finally` block that covers every use, or declare it with `await using`.',
        notReleasedOnError:
          'Move the release into a `finally` block that covers every use, or declare the handle with `await using`.',
        notReleasedOnExit:
          'Release it in a `finally` block that covers every use, so that every return, break and throw gives it back (or declare it with `await using`).',
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'Options for require-client-release.',
        additionalProperties: false,
        properties: {
          resources: {
            type: 'array',
            description:
              'Extra acquire/release pairs, by name: a call of `acquire` (function or method) returns a handle that `release` methods of the handle, or `releaseWith` functions or methods taking it as first argument, give back.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['acquire'],
              properties: {
                acquire: { type: 'string', description: 'Name of the function or method that checks a handle out.' },
                release: {
                  type: 'array',
                  description: 'Methods of the handle that give it back (`handle.release()`).',
                  items: { type: 'string' },
                },
                releaseWith: {
                  type: 'array',
                  description: 'Functions or methods that give back the handle passed as their first argument (`pool.checkin(handle)`).',
                  items: { type: 'string' },
                },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ resources: [] }],
    messages: {
      neverReleased:
        'What `{{acquire}}` checks out is never released, leaking a connection; release it in a `finally` (or `await using`).',
      notReleasedOnError:
        'What `{{acquire}}` checks out is not released when {{exit}} on line {{line}}; release it in a `finally` block.',
      notReleasedOnExit:
        'What `{{acquire}}` checks out leaks when {{exit}} on line {{line}}; release it in a `finally` covering every use.',
      suggestTryFinally: 'Wrap the uses in `try { … } finally { {{release}} }`.',
    },
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const extra = options.resources ?? [];
    // Configured resources may come from any module; the built-in ones come from DB packages, or show by
    // protocol (a checkout whose result the function releases).
    if (extra.length === 0 && !mayHoldDbValues(context) && !mayReleaseByProtocol(context)) return {};
    const names = acquireNames(extra);

    function check(acquire: Acquire): void {
      const start = awaitedForm(acquire.call);
      const binding = bindingOf(context, start);
      if (!binding || binding.kind === 'using') return;
      const label = acquireLabel(acquire.call);
      if (binding.kind === 'discarded') {
        // A lazily connecting handle that is never used holds nothing (`ds.createQueryRunner();`).
        if (acquire.lazyCheckout.length > 0) return;
        context.report({ node: acquire.call, messageId: 'neverReleased', data: { acquire: label } });
        return;
      }
      const variable = binding.variable;
      if (valueEscapes(variable, acquire.views)) return;
      const root = walkRootOf(start);
      // Kept in a variable of an outer scope: module or closure state (`no-stored-session`'s business).
      if (isDeclaredOutside(variable, root)) return;
      const handle = variableHandle(context, variable);
      const releases = new Set<TSESTree.CallExpression>();
      for (const reference of variable.references) {
        const identifier = reference.identifier as TSESTree.Node;
        const call = releaseCallAt(identifier, acquire, handle) ?? isHandedOffInCleanup(identifier);
        if (call) releases.add(call);
      }
      const owner = root.type === AST_NODE_TYPES.Program ? null : root;
      // Released in a callback (`res.on('finish', () => client.release())`): handed over, not ours to follow.
      if ([...releases].some((call) => enclosingFunction(call) !== owner)) return;
      // A module-level handle used by functions is a long-lived client on purpose.
      if (!owner && variable.references.some((reference) => enclosingFunction(reference.identifier as TSESTree.Node))) return;

      if (releases.size === 0) {
        context.report({
          node: acquire.call,
          messageId: 'neverReleased',
          data: { acquire: label },
          suggest: suggestion(acquire, start, handle, releases, root),
        });
        return;
      }
      const exit = findLeakingExit(
        root,
        {
          start,
          variable,
          isClose: (call) => releases.has(call),
          isSafeAwait: (node) => isCheckoutAwait(node, acquire, handle),
        },
        sourceCode,
      );
      if (!exit) return;
      context.report({
        node: acquire.call,
        messageId: isThrowLike(exit.kind) ? 'notReleasedOnError' : 'notReleasedOnExit',
        data: { acquire: label, exit: EXIT_PHRASES[exit.kind], line: exit.line },
        suggest: suggestion(acquire, start, handle, releases, root),
      });
    }

    function acquireLabel(call: TSESTree.CallExpression): string {
      const text = sourceCode.getText(call.callee);
      return text.length <= MAX_LABEL && !text.includes('\n') ? `${text}()` : `${calleeName(call) ?? 'acquire'}()`;
    }

    /** The suggestion: wrap the uses in `try { … } finally { <release> }`, when the shape allows it. */
    function suggestion(
      acquire: Acquire,
      start: TSESTree.Node,
      handle: HandleRef,
      releases: ReadonlySet<TSESTree.CallExpression>,
      root: ReturnType<typeof walkRootOf>,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const slot = statementSlot(start);
      if (!slot || slot.index + 1 >= slot.list.length) return [];
      const isAsync = root.type !== AST_NODE_TYPES.Program && root.async;
      const protector = protectingTry(slot, releases);
      if (protector !== null) {
        const { index, statement } = protector;
        const from = slot.index + 1;
        if (index === from) return [];
        const inRange = (call: TSESTree.Node) =>
          call.range[0] >= (slot.list[from] as TSESTree.Node).range[0] && call.range[1] <= statement.range[0];
        if ([...releases].some(inRange)) return [];
        if (!declarationsStayInside(slot, from, index - 1, statement)) return [];
        const releaseText = sourceCode.getText(protector.release);
        return [
          {
            messageId: 'suggestTryFinally',
            data: { release: releaseText },
            fix: (fixer) => moveIntoTry(sourceCode, slot, from, index - 1, statement).map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
          },
        ];
      }
      const from = slot.index + 1;
      let releaseIndex = -1;
      for (let index = slot.list.length - 1; index >= from; index -= 1) {
        if (releaseStatementCall(slot.list[index] as TSESTree.Statement, releases)) {
          releaseIndex = index;
          break;
        }
      }
      const lastUse = releaseIndex === -1 ? slot.list.length - 1 : releaseIndex - 1;
      if (lastUse < from) return [];
      const to = closeOverDeclarations(sourceCode, slot.list, from, lastUse);
      if (to === -1) return [];
      const rangeEnd = (slot.list[to] as TSESTree.Node).range[1];
      const rangeStart = (slot.list[from] as TSESTree.Node).range[0];
      // Every other release inside the range must be a statement of its own that the `finally` replaces.
      const remove: TSESTree.Node[] = [];
      for (const call of releases) {
        if (call.range[0] < rangeStart || call.range[1] > rangeEnd) continue;
        const statement = ownStatement(call);
        if (!statement) return [];
        remove.push(statement);
      }
      const releaseStatement = releaseIndex === -1 ? null : (slot.list[releaseIndex] as TSESTree.Statement);
      const releaseText = releaseStatement ? sourceCode.getText(releaseStatement) : generatedRelease(sourceCode, acquire, handle, isAsync);
      if (releaseText === null) return [];
      const replaceEnd = releaseStatement && releaseIndex === to + 1 ? releaseStatement.range[1] : rangeEnd;
      return [
        {
          messageId: 'suggestTryFinally',
          data: { release: releaseText.replace(/;$/u, '') },
          fix: (fixer) => {
            const edit = wrapInTry(sourceCode, {
              slot,
              from,
              to,
              replaceEnd,
              remove,
              clauses: (indent, unit) => ` finally {\n${indent}${unit}${releaseText}\n${indent}}`,
            });
            return fixer.replaceTextRange(edit.range, edit.text);
          },
        },
      ];
    }

    /** The first later `try` of the same list whose `finally` releases the handle. */
    function protectingTry(
      slot: StatementSlot,
      releases: ReadonlySet<TSESTree.CallExpression>,
    ): { index: number; statement: TSESTree.TryStatement; release: TSESTree.CallExpression } | null {
      for (let index = slot.index + 1; index < slot.list.length; index += 1) {
        const statement = slot.list[index] as TSESTree.Statement;
        const clause = statement.type === AST_NODE_TYPES.TryStatement ? statement.finalizer : null;
        if (!clause) continue;
        const release = [...releases].find((call) => clause.range[0] <= call.range[0] && call.range[1] <= clause.range[1]);
        if (release) return { index, statement: statement as TSESTree.TryStatement, release };
      }
      return null;
    }

    /** Names declared by `list[from..to]` are used only there or in the `try` block they move into. */
    function declarationsStayInside(slot: StatementSlot, from: number, to: number, target: TSESTree.TryStatement): boolean {
      const end = closeOverDeclarations(sourceCode, slot.list, from, to);
      if (end === to) return true;
      if (end !== to + 1) return false;
      // Used in the target `try`: only its block may see them.
      const variables = slot.list
        .slice(from, to + 1)
        .flatMap((statement) =>
          statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind !== 'var'
            ? sourceCode.getDeclaredVariables(statement)
            : statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration
              ? sourceCode.getDeclaredVariables(statement)
              : [],
        );
      return variables.every((variable) =>
        variable.references.every((reference) => {
          const node = reference.identifier as TSESTree.Node;
          return node.range[1] <= target.range[0] || (target.block.range[0] <= node.range[0] && node.range[1] <= target.block.range[1]);
        }),
      );
    }

    return {
      CallExpression(node) {
        const name = calleeName(node);
        if (name === null || !names.has(name)) return;
        const acquire = acquireOf(context, node, extra);
        if (acquire) check(acquire);
      },
    };
  },
});

/** The release call an identifier reference of the handle takes part in, if any. */
function releaseCallAt(identifier: TSESTree.Node, acquire: Acquire, handle: HandleRef): TSESTree.CallExpression | null {
  let node: TSESTree.Node = identifier;
  while (node.parent && isTransparentWrapper(node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
    let callee: TSESTree.Node = parent;
    while (callee.parent && isTransparentWrapper(callee.parent)) callee = callee.parent;
    const call = callee.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === callee && isReleaseCall(call, acquire, handle)) return call;
    return null;
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node && isReleaseCall(parent, acquire, handle)) {
    return parent;
  }
  return null;
}

function isTransparentWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/** `await queryRunner.connect()`: completing a lazy checkout holds nothing when it rejects. */
function isCheckoutAwait(node: TSESTree.AwaitExpression, acquire: Acquire, handle: HandleRef): boolean {
  if (acquire.lazyCheckout.length === 0) return false;
  const call = skipTransparent(node.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(call.callee);
  const name = calleeName(call);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    name !== null &&
    acquire.lazyCheckout.includes(name) &&
    handle.refersTo(callee.object)
  );
}

/** The statement that is exactly this release: `client.release();`, `await pool.release(r);`, `void s.endSession();`. */
function releaseStatementCall(
  statement: TSESTree.Statement,
  releases: ReadonlySet<TSESTree.CallExpression>,
): TSESTree.CallExpression | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  let expression = skipTransparent(statement.expression);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = skipTransparent(expression.argument);
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') {
    expression = skipTransparent(expression.argument);
  }
  return expression.type === AST_NODE_TYPES.CallExpression && releases.has(expression) ? expression : null;
}

/** The statement a release call forms on its own, when it is an item of a statement list. */
function ownStatement(call: TSESTree.CallExpression): TSESTree.Statement | null {
  let node: TSESTree.Node = call;
  while (node.parent && (isTransparentWrapper(node.parent) || node.parent.type === AST_NODE_TYPES.AwaitExpression)) {
    node = node.parent;
  }
  if (node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') node = node.parent;
  const statement = node.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const container = statement.parent;
  const inList =
    container.type === AST_NODE_TYPES.BlockStatement ||
    container.type === AST_NODE_TYPES.Program ||
    container.type === AST_NODE_TYPES.SwitchCase ||
    container.type === AST_NODE_TYPES.StaticBlock;
  return inList && !isFunction(container) ? statement : null;
}

/** The release statement to write when the code has none: `client.release();`, `await session.endSession();`. */
function generatedRelease(
  sourceCode: Readonly<TSESLint.SourceCode>,
  acquire: Acquire,
  handle: HandleRef,
  isAsync: boolean,
): string | null {
  const prefix = acquire.asyncRelease ? (isAsync ? 'await ' : 'void ') : '';
  const method = acquire.release[0];
  if (method) return `${prefix}${handle.text}.${method}();`;
  const via = acquire.releaseWith[0];
  if (!via) return null;
  const callee = skipTransparent(acquire.call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTransparent(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier && object.type !== AST_NODE_TYPES.ThisExpression && object.type !== AST_NODE_TYPES.MemberExpression) {
      return null;
    }
    return `${prefix}${sourceCode.getText(callee.object)}.${via}(${handle.text});`;
  }
  return `${prefix}${via}(${handle.text});`;
}
