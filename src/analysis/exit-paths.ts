import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { childNodes, contains, isFunction, outermostTransparent, skipTransparent, type FunctionNode } from './ast.js';

/**
 * "Is this handle given back on every exit path after it was taken, including
 * throws?" — the question behind `require-client-release` (a pooled connection
 * must be released) and `require-transaction-rollback` (an open transaction
 * must be committed or rolled back).
 *
 * The answer is a structured walk of the function's statements in evaluation
 * order, tracking one bit — "the handle may be held here" — and following each
 * exit to where it really goes: a `throw` or a rejected `await` to the nearest
 * enclosing `catch`, everything through the `finally` blocks it crosses, a
 * `break`/`continue` to its loop, and only what leaves the function is an exit.
 *
 * Why not ESLint's code-path analysis: it does not model an `await` as a
 * place that can throw, and inside a `try` it forks a path to the `catch` only
 * at the first throwable node, so it cannot tell "this await rejects after the
 * acquire but before the release" apart from "it rejects before the acquire".
 * Structured statements give those edges directly, and the walk stays linear
 * (loops and `finally` blocks are walked at most twice per entry state).
 *
 * Documented choices (DESIGN §2):
 * - exits are `await` (and `for await`), `throw`, `return`, `yield`, `break`/
 *   `continue` out of a protected block, and the end of the function; a plain
 *   synchronous call is not an exit, so a `catch` reached only by synchronous
 *   throws starts with the handle not held; `await Promise.allSettled(…)` never
 *   rejects;
 * - a loop body that takes the handle and still holds it when the iteration
 *   ends (or `continue`s) loses it there: the next iteration takes another;
 * - a `catch` or `finally` clause that gives the handle back anywhere (even under
 *   a condition such as `if (!committed)`) is trusted to do so on all its paths;
 * - `if (handle)`, `handle && …`, `handle != null`, `handle?.close()` narrow:
 *   where the handle variable is empty, nothing is held;
 * - a `using`/`await using` declaration of the handle, or one whose initializer
 *   gives it back, protects the rest of its block like a `finally`;
 * - nested functions are not entered: what they do happens at another time.
 */

/** Where control leaves the code that holds the handle. */
export type ExitKind = 'await' | 'continue' | 'end' | 'for-await' | 'loop' | 'return' | 'throw' | 'yield';

export interface Exit {
  readonly kind: ExitKind;
  /**
   * The `await`, `throw`, `return`, `yield`, `for await` statement; for `end`, the function body.
   * A handle taken inside a loop body is lost when the iteration ends (`loop`: the body) or
   * `continue`s while it is still held: the next iteration takes a new one.
   */
  readonly node: TSESTree.Node;
  /** The line where control leaves: for `end`, the line of the closing brace. */
  readonly line: number;
}

/** A `throw` or a rejection: exits a `catch` can see. */
export function isThrowLike(kind: ExitKind): boolean {
  return kind === 'await' || kind === 'throw' || kind === 'for-await';
}

/** How an exit reads in a message: "… when {{exit}} on line {{line}}". */
export const EXIT_PHRASES: Readonly<Record<ExitKind, string>> = Object.freeze({
  await: 'the `await` rejects',
  'for-await': 'the `for await` loop rejects',
  throw: 'the `throw` runs',
  return: 'the function returns',
  yield: 'the generator is left at a `yield`',
  end: 'the function ends',
  continue: '`continue` starts the next iteration',
  loop: 'the loop body ends',
});

function exitPosition(exit: Exit): number {
  return exit.kind === 'end' || exit.kind === 'loop' ? exit.node.range[1] : exit.node.range[0];
}

/** A handle the walk tracks: taken at `start`, given back by the calls `isClose` accepts. */
export interface HeldHandle {
  /** The handle is held once this node has been evaluated (e.g. the `await pool.connect()`). */
  readonly start: TSESTree.Node;
  /** Whether this call gives the handle back (a release, commit or rollback of the same handle). */
  isClose(call: TSESTree.CallExpression): boolean;
  /** An `await` whose rejection leaves nothing to give back (a lazy checkout: `await queryRunner.connect()`). */
  isSafeAwait?(node: TSESTree.AwaitExpression): boolean;
  /** The variable holding the handle, for narrowing on `if (client)`; null when the handle is not a variable. */
  readonly variable: TSESLint.Scope.Variable | null;
}

