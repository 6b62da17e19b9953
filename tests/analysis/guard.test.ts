import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, type FunctionNode } from '../../src/analysis/ast.js';
import { canReach, createCodePathRecorder, dominates, segmentsSeenFrom } from '../../src/analysis/code-path.js';
import { findGuardSites, isGuardedBy, type CheckShape } from '../../src/analysis/guard.js';
import { mergeListeners } from '../../src/analysis/listeners.js';
import { untypedRuleTester } from '../rule-tester.js';

type Segment = TSESLint.CodePathSegment;

/** The check functions of the guard probe, by the shape of their result. */
const CHECK_SHAPES: Readonly<Record<string, CheckShape>> = {
  /** `existsSync`: returns false when absent. */
  check: { throws: false, promise: false },
  /** fs-extra `pathExists`: resolves false when absent. */
  checkAsync: { throws: false, promise: true },
  /** `accessSync`: throws when absent. */
  checkThrows: { throws: true, promise: false },
  /** `fsp.access`: rejects when absent. */
  checkRejects: { throws: true, promise: true },
};

interface Recorded {
  readonly node: TSESTree.CallExpression;
  readonly segments: readonly Segment[];
}

/**
 * Probe for guard.ts: records the calls `check(p)` (and the other names of
 * CHECK_SHAPES) and `use(p)`, and reports on every use, in `Program:exit`,
 * which checks before it guard it: `guarded by line N (kind)`, or `not guarded`.
 */
const guardProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { guard: '{{text}}' },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const recorder = createCodePathRecorder();
    const checks: (Recorded & { readonly shape: CheckShape })[] = [];
    const uses: Recorded[] = [];

    return mergeListeners(recorder.listeners, {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier) return;
        const shape = CHECK_SHAPES[node.callee.name];
        if (shape) checks.push({ node, segments: recorder.currentSegments(), shape });
        if (node.callee.name === 'use') uses.push({ node, segments: recorder.currentSegments() });
      },
      'Program:exit'() {
        for (const use of uses) {
          const guards: string[] = [];
          for (const check of checks) {
            if (check.node.range[1] > use.node.range[0] && !contains(check.node, use.node)) continue;
            for (const site of findGuardSites(check.node, sourceCode, check.shape)) {
              if (isGuardedBy(site, use.node, use.segments, recorder, check.segments, check.node)) {
                guards.push(`line ${check.node.loc.start.line} (${site.kind})`);
              }
            }
          }
          const text = guards.length > 0 ? `guarded by ${guards.join(', ')}` : 'not guarded';
          context.report({ node: use.node, messageId: 'guard', data: { text } });
        }
      },
    });
  },
});

interface Mark extends Recorded {
  readonly name: string;
  readonly fn: FunctionNode | null;
}

/**
 * Probe for code-path.ts: `mark('x')` statements. On every mark, in source
 * order, reports `x: after [..]; dominated by [..]`: the marks whose code can
 * run before it on some path (`canReach`), and the earlier marks that every
 * path to it passes (`dominates`). Marks in nested functions are seen from
 * the other mark's function where that function is defined (`segmentsSeenFrom`).
 */
const pathProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { path: '{{text}}' },
  },
  defaultOptions: [],
  create(context) {
    const recorder = createCodePathRecorder();
    const marks: Mark[] = [];

    /** Where `mark` runs, seen from the code path of `from`; null when it is not inside `from`'s function. */
    function seenFrom(mark: Mark, from: Mark): readonly Segment[] | null {
      return segmentsSeenFrom(recorder, mark.node, mark.segments, from.fn);
    }

    /** `target` can run after `source` has run. */
    function runsAfter(source: Mark, target: Mark): boolean {
      const seen = seenFrom(target, source);
      if (!seen || seen.length === 0) return false;
      const targets = new Set(seen);
      const sameSegmentLater = source.segments.some((s) => targets.has(s)) && target.node.range[0] > source.node.range[1];
      return sameSegmentLater || canReach(source.segments.flatMap((s) => s.nextSegments), targets);
    }

    /** Every path to `target` passes `dominator`. */
    function isDominatedBy(target: Mark, dominator: Mark): boolean {
      const seen = seenFrom(target, dominator);
      if (!seen || seen.length === 0) return false;
      return seen.every((t) => dominator.segments.some((d) => dominates(d, t)));
    }

    return mergeListeners(recorder.listeners, {
      CallExpression(node) {
        const [label] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'mark') return;
        if (label?.type !== AST_NODE_TYPES.Literal || typeof label.value !== 'string') return;
        marks.push({ node, name: label.value, segments: recorder.currentSegments(), fn: enclosingFunction(node) });
      },
      'Program:exit'() {
        for (const target of marks) {
          const after = marks.filter((source) => source !== target && runsAfter(source, target)).map((m) => m.name);
          const dominators = marks
            .filter((d) => d.node.range[1] < target.node.range[0] && isDominatedBy(target, d))
            .map((m) => m.name);
          const text = `${target.name}: after [${after.join(', ')}]; dominated by [${dominators.join(', ')}]`;
          context.report({ node: target.node, messageId: 'path', data: { text } });
        }
      },
    });
  },
});

function guards(code: string, ...texts: string[]): InvalidTestCase<'guard', []> {
  return { code, errors: texts.map((text) => ({ messageId: 'guard' as const, data: { text } })) };
}

function paths(code: string, ...texts: string[]): InvalidTestCase<'path', []> {
  return { code, errors: texts.map((text) => ({ messageId: 'path' as const, data: { text } })) };
}

const NOT = 'not guarded';

