import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  DB_PRODUCERS,
  dbClass,
  MANUAL_TRANSACTIONS,
  PROTOCOL_ACQUIRES,
  SQL_QUERY_METHODS,
  SQL_TRANSACTION,
  type DbClass,
} from '../catalog/db.js';
import { calleeName, isFunction, outermostTransparent, skipTransparent, staticPropertyName } from './ast.js';
import { dbValueOf } from './db.js';
import { resolveCallee } from './resolve.js';
import { isSameValue } from './same-value.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/**
 * Which calls take a pooled handle or open a manual transaction, and which
 * calls give it back — the DB side of `require-client-release` and
 * `require-transaction-rollback`. Everything a library contributes comes from
 * the catalog (`DB_PRODUCERS` with `acquires`, `DB_CLASSES` `release`/`releaseVia`,
 * `MANUAL_TRANSACTIONS`, the SQL regexes); user options add name-based rows.
 */

// --- acquire / release -------------------------------------------------------

/** A user-declared pair: `getClient()` returns a handle released by `handle.release()` or `pool.checkin(handle)`. */
export interface ResourcePair {
  readonly acquire: string;
  readonly release?: readonly string[];
  readonly releaseWith?: readonly string[];
}

export interface Acquire {
  readonly call: TSESTree.CallExpression;
  /** Properties that stand for the handle itself (`queryRunner.manager`), from the catalog's producers. */
  readonly views: readonly string[];
  /** The name of the acquiring function or method, for messages. */
  readonly method: string;
  /** Methods of the handle that release it (`client.release()`). */
  readonly release: readonly string[];
  /** Functions or methods (usually of the pool) that release the handle passed as first argument. */
  readonly releaseWith: readonly string[];
  readonly asyncRelease: boolean;
  readonly lazyCheckout: readonly string[];
}

const ACQUIRE_METHODS: ReadonlySet<string> = new Set(
  DB_PRODUCERS.flatMap((producer) => (producer.kind === 'method' && producer.acquires ? [producer.method] : [])),
);
const ACQUIRE_EXPORTS: ReadonlySet<string> = new Set(
  DB_PRODUCERS.flatMap((producer) =>
    producer.kind === 'export' && producer.acquires ? [producer.path.at(-1) ?? 'default'] : [],
  ),
);

/** Every name a call must have to be an acquire: the cheap first filter. */
export function acquireNames(extra: readonly ResourcePair[]): ReadonlySet<string> {
  return new Set([...ACQUIRE_METHODS, ...ACQUIRE_EXPORTS, ...PROTOCOL_ACQUIRES.map((row) => row.acquire), ...extra.map((pair) => pair.acquire)]);
}

/**
 * The acquire `call` is, if any: a catalog method with `acquires` on a receiver
 * of the owner class (by origin, or by type when a program exists), a catalog
 * export with `acquires`, or a user pair by name. The callback forms
 * (`pool.connect((err, client, done) => …)`) hand the handle to the callback
 * and are not acquires here.
 */
export function acquireOf(
  context: AnyContext,
  call: TSESTree.CallExpression,
  extra: readonly ResourcePair[],
): Acquire | null {
  const name = calleeName(call);
  if (name === null || call.arguments.some((argument) => isFunction(argument))) return null;
  const pair = extra.find((candidate) => candidate.acquire === name);
  if (pair) {
    return {
      call,
      views: [],
      method: name,
      release: pair.release ?? [],
      releaseWith: pair.releaseWith ?? [],
      asyncRelease: false,
      lazyCheckout: [],
    };
  }
  const callee = skipTransparent(call.callee);
  if (ACQUIRE_METHODS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) {
    const owner = dbValueOf(context, callee.object)?.cls.id;
    const producer = DB_PRODUCERS.find(
      (candidate) => candidate.kind === 'method' && candidate.acquires && candidate.method === name && candidate.owner === owner,
    );
    const cls = producer ? dbClass(producer.returns) : undefined;
    if (cls) return fromClass(call, name, cls);
  }
  if (ACQUIRE_EXPORTS.has(name)) {
    const resolved = resolveCallee(context, call, ACQUIRE_EXPORTS);
    const producer = resolved
      ? DB_PRODUCERS.find(
          (candidate) =>
            candidate.kind === 'export' &&
            candidate.acquires &&
            candidate.module === resolved.module &&
            (candidate.path.at(-1) ?? 'default') === resolved.name,
        )
      : undefined;
    const cls = producer ? dbClass(producer.returns) : undefined;
    if (cls) return fromClass(call, name, cls);
  }
  return protocolAcquire(context, call, name);
}

