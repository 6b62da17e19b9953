import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { childNodes, contains, isFunction, isMethodCall, skipTransparent, staticPropertyName, type FunctionNode } from '../../analysis/ast.js';
import { localFunction, startsPromise } from '../../analysis/promise.js';
import { LOCK_METHODS } from '../../catalog/schedules.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How deep the job follows calls of local functions (`() => this.tick()` → `tick`). */
const MAX_DEPTH = 3;
const PROMISE_CHAIN = ['then', 'catch', 'finally'];

/**
 * The function a scheduler calls, when this file declares it: an inline
 * function, `tick` or `this.tick` of this file, or either `.bind(…)`.
 */
export function jobFunction(context: AnyContext, node: TSESTree.Node): FunctionNode | null {
  const target = skipTransparent(node);
  if (isFunction(target)) return target;
  if (isMethodCall(target, ['bind'])) return jobFunction(context, target.callee.object);
  return localFunction(context, target);
}

/**
 * Whether a run of `fn` can outlast the scheduler's period: it awaits, or it
 * starts promise work it does not await (`void sync()`, `() => sync()`,
 * `sync().catch(log)`), and no in-flight guard stops a second run. Calls of
 * local functions are followed: their awaits and guards count.
 *
 * A guard is recognised in `fn` or in the local function it calls:
 * - a flag: an `if`, before the first await or promise call, whose test
 *   reads a variable or `this.x` that the job
 *   (or a local function it calls) also assigns — `if (running) return;
 *   running = true; try { … } finally { running = false; }`, or the
 *   `if (!running) { … }` form;
 * - a lock: any call of a lock method (`mutex.runExclusive(…)`,
 *   `mutex.isLocked()`, `acquire`, `tryAcquire`, redlock `using`).
 */
export function startsOverlappingWork(context: AnyContext, fn: FunctionNode): boolean {
  return overlaps(context, fn, 0, new Set());
}

function overlaps(context: AnyContext, fn: FunctionNode, depth: number, seen: Set<FunctionNode>): boolean {
  if (seen.has(fn) || depth > MAX_DEPTH) return false;
  seen.add(fn);
  const sites = asyncSites(context, fn);
  if (isGuarded(context, fn, seen, firstWork(sites))) return false;
  return sites.some((site) => siteOverlaps(context, site, depth, seen));
}

interface Site {
  /** The awaited expression, or the expression whose promise nobody waits for. */
  readonly expression: TSESTree.Node;
  readonly awaited: boolean;
}

/** The awaits of `fn` and the promise-shaped expressions it leaves un-awaited, not inside nested functions. */
function asyncSites(context: AnyContext, fn: FunctionNode): Site[] {
  const sourceCode = context.sourceCode;
  const sites: Site[] = [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const body = skipTransparent(fn.body);
    if (body.type === AST_NODE_TYPES.AwaitExpression) sites.push({ expression: body.argument, awaited: true });
    else sites.push({ expression: unwrapVoid(body), awaited: false });
  }
  const visit = (node: TSESTree.Node): void => {
    if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody) return;
    if (node.type === AST_NODE_TYPES.AwaitExpression) sites.push({ expression: node.argument, awaited: true });
    else if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) sites.push({ expression: node.right, awaited: true });
    else if (node.type === AST_NODE_TYPES.ExpressionStatement) sites.push({ expression: unwrapVoid(node.expression), awaited: false });
    else if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) sites.push({ expression: unwrapVoid(node.argument), awaited: false });
    for (const child of childNodes(sourceCode, node)) visit(child);
  };
  visit(fn.body);
  // An async function whose awaits are all in its returns is still one run; an
  // `await` anywhere makes `fn` itself the long-running work.
  return sites;
}

function unwrapVoid(node: TSESTree.Node): TSESTree.Node {
  const expression = skipTransparent(node);
  return expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void' ? skipTransparent(expression.argument) : expression;
}

/** The call a promise chain starts from: `sync()` of `sync().then(f).catch(g)`. */
function rootCall(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let current = skipTransparent(node);
  while (isMethodCall(current, PROMISE_CHAIN)) current = skipTransparent(current.callee.object);
  return current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression ? current : null;
}

