import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { findProperty, skipTransparent, staticPropertyName } from '../../analysis/ast.js';
import { dbValueOf } from '../../analysis/db.js';
import { chainedCalls, modelOriginOf } from '../../analysis/db-models.js';
import { resolveCallee, typeServices } from '../../analysis/resolve.js';
import { TRANSACTION_OPTION_APIS, type TransactionOptionApi } from '../../catalog/db-queries.js';
import type { OpenTransaction } from './transactions.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A model or collection call inside the transaction that does not pass the transaction or session. */
export interface MissingOption {
  readonly api: TransactionOptionApi;
  readonly method: string;
  /** Where the option goes, when a rewrite can add it. */
  readonly insertion: Insertion | null;
}

/**
 * How to add the option: as a property of an existing options object, as a
 * new options argument, or as a chained call (`.session(s)`).
 */
type Insertion =
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression }
  | { readonly kind: 'argument'; readonly index: number }
  | { readonly kind: 'chain'; readonly method: string };

/** Every method name of the option APIs: the cheap filter. */
export const OPTION_METHOD_NAMES: ReadonlySet<string> = new Set(
  TRANSACTION_OPTION_APIS.flatMap((api) => Object.keys(api.methods)),
);

/**
 * Whether `node` is a call of a Sequelize model, Mongoose model or document,
 * or MongoDB collection (recognised by origin, else by the method's declaring
 * class) that belongs in `tx` but does not pass its transaction or session.
 * Options built at run time (a variable, a spread) may carry it: not reported.
 */
export function findMissingOption(
  context: AnyContext,
  node: TSESTree.CallExpression,
  tx: OpenTransaction,
): MissingOption | null {
  const callee = skipTransparent(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = staticPropertyName(callee);
  if (method === null || !OPTION_METHOD_NAMES.has(method)) return null;
  const apis = TRANSACTION_OPTION_APIS.filter((api) => api.transactions.includes(tx.library) && method in api.methods);
  if (apis.length === 0) return null;
  const api = apis.find((candidate) => isApiCall(context, node, callee, method, candidate));
  if (!api) return null;
  const index = optionIndex(api, method, node);
  if (index === null) return null;
  const presence = optionPresence(api, method, node, index);
  if (presence !== 'absent') return null;
  return { api, method, insertion: insertionFor(api, method, node, index) };
}

function isApiCall(
  context: AnyContext,
  node: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  method: string,
  api: TransactionOptionApi,
): boolean {
  const origin = api.origin;
  if (typeof origin === 'string' && modelOriginOf(context, callee.object) === origin) return true;
  if (typeof origin === 'object' && dbValueOf(context, callee.object)?.cls.id === origin.cls) return true;
  if (!typeServices(context)) return false;
  const resolved = resolveCallee(context, node, new Set([method]));
  return resolved?.via === 'types' && resolved.module === api.module && api.owners.includes(resolved.owner ?? '');
}

/** The options argument's index; Sequelize's `instance.update('field', value, options)` shifts it. */
function optionIndex(api: TransactionOptionApi, method: string, node: TSESTree.CallExpression): number | null {
  const index = api.methods[method];
  if (index === undefined) return null;
  const first = node.arguments[0];
  if (api.option === 'transaction' && method === 'update' && first?.type === AST_NODE_TYPES.Literal) return null;
  return index;
}

function optionPresence(
  api: TransactionOptionApi,
  method: string,
  node: TSESTree.CallExpression,
  index: number,
): 'present' | 'absent' | 'unknown' {
  if (api.chain?.methods.includes(method)) {
    const chained = chainedCalls(node).map((call) => staticPropertyName(call.callee));
    if (chained.includes(api.chain.method)) return 'present';
    if (chained.includes('setOptions')) return 'unknown';
  }
  if (index < 0) return 'absent';
  const args = node.arguments;
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return 'unknown';
  const options = args[index];
  if (!options) return 'absent';
  const object = skipTransparent(options);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
  if (findProperty(object, api.option)) return 'present';
  const dynamic = object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || p.computed);
  return dynamic ? 'unknown' : 'absent';
}

function insertionFor(
  api: TransactionOptionApi,
  method: string,
  node: TSESTree.CallExpression,
  index: number,
): Insertion | null {
  const options = index >= 0 ? node.arguments[index] : undefined;
  if (options) {
    const object = skipTransparent(options);
    return object.type === AST_NODE_TYPES.ObjectExpression ? { kind: 'property', object } : null;
  }
  if (api.chain?.methods.includes(method)) return { kind: 'chain', method: api.chain.method };
  if (api.arrayFirst?.includes(method) && node.arguments[0]?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  return index >= 0 && node.arguments.length === index ? { kind: 'argument', index } : null;
}

/** The option as written: `{ transaction: t }`, `{ session }`, `.session(session)`. */
export function optionText(missing: MissingOption, handle: string): string {
  const property = handle === missing.api.option ? handle : `${missing.api.option}: ${handle}`;
  return missing.insertion?.kind === 'chain' ? `.${missing.insertion.method}(${handle})` : `{ ${property} }`;
}

/** The edit that adds the option. */
export function addOption(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  node: TSESTree.CallExpression,
  missing: MissingOption,
  handle: string,
): TSESLint.RuleFix | null {
  const insertion = missing.insertion;
  if (!insertion) return null;
  const property = handle === missing.api.option ? handle : `${missing.api.option}: ${handle}`;
  switch (insertion.kind) {
    case 'chain':
      return fixer.insertTextAfter(node, `.${insertion.method}(${handle})`);
    case 'property': {
      const last = insertion.object.properties.at(-1);
      return last
        ? fixer.insertTextAfter(last, `, ${property}`)
        : fixer.replaceText(insertion.object, `{ ${property} }`);
    }
    case 'argument': {
      const last = node.arguments.at(-1);
      if (last) return fixer.insertTextAfter(last, `, { ${property} }`);
      const closing = sourceCode.getLastToken(node);
      return closing?.value === ')' ? fixer.insertTextBefore(closing, `{ ${property} }`) : null;
    }
    default:
      return null;
  }
}
