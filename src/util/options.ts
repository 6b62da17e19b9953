import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * The options schema of a rule whose only option is `allow`: a list of APIs
 * (an export name, or `module#name`) the project accepts. `accepts` says what
 * the entries name, for the generated docs.
 */
export function allowListSchema(accepts: string): JSONSchema4[] {
  return [
    {
      type: 'object',
      description: 'Rule options.',
      properties: {
        allow: {
          type: 'array',
          description: accepts,
          items: { type: 'string' },
          uniqueItems: true,
        },
      },
      additionalProperties: false,
    },
  ];
}

const compiledPatterns = new WeakMap<readonly string[], readonly RegExp[]>();

/**
 * The regular expressions of a pattern-list option, compiled once per list: a
 * rule configured by severity alone gets the same frozen defaults for every
 * file. A memo of a pure function, so sharing it between files is safe.
 */
export function patternList(patterns: readonly string[]): readonly RegExp[] {
  let compiled = compiledPatterns.get(patterns);
  if (!compiled) {
    compiled = patterns.map((pattern) => new RegExp(pattern));
    compiledPatterns.set(patterns, compiled);
  }
  return compiled;
}
