import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils, type ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import type ts from 'typescript';

import { isThenable } from '../../src/analysis/promise.js';
import { typeServices } from '../../src/analysis/resolve.js';
import { typedRuleTester } from '../rule-tester.js';

/**
 * Probe: `then(call())` reports whether `isThenable` finds the call's value a
 * thenable, and how many type queries (`getTypeAtLocation`) it took: the
 * answers that declarations and syntax give must not compute the call's type.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { answer: '{{text}}' } },
  defaultOptions: [],
  create(context) {
    const services = typeServices(context);
    if (!services) return {};
    let queries = 0;
    const checker = services.program.getTypeChecker();
    const counting: ts.TypeChecker = Object.create(checker, {
      getTypeAtLocation: { value: (node: ts.Node) => (queries++, checker.getTypeAtLocation(node)) },
    });
    const program: ts.Program = Object.create(services.program, { getTypeChecker: { value: () => counting } });
    const counted: ParserServicesWithTypeInformation = { ...services, program };
    const sourceCode = Object.create(context.sourceCode, { parserServices: { value: counted } });
    const probed = Object.create(context, { sourceCode: { value: sourceCode } }) as typeof context;
    return {
      CallExpression(node) {
        const [argument] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'then' || !argument) return;
        queries = 0;
        const answer = isThenable(probed, argument) ? 'thenable' : 'plain';
        const text = `${context.sourceCode.getText(argument)}: ${answer}, ${queries} type ${queries === 1 ? 'query' : 'queries'}`;
        context.report({ node, messageId: 'answer', data: { text } });
      },
    };
  },
});

function answers(code: string, ...texts: string[]): InvalidTestCase<'answer', []> {
  return {
    code: `declare function then(value: unknown): void;\n${code}`,
    errors: texts.map((text) => ({ messageId: 'answer' as const, data: { text } })),
  };
}

typedRuleTester().run('isThenable', probe, {
  valid: [],
  invalid: [
    answers(
      `interface Store { insert(row: string): Promise<void>; touch(row: string): void }
const bump = <K,>(counts: Map<K, number>, key: K) => { counts.set(key, 1); };
const send = <T,>(value: T) => { return Promise.resolve(value); };
export class Importer {
  constructor(private readonly store: Store) {}
  run(rows: string[], counts: Map<string, number>) {
    const seen = new Set<string>();
    for (const row of rows) {
      then(bump(counts, row)); then(send(row)); then(this.store.insert(row)); then(this.store.touch(row)); then(seen.add(row));
    }
  }
}`,
      // A local function that returns no value: plain, whatever its type arguments.
      'bump(counts, row): plain, 0 type queries',
      // One that returns a value is left to the call's type.
      'send(row): thenable, 1 type query',
      // The receiver's declared interface, and a \`const\` made by \`new Set()\`.
      'this.store.insert(row): thenable, 0 type queries',
      'this.store.touch(row): plain, 0 type queries',
      'seen.add(row): plain, 0 type queries',
    ),
  ],
});
