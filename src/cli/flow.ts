/** Flow's `@flow` pragma in the file's leading comments. */
const FLOW_PRAGMA = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*?\s*(?:\/\/|\/\*+|\*)\s*@flow\b/u;
const JAVASCRIPT = /\.[cm]?jsx?$/u;

/** Whether a file's text marks it as Flow-typed. */
export function isFlowFile(filePath: string, code: string): boolean {
  return JAVASCRIPT.test(filePath) && FLOW_PRAGMA.test(code);
}
