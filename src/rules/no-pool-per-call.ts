import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, enclosingFunction, isFunction, outermostTransparent, skipTransparent, type FunctionNode } from '../analysis/ast.js';
import { typeClass } from '../analysis/db.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { isRequestScopedClass } from '../analysis/nest.js';
import { isOwnClass, resolveCallee, typeServices } from '../analysis/resolve.js';
import { isTestCallback, runsOnceAtStartup } from '../analysis/run-once.js';
import { outlivesCall } from '../analysis/value-flow.js';
import { reportingOnRequestPath } from '../analysis/startup.js';
import { DB_PRODUCERS, dbClass, type DbClass, type DbProducer } from '../catalog/db.js';
import { createRule } from '../util/create-rule.js';
import { CONTEXTS_SCHEMA, type ContextsOption } from '../util/options.js';

export type MessageIds = 'poolPerCall' | 'servicePerCall' | 'poolPerRequestScope';

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type ExportProducer = Extract<DbProducer, { kind: 'export' }>;

interface PoolCreation {
  readonly node: CallLike;
  readonly cls: DbClass;
}

const EXPORT_PRODUCERS: readonly ExportProducer[] = DB_PRODUCERS.filter(
  (producer): producer is ExportProducer => producer.kind === 'export',
);
const EXPORT_NAMES: ReadonlySet<string> = new Set(EXPORT_PRODUCERS.map((producer) => producer.path.at(-1) ?? 'default'));

export type Options = [{ contexts?: ContextsOption }];

