import { isBuiltinSymbolLike } from '@typescript-eslint/type-utils';
import {
  AST_NODE_TYPES,
  ASTUtils,
  type ParserServicesWithTypeInformation,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import ts from 'typescript';

import {
  COLLECTION_CONSTRUCTORS,
  COLLECTION_FACTORIES,
  COLLECTION_TYPE_NAMES,
  FREEZING_CALLS,
  MUTATING_STATIC_CALLS,
  MUTATOR_METHODS,
  STORING_METHODS,
  WEAK_COLLECTIONS,
  type CollectionKind,
} from '../catalog/collections.js';
import { isFunction, outermostTransparent, skipTransparent, staticPropertyName } from './ast.js';
import type { AccessChain } from './references.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a mutable binding holds: a collection, or a scalar number, flag (boolean) or other primitive. */
export type StateKind = CollectionKind | 'flag' | 'number' | 'variable';

/**
 * What an expression evaluates to, as far as its syntax shows: a kind of
 * state; `weak` (WeakMap/WeakSet/WeakRef), `frozen` (`Object.freeze(…)`) or
 * `callable` (a function or class), none of which is runtime state; or null
 * when the syntax does not say.
 */
export type ValueShape = StateKind | 'callable' | 'frozen' | 'weak' | null;

/** The shape of a value by its syntax: `new Map()`, `[]`, `{}`, `0`, `false`, `Object.freeze({…})`. */
export function shapeOf(expression: TSESTree.Node, sourceCode: SourceCode): ValueShape {
  const node = skipTransparent(expression);
  switch (node.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return 'array';
    case AST_NODE_TYPES.ObjectExpression:
      return 'object';
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'number' || typeof node.value === 'bigint') return 'number';
      if (typeof node.value === 'boolean') return 'flag';
      return typeof node.value === 'string' ? 'variable' : null;
    case AST_NODE_TYPES.TemplateLiteral:
      return 'variable';
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === '!') return 'flag';
      return node.operator === '-' || node.operator === '+' || node.operator === '~' ? 'number' : null;
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return 'callable';
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression:
      return shapeOfCall(node, sourceCode);
    default:
      return null;
  }
}

function shapeOfCall(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): ValueShape {
  const callee = skipTransparent(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && isBuiltinGlobal(callee, sourceCode)) {
    if (WEAK_COLLECTIONS.includes(callee.name)) return 'weak';
    const kind = COLLECTION_CONSTRUCTORS[callee.name];
    // `Map()` without `new` throws; only `Array()` makes an array without it.
    return kind && (node.type === AST_NODE_TYPES.NewExpression || kind === 'array') ? kind : null;
  }
  const method = builtinStaticMethod(callee, sourceCode);
  if (!method) return null;
  if (FREEZING_CALLS[method.object]?.includes(method.name)) return 'frozen';
  return COLLECTION_FACTORIES[method.object]?.[method.name] ?? null;
}

/** `Object.assign` → `{ object: 'Object', name: 'assign' }` when `Object` is the global. */
function builtinStaticMethod(
  callee: TSESTree.Node,
  sourceCode: SourceCode,
): { readonly object: string; readonly name: string } | null {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
  const name = staticPropertyName(callee);
  return name !== null && isBuiltinGlobal(callee.object, sourceCode) ? { object: callee.object.name, name } : null;
}

/** An identifier that names a global (`Map`, `Object`), not a local or imported binding of that name. */
export function isBuiltinGlobal(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return !variable || (variable.defs.length === 0 && variable.scope.type === 'global');
}

/**
 * The argument of a built-in static call that the call mutates in place:
 * `target` in `Object.assign(target, patch)`, `Reflect.set(target, k, v)`.
 */
export function isMutatedByStaticCall(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = builtinStaticMethod(skipTransparent(parent.callee), sourceCode);
  const index = method ? MUTATING_STATIC_CALLS[method.object]?.[method.name] : undefined;
  return index !== undefined && parent.arguments[index] === node;
}

