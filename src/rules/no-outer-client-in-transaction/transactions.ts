import { typeMatchesSomeSpecifier } from '@typescript-eslint/type-utils';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  contains,
  enclosingFunction,
  isFunction,
  outermostTransparent,
  skipTransparent,
  staticPropertyName,
  type FunctionNode,
} from '../../analysis/ast.js';
import { isIterationCallback, isPromiseCallback } from '../../analysis/context.js';
import { managedTransactionOf } from '../../analysis/db.js';
import { singleDefinition } from '../../analysis/db-models.js';
import { resolveCallee, typeServices } from '../../analysis/resolve.js';
import { dbClass, MANAGED_TRANSACTIONS, type DbClass, type ManagedTransaction } from '../../catalog/db.js';
import {
  IMPLICIT_CONTEXT_TRANSACTIONS,
  SINGLE_CONNECTION_DATABASES,
  SKIPPED_MANAGED_TRANSACTIONS,
} from '../../catalog/db-queries.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/** The name through which code in the callback reaches the transaction, and its binding. */
export interface Handle {
  readonly name: string;
  readonly variable: Variable;
  /** The handle is the callback's own parameter (not the receiver, as in `session.withTransaction(…)`). */
  readonly isParameter: boolean;
}

/** A managed transaction whose callback the traversal is in. */
export interface OpenTransaction {
  readonly call: TSESTree.CallExpression;
  readonly fn: FunctionNode;
  readonly managed: ManagedTransaction;
  /** The client, pool or session the transaction was opened on (`prisma` in `prisma.$transaction(…)`). */
  readonly owner: TSESTree.Node;
  readonly ownerClass: DbClass;
  readonly library: string;
  readonly handle: Handle | null;
}

/** Method names that open a managed transaction: the cheap filter before any resolution. */
export const TRANSACTION_METHODS: ReadonlySet<string> = new Set(
  MANAGED_TRANSACTIONS.map((managed) => managed.via ?? managed.method),
);

/** The managed transactions `call` opens with a callback, with their handles. */
export function openedTransactions(context: AnyContext, call: TSESTree.CallExpression): OpenTransaction[] {
  const opened: OpenTransaction[] = [];
  for (const argument of call.arguments) {
    if (!isFunction(argument)) continue;
    const managed = managedTransactionOf(context, argument);
    if (!managed || SKIPPED_MANAGED_TRANSACTIONS.includes(managed.owner)) continue;
    const ownerClass = dbClass(managed.owner);
    const owner = ownerOf(call, managed);
    if (!ownerClass || !owner || isSingleConnection(context, owner, ownerClass)) continue;
    const handle = handleOf(context, argument, managed, owner);
    // Sequelize with CLS and Mongoose with `transactionAsyncLocalStorage` pass the
    // transaction implicitly; a callback that takes no handle relies on that.
    if (!handle?.isParameter && IMPLICIT_CONTEXT_TRANSACTIONS.includes(managed.owner)) continue;
    opened.push({ call, fn: argument, managed, owner, ownerClass, library: ownerClass.library, handle });
  }
  return opened;
}

function ownerOf(call: TSESTree.CallExpression, managed: ManagedTransaction): TSESTree.Node | null {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (!managed.via) return callee.object;
  const opener = skipTransparent(callee.object);
  if (opener.type !== AST_NODE_TYPES.CallExpression) return null;
  const openerCallee = skipTransparent(opener.callee);
  return openerCallee.type === AST_NODE_TYPES.MemberExpression ? openerCallee.object : null;
}

/**
 * The handle code in the callback should use: the callback's parameter, or —
 * for `session.withTransaction(…)`, whose callback usually takes none — the
 * session variable the transaction runs on.
 */
function handleOf(
  context: AnyContext,
  fn: FunctionNode,
  managed: ManagedTransaction,
  owner: TSESTree.Node,
): Handle | null {
  const index = managed.handleParam < 0 ? fn.params.length + managed.handleParam : managed.handleParam;
  const param = fn.params[index];
  if (param?.type === AST_NODE_TYPES.Identifier) {
    const variable = context.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === param.name);
    if (variable) return { name: param.name, variable, isParameter: true };
  }
  const receiver = skipTransparent(owner);
  if (managed.handle === managed.owner && receiver.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(receiver), receiver);
    if (variable) return { name: receiver.name, variable, isParameter: false };
  }
  return null;
}

/** Drizzle over SQLite runs every query on its one connection: nothing escapes the transaction. */
function isSingleConnection(context: AnyContext, owner: TSESTree.Node, ownerClass: DbClass): boolean {
  if (ownerClass.library !== 'drizzle-orm') return false;
  const services = typeServices(context);
  if (services) {
    const type = services.getTypeAtLocation(owner);
    if (typeMatchesSomeSpecifier(type, [...SINGLE_CONNECTION_DATABASES.types], services.program)) return true;
  }
  const init = singleDefinition(context, owner);
  if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
  const resolved = resolveCallee(context, init, new Set(['drizzle']));
  return resolved !== null && SINGLE_CONNECTION_DATABASES.modules.includes(resolved.module);
}

/** Whether the handle's name still means the handle at `node` (no inner binding shadows it). */
export function handleVisibleAt(context: AnyContext, handle: Handle, node: TSESTree.Node): boolean {
  return ASTUtils.findVariable(context.sourceCode.getScope(node), handle.name) === handle.variable;
}

/**
 * Whether `node` runs while the transaction callback `fn` runs: it is in `fn`
 * itself, or in functions that run as part of it — iteration callbacks,
 * promise handlers, immediately invoked functions, and local functions that
 * are called inside `fn`. A function that only runs later (a timer, an event
 * handler, a function returned or stored) does not: the transaction is over by then.
 */
export function runsInCallback(context: AnyContext, node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let inner = enclosingFunction(node); inner && inner !== fn; inner = enclosingFunction(inner)) {
    if (!runsWithEnclosing(context, inner, fn)) return false;
  }
  return true;
}

function runsWithEnclosing(context: AnyContext, inner: FunctionNode, fn: FunctionNode): boolean {
  if (isIterationCallback(inner) || isPromiseCallback(inner)) return true;
  const outer = outermostTransparent(inner);
  if (outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer) return true;
  const declaration =
    inner.type === AST_NODE_TYPES.FunctionDeclaration
      ? inner
      : outer.parent?.type === AST_NODE_TYPES.VariableDeclarator && outer.parent.init === outer
        ? outer.parent
        : null;
  if (!declaration) return false;
  return context.sourceCode.getDeclaredVariables(declaration).some((variable) =>
    variable.references.some((reference) => {
      const identifier = reference.identifier as TSESTree.Node;
      const parent = identifier.parent;
      return (
        parent?.type === AST_NODE_TYPES.CallExpression &&
        parent.callee === identifier &&
        contains(fn.body, identifier) &&
        !contains(inner, identifier)
      );
    }),
  );
}

/** `name` in `x.name(…)`, when static. */
export function methodName(node: TSESTree.CallExpression): string | null {
  const callee = skipTransparent(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
}
