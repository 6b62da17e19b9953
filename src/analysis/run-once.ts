import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, outermostTransparent, skipTransparent, type FunctionNode } from './ast.js';
import { runsInline } from './value-flow.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Test-runner functions (node:test, vitest, jest, mocha): their callbacks run
 * in a test process, one test at a time, not once per production request.
 */
export const TEST_RUNNER_FUNCTIONS: ReadonlySet<string> = new Set([
  'describe',
  'it',
  'test',
  'suite',
  'beforeAll',
  'beforeEach',
  'afterAll',
  'afterEach',
  'before',
  'after',
  'setup',
  'teardown',
  'suiteSetup',
  'suiteTeardown',
]);

const MAX_DEPTH = 4;

/**
 * Whether the code at `node` runs once per process rather than once per call
 * of some function: module top level, static blocks and static fields, a
 * function invoked right there (an IIFE, an array or promise callback), or a
 * function of this file that is not exported and is only called from such
 * places (`async function main() { … } main();`).
 */
export function runsOnceAtStartup(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child) {
      return parent.static && runsOnceAtStartup(sourceCode, parent.parent.parent, depth + 1);
    }
    if (parent.type === AST_NODE_TYPES.StaticBlock) return runsOnceAtStartup(sourceCode, parent.parent.parent, depth + 1);
    if (isFunction(parent)) return functionRunsOnce(sourceCode, parent, depth + 1);
  }
  return true;
}

function functionRunsOnce(sourceCode: SourceCode, fn: FunctionNode, depth: number): boolean {
  if (runsInline(fn)) return runsOnceAtStartup(sourceCode, outermostTransparent(fn), depth);
  const name = bindingName(fn);
  if (!name) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(name), name);
  if (!variable || isExported(fn)) return false;
  const calls = variable.references.filter((reference) => !reference.init);
  return (
    calls.length > 0 &&
    calls.every((reference) => {
      const use = outermostTransparent(reference.identifier);
      const call = use.parent;
      return call?.type === AST_NODE_TYPES.CallExpression && call.callee === use && runsOnceAtStartup(sourceCode, call, depth);
    })
  );
}

/** Whether `fn` is a callback of a test-runner function (`it('…', async () => …)`, `beforeAll(…)`, `describe.each(…)(…)` excluded). */
export function isTestCallback(fn: FunctionNode): boolean {
  const outer = outermostTransparent(fn);
  const call = outer.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => argument === outer)) return false;
  let callee = skipTransparent(call.callee);
  // `it.only(…)`, `test.concurrent(…)`, `describe.skip(…)`
  if (callee.type === AST_NODE_TYPES.MemberExpression) callee = skipTransparent(callee.object);
  return callee.type === AST_NODE_TYPES.Identifier && TEST_RUNNER_FUNCTIONS.has(callee.name);
}

/** The name a function is declared under: `function main() {}` or `const main = async () => {}`. */
export function bindingName(fn: FunctionNode): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  const outer = outermostTransparent(fn);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.parent.kind === 'const' ? parent.id : null;
  }
  return null;
}

export function isExported(fn: FunctionNode): boolean {
  let current: TSESTree.Node | undefined = fn.parent;
  if (current?.type === AST_NODE_TYPES.VariableDeclarator) current = current.parent.parent;
  return (
    current?.type === AST_NODE_TYPES.ExportNamedDeclaration || current?.type === AST_NODE_TYPES.ExportDefaultDeclaration
  );
}