/**
 * The values a mutator call stores: `v` of `map.set(k, v)`, the elements of
 * `arr.push(a, b)`; empty for `delete`, `clear`, `pop`.
 */
export function storedArguments(call: TSESTree.CallExpression, method: string): readonly TSESTree.Node[] {
  const index = STORING_METHODS[method];
  if (index === undefined) return [];
  if (index === -1) return call.arguments;
  if (index === -2) return call.arguments.slice(2);
  const argument = call.arguments[index];
  return argument ? [argument] : [];
}

/**
 * The values an initializer puts in a collection: object property values,
 * array elements, `new Map([[k, v]])` values, `new Set([v])` elements. Null
 * when a spread or a computed source hides some of them.
 */
export function initialEntries(expression: TSESTree.Node, sourceCode: SourceCode): readonly TSESTree.Node[] | null {
  const node = skipTransparent(expression);
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    const values: TSESTree.Node[] = [];
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) return null;
      values.push(property.value);
    }
    return values;
  }
  if (node.type === AST_NODE_TYPES.ArrayExpression) return elementsOf(node);
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const kind = shapeOf(node, sourceCode);
    const source = node.arguments[0];
    if (!source) return kind === 'Map' || kind === 'Set' ? [] : null;
    const list = skipTransparent(source);
    if (list.type !== AST_NODE_TYPES.ArrayExpression) return null;
    const elements = elementsOf(list);
    if (kind === 'Set') return elements;
    if (kind !== 'Map' || !elements) return null;
    const values: TSESTree.Node[] = [];
    for (const entry of elements) {
      const pair = skipTransparent(entry);
      const value = pair.type === AST_NODE_TYPES.ArrayExpression ? pair.elements[1] : undefined;
      if (!value || value.type === AST_NODE_TYPES.SpreadElement) return null;
      values.push(value);
    }
    return values;
  }
  return null;
}

function elementsOf(node: TSESTree.ArrayExpression): readonly TSESTree.Node[] | null {
  const values: TSESTree.Node[] = [];
  for (const element of node.elements) {
    if (element === null) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) return null;
    values.push(element);
  }
  return values;
}

/**
 * Whether a value is a function or a class: by syntax (a function or class
 * expression, or a name bound to a function or class declaration), then by
 * its type (call or construct signatures). Null when neither can tell.
 */
export function isCallableValue(
  value: TSESTree.Node,
  sourceCode: SourceCode,
  services: ParserServicesWithTypeInformation | null,
): boolean | null {
  const node = skipTransparent(value);
  if (isFunction(node) || node.type === AST_NODE_TYPES.ClassExpression) return true;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
    if (definition?.type === 'FunctionName' || definition?.type === 'ClassName') return true;
    if (definition?.type === 'Variable' && definition.node.init && definition.parent.kind === 'const') {
      const shape = shapeOf(definition.node.init, sourceCode);
      if (shape !== null) return shape === 'callable';
    }
  }
  if (!services) return null;
  const type = nonNullable(services, services.getTypeAtLocation(node));
  if (isAnyOrUnknown(type)) return null;
  return type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0;
}

/**
 * Whether code calls or constructs an entry it reads through `chain`, which
 * shows that the collection holds functions or classes:
 * `handlers[name](req)`, `registry.get(k)?.(x)`, `new drivers[kind]()`,
 * `for (const fn of listeners) fn(e)`, `listeners.forEach((fn) => fn(e))`.
 */
export function callsEntries(chain: AccessChain, sourceCode: SourceCode): boolean {
  const { steps, top } = chain;
  for (let index = 1; index < steps.length; index++) {
    const step = steps[index];
    const callee = steps[index - 1];
    if (step?.type !== AST_NODE_TYPES.CallExpression || !callee) continue;
    if (callee.type === AST_NODE_TYPES.CallExpression) return true;
    if (callee.computed && staticPropertyName(callee) === null) return true;
  }
  const parent = top.parent;
  if (steps.length > 0 && parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === top) return true;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === top) {
    const declarator = parent.left.type === AST_NODE_TYPES.VariableDeclaration ? parent.left.declarations[0] : undefined;
    return declarator?.id.type === AST_NODE_TYPES.Identifier && isCalledBinding(declarator, declarator.id, sourceCode);
  }
  const [member, call] = steps;
  if (steps.length === 2 && member?.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(member) === 'forEach') {
    const callback = call?.type === AST_NODE_TYPES.CallExpression ? call.arguments[0] : undefined;
    const entry = isFunction(callback) ? callback.params[0] : undefined;
    return entry?.type === AST_NODE_TYPES.Identifier && isCalledBinding(callback as TSESTree.Node, entry, sourceCode);
  }
  return false;
}

