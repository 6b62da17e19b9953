import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, skipTransparent } from './ast.js';
import { canReach, segmentsSeenFrom, type CodePathRecorder } from './code-path.js';
import type { GuardSite } from './guard.js';

type Segment = TSESLint.CodePathSegment;

/**
 * Which outcome of a guard `target` runs on, once `isGuardedBy` said it runs
 * on exactly one: `branch` (the branch of a `branch` site, the `catch` of a
 * `catch` site) or `other` (the other outcome: after an early exit, the
 * `else`, the code after a `try` that did not throw). Null for callback sites
 * and when reachability does not single out one outcome.
 */
export function guardOutcome(
  site: GuardSite,
  target: TSESTree.Node,
  targetSegments: readonly Segment[],
  recorder: CodePathRecorder,
  checkSegments: readonly Segment[],
  check: TSESTree.Node,
): 'branch' | 'other' | null {
  if (site.kind === 'callback') return null;
  const anchor = site.kind === 'branch' ? site.test : site.handler;
  const seen = segmentsSeenFrom(recorder, target, targetSegments, enclosingFunction(anchor));
  if (!seen || seen.length === 0) return null;
  const targets = new Set(seen);
  if (site.kind === 'branch') {
    const branchStart = recorder.segmentStartingAt(site.branch);
    if (!branchStart) return null;
    const testEnd = new Set(branchStart.prevSegments);
    const otherStarts = [...testEnd].flatMap((segment) => segment.nextSegments).filter((s) => s !== branchStart);
    const throughBranch = canReach([branchStart], targets, testEnd);
    const throughOther = canReach(otherStarts, targets, new Set([...testEnd, branchStart]));
    if (throughBranch === throughOther) return null;
    return throughBranch ? 'branch' : 'other';
  }
  const handlerStart = recorder.segmentStartingAt(site.handler);
  if (!handlerStart) return null;
  const throughCatch = canReach([handlerStart], targets, new Set(checkSegments));
  const sameSegmentAfterCheck = checkSegments.some((s) => targets.has(s)) && target.range[0] >= check.range[1];
  const afterCheck =
    sameSegmentAfterCheck ||
    canReach(
      checkSegments.flatMap((segment) => segment.nextSegments),
      targets,
      new Set([handlerStart]),
    );
  if (throughCatch === afterCheck) return null;
  return throughCatch ? 'branch' : 'other';
}

/** What a check's value says when nothing was found. */
export type AbsentValue = 'nullish' | 'zero' | 'false';

/**
 * Whether the test of a `branch` site is truthy when the checked thing is
 * absent (`!found`, `found === null`, `count === 0`), falsy (`found`,
 * `count !== 0`), or neither can be said (null). `absent` lists the values
 * the check gives when nothing was found.
 */
export function testTruthyWhenAbsent(test: TSESTree.Node, absent: readonly AbsentValue[]): boolean | null {
  let node = skipTransparent(test);
  let negated = false;
  for (;;) {
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
        node = skipTransparent(node.argument);
        continue;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator !== '!') return null;
        negated = !negated;
        node = skipTransparent(node.argument);
        continue;
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Boolean' && node.arguments[0]) {
          node = skipTransparent(node.arguments[0]);
          continue;
        }
        // The check call itself: truthy when found.
        return negated;
      case AST_NODE_TYPES.BinaryExpression: {
        const equalsAbsent = comparesWithAbsent(node, absent);
        if (equalsAbsent === null) return null;
        return equalsAbsent !== negated;
      }
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.MemberExpression:
        return negated;
      default:
        return null;
    }
  }
}

/**
 * `x === null` / `x == undefined` / `count === 0` / `x === false`: true when
 * the comparison holds exactly when absent, false for its negation (`!==`),
 * null when it compares with something else.
 */
function comparesWithAbsent(node: TSESTree.BinaryExpression, absent: readonly AbsentValue[]): boolean | null {
  if (!['==', '===', '!=', '!=='].includes(node.operator)) return null;
  const constant = [node.left, node.right].map((side) => absentConstant(skipTransparent(side)));
  const kind = constant[0] ?? constant[1];
  if (!kind || (constant[0] && constant[1])) return null;
  if (!absent.includes(kind)) return null;
  return node.operator === '==' || node.operator === '===';
}

function absentConstant(node: TSESTree.Node): AbsentValue | null {
  if (node.type === AST_NODE_TYPES.Literal) {
    if (node.value === null && node.raw === 'null') return 'nullish';
    if (node.value === 0) return 'zero';
    if (node.value === false) return 'false';
    return null;
  }
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return 'nullish';
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void') return 'nullish';
  return null;
}
