import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Per-file memo shared by the rules that lint one file. Keyed by the file's
 * `Program` node, so nothing outlives the file or crosses lint threads.
 */
export function perFile<T>(
  cache: WeakMap<TSESTree.Program, T>,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  compute: () => T,
): T {
  const program = context.sourceCode.ast;
  let value = cache.get(program);
  if (value === undefined) {
    value = compute();
    cache.set(program, value);
  }
  return value;
}
