import { typeMatchesSomeSpecifier, typeOrValueSpecifiersSchema, type TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';

import { isFunction, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { dbValueOf } from '../analysis/db.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { isRequestScopedClass } from '../analysis/nest.js';
import { typeServices } from '../analysis/resolve.js';
import { createRule } from '../util/create-rule.js';
import { localVariableRewrite } from './no-stored-session/local-variable.js';

export type MessageIds = 'storedSession' | 'suggestLocalVariable';
export type Options = [{ sessionTypes: TypeOrValueSpecifier[] }];

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Where `this` points, seen from some code: an instance or the class itself, of a class or of a plain function. */
interface ThisBinding {
  readonly cls: ClassNode | null;
  readonly isStatic: boolean;
}

/** Values that can hold a DB handle; literals, functions and arithmetic never do. */
const VALUE_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
]);

const STORING_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=']);

export default createRule<Options, MessageIds>({
  name: 'no-stored-session',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow storing a request-scoped database session, transaction or checked-out client where it outlives the request',
      recommended: 'recommended',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad:
        'Concurrent requests share the one stored connection or transaction: their queries interleave inside one transaction, commit or roll back each other, or run on a client already released to the pool.',
      remedy: 'Keep the handle in a local variable or pass it as a parameter, so each request uses the session it opened.',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          sessionTypes: {
            ...typeOrValueSpecifiersSchema,
            description:
              'More types whose values are request-scoped sessions (your own unit-of-work or transaction wrapper), as TypeOrValueSpecifier objects.',
          },
        },
      },
    ],
    defaultOptions: [{ sessionTypes: [] }],
    messages: {
      storedSession:
        '`{{target}}` keeps a request-scoped `{{handle}}` beyond its request; keep it in a local variable or pass it along.',
      suggestLocalVariable: 'Keep it in a local variable `{{name}}` of the function that opens it.',
    },
  },
  create(context, [options]) {
    if (!mayHoldDbValues(context)) return {};
    const sourceCode = context.sourceCode;
    const services = typeServices(context);
    const checker = services?.program.getTypeChecker() ?? null;
    const sessionTypes = options.sessionTypes;

    /** The session class (or configured type) a value holds, as a label for the message. */
    function sessionLabel(value: TSESTree.Node): string | null {
      const expression = skipTransparent(value);
      if (!VALUE_TYPES.has(expression.type)) return null;
      const db = dbValueOf(context, expression);
      if (db) return db.cls.role === 'session' ? db.cls.id : null;
      return configuredSessionType(expression);
    }

    /** With types: the value's type is one of the `sessionTypes` of the options. */
    function configuredSessionType(node: TSESTree.Node): string | null {
      if (!services || !checker || sessionTypes.length === 0) return null;
      const type = services.getTypeAtLocation(node);
      const awaited = checker.getAwaitedType(type) ?? type;
      const parts = awaited.isUnion() ? awaited.types.filter((part) => !isNullish(part)) : [awaited];
      const matches = parts.length > 0 && parts.every((part) => typeMatchesSomeSpecifier(part, sessionTypes, services.program));
      return matches ? checker.typeToString(awaited.isUnion() && parts[0] ? parts[0] : awaited) : null;
    }

    function report(node: TSESTree.Node, target: string, handle: string, suggest: TSESLint.ReportSuggestionArray<MessageIds> = []): void {
      context.report({ node, messageId: 'storedSession', data: { target, handle }, suggest });
    }

    /** Instance storage of a request-scoped Nest provider lives exactly one request. */
    function outlivesRequest(binding: ThisBinding): boolean {
      return binding.isStatic || binding.cls === null || !isRequestScopedClass(context, binding.cls);
    }

    function checkAssignment(node: TSESTree.AssignmentExpression): void {
      if (!STORING_OPERATORS.has(node.operator)) return;
      const left = skipTransparent(node.left);
      const target = storageTarget(left);
      if (!target) return;
      const handle = sessionLabel(node.right);
      if (handle === null) return;
      const rewrite = node.operator === '=' && target.local ? localVariableRewrite(sourceCode, node, target.local) : null;
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = rewrite
        ? [{ messageId: 'suggestLocalVariable', data: { name: rewrite.name }, fix: rewrite.fix }]
        : [];
      report(node, sourceCode.getText(left), handle, suggest);
    }

    /**
     * Whether writing `left` stores a value beyond the current request: `this.x`
     * (outside a request-scoped Nest class), a static property, a module-level
     * variable or object, or a global, written inside a function.
     */
    function storageTarget(left: TSESTree.Node): { local: 'field' | 'module-variable' | null } | null {
      if (left.type === AST_NODE_TYPES.MemberExpression) {
        const object = skipTransparent(left.object);
        if (object.type === AST_NODE_TYPES.ThisExpression) {
          const binding = thisBinding(left);
          if (!binding || !outlivesRequest(binding)) return null;
          return { local: binding.cls && !binding.isStatic ? 'field' : null };
        }
        return insideFunction(left) && isModuleLevelPath(left) ? { local: null } : null;
      }
      if (left.type === AST_NODE_TYPES.Identifier && insideFunction(left)) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(left), left);
        return variable && isModuleScope(variable.scope) ? { local: 'module-variable' } : null;
      }
      return null;
    }

    /** `Repo.client`, `state.tx`, `globalThis.session`: a member path whose root is module-level or global. */
    function isModuleLevelPath(member: TSESTree.MemberExpression): boolean {
      let root: TSESTree.Node = member;
      while (root.type === AST_NODE_TYPES.MemberExpression) {
        if (root.computed && staticPropertyName(root) === null) return false;
        root = skipTransparent(root.object);
      }
      if (root.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(root), root);
      if (!variable) return root.name === 'globalThis' || root.name === 'global';
      if (variable.defs.length === 0) return root.name === 'globalThis' || root.name === 'global';
      const definition = variable.defs[0];
      // Inside its own body a class's name is bound in the class scope: `Audit.trx` is a static property.
      if (variable.scope.type === 'class') return true;
      // Parameters of a module-level function are not module state, and `module.exports` is an export.
      return isModuleScope(variable.scope) && definition?.type !== 'Parameter' && root.name !== 'module' && root.name !== 'exports';
    }

    function checkProperty(node: TSESTree.PropertyDefinition): void {
      if (!node.value || node.computed) return;
      const cls = node.parent.parent;
      if (!outlivesRequest({ cls, isStatic: node.static })) return;
      const handle = sessionLabel(node.value);
      if (handle === null) return;
      report(node, memberLabel(cls, node.key, node.static), handle);
    }

    /** `constructor(private tx: Knex.Transaction)`: by the declared type, so only with type information. */
    function checkParameterProperty(node: TSESTree.TSParameterProperty): void {
      if (!services) return;
      const parameter = node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.left : node.parameter;
      if (parameter.type !== AST_NODE_TYPES.Identifier || !parameter.typeAnnotation) return;
      const method = node.parent;
      const cls = method.parent?.parent?.parent;
      if (cls?.type !== AST_NODE_TYPES.ClassDeclaration && cls?.type !== AST_NODE_TYPES.ClassExpression) return;
      if (!outlivesRequest({ cls, isStatic: false })) return;
      const handle = sessionLabel(parameter);
      if (handle === null) return;
      report(node, `this.${parameter.name}`, handle);
    }

    return {
      AssignmentExpression: checkAssignment,
      'ClassBody > PropertyDefinition': checkProperty,
      TSParameterProperty: checkParameterProperty,
    };
  },
});