/**
 * The first exit (in source order) that leaves the function of `handle.start`
 * while the handle may still be held, or null when every exit gives it back.
 * `root` is the function to walk (the innermost one around `start`), or the
 * `Program` for module-level code. Returns null as well when the function is
 * too large to walk within the budget: silence, never a guess.
 */
export function findLeakingExit(
  root: FunctionNode | TSESTree.Program,
  handle: HeldHandle,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Exit | null {
  const walker = new ExitWalker(handle, sourceCode);
  try {
    walker.walkRoot(root);
  } catch (error) {
    if (error instanceof BudgetExceeded) return null;
    throw error;
  }
  return walker.firstLeak();
}

// ---------------------------------------------------------------------------

/** null: unreachable; true: the handle may be held; false: it is not. */
type State = boolean | null;

const join = (a: State, b: State): State => (a === null ? b : b === null ? a : a || b);

type Jump = { readonly kind: 'jump'; readonly jump: 'break' | 'continue'; readonly node: TSESTree.Node; readonly label: string | null };
type Event = { readonly kind: Exclude<ExitKind, 'continue' | 'loop'>; readonly node: TSESTree.Node } | Jump;

interface Pending {
  readonly event: Event;
  readonly state: boolean;
}

type Frame =
  /** The block of a `try` (or the rest of a block after a protecting `using`). */
  | { readonly kind: 'try'; readonly catches: boolean; thrown: State; readonly pending: Pending[] | null }
  /** The `catch` of a `try` that has a `finally`: everything leaving it runs the `finally` first. */
  | { readonly kind: 'catch'; readonly pending: Pending[] }
  /** A loop, `switch` or labelled statement: where `break` and `continue` go. */
  | {
      readonly kind: 'target';
      readonly labels: readonly string[];
      readonly loop: boolean;
      readonly unlabeledBreak: boolean;
      breaks: State;
      continues: State;
      readonly continueEvents: Pending[];
    };

class BudgetExceeded extends Error {}

/** Node visits per walk before giving up (a pathological nesting of loops and `finally` blocks). */
const BUDGET = 200_000;

type StatementLike = TSESTree.Node;

class ExitWalker {
  private readonly frames: Frame[] = [];
  private readonly leaks: Exit[] = [];
  private steps = 0;
  private readonly closing = new WeakMap<TSESTree.Node, boolean>();

  constructor(
    private readonly handle: HeldHandle,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
  ) {}

  firstLeak(): Exit | null {
    let first: Exit | null = null;
    for (const leak of this.leaks) {
      if (!first || exitPosition(leak) < exitPosition(first)) first = leak;
    }
    return first;
  }

  walkRoot(root: FunctionNode | TSESTree.Program): void {
    let end: State;
    if (root.type === AST_NODE_TYPES.Program) {
      end = this.list(root.body, false);
    } else if (root.body.type === AST_NODE_TYPES.BlockStatement) {
      end = this.list(root.body.body, false);
    } else {
      end = this.expression(root.body, false);
    }
    if (end === true) {
      const node = root.type === AST_NODE_TYPES.Program ? root : root.body;
      this.leaks.push({ kind: 'end', node, line: node.loc.end.line });
    }
  }

  private tick(): void {
    this.steps += 1;
    if (this.steps > BUDGET) throw new BudgetExceeded();
  }

  // --- exits --------------------------------------------------------------

  private dispatch(event: Event, state: State, from = this.frames.length - 1): void {
    if (state === null) return;
    for (let index = from; index >= 0; index -= 1) {
      const frame = this.frames[index] as Frame;
      if (frame.kind === 'try') {
        if (frame.catches && event.kind !== 'jump' && isThrowLike(event.kind)) {
          frame.thrown = join(frame.thrown, state);
          return;
        }
        if (frame.pending) {
          frame.pending.push({ event, state });
          return;
        }
      } else if (frame.kind === 'catch') {
        frame.pending.push({ event, state });
        return;
      } else if (event.kind === 'jump' && this.isTarget(frame, event)) {
        if (event.jump === 'break') {
          frame.breaks = join(frame.breaks, state);
        } else {
          frame.continues = join(frame.continues, state);
          frame.continueEvents.push({ event, state });
        }
        return;
      }
    }
    if (event.kind === 'jump' || !state) return;
    this.leaks.push({ kind: event.kind, node: event.node, line: event.node.loc.start.line });
  }

  private isTarget(frame: Frame & { kind: 'target' }, event: Jump): boolean {
    if (event.label !== null) return frame.labels.includes(event.label) && (event.jump === 'break' || frame.loop);
    return event.jump === 'break' ? frame.unlabeledBreak : frame.loop;
  }

  // --- statements ---------------------------------------------------------

  private list(statements: readonly StatementLike[], entry: State): State {
    let state = entry;
    for (let index = 0; index < statements.length; index += 1) {
      if (state === null) return null;
      const statement = statements[index] as StatementLike;
      if (this.isProtectingUsing(statement)) {
        const afterDeclaration = this.statement(statement, state);
        const rest = statements.slice(index + 1);
        return this.protectedByCloser(() => this.list(rest, afterDeclaration));
      }
      state = this.statement(statement, state);
    }
    return state;
  }

  private statement(node: StatementLike, entry: State, labels: readonly string[] = []): State {
    this.tick();
    if (entry === null) return null;
    switch (node.type) {
      case AST_NODE_TYPES.BlockStatement:
        return this.list(node.body, entry);
      case AST_NODE_TYPES.ExpressionStatement:
        return this.expression(node.expression, entry);
      case AST_NODE_TYPES.VariableDeclaration:
        return this.declaration(node, entry);
      case AST_NODE_TYPES.IfStatement: {
        const afterTest = this.expression(node.test, entry);
        const [whenTrue, whenFalse] = this.narrow(node.test, afterTest);
        const consequent = this.statement(node.consequent, whenTrue);
        const alternate = node.alternate ? this.statement(node.alternate, whenFalse) : whenFalse;
        return join(consequent, alternate);
      }
      case AST_NODE_TYPES.ReturnStatement: {
        const state = node.argument ? this.expression(node.argument, entry) : entry;
        this.dispatch({ kind: 'return', node }, state);
        return null;
      }
      case AST_NODE_TYPES.ThrowStatement: {
        const state = this.expression(node.argument, entry);
        this.dispatch({ kind: 'throw', node }, state);
        return null;
      }
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        this.dispatch(
          {
            kind: 'jump',
            jump: node.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue',
            node,
            label: node.label?.name ?? null,
          },
          entry,
        );
        return null;
      case AST_NODE_TYPES.LabeledStatement:
        return this.labeled(node, entry, labels);
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        return this.loop(node, entry, labels);
      case AST_NODE_TYPES.SwitchStatement:
        return this.switchStatement(node, entry, labels);
      case AST_NODE_TYPES.TryStatement:
        return this.tryStatement(node, entry);
      case AST_NODE_TYPES.ExportNamedDeclaration:
        return node.declaration ? this.statement(node.declaration, entry) : entry;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        return isExpressionNode(node.declaration) ? this.expression(node.declaration, entry) : entry;
      case AST_NODE_TYPES.WithStatement:
        return this.statement(node.body, this.expression(node.object, entry));
      default:
        // Declarations of functions, classes, types, imports, `;`, `debugger`: nothing runs now.
        return entry;
    }
  }

  private declaration(node: TSESTree.VariableDeclaration, entry: State): State {
    let state = entry;
    for (const declarator of node.declarations) {
      if (declarator.init) state = this.expression(declarator.init, state);
    }
    return state;
  }

  private labeled(node: TSESTree.LabeledStatement, entry: State, outer: readonly string[]): State {
    const labels = [...outer, node.label.name];
    const body = node.body;
    if (isLoop(body) || body.type === AST_NODE_TYPES.LabeledStatement || body.type === AST_NODE_TYPES.SwitchStatement) {
      return this.statement(body, entry, labels);
    }
    const frame = this.pushTarget(labels, false, false);
    const out = this.statement(body, entry);
    this.frames.pop();
    return join(out, frame.breaks);
  }

  private pushTarget(labels: readonly string[], loop: boolean, unlabeledBreak: boolean): Frame & { kind: 'target' } {
    const frame = {
      kind: 'target' as const,
      labels,
      loop,
      unlabeledBreak,
      breaks: null as State,
      continues: null as State,
      continueEvents: [] as Pending[],
    };
    this.frames.push(frame);
    return frame;
  }

  private loop(
    node:
      | TSESTree.DoWhileStatement
      | TSESTree.ForInStatement
      | TSESTree.ForOfStatement
      | TSESTree.ForStatement
      | TSESTree.WhileStatement,
    entry: State,
    labels: readonly string[],
  ): State {
    let head = entry;
    if (node.type === AST_NODE_TYPES.ForStatement && node.init) {
      head = isExpressionNode(node.init) ? this.expression(node.init, head) : this.statement(node.init, head);
    }
    if (node.type === AST_NODE_TYPES.ForInStatement || node.type === AST_NODE_TYPES.ForOfStatement) {
      head = this.expression(node.right, head);
    }
    const frame = this.pushTarget(labels, true, true);
    const perIteration = contains(node.body, this.handle.start);
    let exit: State = null;
    // The state is one bit: the loop reaches its fixed point by the second pass.
    for (let pass = 0; pass < 2; pass += 1) {
      let bodyEntry: State;
      let leaves: State;
      switch (node.type) {
        case AST_NODE_TYPES.DoWhileStatement:
          bodyEntry = head;
          leaves = null;
          break;
        case AST_NODE_TYPES.ForInStatement:
        case AST_NODE_TYPES.ForOfStatement:
          if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) this.dispatch({ kind: 'for-await', node }, head);
          bodyEntry = head;
          leaves = head;
          break;
        default: {
          const afterTest = node.test ? this.expression(node.test, head) : head;
          const [whenTrue, whenFalse] = node.test ? this.narrow(node.test, afterTest) : [afterTest, null];
          bodyEntry = whenTrue;
          leaves = node.test && !isAlwaysTrue(node.test) ? whenFalse : null;
        }
      }
      const bodyOut = this.statement(node.body, bodyEntry);
      let back = perIteration ? this.iterationEnd(node.body, bodyOut, frame) : join(bodyOut, frame.continues);
      if (node.type === AST_NODE_TYPES.DoWhileStatement) {
        const afterTest = this.expression(node.test, back);
        const [whenTrue, whenFalse] = this.narrow(node.test, afterTest);
        back = whenTrue;
        leaves = isAlwaysTrue(node.test) ? null : whenFalse;
      } else if (node.type === AST_NODE_TYPES.ForStatement && node.update) {
        back = this.expression(node.update, back);
      }
      exit = join(join(exit, leaves), frame.breaks);
      const next = join(head, back);
      if (next === head) break;
      head = next;
    }
    this.frames.pop();
    return exit;
  }

  /**
   * The end of an iteration of a loop whose body takes the handle: still held
   * there, it is lost (the next iteration takes another one). Reported there,
   * and not carried into the next iteration.
   */
  private iterationEnd(body: TSESTree.Node, bodyOut: State, frame: Frame & { kind: 'target' }): State {
    if (bodyOut === true) this.leaks.push({ kind: 'loop', node: body, line: body.loc.end.line });
    for (const { event, state } of frame.continueEvents) {
      if (state) this.leaks.push({ kind: 'continue', node: event.node, line: event.node.loc.start.line });
    }
    return join(bodyOut === null ? null : false, frame.continues === null ? null : false);
  }

  private switchStatement(node: TSESTree.SwitchStatement, entry: State, labels: readonly string[]): State {
    const afterDiscriminant = this.expression(node.discriminant, entry);
    const frame = this.pushTarget(labels, false, true);
    let fallthrough: State = null;
    let tests = afterDiscriminant;
    for (const switchCase of node.cases) {
      if (switchCase.test) tests = this.expression(switchCase.test, tests);
      fallthrough = this.list(switchCase.consequent, join(fallthrough, tests));
    }
    this.frames.pop();
    const noDefault = node.cases.every((switchCase) => switchCase.test !== null);
    return join(join(fallthrough, frame.breaks), noDefault ? tests : null);
  }

  private tryStatement(node: TSESTree.TryStatement, entry: State): State {
    const pending: Pending[] | null = node.finalizer ? [] : null;
    const tryFrame: Frame = { kind: 'try', catches: node.handler !== null, thrown: null, pending };
    this.frames.push(tryFrame);
    const blockOut = this.list(node.block.body, entry);
    this.frames.pop();

    let handlerOut: State = null;
    if (node.handler) {
      // A synchronous throw is no exit (DESIGN §2): it reaches the catch with nothing held.
      const catchEntry = join(tryFrame.thrown, false);
      const catchFrame: Frame | null = pending ? { kind: 'catch', pending } : null;
      if (catchFrame) this.frames.push(catchFrame);
      handlerOut = this.clause(node.handler.body, catchEntry);
      if (catchFrame) this.frames.pop();
    }
    if (!node.finalizer || !pending) return join(blockOut, handlerOut);

    const finalizer = node.finalizer;
    const afterFinally = new Map<boolean, State>();
    const runFinally = (state: boolean): State => {
      const known = afterFinally.get(state);
      if (known !== undefined) return known;
      const out = this.clause(finalizer, state);
      afterFinally.set(state, out);
      return out;
    };
    const normal = join(blockOut, handlerOut);
    const out = normal === null ? null : runFinally(normal);
    for (const { event, state } of pending) {
      const after = runFinally(state);
      if (after !== null) this.dispatch(event, after);
    }
    return out;
  }

  /**
   * A `catch` or `finally` clause: when it gives the handle back anywhere, it is
   * trusted to do so on every path (a conditional `if (!committed) rollback()`).
   */
  private clause(body: TSESTree.BlockStatement, entry: State): State {
    if (entry === null) return null;
    if (this.closesWithin(body)) {
      const out = this.list(body.body, false);
      return out === null ? null : false;
    }
    return this.list(body.body, entry);
  }

  /** The rest of a block after a protecting `using`: like a `try` whose `finally` gives the handle back. */
  private protectedByCloser(walk: () => State): State {
    const pending: Pending[] = [];
    this.frames.push({ kind: 'try', catches: false, thrown: null, pending });
    const out = walk();
    this.frames.pop();
    for (const { event } of pending) this.dispatch(event, false);
    return out === null ? null : false;
  }

  private isProtectingUsing(node: StatementLike): boolean {
    if (node.type !== AST_NODE_TYPES.VariableDeclaration) return false;
    if (node.kind !== 'using' && node.kind !== 'await using') return false;
    return contains(node, this.handle.start) || this.closesWithin(node);
  }

  /** Whether a close call of the handle is anywhere inside `node` (nested functions included). */
  private closesWithin(node: TSESTree.Node): boolean {
    const known = this.closing.get(node);
    if (known !== undefined) return known;
    let found = false;
    const visit = (current: TSESTree.Node): void => {
      if (found) return;
      this.tick();
      if (current.type === AST_NODE_TYPES.CallExpression && this.handle.isClose(current)) {
        found = true;
        return;
      }
      for (const child of childNodes(this.sourceCode, current)) visit(child);
    };
    visit(node);
    this.closing.set(node, found);
    return found;
  }

  // --- expressions --------------------------------------------------------

  /** Walks `node` in evaluation order; returns the state after it. */
  private expression(node: TSESTree.Node, entry: State): State {
    this.tick();
    if (entry === null) return null;
    const state = this.expressionInner(node, entry);
    return node === this.handle.start && state !== null ? true : state;
  }

  private expressionInner(node: TSESTree.Node, entry: State): State {
    switch (node.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        return entry;
      case AST_NODE_TYPES.AwaitExpression: {
        const state = this.expression(node.argument, entry);
        if (!this.handle.isSafeAwait?.(node) && !neverRejects(node.argument)) this.dispatch({ kind: 'await', node }, state);
        return state;
      }
      case AST_NODE_TYPES.YieldExpression: {
        const state = node.argument ? this.expression(node.argument, entry) : entry;
        this.dispatch({ kind: 'yield', node }, state);
        return state;
      }
      case AST_NODE_TYPES.CallExpression: {
        let state = this.expression(node.callee, entry);
        for (const argument of node.arguments) state = this.expression(argument, state);
        return this.handle.isClose(node) && state !== null ? false : state;
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = this.expression(node.left, entry);
        const [whenTrue, whenFalse] = this.narrow(node.left, left);
        if (node.operator === '&&') return join(whenFalse, this.expression(node.right, whenTrue));
        if (node.operator === '||') return join(whenTrue, this.expression(node.right, whenFalse));
        return join(left, this.expression(node.right, left));
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = this.expression(node.test, entry);
        const [whenTrue, whenFalse] = this.narrow(node.test, test);
        return join(this.expression(node.consequent, whenTrue), this.expression(node.alternate, whenFalse));
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        let state = entry;
        if (node.left.type === AST_NODE_TYPES.MemberExpression) state = this.expression(node.left, state);
        if (node.operator === '&&=' || node.operator === '||=' || node.operator === '??=') {
          return join(state, this.expression(node.right, state));
        }
        return this.expression(node.right, state);
      }
      default: {
        let state: State = entry;
        for (const child of childNodes(this.sourceCode, node)) {
          if (isTypeNode(child)) continue;
          state = this.expression(child, state);
        }
        return state;
      }
    }
  }

  /**
   * The states where `test` is true and where it is false: a test on the
   * handle variable itself tells that nothing is held on its empty side.
   */
  private narrow(test: TSESTree.Node, state: State): [State, State] {
    if (state !== true || !this.handle.variable) return [state, state];
    const polarity = this.handleTest(test);
    if (polarity === 'present') return [state, false];
    if (polarity === 'absent') return [false, state];
    return [state, state];
  }

  private handleTest(test: TSESTree.Node): 'absent' | 'present' | null {
    const node = skipTransparent(test);
    if (this.isHandleVariable(node)) return 'present';
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
      const inner = this.handleTest(node.argument);
      return inner === 'present' ? 'absent' : inner === 'absent' ? 'present' : null;
    }
    if (node.type === AST_NODE_TYPES.BinaryExpression && ['!=', '!==', '==', '==='].includes(node.operator)) {
      const [side, other] = this.isHandleVariable(node.left) ? [node.left, node.right] : [node.right, node.left];
      if (!this.isHandleVariable(side) || !isNullish(other)) return null;
      return node.operator.startsWith('!') ? 'present' : 'absent';
    }
    return null;
  }

  private isHandleVariable(node: TSESTree.Node): boolean {
    const target = skipTransparent(node);
    if (target.type !== AST_NODE_TYPES.Identifier || !this.handle.variable) return false;
    return ASTUtils.findVariable(this.sourceCode.getScope(target), target) === this.handle.variable;
  }
}

