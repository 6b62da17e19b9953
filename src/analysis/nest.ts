import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { NEST_MODULE } from '../catalog/frameworks.js';
import { findProperty, skipTransparent, staticPropertyName } from './ast.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Nest class decorators that take `{ scope }`. */
const SCOPED_DECORATORS: readonly string[] = Object.freeze(['Injectable', 'Controller']);

/**
 * Whether Nest creates a new instance of the class for every request, by
 * declaration: `@Injectable({ scope: Scope.REQUEST })` or
 * `@Controller({ scope: Scope.REQUEST, … })`, with `Injectable`/`Controller`
 * and `Scope` imported from `@nestjs/common` (named, aliased or through a
 * namespace import). A `durable: true` provider is shared by every request of
 * the same tenant, so it does not count.
 */
export function isRequestScopedClass(context: AnyContext, classNode: ClassNode): boolean {
  return classNode.decorators.some((decorator) => {
    const expression = skipTransparent(decorator.expression);
    if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = nestImportName(context, expression.callee);
    if (name === null || !SCOPED_DECORATORS.includes(name)) return false;
    const options = expression.arguments[0] ? skipTransparent(expression.arguments[0]) : null;
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const scope = findProperty(options, 'scope');
    const durable = findProperty(options, 'durable');
    if (durable && !isLiteral(durable.value, false)) return false;
    return scope !== undefined && isScopeRequest(context, scope.value);
  });
}

function isLiteral(node: TSESTree.Node, value: unknown): boolean {
  const expression = skipTransparent(node);
  return expression.type === AST_NODE_TYPES.Literal && expression.value === value;
}

/** `Scope.REQUEST`, or `nest.Scope.REQUEST` through a namespace import. */
function isScopeRequest(context: AnyContext, node: TSESTree.Node): boolean {
  const member = skipTransparent(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(member) !== 'REQUEST') return false;
  return nestImportName(context, member.object) === 'Scope';
}

/**
 * The name under which `@nestjs/common` exports what `node` refers to:
 * `Injectable` for `Injectable`, `Inj` (imported as `{ Injectable as Inj }`)
 * or `common.Injectable` (with `import * as common`). Null for anything else.
 */
function nestImportName(context: AnyContext, node: TSESTree.Node): string | null {
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTransparent(expression.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return null;
    const binding = importBinding(context, object);
    return binding?.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? staticPropertyName(expression) : null;
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = importBinding(context, expression);
  if (binding?.type !== AST_NODE_TYPES.ImportSpecifier) return null;
  return binding.imported.type === AST_NODE_TYPES.Identifier ? binding.imported.name : binding.imported.value;
}

function importBinding(
  context: AnyContext,
  identifier: TSESTree.Identifier,
): TSESTree.ImportClause | TSESTree.TSImportEqualsDeclaration | null {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== 'ImportBinding') return null;
  const declaration = definition.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== NEST_MODULE) return null;
  return definition.node;
}
