import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import type { ConcurrencyRuleDocs, FormTexts } from '../../src/util/create-rule.js';
import type { RuleCases } from '../rule-suite.js';

/**
 * The message contract: every report message is at most 120 characters as
 * written in `meta.messages` (placeholders count as written, so the limit does
 * not depend on the names in the code), and the longer "why" lives in
 * `meta.docs.failureUnderLoad` and `meta.docs.remedy`, which the audit report
 * prints under every finding.
 */
const MAX_MESSAGE_LENGTH = 120;

type Cases = RuleCases<string, readonly unknown[]>;

/**
 * Which messageIds a rule reports and which are suggestion texts, from the
 * rule's own invalid cases: `errors[].messageId` is a report, and
 * `errors[].suggestions[].messageId` a suggestion. Every invalid case asserts
 * both exactly (CONVENTIONS), so this needs no list kept by hand or naming
 * convention (`addPragmas`, `useHandle` and `passOption` are suggestions), and
 * stays right for a new rule: its cases file is required (plugin.test.ts), and
 * a messageId that no case reaches fails here rather than passing unchecked.
 */
async function formsOf(name: string): Promise<{ report: Set<string>; suggestion: Set<string> }> {
  const cases = (await import(`../rules/${name}.cases.ts`)) as Cases;
  const report = new Set<string>();
  const suggestion = new Set<string>();
  const invalid: InvalidTestCase<string, readonly unknown[]>[] = [...cases.invalid, ...cases.invalidWithTypesOnly, ...cases.jsInvalid];
  for (const test of invalid) {
    for (const error of test.errors) {
      if (error.messageId) report.add(error.messageId);
      for (const suggested of error.suggestions ?? []) if ('messageId' in suggested) suggestion.add(suggested.messageId);
    }
  }
  return { report, suggestion };
}

/** The ids a form text covers: all of them for one text, else the record's keys. */
function covered(texts: FormTexts | undefined, reportIds: readonly string[]): string[] {
  if (texts === undefined) return [];
  return typeof texts === 'string' ? [...reportIds] : Object.keys(texts).sort();
}

/** Sentences, split after `.`, `!` or `?` followed by a space and a capital or a code span. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z`])/u);

describe.each(Object.entries(rules))('rule %s', (name, rule) => {
  const messages: Readonly<Record<string, string>> = rule.meta.messages;
  const docs = rule.meta.docs as ConcurrencyRuleDocs;

  it('tells report messageIds from suggestion messageIds through its invalid cases', async () => {
    const { report, suggestion } = await formsOf(name);
    expect([...report].filter((id) => suggestion.has(id)), 'messageIds used both to report and to suggest').toEqual([]);
    expect([...report, ...suggestion].sort(), 'every messageId is reached by an invalid case').toEqual(Object.keys(messages).sort());
  });

  it(`has report messages of at most ${MAX_MESSAGE_LENGTH} characters that end a sentence`, async () => {
    const { report } = await formsOf(name);
    const long = [...report].filter((id) => (messages[id] ?? '').length > MAX_MESSAGE_LENGTH).map((id) => `${id} (${messages[id]?.length})`);
    expect(long).toEqual([]);
    for (const id of report) expect(messages[id], id).toMatch(/[.!?]$/u);
  });

  it.each(['failureUnderLoad', 'remedy'] as const)('has %s for every report messageId, and for no other', async (key) => {
    const { report } = await formsOf(name);
    const reportIds = [...report].sort();
    const texts = docs[key];
    expect(texts, `meta.docs.${key}`).toBeDefined();
    expect(covered(texts, reportIds)).toEqual(reportIds);
    const all = typeof texts === 'string' ? [texts] : Object.values(texts ?? {});
    for (const text of all) {
      expect(text.trim(), key).not.toBe('');
      expect(text).toMatch(/[.!?]$/u);
      expect(sentences(text).length, `${key}: one or two sentences: ${text}`).toBeLessThanOrEqual(2);
    }
  });
});
