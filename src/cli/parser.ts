import type * as TsParser from '@typescript-eslint/parser';

import { NAMESPACE, PLUGIN_VERSION } from '../meta.js';
import { createProjectServiceParser, ownParser } from '../configs/parser.js';
import { isFlowFile } from './flow.js';

type ParserOptions = TsParser.ParserOptions & { filePath?: string };
type ParseResult = ReturnType<typeof TsParser.parseForESLint>;

/** How one file was parsed: with the program of which tsconfig, or without types; with its Flow types stripped. */
export interface ParseRecord {
  readonly typed: boolean;
  readonly tsconfig: string | null;
  readonly flowStripped: boolean;
}

/** Replaces Flow's type syntax by spaces, keeping every line and column (flow-remove-types). */
export type FlowStripper = (code: string) => string;

/**
 * The audit's parser: the project-service parser for the files a
 * tsconfig's program has (`typedFiles`), the parser without types for every
 * other file (so the project service never opens an inferred project for a
 * file no tsconfig holds), and, for a Flow file TypeScript's parser rejects,
 * its text with the Flow types stripped. It writes down how each file was
 * parsed in `records`, which belongs to one audit.
 */
export function auditParser(
  typedFiles: ReadonlySet<string>,
  records: Map<string, ParseRecord>,
  stripFlow: FlowStripper | null,
): { meta: { name: string; version: string }; parseForESLint(code: string, options?: ParserOptions): ParseResult } {
  // The audit is its own tool: it parses with its own copy of the parser, whose TypeScript is the one its rules use.
  const tsParser = ownParser();
  const projectServiceParser = createProjectServiceParser(tsParser);
  const withoutTypes = (code: string, options: ParserOptions): ParseResult =>
    tsParser.parseForESLint(code, { ...options, projectService: false, project: undefined });
  return {
    meta: { name: `${NAMESPACE}/audit-parser`, version: PLUGIN_VERSION },
    parseForESLint(code, options = {}) {
      const file = options.filePath ?? '';
      let result: ParseResult;
      let flowStripped = false;
      try {
        result = typedFiles.has(file) ? projectServiceParser.parseForESLint(code, options) : withoutTypes(code, options);
      } catch (error) {
        if (!stripFlow || !isFlowFile(file, code)) throw error;
        result = withoutTypes(stripFlow(code), options);
        flowStripped = true;
      }
      const program = result.services.program;
      records.set(file, {
        typed: program != null,
        tsconfig: program ? ((program.getCompilerOptions().configFilePath as string | undefined) ?? null) : null,
        flowStripped,
      });
      return result;
    },
  };
}