function memberLabel(cls: ClassNode, key: TSESTree.Node, isStatic: boolean): string {
  const name =
    key.type === AST_NODE_TYPES.PrivateIdentifier
      ? `#${key.name}`
      : key.type === AST_NODE_TYPES.Identifier
        ? key.name
        : key.type === AST_NODE_TYPES.Literal
          ? String(key.value)
          : '[key]';
  if (!isStatic) return `this.${name}`;
  return cls.id ? `${cls.id.name}.${name}` : `static ${name}`;
}

/** What `this` is where `node` is: the instance or the class of the enclosing class member, or a plain function's `this`. */
function thisBinding(node: TSESTree.Node): ThisBinding | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child) {
      return { cls: parent.parent.parent, isStatic: parent.static };
    }
    if (parent.type === AST_NODE_TYPES.StaticBlock) return { cls: parent.parent.parent, isStatic: true };
    if (isFunction(parent) && parent.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
      const owner = parent.parent;
      if (owner.type === AST_NODE_TYPES.MethodDefinition || owner.type === AST_NODE_TYPES.PropertyDefinition) {
        return { cls: owner.parent.parent, isStatic: owner.static };
      }
      // A method of an object literal built inside a function: the object lives as long as that call.
      if (owner.type === AST_NODE_TYPES.Property && owner.parent.type === AST_NODE_TYPES.ObjectExpression && insideFunction(owner.parent)) {
        return null;
      }
      return { cls: null, isStatic: false };
    }
  }
  // `this` at module level is `undefined` (ESM) or `module.exports` (CommonJS): nothing request-scoped lives there.
  return null;
}

function insideFunction(node: TSESTree.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunction(parent)) return true;
    if (parent.type === AST_NODE_TYPES.StaticBlock) return false;
  }
  return false;
}

/** The top-level scope of the file: an ES module, a script, or CommonJS's module wrapper. */
function isModuleScope(scope: TSESLint.Scope.Scope): boolean {
  if (scope.type === 'module' || scope.type === 'global') return true;
  return scope.type === 'function' && scope.block.type === AST_NODE_TYPES.Program;
}

function isNullish(type: ts.Type): boolean {
  // ts.TypeFlags.Null | Undefined | Void
  return (type.flags & (65536 | 32768 | 16384)) !== 0;
}
