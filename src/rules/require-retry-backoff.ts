import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { resolveCallee } from '../analysis/resolve.js';
import {
  ATTEMPT_NAME,
  CALLBACK_TIMERS,
  JITTER_NAME,
  SLEEP_EXPORTS,
  SLEEP_HELPER_NAMES,
  SUGGESTED_CAP_MS,
} from '../catalog/retry.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'retryWithoutBackoff' | 'suggestBackoff';

type LoopStatement =
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement;

type DelayKind = 'constant' | 'linear' | 'no jitter';

const SLEEP_EXPORT_NAMES: ReadonlySet<string> = new Set(SLEEP_EXPORTS.map((entry) => entry.name));
const MAX_HOPS = 3;

function isLoop(node: TSESTree.Node): node is LoopStatement {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** Every child node of `node` (no `parent`). */
function childrenOf(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') children.push(child as TSESTree.Node);
    }
  }
  return children;
}

export default createRule<[], MessageIds>({
  name: 'require-retry-backoff',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require retry loops to back off exponentially with jitter',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'scale',
      failureUnderLoad:
        'When a dependency fails, every instance retries on the same constant or linear schedule, so the retries arrive in synchronized waves that keep the recovering service down.',
      remedy: 'Wait `Math.min(cap, base * 2 ** attempt)` times a random factor between retries, or use a retry library (p-retry, async-retry).',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      retryWithoutBackoff:
        'This retry waits a {{kind}} delay (`{{delay}}`), so callers retry in lockstep; back off exponentially with jitter.',
      suggestBackoff: 'Wait `Math.min(30_000, {{base}} * 2 ** {{attempt}}) * (0.5 + Math.random())` instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** The delay argument of an awaited sleep: `new Promise((r) => setTimeout(r, d))`, `setTimeout(d)` of timers/promises, `sleep(d)`. */
    function delayOf(argument: TSESTree.Expression): TSESTree.Expression | null {
      const expression = skipTransparent(argument);
      if (expression.type === AST_NODE_TYPES.NewExpression) return promisifiedTimerDelay(expression);
      if (expression.type !== AST_NODE_TYPES.CallExpression) return null;
      const callee = skipTransparent(expression.callee);
      const name =
        callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
      if (name === null) return null;
      const first = expression.arguments[0];
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
      if (SLEEP_HELPER_NAMES.has(name) && !isImportedFromElsewhere(callee)) return first;
      const resolved = resolveCallee(context, expression, SLEEP_EXPORT_NAMES);
      if (resolved && SLEEP_EXPORTS.some((entry) => entry.module === resolved.module && entry.name === resolved.name)) return first;
      return null;
    }

    /** `sleep` imported from a retry library or another package is not ours to judge, unless the catalog knows it. */
    function isImportedFromElsewhere(callee: TSESTree.Node): boolean {
      if (callee.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
      const definition = variable?.defs[0];
      if (definition?.type !== 'ImportBinding' || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
      const source = definition.parent.source.value;
      return !source.startsWith('.') && !SLEEP_EXPORTS.some((entry) => entry.module === source);
    }

    function promisifiedTimerDelay(expression: TSESTree.NewExpression): TSESTree.Expression | null {
      const callee = skipTransparent(expression.callee);
      const executor = expression.arguments[0];
      if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'Promise' || !isFunction(executor)) return null;
      const resolve = executor.params[0];
      if (resolve?.type !== AST_NODE_TYPES.Identifier) return null;
      let timer: TSESTree.CallExpression | null = null;
      const body = executor.body;
      const statements = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [{ type: AST_NODE_TYPES.ExpressionStatement, expression: body } as TSESTree.ExpressionStatement];
      for (const statement of statements) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const call = skipTransparent(statement.expression);
        if (call.type !== AST_NODE_TYPES.CallExpression) continue;
        const timerCallee = skipTransparent(call.callee);
        if (timerCallee.type === AST_NODE_TYPES.Identifier && CALLBACK_TIMERS.has(timerCallee.name)) timer = call;
      }
      const delay = timer?.arguments[1];
      return delay && delay.type !== AST_NODE_TYPES.SpreadElement ? delay : null;
    }

    /** The innermost loop whose body holds `node`, in the same function. */
    function enclosingLoop(node: TSESTree.Node): LoopStatement | null {
      let child: TSESTree.Node = node;
      for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (isFunction(parent)) return null;
        if (isLoop(parent) && child === parent.body) return parent;
      }
      return null;
    }

    /**
     * Whether the loop retries after a failure: the sleep is in a `catch` that
     * lets the loop go on (or after a `try` whose `catch` does), or the loop
     * counts attempts (a variable named like `attempt`/`retries` in its test
     * or update). A loop without either is polling, not retrying.
     */
    function isRetryLoop(loop: LoopStatement, sleep: TSESTree.Node): boolean {
      if (catchContinues(loop, sleep)) return true;
      return attemptCounter(loop) !== null;
    }

    function catchContinues(loop: LoopStatement, sleep: TSESTree.Node): boolean {
      for (let parent = sleep.parent; parent && parent !== loop; parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.CatchClause) return !alwaysExits(parent.body);
      }
      // A `try` elsewhere in the body whose catch swallows the error: the sleep runs after a failed attempt.
      let found = false;
      const visit = (node: TSESTree.Node): void => {
        if (found || isFunction(node)) return;
        if (node.type === AST_NODE_TYPES.TryStatement && node.handler && !alwaysExits(node.handler.body)) found = true;
        for (const next of childrenOf(node)) visit(next);
      };
      visit(loop.body);
      return found;
    }

    /** A block whose last statement throws, returns or breaks. */
    function alwaysExits(block: TSESTree.BlockStatement): boolean {
      const last = block.body.at(-1);
      return (
        last?.type === AST_NODE_TYPES.ThrowStatement ||
        last?.type === AST_NODE_TYPES.ReturnStatement ||
        last?.type === AST_NODE_TYPES.BreakStatement
      );
    }

    /** The attempt counter a loop tests or updates: `attempt` in `for (let attempt = 0; attempt < 5; attempt++)`, `while (retries-- > 0)`. */
    function attemptCounter(loop: LoopStatement): TSESLint.Scope.Variable | null {
      const places: TSESTree.Node[] = [];
      if (loop.type === AST_NODE_TYPES.ForStatement) {
        if (loop.test) places.push(loop.test);
        if (loop.update) places.push(loop.update);
        if (loop.init) places.push(loop.init);
      } else if (loop.type === AST_NODE_TYPES.WhileStatement || loop.type === AST_NODE_TYPES.DoWhileStatement) {
        places.push(loop.test);
      }
      let counter: TSESLint.Scope.Variable | null = null;
      const visit = (node: TSESTree.Node): void => {
        if (counter || isFunction(node)) return;
        if (node.type === AST_NODE_TYPES.Identifier && ATTEMPT_NAME.test(node.name)) {
          const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
          if (variable && variable.defs.length === 1 && variable.defs[0]?.type === 'Variable') counter = variable;
        }
        for (const next of childrenOf(node)) visit(next);
      };
      for (const place of places) visit(place);
      return counter;
    }

    /** Variables written inside the loop (its test, update or body): what changes between attempts. */
    function changesInLoop(variable: TSESLint.Scope.Variable, loop: LoopStatement): boolean {
      return variable.references.some(
        (reference) =>
          reference.isWrite() &&
          !reference.init &&
          reference.identifier.range[0] >= loop.range[0] &&
          reference.identifier.range[1] <= loop.range[1],
      ) || (loop.type === AST_NODE_TYPES.ForStatement && loop.init !== null && variable.defs.some((definition) => contains(loop.init as TSESTree.Node, definition.name)));
    }

    function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
      return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
    }

    /**
     * How a delay grows: `constant` (a static value), `linear` (uses a value
     * that changes each attempt, without powers), `exponential` (a power, a
     * shift or a doubling variable), `jittered` (a random term), or `unknown`.
     */
    function classify(node: TSESTree.Node, loop: LoopStatement, hops: number): DelayKind | 'exponential' | 'jittered' | 'unknown' {
      const scope = sourceCode.getScope(node);
      const flags = { random: false, power: false, changing: false, unknown: false };
      const visit = (current: TSESTree.Node, depth: number): void => {
        const expression = skipTransparent(current);
        switch (expression.type) {
          case AST_NODE_TYPES.Literal:
            return;
          case AST_NODE_TYPES.BinaryExpression:
            if (expression.operator === '**' || expression.operator === '<<') flags.power = true;
            visit(expression.left, depth);
            visit(expression.right, depth);
            return;
          case AST_NODE_TYPES.UnaryExpression:
            visit(expression.argument, depth);
            return;
          case AST_NODE_TYPES.ConditionalExpression:
            visit(expression.consequent, depth);
            visit(expression.alternate, depth);
            return;
          case AST_NODE_TYPES.CallExpression: {
            const callee = skipTransparent(expression.callee);
            const name =
              callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
            if (name !== null && JITTER_NAME.test(name)) {
              flags.random = true;
              return;
            }
            if (name === 'pow') flags.power = true;
            const isMath = callee.type === AST_NODE_TYPES.MemberExpression && skipTransparent(callee.object).type === AST_NODE_TYPES.Identifier && (skipTransparent(callee.object) as TSESTree.Identifier).name === 'Math';
            if (!isMath) flags.unknown = true;
            for (const argument of expression.arguments) visit(argument, depth);
            return;
          }
          case AST_NODE_TYPES.Identifier: {
            if (JITTER_NAME.test(expression.name)) {
              flags.random = true;
              return;
            }
            const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
            const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
            if (!variable || definition?.type !== 'Variable') {
              flags.unknown = true;
              return;
            }
            if (changesInLoop(variable, loop)) {
              flags.changing = true;
              const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init && contains(loop, reference.identifier));
              for (const reference of writes) {
                const assignment = reference.identifier.parent;
                if (assignment.type === AST_NODE_TYPES.AssignmentExpression) {
                  if (['*=', '**=', '<<='].includes(assignment.operator)) flags.power = true;
                  if (assignment.operator === '=' && depth < MAX_HOPS) {
                    const inner = classify(assignment.right, loop, depth + 1);
                    if (inner === 'jittered') flags.random = true;
                    if (inner === 'exponential' || inner === 'no jitter' || mentions(assignment.right, variable, '*')) flags.power = true;
                  }
                }
              }
              return;
            }
            const init = definition.node.init;
            if (init && depth < MAX_HOPS) visit(init, depth + 1);
            else if (!init) flags.unknown = true;
            return;
          }
          case AST_NODE_TYPES.MemberExpression:
            if (ASTUtils.getStaticValue(expression, scope) === null) flags.unknown = true;
            return;
          default:
            flags.unknown = true;
        }
      };
      visit(node, hops);
      if (flags.random) return 'jittered';
      if (flags.power) return 'no jitter';
      if (flags.unknown) return 'unknown';
      if (flags.changing) return 'linear';
      return 'constant';
    }

    /** `delay * 2` on the right of `delay = …`. */
    function mentions(node: TSESTree.Node, variable: TSESLint.Scope.Variable, operator: string): boolean {
      const expression = skipTransparent(node);
      if (expression.type !== AST_NODE_TYPES.BinaryExpression) {
        if (expression.type === AST_NODE_TYPES.CallExpression) return expression.arguments.some((argument) => mentions(argument, variable, operator));
        return false;
      }
      const isVariable = (side: TSESTree.Node) => {
        const value = skipTransparent(side);
        return value.type === AST_NODE_TYPES.Identifier && variable.references.some((reference) => reference.identifier === value);
      };
      if (expression.operator === operator && (isVariable(expression.left) || isVariable(expression.right))) return true;
      return mentions(expression.left, variable, operator) || mentions(expression.right, variable, operator);
    }

    /** The suggested delay: the base of a constant (`1000`) or linear (`attempt * 1000`) delay, and the loop's attempt counter. */
    function suggestion(delay: TSESTree.Expression, kind: DelayKind, loop: LoopStatement): TSESLint.ReportSuggestionArray<MessageIds> {
      const counter = attemptCounter(loop);
      if (!counter || !changesInLoop(counter, loop) || sourceCode.getCommentsInside(delay).length > 0) return [];
      const expression = skipTransparent(delay);
      let base: TSESTree.Node | null = null;
      if (kind === 'constant') base = expression;
      else if (kind === 'linear' && expression.type === AST_NODE_TYPES.BinaryExpression && expression.operator === '*') {
        const usesCounter = (side: TSESTree.Node): boolean => {
          let found = false;
          const visit = (current: TSESTree.Node): void => {
            if (current.type === AST_NODE_TYPES.Identifier && counter.references.some((reference) => reference.identifier === current)) found = true;
            for (const next of childrenOf(current)) visit(next);
          };
          visit(side);
          return found;
        };
        if (usesCounter(expression.left) && !usesCounter(expression.right)) base = expression.right;
        else if (usesCounter(expression.right) && !usesCounter(expression.left)) base = expression.left;
      }
      else if (kind === 'no jitter' && expression.type === AST_NODE_TYPES.BinaryExpression && expression.operator === '*') {
        const isPower = (side: TSESTree.Node): boolean => {
          const power = skipTransparent(side);
          if (power.type !== AST_NODE_TYPES.BinaryExpression || power.operator !== '**') return false;
          const exponent = skipTransparent(power.right);
          return (
            ASTUtils.getStaticValue(power.left, sourceCode.getScope(power))?.value === 2 &&
            exponent.type === AST_NODE_TYPES.Identifier &&
            counter.references.some((reference) => reference.identifier === exponent)
          );
        };
        if (isPower(expression.left) && ASTUtils.getStaticValue(expression.right, sourceCode.getScope(expression)) !== null) base = expression.right;
        else if (isPower(expression.right) && ASTUtils.getStaticValue(expression.left, sourceCode.getScope(expression)) !== null) base = expression.left;
      }
      if (!base) return [];
      const baseText = needsParens(base) ? `(${sourceCode.getText(base)})` : sourceCode.getText(base);
      const data = { base: baseText, attempt: counter.name };
      const text = `Math.min(${SUGGESTED_CAP_MS}, ${baseText} * 2 ** ${counter.name}) * (0.5 + Math.random())`;
      return [{ messageId: 'suggestBackoff', data, fix: (fixer) => fixer.replaceText(delay, text) }];
    }

    function needsParens(node: TSESTree.Node): boolean {
      return !(
        node.type === AST_NODE_TYPES.Literal ||
        node.type === AST_NODE_TYPES.Identifier ||
        node.type === AST_NODE_TYPES.MemberExpression ||
        node.type === AST_NODE_TYPES.CallExpression
      );
    }

    return {
      AwaitExpression(node) {
        const delay = delayOf(node.argument);
        if (!delay) return;
        const loop = enclosingLoop(node);
        if (!loop || !isRetryLoop(loop, node)) return;
        const kind = classify(delay, loop, 0);
        if (kind !== 'constant' && kind !== 'linear' && kind !== 'no jitter') return;
        context.report({
          node: node.argument,
          messageId: 'retryWithoutBackoff',
          data: { kind, delay: sourceCode.getText(delay) },
          suggest: suggestion(delay, kind, loop),
        });
      },
    };
  },
});
