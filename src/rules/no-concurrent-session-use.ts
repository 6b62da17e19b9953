import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { enclosingFunction, isFunction, isMethodCall, outermostTransparent, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { dbValueOf } from '../analysis/db.js';
import { declaredThenable } from '../analysis/declared-type.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { typeServices } from '../analysis/resolve.js';
import { mayHoldSession, operationHandles, outerHandlesUsedIn, type HandleKey, type HandleUse } from '../analysis/session-use.js';
import type { DbClass } from '../catalog/db.js';
import { createRule } from '../util/create-rule.js';
import { awaitStatementSuggestion, forOfSuggestion, sequentialSuggestion } from './no-concurrent-session-use/sequential.js';

export type MessageIds =
  | 'concurrentOperations'
  | 'concurrentCallbacks'
  | 'unawaitedOperation'
  | 'unawaitedInLoop'
  | 'suggestSequential'
  | 'suggestForOf'
  | 'suggestAwait';

type Suggestions = TSESLint.ReportSuggestionArray<MessageIds>;

/** `Promise` statics that start every promise they are given at once. */
const COMBINATORS: ReadonlySet<string> = new Set(['all', 'allSettled', 'any', 'race']);

/** An operation expression: the outermost call of a chain (`tx.user.create(…)`, `trx('t').insert(…)`). */
interface Operation {
  readonly node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;
  readonly handles: readonly HandleUse[];
  readonly fn: TSESTree.Node | null;
}

export default createRule<[], MessageIds>({
  name: 'no-concurrent-session-use',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow running several operations at once on one transaction, session or checked-out client',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad: {
        concurrentOperations:
          'A transaction or checked-out client is one connection that runs one statement at a time: the operations queue (pg warns), fail (MongoDB sessions reject them), or run in an undefined order inside the transaction.',
        concurrentCallbacks:
          'The callbacks for all elements start at once on the same connection, which runs one statement at a time: the statements queue or fail, and their order inside the transaction is undefined.',
        unawaitedOperation:
          "The next operation starts on the handle while this one still runs, so their order inside the transaction is undefined and this operation's error is never seen.",
        unawaitedInLoop:
          'Every iteration starts another operation on the handle while the earlier ones still run: they pile up on one connection in an undefined order, and their errors are lost.',
      },
      remedy: {
        concurrentOperations:
          'Await the operations on the handle one after another; run independent queries in parallel on the pool, not on one transaction.',
        concurrentCallbacks: "Loop over the elements with `for…of` and await each element's operation in turn.",
        unawaitedOperation: 'Await the operation before the next one on the same handle starts.',
        unawaitedInLoop: 'Await the operation inside the loop body, so that one runs at a time.',
      },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      concurrentOperations:
        '`{{combinator}}` runs {{count}} operations at once on one `{{cls}}` `{{handle}}`; await them one after another.',
      concurrentCallbacks:
        '`{{method}}` runs a callback per element at once on one `{{cls}}` `{{handle}}`; loop with `for…of` and await each.',
      unawaitedOperation:
        'This operation on `{{cls}}` `{{handle}}` is not awaited before the one on line {{line}} starts; await it first.',
      unawaitedInLoop:
        'This operation on `{{cls}}` `{{handle}}` is not awaited, so loop iterations overlap on one handle; await it in the loop.',
      suggestSequential: 'Await the operations one after another.',
      suggestForOf: 'Loop with `for…of` and await each element in turn.',
      suggestAwait: 'Await this operation.',
    },
  },
  create(context) {
    if (!mayHoldDbValues(context)) return {};
    const sourceCode = context.sourceCode;
    const services = typeServices(context);
    const checker = services?.program.getTypeChecker() ?? null;
    const sessions = new Map<HandleKey, DbClass | null>();
    const operations: Operation[] = [];
    /** Variables holding a promise that a combinator receives: their own concurrency is that call's. */
    const combinedPromises = new Set<TSESLint.Scope.Variable>();

    /** The session class of a handle: by origin, else by type (cached per handle). */
    function sessionOf(use: HandleUse): DbClass | null {
      const cached = sessions.get(use.key);
      if (cached !== undefined) return cached;
      const value = mayHoldSession(use) ? dbValueOf(context, use.node) : null;
      const cls = value?.cls.role === 'session' ? value.cls : null;
      sessions.set(use.key, cls);
      return cls;
    }

    function report(node: TSESTree.Node, messageId: MessageIds, use: HandleUse, cls: DbClass, data: Record<string, string | number>, suggest: Suggestions): void {
      context.report({ node, messageId, data: { handle: sourceCode.getText(use.node), cls: cls.id, ...data }, suggest });
    }

    function isCombinator(node: TSESTree.CallExpression): string | null {
      const callee = skipTransparent(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const name = staticPropertyName(callee);
      const object = skipTransparent(callee.object);
      if (name === null || !COMBINATORS.has(name) || object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Promise') return null;
      const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
      return !variable || variable.defs.length === 0 ? name : null;
    }

    /** `Promise.all([tx.a(), tx.b()])`, `Promise.all(xs.map((x) => tx.a(x)))`. */
    function checkCombinator(node: TSESTree.CallExpression, name: string): void {
      const argument = node.arguments[0] ? skipTransparent(node.arguments[0]) : undefined;
      if (argument?.type === AST_NODE_TYPES.ArrayExpression) {
        checkElements(node, argument, `Promise.${name}`, name);
        return;
      }
      const mapped = argument ? mappedArray(argument) : null;
      if (!mapped) return;
      const callback = mapped.arguments[0];
      if (!isFunction(callback)) return;
      for (const use of outerHandlesUsedIn(sourceCode, callback.body)) {
        const cls = sessionOf(use);
        if (!cls) continue;
        const suggestion = name === 'all' && mapped === argument ? forOfSuggestion(sourceCode, node, mapped, 'combinator') : null;
        report(node, 'concurrentCallbacks', use, cls, { method: staticPropertyName(mapped.callee) ?? 'map' }, suggestion ? [suggestion] : []);
        return;
      }
    }

    /** `xs.map(cb)`, written in place or held in a `const` (`const ps = xs.map(cb); … Promise.all(ps)`). */
    function mappedArray(node: TSESTree.Node): (TSESTree.CallExpression & { callee: TSESTree.MemberExpression }) | null {
      if (isMethodCall(node, ['map', 'flatMap'])) return node;
      if (node.type !== AST_NODE_TYPES.Identifier) return null;
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== 'Variable' || definition.parent?.kind !== 'const' || !definition.node.init) return null;
      const init = skipTransparent(definition.node.init);
      return isMethodCall(init, ['map', 'flatMap']) ? init : null;
    }

    function checkElements(node: TSESTree.CallExpression, array: TSESTree.ArrayExpression, combinator: string, name: string): void {
      const byHandle = new Map<HandleKey, { use: HandleUse; count: number }>();
      for (const element of array.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
        for (const use of elementHandles(element)) {
          const entry = byHandle.get(use.key);
          if (entry) entry.count += 1;
          else byHandle.set(use.key, { use, count: 1 });
        }
      }
      for (const { use, count } of byHandle.values()) {
        if (count < 2) continue;
        const cls = sessionOf(use);
        if (!cls) continue;
        const suggestion = name === 'all' ? sequentialSuggestion(sourceCode, node, array) : null;
        report(node, 'concurrentOperations', use, cls, { combinator, count }, suggestion ? [suggestion] : []);
        return;
      }
    }

    /** The handles one element of a combinator's array operates on. */
    function elementHandles(element: TSESTree.Expression): HandleUse[] {
      const expression = skipTransparent(element);
      // A promise started earlier: `const a = tx.a(); … Promise.all([a, b])`.
      if (expression.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
        const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (!variable || definition?.type !== 'Variable' || !definition.node.init) return [];
        if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return [];
        combinedPromises.add(variable);
        return operationHandles(sourceCode, definition.node.init);
      }
      // An async IIFE: `(async () => { await tx.a(); await tx.b(); })()`.
      if (expression.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTransparent(expression.callee);
        if (isFunction(callee)) return outerHandlesUsedIn(sourceCode, callee.body);
      }
      return operationHandles(sourceCode, expression);
    }

    /** `xs.forEach(async (x) => { await tx.a(x); })`: every callback runs at once. */
    function checkForEach(node: TSESTree.CallExpression): void {
      const callback = node.arguments[0];
      if (!isFunction(callback)) return;
      const startsOperations =
        callback.async || (callback.body.type !== AST_NODE_TYPES.BlockStatement && operationHandles(sourceCode, callback.body).length > 0);
      if (!startsOperations) return;
      for (const use of outerHandlesUsedIn(sourceCode, callback.body)) {
        const cls = sessionOf(use);
        if (!cls) continue;
        const suggestion = forOfSuggestion(sourceCode, node, node, 'forEach');
        report(node, 'concurrentCallbacks', use, cls, { method: 'forEach' }, suggestion ? [suggestion] : []);
        return;
      }
    }

    function recordOperation(node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): void {
      const outer = outermostTransparent(node);
      const parent = outer.parent;
      // Only the outermost call of a chain: `tx.a().b()` is one operation.
      if (
        (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) ||
        (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) ||
        (parent?.type === AST_NODE_TYPES.TaggedTemplateExpression && parent.tag === outer)
      ) {
        return;
      }
      const handles = operationHandles(sourceCode, node);
      if (handles.length > 0) operations.push({ node, handles, fn: enclosingFunction(node) });
    }

    /**
     * With types: the operation returns a promise (a sync `session.startTransaction()` does not).
     * What the called method declares answers first (`seen.add(id)`, `res.status(500)`: never).
     */
    function returnsPromise(node: TSESTree.Node): boolean | null {
      if (!services || !checker) return null;
      const declared = declaredThenable(services, node);
      if (declared !== undefined) return declared;
      const tsNode = services.esTreeNodeToTSNodeMap.get(node);
      return tsutils.isThenableType(checker, tsNode, checker.getTypeAtLocation(tsNode));
    }

    /**
     * With types, by declarations alone: the operation certainly returns no promise, so no handle
     * of it needs a class. Only lookups cheaper than the handle's class: this runs for every
     * operation in a loop.
     */
    function declaredNoPromise(node: TSESTree.Node): boolean {
      return services !== null && declaredThenable(services, node, { callbackMethods: false }) === false;
    }

    /** Operations whose promise is neither awaited nor combined before the next operation on the same handle starts. */
    function checkUnawaited(): void {
      for (const operation of operations) {
        const shape = unawaitedShape(operation);
        if (!shape) continue;
        const loops = shape.kind !== 'stored' && inLoop(operation.node, operation.fn);
        for (const use of operation.handles) {
          // What the code shows first; the handle's class (maybe a type query) only for a possible report.
          const next = loops ? null : nextOperation(operation, use.key, shape.until);
          if (!loops && !next) continue;
          if (!shape.evidence && declaredNoPromise(operation.node)) break;
          const cls = sessionOf(use);
          if (!cls || cls.lazyQueries) continue;
          if (!(shape.evidence || returnsPromise(operation.node) === true)) break;
          if (!next) {
            const suggestion = shape.kind === 'floating' ? awaitStatementSuggestion(sourceCode, operation.node) : null;
            report(operation.node, 'unawaitedInLoop', use, cls, {}, suggestion ? [suggestion] : []);
            break;
          }
          const suggestion = shape.kind === 'floating' ? awaitStatementSuggestion(sourceCode, operation.node) : null;
          report(operation.node, 'unawaitedOperation', use, cls, { line: next.node.loc.start.line }, suggestion ? [suggestion] : []);
          break;
        }
      }
    }

    /**
     * How an operation's promise is left running: dropped (`tx.a();`), stored
     * (`const p = tx.a();` read later: `until` that read) or pushed into an
     * array (`ps.push(tx.a())`). `evidence`: the code itself shows it is a
     * promise (it is awaited or combined later), so no types are needed.
     */
    function unawaitedShape(
      operation: Operation,
    ): { kind: 'floating' | 'stored' | 'pushed'; until: number; evidence: boolean } | null {
      let outer: TSESTree.Node = outermostTransparent(operation.node);
      if (outer.parent?.type === AST_NODE_TYPES.UnaryExpression && outer.parent.operator === 'void') outer = outer.parent;
      const parent = outer.parent;
      if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'floating', until: Infinity, evidence: false };
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
        if (!variable || combinedPromises.has(variable)) return null;
        const reads = variable.references.filter((reference) => !reference.init && reference.isRead());
        const firstRead = reads[0]?.identifier;
        const awaited = reads.some((reference) => transparentParentType(reference.identifier) === AST_NODE_TYPES.AwaitExpression);
        return { kind: 'stored', until: firstRead ? firstRead.range[0] : Infinity, evidence: awaited };
      }
      if (isMethodCall(parent, ['push']) && parent.arguments.some((argument) => argument === outer)) {
        const statement = outermostTransparent(parent).parent;
        if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
        return { kind: 'pushed', until: Infinity, evidence: arrayIsCombined(parent.callee) };
      }
      return null;
    }

    /** `ps.push(…)` where `ps` is later given to `Promise.all(ps)`. */
    function arrayIsCombined(callee: TSESTree.Expression): boolean {
      const member = skipTransparent(callee);
      if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
      const array = skipTransparent(member.object);
      if (array.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(array), array);
      return (
        variable?.references.some((reference) => {
          const use = outermostTransparent(reference.identifier);
          const call = use.parent;
          return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === use && isCombinator(call) !== null;
        }) ?? false
      );
    }

    /** The first later operation on the same handle in the same function, before `until`, that can run in the same pass. */
    function nextOperation(operation: Operation, key: HandleKey, until: number): Operation | null {
      for (const other of operations) {
        if (other === operation || other.fn !== operation.fn) continue;
        const start = other.node.range[0];
        if (start <= operation.node.range[1] || start >= until) continue;
        if (!other.handles.some((use) => use.key === key)) continue;
        if (exclusiveBranches(operation.node, other.node)) continue;
        return other;
      }
      return null;
    }

    return {
      CallExpression(node) {
        const combinator = isCombinator(node);
        if (combinator) checkCombinator(node, combinator);
        else if (isMethodCall(node, ['forEach'])) checkForEach(node);
        recordOperation(node);
      },
      TaggedTemplateExpression: recordOperation,
      'Program:exit': checkUnawaited,
    };
  },
});

function transparentParentType(node: TSESTree.Node): string | undefined {
  return outermostTransparent(node).parent?.type;
}

/** A loop between `node` and its function: the statement runs again while its promise may still run. */
function inLoop(node: TSESTree.Node, fn: TSESTree.Node | null): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        if (child === parent.body) return true;
        break;
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        if (child === parent.body) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** `a` and `b` sit in different branches of one `if`, `?:` or `switch`: they never both run. */
function exclusiveBranches(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const branchOf = new Map<TSESTree.Node, TSESTree.Node>();
  let child: TSESTree.Node = a;
  for (let parent = a.parent; parent; child = parent, parent = parent.parent) branchOf.set(parent, child);
  child = b;
  for (let parent = b.parent; parent; child = parent, parent = parent.parent) {
    const fromA = branchOf.get(parent);
    if (fromA === undefined) continue;
    if (fromA === child) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return fromA !== parent.test && child !== parent.test;
      case AST_NODE_TYPES.SwitchStatement:
        return fromA !== parent.discriminant && child !== parent.discriminant;
      default:
        return false;
    }
  }
  return false;
}
