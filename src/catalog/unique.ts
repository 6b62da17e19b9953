import { deepFreeze } from '../util/freeze.js';

/**
 * Calls that return a different value each time: two calls of one of these
 * are never "the same path", and a path containing one is unique.
 */
export const NONDETERMINISTIC_CALLS: ReadonlySet<string> = new Set(
  deepFreeze([
    'randomUUID',
    'randomBytes',
    'randomInt',
    'random',
    'nanoid',
    'uuid',
    'v1',
    'v4',
    'v6',
    'v7',
    'ulid',
    'cuid',
    'createId',
    'now',
    'hrtime',
    'mkdtemp',
    'mkdtempSync',
    'tmpName',
    'tmpNameSync',
    'uniqueId',
  ]),
);