const PROTOCOL_NAMES: ReadonlySet<string> = new Set(PROTOCOL_ACQUIRES.map((row) => row.acquire));

/**
 * An acquire known by how the code treats its result, where the catalog
 * cannot tell the receiver's library: `const client = await pool.connect()`
 * on a pool of unknown origin, and `client.release()` in the same function.
 * A receiver that is a known DB value answers through the catalog instead.
 */
function protocolAcquire(context: AnyContext, call: TSESTree.CallExpression, name: string): Acquire | null {
  const callee = skipTransparent(call.callee);
  if (!PROTOCOL_NAMES.has(name) || callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const held = heldBy(context, call);
  if (!held) return null;
  const row = PROTOCOL_ACQUIRES.find(
    (candidate) => candidate.acquire === name && held.references.some((reference) => isMethodCallOn(reference.identifier, candidate.release)),
  );
  if (!row || dbValueOf(context, callee.object)) return null;
  return {
    call,
    views: [],
    method: name,
    release: row.release,
    releaseWith: [],
    asyncRelease: row.asyncRelease,
    lazyCheckout: row.lazyCheckout,
  };
}

/** The variable a call's result (awaited or not) initialises: `const client = await pool.connect()`. */
function heldBy(context: AnyContext, call: TSESTree.CallExpression): Variable | null {
  let node: TSESTree.Node = outermostTransparent(call);
  if (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = outermostTransparent(node.parent);
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  return context.sourceCode.getDeclaredVariables(declarator).find((variable) => variable.name === (declarator.id as TSESTree.Identifier).name) ?? null;
}

/** `identifier.<method>()` for one of `methods`. */
function isMethodCallOn(identifier: TSESTree.Node, methods: readonly string[]): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
  const name = staticPropertyName(member);
  return name !== null && methods.includes(name) && member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member;
}

function fromClass(call: TSESTree.CallExpression, method: string, cls: DbClass): Acquire | null {
  const release = cls.release ?? [];
  const releaseWith = cls.releaseVia?.methods ?? [];
  if (release.length === 0 && releaseWith.length === 0) return null;
  const views = DB_PRODUCERS.flatMap((producer) =>
    producer.kind === 'method' && producer.owner === cls.id && !producer.acquires ? [producer.method] : [],
  );
  return {
    call,
    views,
    method,
    release,
    releaseWith,
    asyncRelease: cls.asyncRelease ?? false,
    lazyCheckout: cls.lazyCheckout ?? [],
  };
}

/** Whether `call` releases the handle held by `variable`: `client.release()`, `pool.release(client)`. */
export function isReleaseCall(
  call: TSESTree.CallExpression,
  acquire: Acquire,
  handle: HandleRef,
): boolean {
  const callee = skipTransparent(call.callee);
  const name = calleeName(call);
  if (name === null) return false;
  if (callee.type === AST_NODE_TYPES.MemberExpression && acquire.release.includes(name) && handle.refersTo(callee.object)) {
    return true;
  }
  const first = call.arguments[0];
  return acquire.releaseWith.includes(name) && first !== undefined && handle.refersTo(first);
}

// --- manual transactions -----------------------------------------------------

/** A user-declared manual transaction form, by method names. */
export interface TransactionForm {
  readonly open: string;
  /** The open call returns the handle (`const tx = await db.begin()`); otherwise the receiver is the handle. */
  readonly returnsHandle?: boolean;
  readonly commit: readonly string[];
  readonly rollback: readonly string[];
}

export interface TransactionOpen {
  readonly call: TSESTree.CallExpression;
  /** The expression whose value is the handle, or the whole open (`db.startTransaction().execute()`). */
  readonly outer: TSESTree.CallExpression;
  /** `sql`: `client.query('BEGIN')`, closed by SQL through a query method of the same receiver. */
  readonly kind: 'method' | 'sql';
  /** The handle is the receiver of the open call, or the value it returns. */
  readonly handleIs: 'receiver' | 'result';
  /** The query method of the SQL form (`query`), for the rollback text. */
  readonly queryMethod: string | null;
  readonly commit: readonly string[];
  readonly rollback: readonly string[];
  /** Kysely: commit and rollback build a query run by `.execute()`. */
  readonly via: string | null;
}

export interface TransactionOptions {
  readonly queryMethods: readonly string[];
  readonly transactions: readonly TransactionForm[];
}

const OPEN_METHODS: ReadonlySet<string> = new Set(MANUAL_TRANSACTIONS.map((row) => row.open));

/** Every name a call must have to open a transaction: the cheap first filter. */
export function transactionOpenNames(options: TransactionOptions): ReadonlySet<string> {
  return new Set([...OPEN_METHODS, ...SQL_QUERY_METHODS, ...options.queryMethods, ...options.transactions.map((form) => form.open)]);
}

/** The manual transaction `call` opens, if any (managed callback forms are not manual). */
export function transactionOpenOf(
  context: AnyContext,
  call: TSESTree.CallExpression,
  options: TransactionOptions,
): TransactionOpen | null {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = staticPropertyName(callee);
  if (name === null || call.arguments.some((argument) => isFunction(argument))) return null;
  if (isQueryMethod(name, options) && sqlMatches(context, call, SQL_TRANSACTION.open)) {
    return {
      call,
      outer: call,
      kind: 'sql',
      handleIs: 'receiver',
      queryMethod: name,
      commit: [],
      rollback: [],
      via: null,
    };
  }
  const form = options.transactions.find((candidate) => candidate.open === name);
  if (form) {
    return {
      call,
      outer: call,
      kind: 'method',
      handleIs: form.returnsHandle ? 'result' : 'receiver',
      queryMethod: null,
      commit: form.commit,
      rollback: form.rollback,
      via: null,
    };
  }
  if (!OPEN_METHODS.has(name)) return null;
  const owner = dbValueOf(context, callee.object)?.cls.id;
  const row = MANUAL_TRANSACTIONS.find((candidate) => candidate.open === name && candidate.owner === owner);
  if (!row) return null;
  let outer = call;
  if (row.via) {
    const runner = viaCall(call, row.via);
    if (!runner) return null;
    outer = runner;
  }
  return {
    call,
    outer,
    kind: 'method',
    handleIs: row.returnsHandle ? 'result' : 'receiver',
    queryMethod: null,
    commit: row.commit,
    rollback: row.rollback,
    via: row.via ?? null,
  };
}

/** `builder.<via>()` called on `call`'s result: `db.startTransaction().execute()`. */
function viaCall(call: TSESTree.CallExpression, via: string): TSESTree.CallExpression | null {
  const member = outermostTransparent(call).parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(member) !== via) return null;
  const runner = member.parent;
  return runner.type === AST_NODE_TYPES.CallExpression && runner.callee === member ? runner : null;
}