untypedRuleTester().run('findGuardSites + isGuardedBy', guardProbe, {
  valid: [],
  invalid: [
    // Branches of an `if`
    guards(
      `if (check(p)) {
  use(p);
}
use(p);`,
      'guarded by line 1 (branch)',
      NOT,
    ),
    guards(
      `if (!check(p)) {
  if (ready) {
    for (const x of xs) use(p);
  }
}`,
      'guarded by line 1 (branch)',
    ),
    guards(
      `if (check(p)) {
  log(p);
} else {
  use(p);
}`,
      'guarded by line 1 (branch)',
    ),
    guards(
      `if (check(p)) log(p);
use(p);`,
      NOT,
    ),
    guards(
      `if (check(p)) {
  if (ready) return;
}
use(p);`,
      // Reached whether or not the check passed.
      NOT,
    ),

    // Early exits
    guards(
      `export function f(p: string) {
  if (check(p)) return;
  use(p);
}`,
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(p: string) {
  if (!check(p)) {
    log(p);
    throw new Error('missing');
  }
  use(p);
}`,
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(p: string) {
  if (check(p)) {
    log(p);
  } else return;
  use(p);
}`,
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(ps: string[]) {
  for (const p of ps) {
    if (check(p)) continue;
    use(p);
  }
}`,
      'guarded by line 3 (branch)',
    ),
    guards(
      `export function f(ps: string[]) {
  for (const p of ps) {
    if (check(p)) log(p);
    use(p);
  }
}`,
      NOT,
    ),
    guards(
      `export function f(ps: string[]) {
  for (const p of ps) {
    if (!check(p)) break;
    use(p);
  }
  use(p);
}`,
      'guarded by line 3 (branch)',
      NOT,
    ),

    // Loops whose test is the check
    guards(
      `export function f(p: string) {
  while (!check(p)) {
    use(p);
  }
  use(p);
}`,
      'guarded by line 2 (branch)',
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(p: string) {
  for (let i = 0; check(p); i++) use(p);
}`,
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(p: string) {
  do {
    wait();
  } while (check(p));
  use(p);
}`,
      'guarded by line 4 (branch)',
    ),

    // Logical operators, ternaries, conversions
    guards(
      `check(p) && use(p);
check(p) || use(p);
!check(p) && use(p);
check(p) ?? use(p);`,
      'guarded by line 1 (branch)',
      'guarded by line 2 (branch)',
      'guarded by line 3 (branch)',
      'guarded by line 4 (branch)',
    ),
    guards(
      `if (check(p) && ready) use(p);
if (ready && check(p)) use(p);
if (ready || check(p)) use(p);
if (check(p) || ready) use(p);`,
      // Two sites: the \`&&\` (whose right side runs on one outcome) and the \`if\` testing the whole.
      'guarded by line 1 (branch), line 1 (branch)',
      'guarded by line 2 (branch)',
      // The \`if\` tests a value derived from the check: the use runs on one outcome
      // of the whole test, though \`ready\` alone can lead to it.
      'guarded by line 3 (branch)',
      'guarded by line 4 (branch)',
    ),
    guards(
      `const a = check(p) ? use(p) : null;
const b = check(p) ? null : use(p);`,
      'guarded by line 1 (branch)',
      'guarded by line 2 (branch)',
    ),
    guards(
      `if (Boolean(check(p))) use(p);
if (check(p) === false) use(p);
if (String(check(p))) use(p);`,
      'guarded by line 1 (branch)',
      'guarded by line 2 (branch)',
      // Only \`Boolean()\`, \`!\` and comparisons pass the result on.
      NOT,
    ),
    guards(
      `export async function f(p: string) {
  if (await checkAsync(p)) use(p);
  if (!(await checkAsync(p))) return;
  use(p);
}`,
      'guarded by line 2 (branch)',
      'guarded by line 3 (branch)',
    ),

    // Variables holding the result
    guards(
      `export function f(p: string) {
  const exists = check(p);
  log(exists);
  if (!exists) use(p);
  const again = exists;
  if (again) return;
  use(p);
}`,
      'guarded by line 2 (branch)',
      'guarded by line 2 (branch)',
    ),
    guards(
      `export function f(p: string) {
  const exists = check(p);
  use(p);
  let changed = check(p);
  changed = true;
  if (changed) use(p);
  const seen = check(p);
  if (seen) log(p);
  use(p);
}`,
      NOT,
      NOT,
      NOT,
    ),

    // try/catch around a throwing check
    guards(
      `try {
  checkThrows(p);
  use(p);
} catch {
  use(p);
}
use(p);`,
      'guarded by line 2 (catch)',
      'guarded by line 2 (catch)',
      NOT,
    ),
    guards(
      `try {
  checkThrows(p);
} catch (error) {
  log(error);
}
use(p);`,
      // The \`catch\` swallows the failure: the use runs either way.
      NOT,
    ),
    guards(
      `export function f(p: string) {
  try {
    checkThrows(p);
  } catch {
    return;
  }
  use(p);
}`,
      'guarded by line 3 (catch)',
    ),
    guards(
      `try {
  checkThrows(p);
} finally {
  use(p);
}`,
      NOT,
    ),
    guards(
      `try {
  run(() => checkThrows(p));
} catch {
  use(p);
}`,
      // The check throws in another function: this \`try\` may not see it.
      NOT,
    ),
    guards(
      `export async function f(p: string) {
  try {
    await checkRejects(p);
  } catch {
    use(p);
  }
  try {
    checkRejects(p);
  } catch {
    use(p);
  }
}`,
      'guarded by line 3 (catch)',
      // A promise that is not awaited rejects outside the \`try\`.
      NOT,
    ),
    guards(
      `try {
  check(p);
} catch {
  use(p);
}`,
      // A boolean check does not throw when the path is absent.
      NOT,
    ),

    // Callbacks and promise handlers
    guards(
      `check(p, (error, exists) => {
  use(p);
});
use(p);`,
      'guarded by line 1 (callback)',
      NOT,
    ),
    guards(
      `checkRejects(p).then(
  () => use(p),
  () => use(p),
);
checkRejects(p).catch(() => use(p));
checkAsync(p).then((exists) => {
  if (!exists) use(p);
});`,
      'guarded by line 1 (callback)',
      'guarded by line 1 (callback)',
      'guarded by line 5 (callback)',
      'guarded by line 6 (callback)',
    ),
    guards(
      `export function f(p: string) {
  if (!check(p)) {
    setTimeout(() => use(p), 10);
    queue.push(function later() {
      use(p);
    });
  }
  const fn = () => use(p);
}`,
      // Functions defined in the guarded branch run after the check saw the outcome.
      'guarded by line 2 (branch)',
      'guarded by line 2 (branch)',
      NOT,
    ),
    guards(
      `export function f(p: string) {
  if (check(p)) return;
  const later = () => use(p);
}`,
      'guarded by line 2 (branch)',
    ),

    guards(
      `checkRejects(p).finally(() => use(p));
checkRejects(p)
  .finally(() => log(p))
  .catch(() => use(p));`,
      // A \`finally\` handler runs on both outcomes; a handler later in the chain still sees the result.
      NOT,
      'guarded by line 2 (callback)',
    ),
    guards(
      `export function f(p: string) {
  if (check(p)) return;
  function later() {
    use(p);
  }
}`,
      // A function declaration is seen where its statement is, though it is hoisted.
      'guarded by line 2 (branch)',
    ),

    // Tests the analysis does not follow
    guards(
      `switch (check(p)) {
  case false:
    use(p);
}
if (check(p)) {
}
use(p);
const list = [check(p)];
if (list[0]) use(p);`,
      NOT,
      NOT,
      NOT,
    ),

    // Different functions
    guards(
      `function a(p: string) {
  if (check(p)) return;
}
function b(p: string) {
  use(p);
}`,
      NOT,
    ),
    guards(
      `export function f(p: string) {
  const ok = () => check(p);
  if (ok()) use(p);
}`,
      NOT,
    ),
  ],
});

untypedRuleTester().run('code paths: canReach, dominates, segmentsSeenFrom', pathProbe, {
  valid: [],
  invalid: [
    paths(
      `mark('a');
mark('b');`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by [a]',
    ),
    paths(
      `mark('a');
if (x) {
  mark('b');
} else {
  mark('c');
}
mark('d');`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by [a]',
      'c: after [a]; dominated by [a]',
      'd: after [a, b, c]; dominated by [a]',
    ),
    paths(
      `export function f(x: boolean) {
  mark('a');
  if (x) {
    mark('b');
    return;
  }
  mark('c');
}`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by [a]',
      'c: after [a]; dominated by [a]',
    ),
    paths(
      `export function f(x: boolean) {
  if (x) mark('a');
  mark('b');
  if (x) throw new Error();
  mark('c');
}`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by []',
      'c: after [a, b]; dominated by [b]',
    ),
    paths(
      `mark('a');
while (x) {
  mark('b');
  if (y) continue;
  mark('c');
}
mark('d');`,
      'a: after []; dominated by []',
      // The loop comes back: b runs after c (and after itself, which is not listed).
      'b: after [a, c]; dominated by [a]',
      'c: after [a, b]; dominated by [a, b]',
      'd: after [a, b, c]; dominated by [a]',
    ),
    paths(
      `try {
  mark('a');
  risky();
  mark('b');
} catch {
  mark('c');
} finally {
  mark('d');
}`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by [a]',
      // The catch is entered from the segment of a (where a, or anything after it, threw).
      'c: after [a, b]; dominated by [a]',
      'd: after [a, b, c]; dominated by [a]',
    ),
    paths(
      `x && mark('a');
x ? mark('b') : mark('c');
mark('d');`,
      'a: after []; dominated by []',
      'b: after [a]; dominated by []',
      'c: after [a]; dominated by []',
      'd: after [a, b, c]; dominated by []',
    ),
    paths(
      `mark('a');
if (x) {
  const cb = () => mark('b');
}
function g() {
  mark('c');
}
mark('d');`,
      // A nested function is seen where it is defined (a declaration: where its statement is);
      // code outside a function is not seen from inside it.
      'a: after []; dominated by []',
      'b: after [a]; dominated by [a]',
      'c: after [a]; dominated by [a]',
      'd: after [a]; dominated by [a]',
    ),
    paths(
      `function one() {
  mark('a');
}
function two() {
  mark('b');
}`,
      // Different functions: neither is inside the other.
      'a: after []; dominated by []',
      'b: after []; dominated by []',
    ),
  ],
});