function siteOverlaps(context: AnyContext, site: Site, depth: number, seen: Set<FunctionNode>): boolean {
  const call = rootCall(site.expression);
  if (call) {
    if (call.type === AST_NODE_TYPES.CallExpression && isLockCall(call)) return false;
    const callee = call.type === AST_NODE_TYPES.CallExpression ? localFunction(context, call.callee) : null;
    // A local function: what it does decides (its own awaits and guards).
    if (callee) return overlaps(context, callee, depth + 1, seen);
  }
  if (site.awaited) return true;
  // Only promise work that nobody waits for outlives the run.
  return startsPromise(context, site.expression, { useTypes: true });
}

function isLockCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return LOCK_METHODS.has(callee.name);
  return callee.type === AST_NODE_TYPES.MemberExpression && LOCK_METHODS.has(staticPropertyName(callee) ?? '');
}

/** An in-flight flag or a lock in `fn` (see `startsOverlappingWork`). */
/** Where the run's work starts: its first await, or its first call whose promise it leaves. */
function firstWork(sites: readonly Site[]): number {
  let first = Infinity;
  for (const site of sites) {
    if (site.awaited || rootCall(site.expression)) first = Math.min(first, site.expression.range[0]);
  }
  return first;
}

function isGuarded(context: AnyContext, fn: FunctionNode, seen: ReadonlySet<FunctionNode>, workStart: number): boolean {
  const sourceCode = context.sourceCode;
  const tested: string[] = [];
  const written = new Set<string>();
  let locked = false;
  const collectWrites = (node: TSESTree.Node, into: Set<string>, hops: number): void => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) into.add(stateKey(sourceCode, node.left) ?? '');
    if (node.type === AST_NODE_TYPES.UpdateExpression) into.add(stateKey(sourceCode, node.argument) ?? '');
    if (node.type === AST_NODE_TYPES.CallExpression && hops > 0) {
      // A flag set by a local helper the job calls (`this.begin()`), one call deep.
      const helper = localFunction(context, node.callee);
      if (helper && helper !== fn && !seen.has(helper)) collectWrites(helper.body, into, hops - 1);
    }
    for (const child of childNodes(sourceCode, node)) collectWrites(child, into, hops);
  };
  const visit = (node: TSESTree.Node, inNested: boolean): void => {
    if (node.type === AST_NODE_TYPES.CallExpression && isLockCall(node)) locked = true;
    // A flag is checked before the work starts: an `if` after the first await decides what this run does, not whether it runs.
    if (!inNested && node.type === AST_NODE_TYPES.IfStatement && node.range[0] < workStart) {
      const reads: TSESTree.Node[] = [];
      collectReads(sourceCode, node.test, reads);
      for (const read of reads) {
        if (outlivesRun(context, fn, read)) tested.push(stateKey(sourceCode, read) ?? '');
      }
    }
    for (const child of childNodes(sourceCode, node)) visit(child, inNested || isFunction(child));
  };
  visit(fn.body, false);
  if (locked) return true;
  if (tested.length === 0) return false;
  collectWrites(fn.body, written, 1);
  return tested.some((key) => written.has(key));
}

/**
 * State that outlives one run of `fn`: `this.x` (and deeper paths), or a
 * variable declared outside `fn`. A local of the run (`const rows = …`) is no flag.
 */
function outlivesRun(context: AnyContext, fn: FunctionNode, read: TSESTree.Node): boolean {
  let base = skipTransparent(read);
  while (base.type === AST_NODE_TYPES.MemberExpression) base = skipTransparent(base.object);
  if (base.type === AST_NODE_TYPES.ThisExpression) return true;
  if (base.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(base), base);
  const definition = variable?.defs[0];
  return definition !== undefined && !contains(fn, definition.name);
}

/** The state a test reads: `running`, `this.running`, `this.state.busy`, and `running` of `!running` or `running === true`. */
function collectReads(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, into: TSESTree.Node[]): void {
  if (stateKey(sourceCode, node) !== null) {
    into.push(node);
    return;
  }
  if (isFunction(node)) return;
  for (const child of childNodes(sourceCode, node)) collectReads(sourceCode, child, into);
}

/** A key for an identifier or a static member path (`this.a.b`), else null. */
function stateKey(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string | null {
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  if (expression.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const base = stateKey(sourceCode, expression.object);
    if (base === null) return null;
    if (expression.property.type === AST_NODE_TYPES.PrivateIdentifier) return `${base}.#${expression.property.name}`;
    const name = staticPropertyName(expression);
    return name === null ? null : `${base}.${name}`;
  }
  return null;
}
