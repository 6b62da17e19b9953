import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { createRule } from '../util/create-rule.js';
import { addOption, findMissingOption, optionText, type MissingOption } from './no-outer-client-in-transaction/missing-option.js';
import { findOuterQuery, type OuterQuery } from './no-outer-client-in-transaction/outer-query.js';
import {
  handleVisibleAt,
  openedTransactions,
  runsInCallback,
  TRANSACTION_METHODS,
  type OpenTransaction,
} from './no-outer-client-in-transaction/transactions.js';

export type MessageIds =
  | 'outerClient'
  | 'outerClientNoHandle'
  | 'missingTransaction'
  | 'missingSession'
  | 'useHandle'
  | 'passOption';

export default createRule<[], MessageIds>({
  name: 'no-outer-client-in-transaction',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow queries through the outer client, pool or data source inside a managed transaction callback',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad: {
        outerClient:
          'The query runs on another pooled connection outside the transaction: it is never rolled back, and once concurrent transactions hold every connection each waits for a connection its own callback holds (deadlock).',
        outerClientNoHandle:
          'Inside its own transaction callback the client still sends the query to the pool, outside the transaction: it is never rolled back, and concurrent transactions that hold every connection deadlock waiting for one.',
        missingTransaction:
          'Without `{ transaction }` the model call runs on another pooled connection outside the transaction: it is never rolled back, and concurrent transactions that hold every connection deadlock waiting for one.',
        missingSession:
          "Without the session the operation runs outside the transaction: it is never rolled back, does not see the transaction's uncommitted writes, and blocks until the transaction times out when it writes a document the transaction changed.",
      },
      remedy: {
        outerClient:
          "Send the query through the transaction's handle (the callback's parameter) instead of the outer client.",
        outerClientNoHandle:
          "Take the transaction handle as the callback's parameter (`tx`, `trx`, the manager) and send every query of the callback through it.",
        missingTransaction: "Pass the transaction in the call's options: `{ transaction: t }`.",
        missingSession: "Pass the transaction's session in the call's options: `{ session }`.",
      },
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      outerClient:
        'This query uses `{{outer}}`, not the transaction handle `{{handle}}`, so it escapes the transaction; use `{{handle}}`.',
      outerClientNoHandle:
        "This query uses `{{outer}}` in its own transaction callback, so it escapes the transaction; use the callback's handle.",
      missingTransaction:
        '`{{method}}` does not pass `{ transaction }`, so it runs outside the transaction; pass the transaction to it.',
      missingSession:
        "`{{method}}` does not pass the transaction's session, so it runs outside the transaction; pass `{ session }`.",
      useHandle: 'Query through `{{replacement}}` instead.',
      passOption: 'Pass the transaction: `{{option}}`.',
    },
  },
  create(context) {
    if (!mayHoldDbValues(context)) return {};
    const sourceCode = context.sourceCode;
    const open: OpenTransaction[] = [];

    /** The innermost open transaction whose callback runs `node`. */
    function transactionOf(node: TSESTree.Node): OpenTransaction | null {
      for (let index = open.length - 1; index >= 0; index--) {
        const tx = open[index];
        if (tx && contains(tx.fn.body, node)) return runsInCallback(context, node, tx.fn) ? tx : null;
      }
      return null;
    }

    function checkQuery(node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): void {
      if (open.length === 0) return;
      const tx = transactionOf(node);
      if (!tx) return;
      const outer = findOuterQuery(context, node, tx);
      if (outer) {
        reportOuter(outer, tx);
        return;
      }
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const missing = findMissingOption(context, node, tx);
      if (missing) reportMissing(node, missing, tx);
    }

    function reportOuter(query: OuterQuery, tx: OpenTransaction): void {
      const outerText = sourceCode.getText(query.replaced);
      const handle = tx.handle && handleVisibleAt(context, tx.handle, query.replaced) ? tx.handle : null;
      if (!tx.handle) {
        context.report({ node: query.replaced, messageId: 'outerClientNoHandle', data: { outer: outerText } });
        return;
      }
      const descriptor = { node: query.replaced, messageId: 'outerClient', data: { outer: outerText, handle: tx.handle.name } } as const;
      const rewrite = query.form.rewrite;
      if (!handle || rewrite.kind === 'none') {
        context.report(descriptor);
        return;
      }
      const replacement =
        rewrite.kind === 'wrap'
          ? rewrite.template.replaceAll('{handle}', handle.name).replaceAll('{outer}', sourceCode.getText(query.outer))
          : handle.name;
      const fix = (fixer: TSESLint.RuleFixer) => fixer.replaceText(query.replaced, replacement);
      if (rewrite.kind === 'fix') {
        context.report({ ...descriptor, fix });
      } else {
        context.report({ ...descriptor, suggest: [{ messageId: 'useHandle', data: { replacement }, fix }] });
      }
    }

    function reportMissing(node: TSESTree.CallExpression, missing: MissingOption, tx: OpenTransaction): void {
      const handle = tx.handle && handleVisibleAt(context, tx.handle, node) ? tx.handle.name : null;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (handle && missing.insertion) {
        suggest.push({
          messageId: 'passOption',
          data: { option: optionText(missing, handle) },
          fix: (fixer) => addOption(fixer, sourceCode, node, missing, handle),
        });
      }
      context.report({
        node: node.callee,
        messageId: missing.api.option === 'transaction' ? 'missingTransaction' : 'missingSession',
        data: { method: missing.method },
        suggest,
      });
    }

    return {
      CallExpression(node) {
        checkQuery(node);
        const callee = skipTransparent(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = staticPropertyName(callee);
        if (name === null || !TRANSACTION_METHODS.has(name)) return;
        open.push(...openedTransactions(context, node));
      },
      'CallExpression:exit'(node: TSESTree.CallExpression) {
        while (open.at(-1)?.call === node) open.pop();
      },
      TaggedTemplateExpression: checkQuery,
    };
  },
});
