import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, type FunctionNode } from './ast.js';

type Segment = TSESLint.CodePathSegment;

/**
 * Records where ESLint's code-path analysis is while a rule walks a file:
 * the segments current at any node, the node that starts each segment, and
 * the segments current where each function is created. ESLint 9+ no longer
 * exposes `codePath.currentSegments`, so a rule that needs flow answers
 * spreads `recorder.listeners` into its visitor.
 *
 * Segment graphs are complete only when their code path ends: ask flow
 * questions in `Program:exit`.
 */
export interface CodePathRecorder {
  readonly listeners: TSESLint.RuleListener;
  /** The segments current now, in the innermost code path. */
  currentSegments(): readonly Segment[];
  /** The segment that starts when traversal enters `node`: an `if` consequent, a `catch`, a loop body. */
  segmentStartingAt(node: TSESTree.Node): Segment | undefined;
  /** The outer segments current where function `fn` is defined. */
  segmentsAtDefinition(fn: FunctionNode): readonly Segment[];
}

export function createCodePathRecorder(): CodePathRecorder {
  const stack: Set<Segment>[] = [];
  const startingAt = new Map<TSESTree.Node, Segment>();
  const atDefinition = new Map<TSESTree.Node, readonly Segment[]>();

  const enter = (segment: Segment, node: TSESTree.Node): void => {
    stack.at(-1)?.add(segment);
    if (!startingAt.has(node)) startingAt.set(node, segment);
  };
  const leave = (segment: Segment): void => {
    stack.at(-1)?.delete(segment);
  };

  // The code-path hooks are not in typescript-eslint's RuleListener node map,
  // so they are typed loosely here and cast once.
  const listeners: Record<string, (...args: never[]) => void> = {
    onCodePathStart(_codePath: TSESLint.CodePath, node: TSESTree.Node) {
      atDefinition.set(node, [...(stack.at(-1) ?? [])]);
      stack.push(new Set());
    },
    onCodePathEnd() {
      stack.pop();
    },
    onCodePathSegmentStart: enter,
    onCodePathSegmentEnd: leave,
    onUnreachableCodePathSegmentStart: enter,
    onUnreachableCodePathSegmentEnd: leave,
  };

  return {
    listeners: listeners as TSESLint.RuleListener,
    currentSegments: () => [...(stack.at(-1) ?? [])],
    segmentStartingAt: (node) => startingAt.get(node),
    segmentsAtDefinition: (fn) => atDefinition.get(fn) ?? [],
  };
}

/**
 * Whether a segment in `targets` can be reached from `starts` by following
 * `nextSegments`, never entering a segment of `avoid`. Start segments count
 * as reached themselves.
 */
export function canReach(
  starts: Iterable<Segment>,
  targets: ReadonlySet<Segment>,
  avoid: ReadonlySet<Segment> = new Set(),
): boolean {
  const seen = new Set<Segment>();
  const queue = [...starts].filter((segment) => !avoid.has(segment));
  while (queue.length > 0) {
    const segment = queue.pop() as Segment;
    if (seen.has(segment)) continue;
    seen.add(segment);
    if (targets.has(segment)) return true;
    for (const next of segment.nextSegments) {
      if (!avoid.has(next) && !seen.has(next)) queue.push(next);
    }
  }
  return false;
}

/**
 * Whether every path from the start of the code path to `target` passes
 * through `dominator`: walking back from `target` without crossing
 * `dominator` never reaches the initial segment.
 */
export function dominates(dominator: Segment, target: Segment): boolean {
  if (dominator === target) return true;
  const seen = new Set<Segment>([dominator]);
  const queue = [target];
  while (queue.length > 0) {
    const segment = queue.pop() as Segment;
    if (seen.has(segment)) continue;
    seen.add(segment);
    if (segment.prevSegments.length === 0) return false;
    queue.push(...segment.prevSegments);
  }
  return true;
}

/**
 * The segments at which `node` runs, seen from the code path of `scope`:
 * when `node` sits in a function nested inside `scope`, the segments where
 * the outermost such function is defined. Null when `node` is not inside
 * `scope` at all.
 */
export function segmentsSeenFrom(
  recorder: CodePathRecorder,
  node: TSESTree.Node,
  nodeSegments: readonly Segment[],
  scope: FunctionNode | null,
): readonly Segment[] | null {
  if (scope && !contains(scope, node)) return null;
  let segments = nodeSegments;
  for (let fn = enclosingFunction(node); fn && fn !== scope; fn = enclosingFunction(fn)) {
    segments = recorder.segmentsAtDefinition(fn);
  }
  return segments;
}
