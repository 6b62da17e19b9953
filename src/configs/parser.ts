import { existsSync } from 'node:fs';
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';

import { NAMESPACE, PLUGIN_VERSION } from '../meta.js';

type ParserOptions = tsParser.ParserOptions & { filePath?: string };
type ParseResult = ReturnType<typeof tsParser.parseForESLint>;

const NOT_IN_PROJECT = 'was not found by the project service';

/**
 * `@typescript-eslint/parser` with the project service where a tsconfig covers
 * the file, and without types where none does, so that one config lints a
 * TypeScript project, a JavaScript project and the loose files of either
 * (`eslint.config.js`, scripts outside `include`) instead of failing on them.
 * Every rule of this plugin works without types; types add precision.
 */
export const projectServiceParser = {
  meta: { name: `${NAMESPACE}/project-service-parser`, version: PLUGIN_VERSION },
  parseForESLint(code: string, options: ParserOptions = {}): ParseResult {
    const withoutTypes = (): ParseResult =>
      tsParser.parseForESLint(code, { ...options, projectService: false, project: undefined });
    if (!options.projectService) return tsParser.parseForESLint(code, options);
    // No tsconfig above the file: skip the project service, which would open an inferred project for it.
    if (options.filePath && !hasTsconfigAbove(options.filePath)) return withoutTypes();
    try {
      return tsParser.parseForESLint(code, options);
    } catch (error) {
      if (error instanceof Error && error.message.includes(NOT_IN_PROJECT)) return withoutTypes();
      throw error;
    }
  },
};

function hasTsconfigAbove(filePath: string): boolean {
  for (let dir = path.dirname(path.resolve(filePath)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'tsconfig.json')) || existsSync(path.join(dir, 'jsconfig.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}
