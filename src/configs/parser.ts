import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type * as TsParser from '@typescript-eslint/parser';

import { NAMESPACE, PLUGIN_VERSION } from '../meta.js';

type ParserOptions = TsParser.ParserOptions & { filePath?: string };
type ParseResult = ReturnType<typeof TsParser.parseForESLint>;
type ParserModule = Pick<typeof TsParser, 'parseForESLint'>;

/**
 * The copy of `@typescript-eslint/parser` that the project's own
 * typescript-eslint parses with, else the project's own parser, else the one
 * this package's peer dependency installed. Each copy of typescript-estree
 * runs its own project service, which builds every program again: when a
 * user's config parses `.ts` with typescript-eslint and this plugin's config
 * parses `.js`, both must be the same copy. npm may install the peer
 * dependency as a newer copy at the top while typescript-eslint keeps the
 * version it pins, so the copy is found from the project, as ESLint finds
 * its config: from the working directory, once, when the plugin loads.
 */
function projectParser(cwd: string): ParserModule {
  const fromProject = createRequire(path.join(cwd, 'package.json'));
  const candidates: (() => string)[] = [
    () => createRequire(fromProject.resolve('typescript-eslint')).resolve('@typescript-eslint/parser'),
    () => fromProject.resolve('@typescript-eslint/parser'),
  ];
  for (const candidate of candidates) {
    try {
      const parser = fromProject(candidate()) as Partial<ParserModule> & { version?: unknown };
      if (typeof parser.parseForESLint === 'function' && String(parser.version).startsWith('8.')) return parser as ParserModule;
    } catch {
      // not installed in the project: the next candidate
    }
  }
  return ownParser();
}

/** This package's own `@typescript-eslint/parser` (its peer dependency), loaded only when used. */
export function ownParser(): ParserModule {
  return createRequire(import.meta.url)('@typescript-eslint/parser') as ParserModule;
}

const NOT_IN_PROJECT = 'was not found by the project service';

/**
 * `@typescript-eslint/parser` with the project service where a tsconfig covers
 * the file, and without types where none does, so that one config lints a
 * TypeScript project, a JavaScript project and the loose files of either
 * (`eslint.config.js`, scripts outside `include`) instead of failing on them.
 * Every rule of this plugin works without types; types add precision.
 */
export function createProjectServiceParser(tsParser: ParserModule) {
  return {
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
}

/** The configs' parser: the project's copy (see `projectParser`), found once when the plugin loads. */
export const projectServiceParser = createProjectServiceParser(projectParser(process.cwd()));

function hasTsconfigAbove(filePath: string): boolean {
  for (let dir = path.dirname(path.resolve(filePath)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'tsconfig.json')) || existsSync(path.join(dir, 'jsconfig.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}
