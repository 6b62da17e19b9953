import type { TSESLint } from '@typescript-eslint/utils';

type Handler = (...args: never[]) => void;

/** Combines rule listeners; where two handle the same selector, both run, in order. */
export function mergeListeners(...listeners: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const merged: Record<string, Handler> = {};
  for (const listener of listeners) {
    for (const [selector, handler] of Object.entries(listener as Record<string, Handler | undefined>)) {
      if (!handler) continue;
      const previous = merged[selector];
      merged[selector] = previous
        ? (...args: never[]) => {
            previous(...args);
            handler(...args);
          }
        : handler;
    }
  }
  return merged as TSESLint.RuleListener;
}
