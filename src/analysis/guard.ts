import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  contains,
  enclosingFunction,
  isFunction,
  isMethodCall,
  outermostTransparent,
  transparentParent,
  type FunctionNode,
} from './ast.js';
import type { CodePathRecorder } from './code-path.js';
import { guardOutcome } from './guard-outcome.js';

type Segment = TSESLint.CodePathSegment;

/**
 * A place where the result of a check decides what runs next:
 * - `branch`: the check (or a value derived from it) is the test of an `if`,
 *   `?:`, `&&`/`||`/`??` or loop, and `branch` is the code that runs on one outcome;
 * - `catch`: a throwing check inside `try`, whose `catch` runs when the path is absent;
 * - `callback`: a function that receives the check's result (its callback, or
 *   a `.then`/`.catch` handler of its promise).
 */
export type GuardSite =
  | { readonly kind: 'branch'; readonly test: TSESTree.Node; readonly branch: TSESTree.Node }
  | { readonly kind: 'catch'; readonly handler: TSESTree.CatchClause }
  | { readonly kind: 'callback'; readonly fn: FunctionNode };

export interface CheckShape {
  /** The check throws, rejects or passes an error when the path is absent. */
  readonly throws: boolean;
  /** The check returns a promise: a `try` only sees its rejection when it is awaited. */
  readonly promise: boolean;
}

/**
 * Every guard site of a check call: follows its value through `await`, `!`,
 * comparisons, `Boolean()`, `.catch()`/`.then()`, logical operators and
 * `const` variables to the tests that branch on it.
 */
export function findGuardSites(
  check: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  shape: CheckShape,
): GuardSite[] {
  const sites: GuardSite[] = [];
  const callback = check.arguments.at(-1);
  if (isFunction(callback)) sites.push({ kind: 'callback', fn: callback });
  followValue(check, sourceCode, sites, 0);
  if (shape.throws) {
    const handler = catchingHandler(check, shape.promise);
    if (handler) sites.push({ kind: 'catch', handler });
  }
  return sites;
}

const MAX_VARIABLE_HOPS = 3;

function followValue(
  start: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  sites: GuardSite[],
  hops: number,
): void {
  let value: TSESTree.Node = start;
  for (;;) {
    const parent = transparentParent(value);
    if (!parent) return;
    switch (parent.type) {
      case AST_NODE_TYPES.AwaitExpression:
        value = parent;
        continue;
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator !== '!') return;
        value = parent;
        continue;
      case AST_NODE_TYPES.BinaryExpression:
        if (!['==', '===', '!=', '!=='].includes(parent.operator)) return;
        value = parent;
        continue;
      case AST_NODE_TYPES.MemberExpression: {
        // `check(p).then(onFound, onMissing)` / `.catch(onMissing)`: handlers see the result.
        // A `.finally` handler runs on both outcomes; the chain goes on through it.
        const call = parent.parent;
        if (parent.object !== outermostTransparent(value) || !isMethodCall(call, ['then', 'catch', 'finally'])) return;
        if (isMethodCall(call, ['then', 'catch'])) {
          for (const argument of call.arguments) {
            if (isFunction(argument)) sites.push({ kind: 'callback', fn: argument });
          }
        }
        value = call;
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
        if (!isBooleanCall(parent, value)) return;
        value = parent;
        continue;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left === outermostTransparent(value)) sites.push({ kind: 'branch', test: parent.left, branch: parent.right });
        value = parent;
        continue;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === outermostTransparent(value)) {
          sites.push({ kind: 'branch', test: parent.test, branch: parent.consequent });
        }
        return;
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.test === outermostTransparent(value)) sites.push({ kind: 'branch', test: parent.test, branch: parent.body });
        return;
      case AST_NODE_TYPES.VariableDeclarator:
        if (hops < MAX_VARIABLE_HOPS && parent.init === outermostTransparent(value)) {
          followVariable(parent, sourceCode, sites, hops + 1);
        }
        return;
      default:
        return;
    }
  }
}

/** `const exists = existsSync(p)`: every read of a never-reassigned `exists` is a use of the check. */
function followVariable(
  declarator: TSESTree.VariableDeclarator,
  sourceCode: Readonly<TSESLint.SourceCode>,
  sites: GuardSite[],
  hops: number,
): void {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return;
  const variable = ASTUtils.findVariable(sourceCode.getScope(declarator), declarator.id);
  if (!variable) return;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.length !== 1 || writes[0]?.identifier !== declarator.id) return;
  for (const reference of variable.references) {
    if (reference.isRead()) followValue(reference.identifier as TSESTree.Node, sourceCode, sites, hops);
  }
}

function isBooleanCall(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  return (
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'Boolean' &&
    call.arguments[0] === outermostTransparent(argument)
  );
}

/**
 * The `catch` clause that runs when a throwing check fails: the check is in
 * the `try` block of the same function, and a promise check is awaited there.
 */
function catchingHandler(check: TSESTree.CallExpression, promise: boolean): TSESTree.CatchClause | null {
  if (promise && transparentParent(check)?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const fn = enclosingFunction(check);
  for (let node: TSESTree.Node = check; node.parent && node !== fn; node = node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (isFunction(parent)) return null;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === node && parent.handler) {
      return parent.handler;
    }
  }
  return null;
}

/**
 * Whether the code at `target` runs on one outcome of the guard and not on
 * the other. `targetSegments` are the segments current at `target`.
 *
 * For a branch: `target` is reachable through the branch, or through the other
 * outcome, but not both (so `if (exists) return; write()` guards the write,
 * while `if (exists) log(); write()` does not). Paths that come back to the
 * test (a loop) are cut there: they start a new check.
 */
export function isGuardedBy(
  site: GuardSite,
  target: TSESTree.Node,
  targetSegments: readonly Segment[],
  recorder: CodePathRecorder,
  checkSegments: readonly Segment[],
  check: TSESTree.Node,
): boolean {
  if (site.kind === 'callback') return contains(site.fn.body, target);
  // Guarded: reachability singles out one outcome of the guard for the target.
  return guardOutcome(site, target, targetSegments, recorder, checkSegments, check) !== null;
}

