import { typeMatchesSomeSpecifier } from '@typescript-eslint/type-utils';
import { AST_NODE_TYPES, ASTUtils, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import {
  DB_CLASSES,
  DB_PRODUCERS,
  dbClass,
  dbClassExportedAs,
  isDbPackage,
  MANAGED_TRANSACTIONS,
  type DbClass,
  type ManagedTransaction,
} from '../catalog/db.js';
import { isFunction, skipTransparent, staticPropertyName } from './ast.js';
import { declaredDbClass, declaredWithoutMember } from './declared-type.js';
import { importedNameOf } from './local-values.js';
import { packageOfFile, resolveCallee, typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A value known to be a DB object, and how that was decided. */
export interface DbValue {
  readonly cls: DbClass;
  /** `origin`: followed to the call that made it (no types needed); `types`: its TypeScript type. */
  readonly via: 'origin' | 'types';
}

const EXPORT_NAMES: ReadonlySet<string> = new Set(
  DB_PRODUCERS.flatMap((producer) => (producer.kind === 'export' ? [producer.path.at(-1) ?? 'default'] : [])),
);
const MAX_DEPTH = 6;
const PROMISE_TYPE_NAMES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike']);

/**
 * What DB object `expression` holds: first by origin (the variable's
 * initializer, `await`, a method of another DB value, a managed transaction's
 * callback parameter, `this.x` assigned in the constructor), then — only if
 * that says nothing and a program exists — by its type (`Promise` unwrapped,
 * every member of a union the same class).
 */
export function dbValueOf(context: AnyContext, expression: TSESTree.Node): DbValue | null {
  const byOrigin = originClass(context, expression, 0);
  if (byOrigin) return { cls: byOrigin, via: 'origin' };
  const byType = typeClass(context, expression);
  return byType ? { cls: byType, via: 'types' } : null;
}

/** The DB class of an expression by its type alone (for rules that start from declared types). */
export function typeClass(context: AnyContext, expression: TSESTree.Node): DbClass | null {
  const services = typeServices(context);
  if (!services) return null;
  // The declaration first: an annotation that names a DB class, or rules every one out, answers
  // without computing a type.
  const declared = declaredDbClass(services, expression);
  if (declared !== undefined) return declared === 'outside' ? null : declared;
  const checker = services.program.getTypeChecker();
  const type = valueType(services, checker, expression);
  return classOfType(checker, services.program, isPromiseType(type) ? (checker.getAwaitedType(type) ?? type) : type);
}

/**
 * The type of the value `expression` reads. For the shorthand `{ tx }` that is
 * the variable's type: the type at the property's name would be worked out
 * from the whole call the object literal is passed to.
 */
function valueType(services: ParserServicesWithTypeInformation, checker: ts.TypeChecker, expression: TSESTree.Node): ts.Type {
  const parent = expression.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === expression) {
    const tsNode = services.esTreeNodeToTSNodeMap.get(expression);
    const symbol = ts.isShorthandPropertyAssignment(tsNode.parent) ? checker.getShorthandAssignmentValueSymbol(tsNode.parent) : undefined;
    if (symbol) return checker.getTypeOfSymbolAtLocation(symbol, tsNode);
  }
  return services.getTypeAtLocation(expression);
}

/**
 * `Promise<X>` (or a union with one) by the type's own name: `getAwaitedType`
 * looks for a `then` member, which resolves every member of large types.
 */
function isPromiseType(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => PROMISE_TYPE_NAMES.has(part.getSymbol()?.name ?? ''));
}

export function classOfType(checker: ts.TypeChecker, program: ts.Program, type: ts.Type): DbClass | null {
  const parts = type.isUnion() ? type.types.filter((part) => !isNullish(part)) : [type];
  let found: DbClass | null = null;
  for (const part of parts) {
    const cls = DB_CLASSES.find((candidate) => matchesClass(checker, program, part, candidate)) ?? null;
    if (!cls || (found && found !== cls)) return null;
    found = cls;
  }
  return found;
}

