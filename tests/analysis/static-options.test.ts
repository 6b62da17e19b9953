import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { optionValue, staticValueOf, type Known } from '../../src/analysis/static-options.js';
import { untypedRuleTester } from '../rule-tester.js';

function show(known: Known<unknown>): string {
  if (!known.known) return 'unknown';
  return known.value === undefined ? 'known undefined' : `known ${JSON.stringify(known.value)}`;
}

/**
 * Probe: `opt('key', argument?)` reports optionValue(argument, 'key');
 * `value(expression)` reports staticValueOf(expression). Both are syntactic.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { value: '{{text}}' },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier) return;
        const [first, second] = node.arguments;
        if (node.callee.name === 'opt' && first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') {
          const text = `${first.value}: ${show(optionValue(second, first.value, sourceCode))}`;
          context.report({ node, messageId: 'value', data: { text } });
        }
        if (node.callee.name === 'value' && first) {
          context.report({ node, messageId: 'value', data: { text: show(staticValueOf(first, sourceCode)) } });
        }
      },
    };
  },
});

function values(code: string, ...texts: string[]): InvalidTestCase<'value', []> {
  return { code, errors: texts.map((text) => ({ messageId: 'value' as const, data: { text } })) };
}

untypedRuleTester().run('optionValue + staticValueOf', probe, {
  valid: [],
  invalid: [
    values(
      `opt('recursive');
opt('recursive', undefined);
opt('recursive', null);`,
      'recursive: known undefined',
      'recursive: known undefined',
      'recursive: known undefined',
    ),
    values(
      `opt('recursive', () => {});
opt('recursive', function done(error) {});
opt('flag', async (error) => {});`,
      // A callback in the options position: the call has no options.
      'recursive: known undefined',
      'recursive: known undefined',
      'flag: known undefined',
    ),
    values(
      `opt('recursive', { recursive: true });
opt('recursive', { 'recursive': false });
opt('recursive', { mode: 0o755 });
opt('recursive', {});
opt('flag', { encoding: 'utf8', flag: 'wx' });
opt('recursive', { recursive: true } as const);`,
      'recursive: known true',
      'recursive: known false',
      'recursive: known undefined',
      'recursive: known undefined',
      'flag: known "wx"',
      'recursive: known true',
    ),
    values(
      `const RECURSIVE = true;
export function f(deep: boolean) {
  opt('recursive', { recursive: RECURSIVE });
  opt('recursive', { recursive: deep });
  opt('recursive', { recursive: !deep });
  opt('recursive', { recursive: 1 === 1 });
  const recursive = deep;
  opt('recursive', { recursive });
}`,
      'recursive: known true',
      'recursive: unknown',
      'recursive: unknown',
      'recursive: known true',
      'recursive: unknown',
    ),
    values(
      `export function f(base: object) {
  opt('recursive', { ...base });
  opt('recursive', { ...base, mode: 1 });
  opt('recursive', { ...base, recursive: true });
  opt('recursive', { ...{ recursive: true } });
}`,
      // A spread could set the key; a key written after every spread wins.
      'recursive: unknown',
      'recursive: unknown',
      'recursive: known true',
      // Even a spread of a literal is not looked into.
      'recursive: unknown',
    ),
    values(
      `export function f(base: object, key: string) {
  opt('recursive', { recursive: false, ...base });
  opt('recursive', { recursive: false, recursive: true });
  opt('recursive', { ['recursive']: true });
  opt('recursive', { [key]: true });
  opt('recursive', { [key]: true, recursive: false });
  opt('recursive', { recursive: false, [key]: true });
}`,
      // What comes later wins: a spread or a computed key after the key may override it.
      'recursive: unknown',
      'recursive: known true',
      'recursive: known true',
      'recursive: unknown',
      'recursive: known false',
      'recursive: unknown',
    ),
    values(
      `const OPTIONS = { recursive: true };
const OTHER = { mode: 0o700 };
const NESTED = { ...OPTIONS, mode: 1 };
opt('recursive', OPTIONS);
opt('recursive', OTHER);
opt('recursive', NESTED);
opt('flag', 'wx');
opt('flag', 0o644);`,
      'recursive: known true',
      'recursive: known undefined',
      'recursive: known true',
      // A string (encoding) or number (mode) argument has no keys.
      'flag: known undefined',
      'flag: known undefined',
    ),
    values(
      `const OPTIONS = { recursive: false };
OPTIONS.recursive = true;
opt('recursive', OPTIONS);`,
      // A const object whose properties are written later has no static value.
      'recursive: unknown',
    ),
    values(
      `export function f(options: { recursive?: boolean }, make: () => object) {
  opt('recursive', options);
  opt('recursive', make());
  opt('recursive', options ?? {});
}`,
      'recursive: unknown',
      'recursive: unknown',
      'recursive: unknown',
    ),
    values(
      `const B = 'b';
export function f(x: number) {
  value(1 + 2);
  value(\`a-\${B}\`);
  value(B + '.json');
  value(x);
  value(x as unknown as string);
  value(undefined);
}`,
      'known 3',
      'known "a-b"',
      'known "b.json"',
      'unknown',
      'unknown',
      'known undefined',
    ),
  ],
});
