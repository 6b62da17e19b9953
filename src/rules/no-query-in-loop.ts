import { typeMatchesSomeSpecifier } from '@typescript-eslint/type-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { isBoundedIteration } from '../analysis/bounded.js';
import { dbValueOf } from '../analysis/db.js';
import { declaredOutsideDb } from '../analysis/declared-type.js';
import { modelOriginOf } from '../analysis/db-models.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { typeServices } from '../analysis/resolve.js';
import { BATCH_METHODS, MODEL_TYPES, NON_QUERY_METHODS } from '../catalog/retry.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'queryInLoop';

type LoopStatement =
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement;

const LOOP_NAMES: Readonly<Record<LoopStatement['type'], string>> = Object.freeze({
  [AST_NODE_TYPES.DoWhileStatement]: 'do…while',
  [AST_NODE_TYPES.ForInStatement]: 'for…in',
  [AST_NODE_TYPES.ForOfStatement]: 'for…of',
  [AST_NODE_TYPES.ForStatement]: 'for',
  [AST_NODE_TYPES.WhileStatement]: 'while',
});

const MODEL_LIBRARIES: Readonly<Record<string, string>> = Object.freeze({
  'sequelize-model': 'sequelize',
  'mongoose-model': 'mongoose',
  'mongodb-collection': 'mongodb',
});

function isLoop(node: TSESTree.Node): node is LoopStatement {
  return Object.hasOwn(LOOP_NAMES, node.type);
}

export default createRule<[], MessageIds>({
  name: 'no-query-in-loop',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow awaiting a database query inside a loop body',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'scale',
      failureUnderLoad:
        'A loop over N items makes N sequential round trips, each holding a pool connection, so a 1000-item request takes 1000 times the latency and starves the pool.',
      remedy:
        'Batch the loop into one query (`WHERE id IN (...)`, `= ANY($1)`, `createMany`, `insertMany`, `bulkCreate`) or a join.',
    },
    schema: [],
    messages: {
      queryInLoop:
        'This awaited {{library}} query runs once per iteration of the `{{loop}}` loop; batch it into one query or a join.',
    },
  },
  create(context) {
    if (!mayHoldDbValues(context)) return {};
    const services = typeServices(context);
    const checker = services?.program.getTypeChecker() ?? null;

    /** The loops (innermost first) whose body runs `node`, within its own function. */
    function enclosingLoops(node: TSESTree.Node): LoopStatement[] {
      const loops: LoopStatement[] = [];
      let child: TSESTree.Node = node;
      for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (isFunction(parent)) break;
        if (isLoop(parent) && child === parent.body) loops.push(parent);
      }
      return loops;
    }

    /** `try { await q(); break; } catch { … }` in the loop body: one attempt of a retry, not a round trip per element. */
    function isRetryAttempt(node: TSESTree.Node, loop: LoopStatement): boolean {
      let child: TSESTree.Node = node;
      for (let parent = node.parent; parent && parent !== loop; child = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.TryStatement && child === parent.block && parent.handler) {
          return exitsLoop(parent.block, loop);
        }
      }
      return false;
    }

    function exitsLoop(node: TSESTree.Node, loop: LoopStatement): boolean {
      let found = false;
      const visit = (current: TSESTree.Node, nestedLoop: boolean): void => {
        if (found || isFunction(current)) return;
        if (current.type === AST_NODE_TYPES.ReturnStatement) found = true;
        if (current.type === AST_NODE_TYPES.BreakStatement && (current.label ? labelOf(loop) === current.label.name : !nestedLoop)) {
          found = true;
        }
        for (const key of Object.keys(current) as (keyof typeof current)[]) {
          if (key === 'parent') continue;
          const value = current[key] as unknown;
          const children = Array.isArray(value) ? value : [value];
          for (const child of children) {
            if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
              const next = child as TSESTree.Node;
              visit(next, nestedLoop || isLoop(next) || next.type === AST_NODE_TYPES.SwitchStatement);
            }
          }
        }
      };
      visit(node, false);
      return found;
    }

    function labelOf(loop: LoopStatement): string | null {
      return loop.parent.type === AST_NODE_TYPES.LabeledStatement ? loop.parent.label.name : null;
    }

    /** The root of a call chain and the name of its last method: `prisma` and `findUnique` in `prisma.user.findUnique(…)`. */
    function chainOf(node: TSESTree.Node): { root: TSESTree.Node; method: string | null } | null {
      let current = skipTransparent(node);
      let method: string | null = null;
      let calls = false;
      for (;;) {
        if (current.type === AST_NODE_TYPES.CallExpression) {
          calls = true;
          const callee = skipTransparent(current.callee);
          if (method === null && callee.type === AST_NODE_TYPES.MemberExpression) method = staticPropertyName(callee) ?? '';
          current = callee;
        } else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression) {
          calls = true;
          current = skipTransparent(current.tag);
        } else if (current.type === AST_NODE_TYPES.MemberExpression) {
          if (skipTransparent(current.object).type === AST_NODE_TYPES.ThisExpression) break;
          current = skipTransparent(current.object);
        } else {
          break;
        }
      }
      return calls ? { root: current, method } : null;
    }

    /** The library of a DB value or model the chain starts at: by origin, then by type. */
    function libraryOf(root: TSESTree.Node): string | null {
      if (root.type !== AST_NODE_TYPES.Identifier && root.type !== AST_NODE_TYPES.MemberExpression) return null;
      const value = dbValueOf(context, root);
      if (value) return value.cls.library;
      const model = modelOriginOf(context, root);
      if (model) return MODEL_LIBRARIES[model] ?? null;
      // Model types are DB packages' types: a declaration outside them answers without a type query.
      if (!services || !checker || declaredOutsideDb(services, root)) return null;
      const type = services.getTypeAtLocation(root);
      if (typeMatchesSomeSpecifier(type, [...MODEL_TYPES], services.program)) {
        const symbol = type.getSymbol() ?? type.aliasSymbol;
        const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
        return /node_modules\/(@[^/]+\/[^/]+|[^/]+)\//u.exec(file)?.[1] ?? 'database';
      }
      return null;
    }

    return {
      AwaitExpression(node) {
        const loops = enclosingLoops(node);
        if (loops.length === 0) return;
        const chain = chainOf(node.argument);
        if (!chain || (chain.method !== null && (NON_QUERY_METHODS.has(chain.method) || BATCH_METHODS.has(chain.method)))) return;
        // The library first: usually the declarations answer it, where a bounded loop may need the collection's type.
        const library = libraryOf(chain.root);
        if (!library) return;
        const loop = loops.find((candidate) => !isRetryAttempt(node, candidate) && !isBoundedIteration(context, { kind: 'statement', node: candidate }));
        if (!loop) return;
        context.report({ node, messageId: 'queryInLoop', data: { library, loop: LOOP_NAMES[loop.type] } });
      },
    };
  },
});