function matchesClass(checker: ts.TypeChecker, program: ts.Program, type: ts.Type, cls: DbClass): boolean {
  if (cls.types.length > 0 && typeMatchesSomeSpecifier(type, [...cls.types], program)) return true;
  // Structural matches are for types declared in the project or a DB package (Prisma's generated
  // clients): looking members up in another package's type would resolve all of them, for nothing.
  if (!cls.members || declaredInOtherPackage(type)) return false;
  // The project's own classes and interfaces say by their declarations whether a member exists.
  const declarations = type.getSymbol()?.declarations ?? [];
  if (cls.members.some((name) => declaredWithoutMember(checker, declarations, name))) return false;
  const has = (name: string) => checker.getPropertyOfType(type, name) !== undefined;
  return cls.members.every(has) && !(cls.absentMembers ?? []).some(has);
}

/** Every declaration of the type's symbol is in a package that is no DB library (or in the language's own files). */
function declaredInOtherPackage(type: ts.Type): boolean {
  const declarations = type.getSymbol()?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const library = packageOfFile(declaration.getSourceFile().fileName);
      return library !== null && !isDbPackage(library);
    })
  );
}

function isNullish(type: ts.Type): boolean {
  // ts.TypeFlags.Null | Undefined | Void
  return (type.flags & (65536 | 32768 | 16384)) !== 0;
}

function originClass(context: AnyContext, node: TSESTree.Node, depth: number): DbClass | null {
  if (depth > MAX_DEPTH) return null;
  const expression = skipTransparent(node);
  switch (expression.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return originClass(context, expression.argument, depth + 1);
    case AST_NODE_TYPES.Identifier:
      return identifierOrigin(context, expression, depth);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return callOrigin(context, expression, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberOrigin(context, expression, depth);
    default:
      return null;
  }
}

function identifierOrigin(context: AnyContext, identifier: TSESTree.Identifier, depth: number): DbClass | null {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return null;
  if (definition.type === 'Parameter') {
    return (
      managedHandleClass(context, definition.node, identifier.name, depth) ??
      annotatedClass(context, definition.name.typeAnnotation)
    );
  }
  if (definition.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.length > 1) return null;
  const init = definition.node.init ?? writes[0]?.writeExpr;
  return init ? originClass(context, init, depth + 1) : null;
}

/** `knex.transaction(trx => …)`: `trx` is the handle of a managed transaction. */
function managedHandleClass(
  context: AnyContext,
  fn: TSESTree.Node,
  name: string,
  depth: number,
): DbClass | null {
  if (!isFunction(fn)) return null;
  const managed = managedTransactionOf(context, fn, depth);
  if (!managed) return null;
  const params = fn.params;
  const index = managed.handleParam < 0 ? params.length + managed.handleParam : managed.handleParam;
  const param = params[index];
  return param?.type === AST_NODE_TYPES.Identifier && param.name === name ? (dbClass(managed.handle) ?? null) : null;
}

/**
 * The managed transaction whose callback `fn` is: `fn` is passed to
 * `<owner>.<method>(…)` (or `<owner>.<method>().<via>(…)`) at the catalog's
 * position and the receiver is a DB value of the owner class.
 */
export function managedTransactionOf(
  context: AnyContext,
  fn: TSESTree.Node,
  depth = 0,
): ManagedTransaction | null {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return null;
  }
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = staticPropertyName(callee);
  for (const managed of MANAGED_TRANSACTIONS) {
    const index = managed.callbackArg < 0 ? call.arguments.length + managed.callbackArg : managed.callbackArg;
    if (call.arguments[index] !== fn) continue;
    let receiver: TSESTree.Node = callee.object;
    if (managed.via) {
      if (name !== managed.via || !isMethodNamed(receiver, managed.method)) continue;
      receiver = (skipTransparent(receiver) as TSESTree.CallExpression & { callee: TSESTree.MemberExpression }).callee.object;
    } else if (name !== managed.method) {
      continue;
    }
    const owner = originClass(context, receiver, depth + 1) ?? typeClass(context, receiver);
    if (owner?.id === managed.owner) return managed;
  }
  return null;
}

