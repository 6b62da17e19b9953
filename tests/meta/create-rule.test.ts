import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule } from '../../src/util/create-rule.js';

type Options = [{ allow: string[]; depth: number }];

/** A rule that reports the options it was created with, to see what each configuration hands it. */
function probe(seen: unknown[]) {
  return createRule<Options, 'options'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe', recommended: 'strict', requiresTypeChecking: false, severityClass: 'scale' },
      schema: [
        {
          type: 'object',
          properties: { allow: { type: 'array', items: { type: 'string' } }, depth: { type: 'number' } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ allow: ['a'], depth: 2 }],
      messages: { options: '{{options}}' },
    },
    create(context, [options]) {
      seen.push(options);
      return {
        Program(node) {
          context.report({ node, messageId: 'options', data: { options: JSON.stringify(options) } });
        },
      };
    },
  });
}

/** Lints `files` files with one configuration of the probe, through ESLint's own config handling. */
async function lint(ruleConfig: Linter.RuleEntry, files = 1): Promise<{ messages: string[]; seen: unknown[] }> {
  const seen: unknown[] = [];
  const eslint = new ESLint({
    overrideConfigFile: true,
    // typescript-eslint's rule type and ESLint's plugin type describe the same object differently.
    overrideConfig: [{ plugins: { test: { rules: { probe: probe(seen) } } as unknown as ESLint.Plugin }, rules: { 'test/probe': ruleConfig } }],
  });
  const messages: string[] = [];
  for (let index = 0; index < files; index++) {
    const [result] = await eslint.lintText('x;', { filePath: `file${index}.js` });
    messages.push(...(result?.messages ?? []).map((message) => message.message));
  }
  return { messages, seen };
}

describe('createRule', () => {
  it('gives a rule configured by severity alone its defaults, one frozen copy for every file', async () => {
    const { messages, seen } = await lint('error', 2);
    expect(messages).toEqual(['{"allow":["a"],"depth":2}', '{"allow":["a"],"depth":2}']);
    expect(seen[0]).toBe(seen[1]);
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(Object.isFrozen((seen[0] as Options[0]).allow)).toBe(true);
  });

  it('merges configured options over the defaults, once for every file of the configuration', async () => {
    const deeper = await lint(['error', { depth: 5 }], 2);
    expect(deeper.messages).toEqual(['{"allow":["a"],"depth":5}', '{"allow":["a"],"depth":5}']);
    expect(deeper.seen[0]).toBe(deeper.seen[1]);
    expect(Object.isFrozen(deeper.seen[0])).toBe(true);
    expect((await lint(['error', { allow: ['b'] }])).messages).toEqual(['{"allow":["b"],"depth":2}']);
  });

  it('leaves the configuration it was given unfrozen', async () => {
    const allow = ['b'];
    await lint(['error', { allow }]);
    expect(Object.isFrozen(allow)).toBe(false);
  });

  it('links the rule to its documentation page', () => {
    expect(probe([]).meta.docs?.url).toBe('https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency/blob/main/docs/rules/probe.md');
  });
});