/** `Promise.allSettled(…)` settles with the outcomes: awaiting it does not throw. */
function neverRejects(node: TSESTree.Node): boolean {
  const call = skipTransparent(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'allSettled'
  );
}

function isNullish(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

function isAlwaysTrue(test: TSESTree.Node): boolean {
  return test.type === AST_NODE_TYPES.Literal && Boolean(test.value);
}

function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement
  );
}

function isExpressionNode(node: TSESTree.Node): boolean {
  return !node.type.endsWith('Statement') && !node.type.endsWith('Declaration');
}

function isTypeNode(node: TSESTree.Node): boolean {
  return node.type.startsWith('TS') && !TRANSPARENT_TS.has(node.type);
}

const TRANSPARENT_TS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
]);



/**
 * Whether `variable` is declared outside `root`: a handle kept in it outlives
 * the call (module or closure state), which is another rule's business.
 */
export function isDeclaredOutside(variable: TSESLint.Scope.Variable, root: FunctionNode | TSESTree.Program): boolean {
  return variable.defs.some((definition) => !contains(root, definition.name as TSESTree.Node));
}

/** The function `findLeakingExit` walks for a handle taken at `node`: the innermost function, or the program. */
export function walkRootOf(node: TSESTree.Node): FunctionNode | TSESTree.Program {
  let current: TSESTree.Node | undefined = node.parent;
  let last: TSESTree.Node = node;
  for (; current; last = current, current = current.parent) {
    if (isFunction(current)) return current;
  }
  return last as TSESTree.Program;
}