function isMethodNamed(node: TSESTree.Node, name: string): boolean {
  const call = skipTransparent(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === name;
}

function callOrigin(
  context: AnyContext,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  depth: number,
): DbClass | null {
  const callee = skipTransparent(call.callee);
  const resolved = resolveCallee(context, call, EXPORT_NAMES);
  if (resolved) {
    const producer = DB_PRODUCERS.find(
      (candidate) =>
        candidate.kind === 'export' &&
        candidate.module === resolved.module &&
        (candidate.path.at(-1) ?? 'default') === resolved.name &&
        candidate.construct === (call.type === AST_NODE_TYPES.NewExpression),
    );
    if (producer) return dbClass(producer.returns) ?? null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  return methodResult(context, callee, call.arguments, depth);
}

function memberOrigin(context: AnyContext, member: TSESTree.MemberExpression, depth: number): DbClass | null {
  // `this.pool` assigned once in the constructor or initialised as a field.
  const object = skipTransparent(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    const init = thisPropertyInitializer(member);
    if (init) return originClass(context, init, depth + 1);
    const annotated = annotatedClass(context, thisPropertyAnnotation(member));
    if (annotated) return annotated;
  }
  return methodResult(context, member, null, depth);
}

/** `owner.method(...)` or `owner.property` as a catalog producer of another DB value. */
function methodResult(
  context: AnyContext,
  member: TSESTree.MemberExpression,
  args: readonly TSESTree.CallExpressionArgument[] | null,
  depth: number,
): DbClass | null {
  const name = staticPropertyName(member);
  if (name === null) return null;
  const producers = DB_PRODUCERS.filter((producer) => producer.kind === 'method' && producer.method === name);
  if (producers.length === 0) return null;
  const owner = originClass(context, member.object, depth + 1) ?? typeClass(context, member.object);
  for (const producer of producers) {
    if (producer.kind !== 'method' || producer.owner !== owner?.id) continue;
    if (producer.withoutCallback && args?.some((argument) => isFunction(argument))) continue;
    return dbClass(producer.returns) ?? null;
  }
  return null;
}

/**
 * The DB class an annotation names through an import of a DB package
 * (`connection: DataSource` with `DataSource` from `typeorm`, `trx: Knex.Transaction`,
 * `client?: PoolClient | null`): the declaration says what the value is, with or
 * without the package's types.
 */
function annotatedClass(context: AnyContext, annotation: TSESTree.TSTypeAnnotation | undefined): DbClass | null {
  let type = annotation?.typeAnnotation;
  if (type?.type === AST_NODE_TYPES.TSUnionType) {
    const members = type.types.filter(
      (member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword,
    );
    type = members.length === 1 ? members[0] : undefined;
  }
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return null;
  const typeName = type.typeName;
  const [local, member] =
    typeName.type === AST_NODE_TYPES.Identifier
      ? [typeName, null]
      : typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier
        ? [typeName.left, typeName.right.name]
        : [null, null];
  if (!local) return null;
  const imported = importedNameOf(context.sourceCode, local);
  if (!imported) return null;
  const name = member ?? imported.name;
  return dbClassExportedAs(imported.module, name) ?? null;
}

/** The type annotation of `this.<name>`: a field declared with one, or a constructor parameter property. */
function thisPropertyAnnotation(member: TSESTree.MemberExpression): TSESTree.TSTypeAnnotation | undefined {
  const name = staticPropertyName(member);
  let classBody: TSESTree.Node | undefined = member.parent;
  while (classBody && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
  if (!name || classBody?.type !== AST_NODE_TYPES.ClassBody) return undefined;
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && element.key.type === AST_NODE_TYPES.Identifier) {
      if (element.key.name === name) return element.typeAnnotation;
    }
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'constructor') continue;
    for (const param of element.value.params) {
      if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const parameter = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
      if (parameter.type === AST_NODE_TYPES.Identifier && parameter.name === name) return parameter.typeAnnotation;
    }
  }
  return undefined;
}

/** The value assigned to `this.<name>` by a field initializer or the constructor, when there is exactly one. */
function thisPropertyInitializer(member: TSESTree.MemberExpression): TSESTree.Node | null {
  const name = staticPropertyName(member);
  let classBody: TSESTree.Node | undefined = member.parent;
  while (classBody && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
  if (!name || classBody?.type !== AST_NODE_TYPES.ClassBody) return null;
  const found: TSESTree.Node[] = [];
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && element.value) {
      if (element.key.type === AST_NODE_TYPES.Identifier && element.key.name === name) found.push(element.value);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const statement of element.value.body?.body ?? []) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const assignment = statement.expression;
        if (
          assignment.type === AST_NODE_TYPES.AssignmentExpression &&
          assignment.left.type === AST_NODE_TYPES.MemberExpression &&
          assignment.left.object.type === AST_NODE_TYPES.ThisExpression &&
          staticPropertyName(assignment.left) === name
        ) {
          found.push(assignment.right);
        }
      }
    }
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}