/** Whether the binding `name` declared by `declaration` is called or constructed somewhere. */
function isCalledBinding(declaration: TSESTree.Node, name: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = sourceCode.getDeclaredVariables(declaration).find((candidate) => candidate.identifiers.includes(name));
  return (
    variable?.references.some((reference) => {
      const outer = outermostTransparent(reference.identifier);
      const parent = outer.parent;
      return (
        (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
        parent.callee === outer
      );
    }) ?? false
  );
}

/**
 * The kind of state a type holds: a Map, Set, array or record (an object type
 * with an index signature), or — when `scalars` — a number, boolean or other
 * primitive. `weak` for WeakMap/WeakSet/WeakRef; `none` when the type is none
 * of these (a client, a class instance, a function); null when it is unknown
 * (`any`, a type error).
 */
export function kindOfType(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Node,
  scalars: boolean,
): StateKind | 'none' | 'weak' | null {
  const program = services.program;
  const type = nonNullable(services, services.getTypeAtLocation(node));
  if (isAnyOrUnknown(type) || type.flags & ts.TypeFlags.Never) return null;
  if (isBuiltinSymbolLike(program, type, [...WEAK_COLLECTIONS])) return 'weak';
  for (const kind of ['Map', 'Set', 'array'] as const) {
    if (isCollectionType(services, type, kind)) return kind;
  }
  if (scalars) {
    const scalar = scalarKind(type);
    if (scalar) return scalar;
  }
  const checker = program.getTypeChecker();
  const isRecord =
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    type.getCallSignatures().length === 0 &&
    type.getConstructSignatures().length === 0 &&
    checker.getIndexInfosOfType(type).length > 0;
  return isRecord ? 'object' : 'none';
}

/**
 * Whether calling `method` on `receiver` mutates a Map, Set or array, by the
 * receiver's type. Null when the type is unknown (`any`, a type error).
 */
export function mutatesByType(
  services: ParserServicesWithTypeInformation,
  receiver: TSESTree.Node,
  method: string,
): boolean | null {
  const type = nonNullable(services, services.getTypeAtLocation(receiver));
  if (isAnyOrUnknown(type)) return null;
  for (const kind of ['Map', 'Set', 'array'] as const) {
    if (isCollectionType(services, type, kind)) return MUTATOR_METHODS[kind].includes(method);
  }
  return false;
}

function isCollectionType(
  services: ParserServicesWithTypeInformation,
  type: ts.Type,
  kind: Exclude<CollectionKind, 'object'>,
): boolean {
  if (kind === 'array') {
    const checker = services.program.getTypeChecker();
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((part) => checker.isArrayType(part) || checker.isTupleType(part));
  }
  return isBuiltinSymbolLike(services.program, type, [...COLLECTION_TYPE_NAMES[kind]]);
}

function scalarKind(type: ts.Type): StateKind | null {
  const parts = type.isUnion() ? type.types : [type];
  const all = (flags: ts.TypeFlags): boolean => parts.every((part) => (part.flags & flags) !== 0);
  if (all(ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) return 'number';
  if (all(ts.TypeFlags.BooleanLike)) return 'flag';
  const primitive =
    ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.StringLike | ts.TypeFlags.EnumLike;
  return all(primitive) ? 'variable' : null;
}

function nonNullable(services: ParserServicesWithTypeInformation, type: ts.Type): ts.Type {
  return services.program.getTypeChecker().getNonNullableType(type);
}

function isAnyOrUnknown(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}