/**
 * Whether the value of `variable` leaves the code that took it: returned or
 * yielded (also inside an object or array literal, or as an arrow's body),
 * assigned to a property or to another variable, kept in a class field, or
 * exported. Passing it as a call argument is a use, not an escape: the code
 * that took it keeps the duty to give it back. `views` are properties that
 * stand for the handle itself (`queryRunner.manager`): storing one stores it.
 */
export function valueEscapes(variable: TSESLint.Scope.Variable, views: readonly string[] = []): boolean {
  const exported = variable.defs.some(
    (definition) =>
      definition.node.type === AST_NODE_TYPES.VariableDeclarator &&
      definition.node.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration,
  );
  return (
    exported ||
    variable.references.some((reference) => reference.isRead() && flowsOut(reference.identifier as TSESTree.Node, views))
  );
}

const MAX_HOPS = 16;

function flowsOut(identifier: TSESTree.Node, views: readonly string[]): boolean {
  let node: TSESTree.Node = outermostTransparent(identifier);
  const member = node.parent;
  if (
    member?.type === AST_NODE_TYPES.MemberExpression &&
    member.object === node &&
    !member.computed &&
    member.property.type === AST_NODE_TYPES.Identifier &&
    views.includes(member.property.name)
  ) {
    const outer = outermostTransparent(member);
    if (!(outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer)) node = outer;
  }
  for (let hops = 0; hops < MAX_HOPS; hops += 1) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ExportSpecifier:
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        return true;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === node;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === node;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === node;
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === node;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === node) return false;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions.at(-1) !== node) return false;
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== node) return false;
        break;
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
        break;
      default:
        return false;
    }
    node = outermostTransparent(parent);
  }
  return false;
}