export default createRule<Options, MessageIds>({
  name: 'no-pool-per-call',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow creating a connection pool or pool-owning database client on every call of a function',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'leak',
      failureUnderLoad: {
        poolPerCall:
          'Every call opens a new pool with its own connections and nothing keeps or closes it ("Pool Death"): under about 50 concurrent requests the database reaches max_connections and refuses every new connection.',
        servicePerCall:
          'Each call constructs the service, whose constructor opens a new pool with its own connections: under about 50 concurrent requests the database reaches max_connections and refuses new ones.',
        poolPerRequestScope:
          "Nest constructs a request-scoped provider for every request, so each request opens a new pool or client with its own connections until the server's connection limit is reached.",
      },
      remedy: {
        poolPerCall: 'Create the pool or client once at module scope (or in a singleton service) and reuse it.',
        servicePerCall:
          'Create the service once (at module scope or through dependency injection) and reuse the instance.',
        poolPerRequestScope:
          'Create the pool or client in a singleton (default-scoped) provider and inject it into the request-scoped one.',
      },
    },
    schema: [{ type: 'object', description: 'Rule options.', properties: { contexts: CONTEXTS_SCHEMA }, additionalProperties: false }],
    defaultOptions: [{ contexts: { startup: false, shutdown: false } }],
    messages: {
      poolPerCall:
        '`{{producer}}` creates a new `{{cls}}` with its own connections on every call; create it once at module scope.',
      servicePerCall:
        '`new {{service}}()` runs `{{producer}}` (line {{line}}), a new `{{cls}}` per call; create the service once and reuse it.',
      poolPerRequestScope:
        '`{{producer}}` opens a new `{{cls}}` on every request in this request-scoped provider; move it to a singleton provider.',
    },
  },
  create(ruleContext, [{ contexts }]) {
    // A pool made while the service starts or stops is made once.
    const context = reportingOnRequestPath(ruleContext, contexts);
    if (!mayHoldDbValues(context)) return {};
    const sourceCode = context.sourceCode;
    const services = typeServices(context);
    const creations: PoolCreation[] = [];
    const instantiations: TSESTree.NewExpression[] = [];

    /** The pool class a call or `new` creates: by its import (or declared export), else — with types — by its result type. */
    function createdPoolClass(node: CallLike): DbClass | null {
      const resolved = resolveCallee(context, node, EXPORT_NAMES);
      let cls: DbClass | null = null;
      if (resolved) {
        const producer = EXPORT_PRODUCERS.find(
          (candidate) =>
            candidate.module === resolved.module &&
            (candidate.path.at(-1) ?? 'default') === resolved.name &&
            candidate.construct === (node.type === AST_NODE_TYPES.NewExpression),
        );
        cls = producer ? (dbClass(producer.returns) ?? null) : null;
      } else if (services && node.type === AST_NODE_TYPES.NewExpression && isClientCandidate(node) && !isOwnClass(context, node)) {
        // A client generated into the project (`new PrismaClient()` from `./generated/client`).
        cls = typeClass(context, node);
      }
      return cls && cls.role === 'pool' && !cls.embedded ? cls : null;
    }

    function isClientCandidate(node: TSESTree.NewExpression): boolean {
      const name = calleeName(node);
      if (name !== null && EXPORT_NAMES.has(name)) return true;
      const callee = skipTransparent(node.callee);
      const root = callee.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : callee;
      if (root.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = ASTUtils.findVariable(sourceCode.getScope(root), root)?.defs[0];
      return definition?.type === 'ImportBinding' && definition.parent.type === AST_NODE_TYPES.ImportDeclaration && definition.parent.source.value.startsWith('.');
    }

    function visitCall(node: CallLike): void {
      const cls = createdPoolClass(node);
      if (cls) creations.push({ node, cls });
      if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier) instantiations.push(node);
    }

    function producerText(node: CallLike): string {
      const callee = sourceCode.getText(node.callee);
      return node.type === AST_NODE_TYPES.NewExpression ? `new ${callee}()` : `${callee}()`;
    }

    /** Code that runs on every call of some function, outside test callbacks. */
    function runsPerCall(node: TSESTree.Node): FunctionNode | null {
      const fn = enclosingFunction(node);
      if (!fn || runsOnceAtStartup(sourceCode, node)) return null;
      for (let current: FunctionNode | null = fn; current; current = enclosingFunction(current)) {
        if (isTestCallback(current)) return null;
      }
      return fn;
    }

    return {
      CallExpression: visitCall,
      NewExpression: visitCall,
      'Program:exit'() {
        const poolOwners = new Map<ClassNode, PoolCreation>();
        for (const creation of creations) {
          const owner = storingClass(creation.node);
          if (owner) {
            if (!poolOwners.has(owner)) poolOwners.set(owner, creation);
            if (isRequestScopedClass(context, owner)) {
              context.report({
                node: creation.node,
                messageId: 'poolPerRequestScope',
                data: { producer: producerText(creation.node), cls: creation.cls.id },
              });
            }
            continue;
          }
          const fn = runsPerCall(creation.node);
          if (!fn || outlivesCall(sourceCode, creation.node, fn)) continue;
          context.report({
            node: creation.node,
            messageId: 'poolPerCall',
            data: { producer: producerText(creation.node), cls: creation.cls.id },
          });
        }
        if (poolOwners.size === 0) return;
        for (const node of instantiations) {
          const cls = classOf(node.callee);
          const creation = cls ? poolOwners.get(cls) : undefined;
          if (!cls || !creation) continue;
          const fn = runsPerCall(node);
          if (!fn || outlivesCall(sourceCode, node, fn)) continue;
          context.report({
            node,
            messageId: 'servicePerCall',
            data: {
              service: sourceCode.getText(node.callee),
              producer: producerText(creation.node),
              line: creation.node.loc.start.line,
              cls: creation.cls.id,
            },
          });
        }
      },
    };

    /** The class of this file that `new Service()` names. */
    function classOf(callee: TSESTree.Expression): ClassNode | null {
      if (callee.type !== AST_NODE_TYPES.Identifier) return null;
      const definition = ASTUtils.findVariable(sourceCode.getScope(callee), callee)?.defs[0];
      if (definition?.type === 'ClassName') {
        const node = definition.node;
        return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression ? node : null;
      }
      if (definition?.type === 'Variable' && definition.node.init) {
        const init = skipTransparent(definition.node.init);
        return init.type === AST_NODE_TYPES.ClassExpression ? init : null;
      }
      return null;
    }

    /**
     * The class whose instances keep this pool: an instance field initializer
     * (`pool = new Pool()`), or a constructor that stores it on `this`, directly
     * or through a local variable.
     */
    function storingClass(node: CallLike): ClassNode | null {
      let current: TSESTree.Node = outermostTransparent(node);
      while (
        current.parent &&
        (current.parent.type === AST_NODE_TYPES.AwaitExpression || current.parent.type === AST_NODE_TYPES.LogicalExpression)
      ) {
        current = outermostTransparent(current.parent);
      }
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === current) {
        return parent.static ? null : parent.parent.parent;
      }
      const constructor = constructorOf(current);
      if (!constructor) return null;
      if (isThisAssignment(parent, current)) return constructor;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
        const stored = variable?.references.some((reference) => {
          const use = outermostTransparent(reference.identifier);
          return !reference.init && isThisAssignment(use.parent, use);
        });
        return stored ? constructor : null;
      }
      return null;
    }
  },
});

function isThisAssignment(parent: TSESTree.Node | undefined, value: TSESTree.Node): boolean {
  return (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === value &&
    parent.left.type === AST_NODE_TYPES.MemberExpression &&
    parent.left.object.type === AST_NODE_TYPES.ThisExpression
  );
}

/** The class whose constructor body `node` is in (not inside a nested non-arrow function). */
function constructorOf(node: TSESTree.Node): ClassNode | null {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!isFunction(parent)) continue;
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    const method = parent.parent;
    return method.type === AST_NODE_TYPES.MethodDefinition && method.kind === 'constructor' ? method.parent.parent : null;
  }
  return null;
}
