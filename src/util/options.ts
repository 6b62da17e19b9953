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

/** Code off the request path that a rule reports only when asked (see `src/analysis/startup.ts`). */
export interface ContextsOption {
  /** Report in startup code too: module top level, `main`/`bootstrap`, server setup, `listen` callbacks, Nest init hooks. */
  startup?: boolean;
  /** Report in shutdown code too: signal and exit handlers, Nest shutdown hooks. */
  shutdown?: boolean;
}

/** The `contexts` property of a rule's options object. */
export const CONTEXTS_SCHEMA: JSONSchema4 = Object.freeze({
  type: 'object',
  description:
    'Code off the request path to report as well; skipped by default because it runs once, not once per request.',
  properties: {
    startup: {
      type: 'boolean',
      description:
        'Also report in startup code: module top level, `main`/`bootstrap`, functions that create or start a server, `listen` callbacks, Nest `onModuleInit`/`onApplicationBootstrap`, and functions only called from those.',
    },
    shutdown: {
      type: 'boolean',
      description: 'Also report in shutdown code: `process.on("SIGTERM")` and exit handlers, Nest shutdown hooks.',
    },
  },
  additionalProperties: false,
}) as JSONSchema4;

/** The schema of a rule whose options are an `allow` list and `contexts`. */
export function allowListAndContextsSchema(accepts: string): JSONSchema4[] {
  return [
    {
      type: 'object',
      description: 'Rule options.',
      properties: {
        allow: { type: 'array', description: accepts, items: { type: 'string' }, uniqueItems: true },
        contexts: CONTEXTS_SCHEMA,
      },
      additionalProperties: false,
    },
  ];
}

/** Whether a rule with these `contexts` options skips code at `place` (null: on the request path, never skipped). */
export function skipsPlace(contexts: ContextsOption | undefined, place: 'shutdown' | 'startup' | null): boolean {
  return place !== null && contexts?.[place] !== true;
}
