import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { findLeakingExit, valueEscapes, walkRootOf } from '../../src/analysis/exit-paths.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

/**
 * Probe: `take()` (awaited or not) takes a handle; `give(h)` and `h.close()`
 * give it back; `await h.connect()` is a safe await (a lazy checkout). Each
 * `take()` reports `<kind>@<line>` for the first exit that leaves with the
 * handle held, `none` when every exit gives it back, or `escapes` when the
 * variable's value leaves the function.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { answer: '{{answer}}' },
  },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="take"]'(call: TSESTree.CallExpression) {
        const start = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent : call;
        const parent = start.parent;
        const variable =
          parent?.type === AST_NODE_TYPES.VariableDeclarator
            ? (context.sourceCode.getDeclaredVariables(parent)[0] ?? null)
            : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.Identifier
              ? ASTUtils.findVariable(context.sourceCode.getScope(parent), parent.left)
              : null;
        if (variable && valueEscapes(variable)) {
          context.report({ node: call, messageId: 'answer', data: { answer: 'escapes' } });
          return;
        }
        const exit = findLeakingExit(
          walkRootOf(start),
          {
            start,
            variable,
            isClose: (node) =>
              (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'give') ||
              (node.callee.type === AST_NODE_TYPES.MemberExpression &&
                node.callee.property.type === AST_NODE_TYPES.Identifier &&
                node.callee.property.name === 'close'),
            isSafeAwait: (node) =>
              node.argument.type === AST_NODE_TYPES.CallExpression &&
              node.argument.callee.type === AST_NODE_TYPES.MemberExpression &&
              node.argument.callee.property.type === AST_NODE_TYPES.Identifier &&
              node.argument.callee.property.name === 'connect',
          },
          context.sourceCode,
        );
        context.report({ node: call, messageId: 'answer', data: { answer: exit ? `${exit.kind}@${exit.line}` : 'none' } });
      },
    };
  },
});

type Case = InvalidTestCase<'answer', []>;

const answers = (code: string, ...list: string[]): Case => ({
  code,
  errors: list.map((answer) => ({ messageId: 'answer' as const, data: { answer } })),
});

const cases: Case[] = [
  // An await between take and give is an exit; a plain call is not.
  answers(
    `async function f() {
  const h = await take();
  await work(h);
  give(h);
}`,
    'await@3',
  ),
  answers(
    `async function f() {
  const h = await take();
  work(h);
  give(h);
}`,
    'none',
  ),
  // Never given back: the end of the function.
  answers(
    `async function f() {
  const h = await take();
  work(h);
}`,
    'end@4',
  ),
  // The taking await itself is not an exit while held.
  answers(
    `async function f() {
  const h = await take();
  give(h);
  await work();
}`,
    'none',
  ),
  // finally protects every exit in its block, return included.
  answers(
    `async function f() {
  const h = await take();
  try {
    if (h.empty) return null;
    return await work(h);
  } finally {
    h.close();
  }
}`,
    'none',
  ),
  // An exit between take and the protecting try.
  answers(
    `async function f(id) {
  const h = await take();
  if (!id) throw new Error('id');
  try {
    await work(h);
  } finally {
    give(h);
  }
}`,
    'throw@3',
  ),
  answers(
    `async function f(id) {
  const h = await take();
  if (!id) return;
  try {
    await work(h);
  } finally {
    give(h);
  }
}`,
    'return@3',
  ),
  // A catch that gives back and rethrows, and the normal path gives back too.
  answers(
    `async function f() {
  const h = await take();
  try {
    const r = await work(h);
    give(h);
    return r;
  } catch (error) {
    give(h);
    throw error;
  }
}`,
    'none',
  ),
  // A catch that rethrows without giving back.
  answers(
    `async function f() {
  const h = await take();
  try {
    await work(h);
    give(h);
  } catch (error) {
    log(error);
    throw error;
  }
}`,
    'throw@8',
  ),
  // A catch that swallows: control reaches the give after the try.
  answers(
    `async function f() {
  const h = await take();
  try {
    await work(h);
  } catch {
    log('failed');
  }
  give(h);
}`,
    'none',
  ),
  // A catch reaches only for throws: the early return in the try is not protected by it.
  answers(
    `async function f(x) {
  const h = await take();
  try {
    if (x) return 1;
    await work(h);
    give(h);
  } catch (error) {
    give(h);
    throw error;
  }
}`,
    'return@4',
  ),
  // The take inside the try, the give in finally behind optional chaining.
  answers(
    `async function f() {
  let h;
  try {
    h = await take();
    await work(h);
  } finally {
    h?.close();
  }
}`,
    'none',
  ),
  // A conditional give in finally is trusted; so is narrowing on the handle.
  answers(
    `async function f() {
  const h = await take();
  let done = false;
  try {
    await work(h);
    done = true;
  } finally {
    if (!done) give(h);
  }
}`,
    'none',
  ),
  answers(
    `async function f() {
  let h;
  try {
    h = await take();
  } catch {
    return;
  }
  await work(h);
  if (h) h.close();
}`,
    'await@8',
  ),
  answers(
    `async function f() {
  let h = null;
  try {
    h = await take();
    work(h);
  } catch (error) {
    log(error);
  }
  if (h) give(h);
}`,
    'none',
  ),
  // Both branches give back.
  answers(
    `async function f(x) {
  const h = await take();
  if (x) {
    give(h);
    return 1;
  } else {
    h.close();
  }
  await work();
}`,
    'none',
  ),
  // Only one branch gives back.
  answers(
    `async function f(x) {
  const h = await take();
  if (x) give(h);
  await work();
}`,
    'await@4',
  ),
  // using / await using protect the rest of the block.
  answers(
    `async function f() {
  await using h = await take();
  await work(h);
}`,
    'none',
  ),
  answers(
    `async function f() {
  const h = await take();
  using _guard = { [Symbol.dispose]: () => give(h) };
  await work(h);
}`,
    'none',
  ),
  // Loops: a handle taken per iteration and kept past the iteration is lost there.
  answers(
    `async function f(items) {
  for (const item of items) {
    const h = await take();
    try {
      if (!item) continue;
      await work(h, item);
    } finally {
      give(h);
    }
  }
}`,
    'none',
  ),
  answers(
    `async function f(items) {
  for (const item of items) {
    const h = await take();
    if (!item) continue;
    work(h, item);
    give(h);
  }
}`,
    'continue@4',
  ),
  answers(
    `async function f(items) {
  for (const item of items) {
    const h = take();
    work(h, item);
  }
}`,
    'loop@5',
  ),
  // break out of a loop through finally, and a labelled break.
  answers(
    `async function f(items) {
  const h = await take();
  try {
    outer: for (const item of items) {
      for (const part of item) {
        if (part) break outer;
        await work(h, part);
      }
    }
  } finally {
    give(h);
  }
  await after();
}`,
    'none',
  ),
  answers(
    `async function f(items) {
  const h = await take();
  while (true) {
    if (await ready()) {
      give(h);
      break;
    }
  }
  return 1;
}`,
    'await@4',
  ),
  // switch with fallthrough and break.
  answers(
    `async function f(kind) {
  const h = await take();
  switch (kind) {
    case 'a':
    case 'b':
      give(h);
      break;
    default:
      h.close();
  }
  await after();
}`,
    'none',
  ),
  answers(
    `async function f(kind) {
  const h = await take();
  switch (kind) {
    case 'a':
      give(h);
      break;
  }
  await after();
}`,
    'await@8',
  ),
  // Logical and conditional expressions.
  answers(
    `async function f() {
  const h = await take();
  h && give(h);
  await after();
}`,
    'none',
  ),
  answers(
    `async function f(x) {
  const h = await take();
  x ? give(h) : h.close();
  await after();
}`,
    'none',
  ),
  // Nested functions are not entered: their awaits are not ours, their gives neither.
  answers(
    `async function f() {
  const h = await take();
  const later = async () => { await work(h); };
  give(h);
  return later;
}`,
    'none',
  ),
  answers(
    `async function f(emitter) {
  const h = await take();
  emitter.on('done', () => give(h));
  await work(h);
}`,
    'await@4',
  ),
  // yield in a generator; for await.
  answers(
    `async function* rows() {
  const h = await take();
  for (const row of h.rows) yield row;
  give(h);
}`,
    'yield@3',
  ),
  answers(
    `async function* rows() {
  const h = await take();
  try {
    for (const row of h.rows) yield row;
  } finally {
    give(h);
  }
}`,
    'none',
  ),
  answers(
    `async function f(stream) {
  const h = await take();
  for await (const chunk of stream) work(h, chunk);
  give(h);
}`,
    'for-await@3',
  ),
  // Awaiting Promise.allSettled cannot throw.
  answers(
    `async function f(jobs) {
  const h = await take();
  const results = await Promise.allSettled(jobs.map((job) => work(h, job)));
  give(h);
  return results;
}`,
    'none',
  ),
  // A safe await (lazy checkout) is no exit.
  answers(
    `async function f() {
  const h = take();
  await h.connect();
  try {
    await work(h);
  } finally {
    await h.close();
  }
}`,
    'none',
  ),
  // An await inside the finally before the give is an exit of its own... unless the clause gives back (trusted).
  answers(
    `async function f() {
  const h = await take();
  try {
    await work(h);
  } finally {
    await log();
  }
  give(h);
}`,
    'await@4',
  ),
  // Nested try: the inner finally gives back, the outer catch swallows.
  answers(
    `async function f() {
  try {
    const h = await take();
    try {
      await work(h);
    } finally {
      give(h);
    }
  } catch (error) {
    log(error);
  }
}`,
    'none',
  ),
  // Arrow with an expression body (the handle passed on is still held at its end), and module top level.
  answers(`const f = async () => work(await take());`, 'end@1'),
  answers(
    `const h = await take();
await work(h);
give(h);`,
    'await@2',
  ),
  // Escapes: returned, in a returned object, stored; a call argument is no escape (the first exit is reported).
  answers(
    `async function f() {
  const h = await take();
  await work(h);
  return h;
}`,
    'escapes',
  ),
  answers(
    `async function f() {
  const h = await take();
  return { h, at: Date.now() };
}`,
    'escapes',
  ),
  answers(
    `async function f(req) {
  const h = await take();
  req.handle = h;
}`,
    'escapes',
  ),
  answers(
    `async function f() {
  const h = await take();
  await work(h);
}`,
    'await@3',
  ),
  // Code after an unconditional return is unreachable.
  answers(
    `async function f() {
  return 1;
  const h = await take();
  await work(h);
}`,
    'none',
  ),
];

/** TypeScript syntax around the same shapes: assertions, non-null, type annotations. */
const typescriptOnly: Case[] = [
  answers(
    `declare function take(): Promise<{ close(): void }>;
declare function work(h: unknown): Promise<void>;
export async function f() {
  const h = (await take()) as { close(): void };
  try {
    await work(h satisfies object);
  } finally {
    h!.close();
  }
}`,
    'none',
  ),
  answers(
    `declare function take(): Promise<{ close(): void }>;
declare function work<T>(h: T): Promise<void>;
export async function f() {
  const h = await take();
  await work<typeof h>(h);
  h.close();
}`,
    'await@5',
  ),
];

untypedRuleTester().run('exit-paths (without types)', probe, { valid: [], invalid: cases });
typedRuleTester().run('exit-paths (with types)', probe, { valid: [], invalid: typescriptOnly });
