import type { TSESLint } from '@typescript-eslint/utils';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import { typedRuleTester, untypedRuleTester } from './rule-tester.js';

type Valid<O extends readonly unknown[]> = ValidTestCase<O> | string;
type Invalid<M extends string, O extends readonly unknown[]> = InvalidTestCase<M, O>;

export interface RuleCases<M extends string, O extends readonly unknown[]> {
  valid: Valid<O>[];
  invalid: Invalid<M, O>[];
  invalidWithTypesOnly: Invalid<M, O>[];
  jsValid: Valid<O>[];
  jsInvalid: Invalid<M, O>[];
}

const asJs = <T extends { filename?: string }>(test: T): T => ({ ...test, filename: 'file.js' });
const toCase = <O extends readonly unknown[]>(test: Valid<O>): ValidTestCase<O> =>
  typeof test === 'string' ? { code: test } : test;

/**
 * Runs one rule's cases three ways: TypeScript with the real library types,
 * the same snippets without type information (the syntactic fallback must give
 * the same answer, or silence for type-only cases), and plain JavaScript.
 */
export function runRuleSuite<M extends string, O extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<M, O>,
  cases: RuleCases<M, O>,
): void {
  typedRuleTester().run(`${name} (with types)`, rule, {
    valid: cases.valid.map(toCase),
    invalid: [...cases.invalid, ...cases.invalidWithTypesOnly],
  });
  untypedRuleTester().run(`${name} (without types)`, rule, {
    valid: [
      ...cases.valid.map(toCase),
      ...cases.invalidWithTypesOnly.map(({ code, options }) => (options ? { code, options } : { code })),
      ...cases.jsValid.map(toCase).map(asJs),
    ],
    invalid: [...cases.invalid, ...cases.jsInvalid.map(asJs)],
  });
}
