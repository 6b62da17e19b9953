import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { MODEL_FACTORIES, type ModelOrigin } from '../catalog/db-queries.js';
import { outermostTransparent, skipTransparent, staticPropertyName } from './ast.js';
import { dbValueOf } from './db.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type MethodCall = TSESTree.CallExpression & { callee: TSESTree.MemberExpression };

const MAX_DEPTH = 4;

/**
 * The module and export path a name or property access comes from:
 * `{ module: 'mongoose', path: ['model'] }` for `mongoose.model` (default,
 * namespace or `require` import) or an imported `model`. A default import
 * counts as the module itself (the CommonJS libraries are imported that way).
 */
export function importPathOf(
  context: AnyContext,
  node: TSESTree.Node,
): { readonly module: string; readonly path: readonly string[] } | null {
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(expression);
    const base = name === null ? null : importPathOf(context, expression.object);
    return base && name !== null ? { module: base.module, path: [...base.path, name] } : null;
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return null;
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const module = declaration.source.value;
    const specifier = definition.node;
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return { module, path: [] };
    const imported = specifier.imported;
    return { module, path: [imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value)] };
  }
  if (definition.type !== 'Variable') return null;
  const required = requiredModule(definition.node.init);
  if (required === null) return null;
  if (definition.node.id.type === AST_NODE_TYPES.Identifier) return { module: required, path: [] };
  if (definition.node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of definition.node.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.value !== expression) continue;
    const key = ASTUtils.getPropertyName(property);
    return key === null ? null : { module: required, path: [key] };
  }
  return null;
}

function requiredModule(node: TSESTree.Node | null): string | null {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return null;
  const source = node.arguments[0];
  const isRequire = node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require';
  return isRequire && source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? source.value : null;
}

/** The single value a `const`/`let` identifier is initialised with (and never reassigned), or the class it declares. */
export function singleDefinition(context: AnyContext, node: TSESTree.Node): TSESTree.Node | null {
  const expression = skipTransparent(node);
  if (expression.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return null;
  if (definition.type === 'ClassName') return definition.node;
  if (definition.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.length > 1) return null;
  return definition.node.init ?? writes[0]?.writeExpr ?? null;
}

/**
 * What model or collection an expression holds, recognised without types
 * (`ModelOrigin`): a class extending Sequelize's `Model` or the result of
 * `sequelize.define`, a Mongoose `model(…)`, a MongoDB `client.db(…).collection(…)`.
 */
export function modelOriginOf(context: AnyContext, node: TSESTree.Node, depth = 0): ModelOrigin | null {
  if (depth > MAX_DEPTH) return null;
  const expression = skipTransparent(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier: {
      const definition = singleDefinition(context, expression);
      return definition ? modelOriginOf(context, definition, depth + 1) : null;
    }
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression: {
      const base = expression.superClass ? importPathOf(context, expression.superClass) : null;
      const { module, name } = MODEL_FACTORIES.sequelizeBase;
      return base?.module === module && base.path.length === 1 && base.path[0] === name ? 'sequelize-model' : null;
    }
    case AST_NODE_TYPES.CallExpression:
      return factoryOrigin(context, expression, depth);
    default:
      return null;
  }
}

function factoryOrigin(context: AnyContext, call: TSESTree.CallExpression, depth: number): ModelOrigin | null {
  const callee = skipTransparent(call.callee);
  const mongoose = MODEL_FACTORIES.mongooseModel;
  const imported = importPathOf(context, callee);
  if (imported?.module === mongoose.module && imported.path.join('.') === mongoose.name) return 'mongoose-model';
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = staticPropertyName(callee);
  if (name === MODEL_FACTORIES.sequelizeDefine.method) {
    return dbValueOf(context, callee.object)?.cls.id === MODEL_FACTORIES.sequelizeDefine.cls ? 'sequelize-model' : null;
  }
  if (name === mongoose.name) {
    return dbValueOf(context, callee.object)?.cls.id === mongoose.cls ? 'mongoose-model' : null;
  }
  if (name === MODEL_FACTORIES.mongodbCollection.collection) {
    return isMongoDatabase(context, callee.object, depth + 1) ? 'mongodb-collection' : null;
  }
  return null;
}

/** `client.db(…)` on a MongoClient, or a variable holding it. */
function isMongoDatabase(context: AnyContext, node: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const expression = skipTransparent(node);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const definition = singleDefinition(context, expression);
    return definition !== null && isMongoDatabase(context, definition, depth + 1);
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(expression.callee);
  const { cls, db } = MODEL_FACTORIES.mongodbCollection;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === db &&
    dbValueOf(context, callee.object)?.cls.id === cls
  );
}

/**
 * The method calls chained onto `node`, innermost first:
 * for `knex('t')` in `knex('t').where(w).first()`, the `where` and `first` calls.
 */
export function chainedCalls(node: TSESTree.Node): MethodCall[] {
  const calls: MethodCall[] = [];
  let current = outermostTransparent(node);
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return calls;
    const call = outermostTransparent(member).parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outermostTransparent(member)) return calls;
    calls.push(call as MethodCall);
    current = outermostTransparent(call);
  }
}

const PROMISE_COMBINATORS = ['all', 'allSettled', 'race', 'any'];

/**
 * Whether the value of `node` is consumed as a promise: awaited, returned,
 * yielded, the body of an arrow function, or an element of the array given
 * to `Promise.all` (and the like).
 */
export function isConsumedAsPromise(node: TSESTree.Node): boolean {
  const outer = outermostTransparent(node);
  const parent = outer.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.YieldExpression:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === outer;
    case AST_NODE_TYPES.ArrayExpression: {
      const call = parent.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== parent) return false;
      const callee = skipTransparent(call.callee);
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        skipTransparent(callee.object).type === AST_NODE_TYPES.Identifier &&
        (skipTransparent(callee.object) as TSESTree.Identifier).name === 'Promise' &&
        PROMISE_COMBINATORS.includes(staticPropertyName(callee) ?? '')
      );
    }
    default:
      return false;
  }
}
