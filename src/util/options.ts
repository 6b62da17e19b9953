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
