import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { LIMITER_FACTORIES, LIMITER_TYPE_PACKAGES, QUEUE_METHODS, type LimiterFactory } from '../catalog/limiters.js';
import { childNodes, isFunction, skipTransparent, staticPropertyName } from './ast.js';
import { unchangedInit } from './bounded.js';
import { localFunction, type PromiseQuery } from './promise.js';
import { packageOfFile, resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const FACTORY_NAMES: ReadonlySet<string> = new Set(LIMITER_FACTORIES.flatMap((row) => row.names));
/** `limit.map(xs, fn)` (p-limit) runs `fn` under the limit too. */
const LIMITER_METHODS: ReadonlySet<string> = new Set([...QUEUE_METHODS, 'map']);

/** What a limiter factory call returns, when `node` is one (`pLimit(4)`, `new PQueue(…)`, `limitFunction(fn, …)`). */
export function limiterFactoryCall(context: AnyContext, node: TSESTree.Node): LimiterFactory['returns'] | null {
  const call = skipTransparent(node);
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return null;
  const resolved = resolveCallee(context, call, FACTORY_NAMES);
  if (!resolved) return null;
  const row = LIMITER_FACTORIES.find((factory) => factory.module === resolved.module && factory.names.includes(resolved.name));
  return row?.returns ?? null;
}

/** What a variable holds when it was initialized by a limiter factory: `const limit = pLimit(4)`. */
function limiterHeldBy(context: AnyContext, node: TSESTree.Node): LimiterFactory['returns'] | null {
  const target = skipTransparent(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return limiterFactoryCall(context, target);
  const init = unchangedInit(context, target);
  return init ? limiterFactoryCall(context, init) : null;
}

/**
 * Whether a call runs its work under a concurrency limit: `limit(() => …)`
 * and `limit.map(xs, fn)` of p-limit, a function made by `limitFunction`,
 * `queue.add(…)` / `queue.addAll(…)` of p-queue. Without types the limiter
 * must be a variable initialized by the factory; with types (`useTypes`) any
 * value whose declared type comes from p-limit or p-queue counts.
 */
export function isLimitedCall(context: AnyContext, call: TSESTree.CallExpression, query: PromiseQuery): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    const held = limiterHeldBy(context, callee.object);
    if (held === 'queue' && QUEUE_METHODS.includes(method ?? '')) return true;
    if (held === 'limit-function' && method === 'map') return true;
  } else {
    const held = limiterHeldBy(context, callee);
    if (held === 'limit-function' || held === 'limited-function') return true;
  }
  return query.useTypes && isLimitedByType(context, call);
}

function isLimitedByType(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const services = typeServices(context);
  if (!services) return false;
  const resolved = resolveCallee(context, call, LIMITER_METHODS);
  if (resolved && LIMITER_TYPE_PACKAGES.has(resolved.module) && LIMITER_METHODS.has(resolved.name)) return true;
  const type = services.getTypeAtLocation(skipTransparent(call.callee));
  const parts = type.isIntersection() ? type.types : [type];
  return parts.some((part) => {
    const symbol = part.aliasSymbol ?? part.getSymbol();
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    const pkg = file ? packageOfFile(file) : null;
    return pkg !== null && LIMITER_TYPE_PACKAGES.has(pkg) && part.getCallSignatures().length > 0;
  });
}

/**
 * Whether a callback runs its work under a limiter: it is a function made by
 * `limitFunction`, or its body calls a limiter (`(x) => limit(() => load(x))`,
 * `async (x) => { await queue.add(() => load(x)); }`).
 */
export function isLimitedCallback(context: AnyContext, callback: TSESTree.Node, query: PromiseQuery): boolean {
  const target = skipTransparent(callback);
  const held = limiterHeldBy(context, target);
  if (held === 'limited-function') return true;
  const fn = isFunction(target) ? target : localFunction(context, target);
  if (!fn) return false;
  const calls: TSESTree.CallExpression[] = [];
  collectCalls(context.sourceCode, fn.body, calls);
  return (
    calls.some((call) => isLimitedCall(context, call, { useTypes: false })) ||
    (query.useTypes && calls.some((call) => isLimitedCall(context, call, query)))
  );
}

function collectCalls(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, calls: TSESTree.CallExpression[]): void {
  if (node.type === AST_NODE_TYPES.CallExpression) calls.push(node);
  for (const child of childNodes(sourceCode, node)) collectCalls(sourceCode, child, calls);
}
