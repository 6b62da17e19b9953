// Preload (`node --require ./bench/parse-census.cjs …`): counts the files
// @typescript-eslint/parser parsed with and without type information and the
// tsconfigs their programs came from, and prints one JSON line to stderr at exit.
// Used by bench/audit-vs-eslint.mjs to compare runs of builds that do not report it.
'use strict';
const path = require('node:path');
// The package's index re-exports through getters: patch the module that defines the function.
const parser = require(path.join(path.dirname(require.resolve('@typescript-eslint/parser/package.json')), 'dist/parser.js'));
const original = parser.parseForESLint;
const census = { typed: 0, untyped: 0, tsconfigs: {} };
parser.parseForESLint = function parseForESLint(code, options) {
  const result = original.call(this, code, options);
  const program = result.services && result.services.program;
  if (program) {
    census.typed++;
    const config = program.getCompilerOptions().configFilePath || '(inferred)';
    census.tsconfigs[config] = (census.tsconfigs[config] || 0) + 1;
  } else {
    census.untyped++;
  }
  return result;
};
process.on('exit', () => process.stderr.write(`parse-census ${JSON.stringify(census)}\n`));
