import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, skipTransparent, type FunctionNode } from '../../analysis/ast.js';
import { applyImportPlans, planImport, type ImportPlan } from '../../analysis/import-fix.js';
import type { BlockingApi } from '../../catalog/blocking.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The awaited form of a call: the callee it awaits (`readFile`, `promisify(gzip)`) and the fix that writes it. */
export interface AsyncRewrite {
  readonly call: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/**
 * The awaited asynchronous form of a blocking call, as a suggestion:
 * `readFileSync(p, 'utf8')` → `await readFile(p, 'utf8')` (adding `readFile`
 * from `node:fs/promises`), `gzipSync(buf)` → `await promisify(gzip)(buf)`,
 * `fse.readJsonSync(p)` → `await fse.readJson(p)`. Offered only where `await`
 * is legal and needs no reordering: the call's own function is async and the
 * call is a statement, an initializer, a returned or assigned value, an
 * argument or element, the iterable of `for…of`, the operand of `as`, or the
 * object of a member access (wrapped in parentheses).
 */
export function asyncRewrite(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  api: BlockingApi,
  fn: FunctionNode | null,
): AsyncRewrite | null {
  const replacement = api.replacement;
  if (!replacement || !fn?.async || !contains(fn.body, call)) return null;
  if (call.optional || call.typeArguments || call.callee.range[0] !== call.range[0]) return null;
  const position = awaitPosition(call);
  if (position === null) return null;

  const plans: ImportPlan[] = [];
  const target = referenceTo(sourceCode, call, api, replacement.module, replacement.name, plans);
  if (target === null) return null;
  let calleeText = target;
  if (replacement.form === 'promisify') {
    const promisify = planImport(sourceCode, call, 'util', 'promisify');
    if (!promisify) return null;
    plans.push(promisify);
    calleeText = `${promisify.text}(${target})`;
  }
  const argumentsText = sourceCode.text.slice(call.callee.range[1], call.range[1]);
  const awaited = position === 'awaited' ? `${calleeText}${argumentsText}` : `await ${calleeText}${argumentsText}`;
  const text = position === 'parenthesized' ? `(${awaited})` : awaited;
  return {
    call: calleeText,
    fix: (fixer) => [fixer.replaceText(call, text), ...applyImportPlans(fixer, sourceCode, plans)],
  };
}

/**
 * How to name the replacement: on the same object for a method of the same
 * module (`fse.readJsonSync` → `fse.readJson`, `zlib.gzipSync` → `zlib.gzip`),
 * otherwise through an import.
 */
function referenceTo(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  api: BlockingApi,
  module: string,
  name: string,
  plans: ImportPlan[],
): string | null {
  const callee = skipTransparent(call.callee);
  if (module === api.module && callee.type === AST_NODE_TYPES.MemberExpression) {
    if (callee.computed || callee.optional || callee.object.type === AST_NODE_TYPES.Super) return null;
    return `${sourceCode.getText(callee.object)}.${name}`;
  }
  const plan = planImport(sourceCode, call, module, name);
  if (!plan) return null;
  plans.push(plan);
  return plan.text;
}

/**
 * Where the call sits: a place that takes `await <call>` as is, one that
 * needs parentheses (`(await f()).x`), one that already awaits, or null.
 */
function awaitPosition(call: TSESTree.CallExpression): 'plain' | 'parenthesized' | 'awaited' | null {
  const parent = call.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return 'plain';
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === call ? 'plain' : null;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === call ? 'plain' : null;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === call ? 'plain' : null;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return (parent.arguments as readonly TSESTree.Node[]).includes(call) ? 'plain' : null;
    case AST_NODE_TYPES.Property:
      return parent.value === call && parent.parent.type === AST_NODE_TYPES.ObjectExpression ? 'plain' : null;
    case AST_NODE_TYPES.AwaitExpression:
      return 'awaited';
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === call && !parent.optional ? 'parenthesized' : null;
    default:
      return null;
  }
}