function isQueryMethod(name: string, options: TransactionOptions): boolean {
  return SQL_QUERY_METHODS.includes(name) || options.queryMethods.includes(name);
}

/** The first argument is a constant string matching `pattern` (`'BEGIN'`, `` `COMMIT` ``, a `const`). */
function sqlMatches(context: AnyContext, call: TSESTree.CallExpression, pattern: RegExp): boolean {
  const first = call.arguments[0];
  if (!first) return false;
  const node = skipTransparent(first);
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' && pattern.test(node.value);
  if (node.type !== AST_NODE_TYPES.TemplateLiteral && node.type !== AST_NODE_TYPES.Identifier) return false;
  const value = ASTUtils.getStaticValue(node, context.sourceCode.getScope(node));
  return typeof value?.value === 'string' && pattern.test(value.value);
}

/** Whether `call` commits or rolls back the transaction `open` made, on `handle`. */
export function isTransactionClose(
  context: AnyContext,
  call: TSESTree.CallExpression,
  open: TransactionOpen,
  handle: HandleRef,
  options: TransactionOptions,
  which: 'any' | 'commit' | 'rollback' = 'any',
): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticPropertyName(callee);
  if (name === null || !handle.refersTo(callee.object)) return false;
  const methods =
    which === 'commit' ? open.commit : which === 'rollback' ? open.rollback : [...open.commit, ...open.rollback];
  if (methods.includes(name)) return true;
  if (!isQueryMethod(name, options)) return false;
  if (which !== 'rollback' && sqlMatches(context, call, SQL_TRANSACTION.commit)) return true;
  return which !== 'commit' && sqlMatches(context, call, SQL_TRANSACTION.rollback);
}

