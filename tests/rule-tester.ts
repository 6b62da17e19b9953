import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/**
 * Lints cases as `tests/fixtures/file.ts` (or another fixture file named by
 * `filename`) inside one TypeScript program with the real library types.
 */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: [] },
        tsconfigRootDir: fixturesDir,
      },
    },
  });
}

/** Lints cases as plain JavaScript with no type information: the syntactic fallback. */
export function untypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
  });
}

/** Options for a case linted as the fixture file `name`. */
export function fixtureFile(name: string): string {
  return path.join(fixturesDir, name);
}