// --- handles -----------------------------------------------------------------

/** What "the same handle" means: the same variable, or the same access path (`this.queryRunner`). */
export interface HandleRef {
  readonly variable: Variable | null;
  /** The expression that names the handle, for fix texts. */
  readonly text: string;
  refersTo(node: TSESTree.Node): boolean;
}

export function variableHandle(context: AnyContext, variable: Variable): HandleRef {
  return {
    variable,
    text: variable.name,
    refersTo(node) {
      const target = skipTransparent(node);
      return (
        target.type === AST_NODE_TYPES.Identifier &&
        target.name === variable.name &&
        ASTUtils.findVariable(context.sourceCode.getScope(target), target) === variable
      );
    },
  };
}

/** A handle named by an expression: a variable when it is one, else an access path such as `this.em`. */
export function expressionHandle(context: AnyContext, node: TSESTree.Node): HandleRef | null {
  const target = skipTransparent(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(target), target);
    return variable ? variableHandle(context, variable) : null;
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || !isAccessPath(target)) return null;
  const sourceCode = context.sourceCode;
  return {
    variable: null,
    text: sourceCode.getText(target),
    refersTo(other) {
      const candidate = skipTransparent(other);
      return candidate.type === AST_NODE_TYPES.MemberExpression && isSameValue(target, candidate, sourceCode);
    },
  };
}

/** `this.a.b`, `orm.em`: static names down to `this` or an identifier. */
function isAccessPath(node: TSESTree.Node): boolean {
  const target = skipTransparent(node);
  if (target.type === AST_NODE_TYPES.ThisExpression || target.type === AST_NODE_TYPES.Identifier) return true;
  return target.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(target) !== null && isAccessPath(target.object);
}

/**
 * How the value of `node` (an acquire or open, through `await`) is kept:
 * - `variable`: `const client = await pool.connect()` or `client = await pool.connect()`;
 * - `using`: a `using`/`await using` declaration disposes of it;
 * - `discarded`: nobody can give it back (`await pool.acquire();`, `(await pool.connect()).query(…)`);
 * - null: returned, stored in a property, passed on, destructured: someone else's business.
 */
export type Binding =
  | { readonly kind: 'variable'; readonly variable: Variable }
  | { readonly kind: 'discarded' }
  | { readonly kind: 'using' };

export function bindingOf(context: AnyContext, node: TSESTree.Node): Binding | null {
  const outer = outermostTransparent(node);
  const parent = outer.parent;
  if (!parent) return null;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) {
    const declaration = parent.parent;
    if (declaration.kind === 'using' || declaration.kind === 'await using') return { kind: 'using' };
    if (parent.id.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = context.sourceCode.getDeclaredVariables(parent)[0];
    return variable ? { kind: 'variable', variable } : null;
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.operator === '=') {
    if (parent.left.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(parent.left), parent.left);
    return variable ? { kind: 'variable', variable } : null;
  }
  if (parent.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'discarded' };
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
    // `pool.connect().then(client => …)` hands the handle to a callback; `(await pool.connect()).query()` loses it.
    const name = staticPropertyName(parent);
    const promiseMethod = name === 'then' || name === 'catch' || name === 'finally';
    return outer.type === AST_NODE_TYPES.AwaitExpression || !promiseMethod ? { kind: 'discarded' } : null;
  }
  return null;
}

/**
 * A call inside a `catch` or `finally` clause (of the same function) that
 * takes the handle as an argument: `finally { safeRelease(client) }`. Trusted
 * to give the handle back — a helper in such a clause has no other job.
 */
export function isHandedOffInCleanup(identifier: TSESTree.Node): TSESTree.CallExpression | null {
  const argument = outermostTransparent(identifier);
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(argument as TSESTree.CallExpressionArgument)) {
    return null;
  }
  for (let node: TSESTree.Node = call; node.parent; node = node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (isFunction(parent)) return null;
    if (parent.type === AST_NODE_TYPES.CatchClause) return call;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.finalizer === node) return call;
  }
  return null;
}

/** `node` with the `await` around it, if any: the point where an acquired value exists. */
export function awaitedForm(node: TSESTree.Node): TSESTree.Node {
  const outer = outermostTransparent(node);
  return outer.parent?.type === AST_NODE_TYPES.AwaitExpression ? outer.parent : node;
}
