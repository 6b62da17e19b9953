import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import { DB_CLASSES, isDbPackage } from '../catalog/db.js';
import { packageOfFile, symbolAt } from './resolve.js';

/** Member names by which some DB class is recognised structurally (Prisma's `$transaction`…). */
const STRUCTURAL_MEMBERS: ReadonlySet<string> = new Set(DB_CLASSES.flatMap((cls) => cls.members ?? []));
const MAX_DEPTH = 6;
/** Type annotations that are neither a DB object nor a thenable: primitives, literals, arrays, tuples, functions. */
const PLAIN_TYPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.BigIntKeyword,
  ts.SyntaxKind.SymbolKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.NeverKeyword,
  ts.SyntaxKind.LiteralType,
  ts.SyntaxKind.ArrayType,
  ts.SyntaxKind.TupleType,
  ts.SyntaxKind.FunctionType,
  ts.SyntaxKind.TemplateLiteralType,
]);

/**
 * With types, from symbols alone (no type is computed): the variable, parameter
 * or property that `expression` reads is declared with a type that cannot be a
 * DB object — a primitive, a function or array type, or a class or interface
 * of the language, of a package that is no DB library, or of the project that
 * extends only such types. Lets rules skip the costly type query of the value:
 * contextual and inferred types are where the checker spends its time.
 * False whenever the declaration does not say (no annotation, type aliases,
 * mapped and conditional types): the caller then asks for the type.
 */
export function declaredOutsideDb(services: ParserServicesWithTypeInformation, expression: TSESTree.Node): boolean {
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(expression);
  return initializerOutsideDb(services.program, checker, tsNode as ts.Expression, 0);
}

/** A variable, parameter or property by its annotation, or a `const` by the declared result of its initializer. */
function valueOutsideDb(program: ts.Program, checker: ts.TypeChecker, symbol: ts.Symbol | undefined, depth: number): boolean {
  const declaration = symbol?.valueDeclaration;
  if (!declaration || depth > MAX_DEPTH) return false;
  // `constructor({ eventBus }: Pick<IUnleashConfig, 'eventBus'>)`: the member's declared type.
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const holder = declaration.parent.parent;
    const key = declaration.propertyName ?? declaration.name;
    if (!(ts.isParameter(holder) || ts.isVariableDeclaration(holder)) || !holder.type || !ts.isIdentifier(key)) return false;
    return memberOutsideDb(program, checker, holder.type, key.text, depth + 1);
  }
  if (
    ts.isParameter(declaration) ||
    ts.isVariableDeclaration(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isPropertySignature(declaration)
  ) {
    if (declaration.type) return typeNodeOutsideDb(program, checker, declaration.type, depth + 1);
    const constant =
      ts.isVariableDeclaration(declaration) &&
      ts.isVariableDeclarationList(declaration.parent) &&
      (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    return constant && declaration.initializer !== undefined && initializerOutsideDb(program, checker, declaration.initializer, depth + 1);
  }
  return false;
}

/** The member `name` of the type an annotation names, by its own annotation. */
function memberOutsideDb(program: ts.Program, checker: ts.TypeChecker, node: ts.TypeNode, name: string, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (ts.isTypeLiteralNode(node)) return membersOutsideDb(program, checker, node.members, name, depth);
  if (ts.isIntersectionTypeNode(node)) {
    const declaring = node.types.filter((part) => !ts.isTypeLiteralNode(part) || part.members.some((member) => memberName(member) === name));
    return declaring.length > 0 && declaring.every((part) => memberOutsideDb(program, checker, part, name, depth + 1));
  }
  if (!ts.isTypeReferenceNode(node)) return false;
  const symbol = symbolAt(checker, ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
  const declarations = symbol?.declarations ?? [];
  const [first] = declarations;
  if (!first) return false;
  // `Pick<T, K>`, `Partial<T>`, `Readonly<T>`…: the member is `T`'s.
  if (program.isSourceFileDefaultLibrary(first.getSourceFile())) {
    const target = node.typeArguments?.[0];
    return symbol !== undefined && MEMBER_PRESERVING.has(symbol.name) && target !== undefined && memberOutsideDb(program, checker, target, name, depth + 1);
  }
  return declarations.every((declaration) => {
    if (ts.isTypeAliasDeclaration(declaration)) {
      return !declaration.typeParameters && memberOutsideDb(program, checker, declaration.type, name, depth + 1);
    }
    if (!ts.isInterfaceDeclaration(declaration) && !ts.isClassDeclaration(declaration)) return false;
    if (declaration.members.some((member) => memberName(member) === name)) {
      return membersOutsideDb(program, checker, declaration.members, name, depth);
    }
    const bases = (declaration.heritageClauses ?? [])
      .filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
      .flatMap((clause) => clause.types);
    return bases.length > 0 && bases.every((base) => base.typeArguments === undefined && baseMemberOutsideDb(program, checker, base, name, depth + 1));
  });
}

/** A base of an interface or class, searched for the member like an annotation naming it. */
function baseMemberOutsideDb(program: ts.Program, checker: ts.TypeChecker, base: ts.ExpressionWithTypeArguments, name: string, depth: number): boolean {
  if (!ts.isIdentifier(base.expression)) return false;
  const symbol = symbolAt(checker, base.expression);
  const declarations = symbol?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) &&
        declaration.members.some((member) => memberName(member) === name) &&
        membersOutsideDb(program, checker, declaration.members, name, depth),
    )
  );
}

function membersOutsideDb(
  program: ts.Program,
  checker: ts.TypeChecker,
  members: readonly ts.Node[],
  name: string,
  depth: number,
): boolean {
  const named = members.filter((member) => memberName(member) === name);
  return (
    named.length > 0 &&
    named.every((member) => {
      if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) return true;
      return (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) && member.type !== undefined && typeNodeOutsideDb(program, checker, member.type, depth + 1);
    })
  );
}

function memberName(member: ts.Node): string | null {
  const name = (member as ts.NamedDeclaration).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : null;
}

/** Utility types of the language whose members are their argument's members. */
const MEMBER_PRESERVING: ReadonlySet<string> = new Set(['Pick', 'Omit', 'Partial', 'Required', 'Readonly', 'NonNullable']);

/**
 * `await helper(x)`, `this.repo.find(x)`, `new Foo()`: the value a call makes,
 * by the return type its function declares (a symbol lookup, not overload
 * resolution). Generic results (`T`) stay unknown.
 */
function initializerOutsideDb(program: ts.Program, checker: ts.TypeChecker, node: ts.Expression, depth: number): boolean {
  let value = node;
  while (ts.isAwaitExpression(value) || ts.isParenthesizedExpression(value) || ts.isNonNullExpression(value)) value = value.expression;
  if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
    const callee = ts.isPropertyAccessExpression(value.expression) ? value.expression.name : value.expression;
    const symbol = symbolAt(checker, callee);
    const declarations = symbol?.declarations ?? [];
    return (
      declarations.length > 0 &&
      declarations.every((declaration) =>
        ts.isClassDeclaration(declaration)
          ? ts.isNewExpression(value) && declarationOutsideDb(program, checker, declaration, depth + 1)
          : returnTypeOutsideDb(program, checker, declaration, depth + 1),
      )
    );
  }
  if (
    ts.isStringLiteral(value) ||
    ts.isNumericLiteral(value) ||
    ts.isTemplateExpression(value) ||
    ts.isNoSubstitutionTemplateLiteral(value) ||
    ts.isArrayLiteralExpression(value) ||
    ts.isArrowFunction(value) ||
    ts.isFunctionExpression(value)
  ) {
    return true;
  }
  // `a ?? b`, `a || b`, `cond ? a : b`: either side may be the value.
  if (ts.isBinaryExpression(value) && LOGICAL_OPERATORS.has(value.operatorToken.kind)) {
    return initializerOutsideDb(program, checker, value.left, depth + 1) && initializerOutsideDb(program, checker, value.right, depth + 1);
  }
  if (ts.isConditionalExpression(value)) {
    return initializerOutsideDb(program, checker, value.whenTrue, depth + 1) && initializerOutsideDb(program, checker, value.whenFalse, depth + 1);
  }
  if (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) {
    return valueOutsideDb(program, checker, readSymbol(checker, value), depth + 1);
  }
  return false;
}

const LOGICAL_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
]);

/**
 * The symbol an identifier or property access reads. In `{ segments }` the
 * name is also the object literal's property, whose type the checker works
 * out from the whole call the literal is passed to: the variable's symbol is
 * what the value is.
 */
function readSymbol(checker: ts.TypeChecker, value: ts.Identifier | ts.PropertyAccessExpression): ts.Symbol | undefined {
  if (ts.isPropertyAccessExpression(value)) return checker.getSymbolAtLocation(value.name);
  const parent = value.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === value) return checker.getShorthandAssignmentValueSymbol(parent);
  return checker.getSymbolAtLocation(value);
}

/**
 * What a type annotation can be, read from its syntax and symbols. `bound`:
 * generic aliases being expanded whose type arguments are all outside DB
 * types, so their type parameters are too.
 */
function typeNodeOutsideDb(
  program: ts.Program,
  checker: ts.TypeChecker,
  node: ts.TypeNode,
  depth: number,
  bound: ReadonlySet<ts.Node> = new Set(),
): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = (child: ts.TypeNode) => typeNodeOutsideDb(program, checker, child, depth + 1, bound);
  if (PLAIN_TYPE_KINDS.has(node.kind)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.ConstructorType:
      return true;
    case ts.SyntaxKind.ParenthesizedType:
      return inner((node as ts.ParenthesizedTypeNode).type);
    case ts.SyntaxKind.TypeOperator: {
      const operator = node as ts.TypeOperatorNode;
      return operator.operator === ts.SyntaxKind.KeyOfKeyword || inner(operator.type);
    }
    case ts.SyntaxKind.UnionType:
    case ts.SyntaxKind.IntersectionType:
      return (node as ts.UnionTypeNode | ts.IntersectionTypeNode).types.every(inner);
    case ts.SyntaxKind.TypeLiteral:
      return !hasStructuralMember((node as ts.TypeLiteralNode).members);
    case ts.SyntaxKind.TypeQuery:
      return queriedValueOutsideDb(checker, (node as ts.TypeQueryNode).exprName);
    case ts.SyntaxKind.TypeReference: {
      const reference = node as ts.TypeReferenceNode;
      return referenceOutsideDb(program, checker, reference.typeName, reference.typeArguments, depth, bound);
    }
    default:
      return false;
  }
}

/** `typeof schema` where `schema` is a constant object, array or literal. */
function queriedValueOutsideDb(checker: ts.TypeChecker, name: ts.EntityName): boolean {
  const symbol = symbolAt(checker, ts.isQualifiedName(name) ? name.right : name);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  let value: ts.Expression = declaration.initializer;
  while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
  return (
    ts.isObjectLiteralExpression(value) ||
    ts.isArrayLiteralExpression(value) ||
    ts.isStringLiteral(value) ||
    ts.isNumericLiteral(value) ||
    ts.isNoSubstitutionTemplateLiteral(value)
  );
}

function hasStructuralMember(members: readonly ts.NamedDeclaration[]): boolean {
  return members.some((member) => member.name !== undefined && STRUCTURAL_MEMBERS.has(member.name.getText()));
}

/** `Name<Args>` in a type annotation or an `extends` clause. */
function referenceOutsideDb(
  program: ts.Program,
  checker: ts.TypeChecker,
  name: ts.Node,
  typeArguments: ts.NodeArray<ts.TypeNode> | undefined,
  depth: number,
  bound: ReadonlySet<ts.Node> = new Set(),
): boolean {
  const symbol = symbolAt(checker, ts.isQualifiedName(name) ? name.right : name);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0) return false;
  const argumentsOutside = (typeArguments ?? []).every((argument) =>
    typeNodeOutsideDb(program, checker, argument, depth + 1, bound),
  );
  // Generics of the language and of other packages (`Promise<PoolClient>`,
  // `Partial<T>`, `FromSchema<typeof schema>`) make DB types only out of their arguments.
  // (A language type may be augmented by type packages: `interface Array<T>` in `@types/node`.)
  const languageType =
    declarations.some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile())) &&
    declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile);
  const otherPackageAlias = declarations.every((declaration) => ts.isTypeAliasDeclaration(declaration) && isOtherPackage(declaration));
  if (languageType || otherPackageAlias) return argumentsOutside;
  return declarations.every((declaration) => {
    if (ts.isTypeParameterDeclaration(declaration)) return bound.has(declaration.parent);
    if (ts.isTypeAliasDeclaration(declaration)) {
      if (!argumentsOutside) return false;
      return typeNodeOutsideDb(program, checker, declaration.type, depth + 1, new Set([...bound, declaration]));
    }
    return argumentsOutside && declarationOutsideDb(program, checker, declaration, depth + 1);
  });
}

function isOtherPackage(declaration: ts.Declaration): boolean {
  const library = packageOfFile(declaration.getSourceFile().fileName);
  return library !== null && !isDbPackage(library);
}

function declarationOutsideDb(program: ts.Program, checker: ts.TypeChecker, declaration: ts.Declaration, depth: number): boolean {
  if (ts.isEnumDeclaration(declaration)) return true;
  if (!ts.isInterfaceDeclaration(declaration) && !ts.isClassDeclaration(declaration)) return false;
  const library = packageOfFile(declaration.getSourceFile().fileName);
  if (library !== null) return !isDbPackage(library);
  // The project's own class or interface: a DB class only by a structural member or a DB base type.
  if (hasStructuralMember(declaration.members)) return false;
  return (declaration.heritageClauses ?? [])
    .filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
    .flatMap((clause) => clause.types)
    .every((base) => referenceOutsideDb(program, checker, base.expression, base.typeArguments, depth));
}

/** The declared result of a function, method, or of a property typed as a function (`getLogger: LogProvider`). */
function returnTypeOutsideDb(program: ts.Program, checker: ts.TypeChecker, declaration: ts.Declaration, depth: number): boolean {
  if (ts.isFunctionLike(declaration)) {
    return declaration.type !== undefined && typeNodeOutsideDb(program, checker, declaration.type, depth);
  }
  if ((ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.type) {
    const type = declaration.type;
    return ts.isFunctionTypeNode(type) && typeNodeOutsideDb(program, checker, type.type, depth);
  }
  return false;
}

/**
 * With types, from declarations alone: the called function (`load(x)`,
 * `this.load(x)`) declares a result that is never a thenable (`: void`,
 * `: User[]`, an interface without `then`). Lets rules skip the type query of
 * the call, which resolves overloads and checks every argument.
 * False when any declaration leaves it open (no annotation, generics, aliases).
 */
export function declaredNotThenable(services: ParserServicesWithTypeInformation, call: TSESTree.Node): boolean {
  const tsNode = services.esTreeNodeToTSNodeMap.get(call);
  if (!ts.isCallExpression(tsNode)) return false;
  // Only where finding the function is cheaper than the call's type: `load(x)`,
  // `this.load(x)`, and `a.b.map((x) => …)`. For other `a.b.load(x)` the lookup
  // computes the receiver's type, which costs what the type query it would
  // spare costs; with a callback argument the query would also infer the
  // callback's whole body.
  const target = tsNode.expression;
  const callee = ts.isIdentifier(target)
    ? target
    : ts.isPropertyAccessExpression(target) &&
        (target.expression.kind === ts.SyntaxKind.ThisKeyword || tsNode.arguments.some((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)))
      ? target.name
      : null;
  if (!callee) return false;
  const checker = services.program.getTypeChecker();
  const symbol = symbolAt(checker, callee);
  const declarations = symbol?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      if (!ts.isFunctionLike(declaration) || !declaration.type) return false;
      if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) {
        if (declaration.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return false;
      }
      return neverThenable(services.program, checker, declaration.type, 0);
    })
  );
}

const THENABLE_NAMES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike', 'Awaited']);

function neverThenable(program: ts.Program, checker: ts.TypeChecker, node: ts.TypeNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (PLAIN_TYPE_KINDS.has(node.kind)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.TypePredicate:
      return true;
    case ts.SyntaxKind.ThisType: {
      // `this` of the declaring interface or class: thenable only if that one is.
      const owner = node.parent.parent;
      return (
        owner !== undefined &&
        (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) &&
        declarationNeverThenable(program, checker, owner, depth + 1)
      );
    }
    case ts.SyntaxKind.ParenthesizedType:
      return neverThenable(program, checker, (node as ts.ParenthesizedTypeNode).type, depth + 1);
    case ts.SyntaxKind.UnionType:
      return (node as ts.UnionTypeNode).types.every((part) => neverThenable(program, checker, part, depth + 1));
    case ts.SyntaxKind.TypeReference: {
      const name = (node as ts.TypeReferenceNode).typeName;
      const symbol = symbolAt(checker, ts.isQualifiedName(name) ? name.right : name);
      // The type meaning only: `Map` is also declared as a value (`declare var Map: MapConstructor`).
      const declarations = (symbol?.declarations ?? []).filter((declaration) => !isValueOnly(declaration));
      return declarations.length > 0 && declarations.every((declaration) => declarationNeverThenable(program, checker, declaration, depth + 1));
    }
    default:
      return false;
  }
}

/** An interface, class or enum with no `then`, whose bases have none either. */
function declarationNeverThenable(program: ts.Program, checker: ts.TypeChecker, declaration: ts.Declaration, depth: number): boolean {
  if (ts.isEnumDeclaration(declaration)) return true;
  if (!ts.isInterfaceDeclaration(declaration) && !ts.isClassDeclaration(declaration)) return false;
  if (declaration.name && THENABLE_NAMES.has(declaration.name.text) && program.isSourceFileDefaultLibrary(declaration.getSourceFile())) {
    return false;
  }
  if (declaration.members.some((member) => memberName(member) === 'then')) return false;
  return (declaration.heritageClauses ?? [])
    .filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
    .flatMap((clause) => clause.types)
    .every((base) => {
      const symbol = symbolAt(checker, base.expression);
      const declarations = symbol?.declarations ?? [];
      return declarations.length > 0 && declarations.every((inner) => declarationNeverThenable(program, checker, inner, depth + 1));
    });
}

function isValueOnly(declaration: ts.Declaration): boolean {
  return ts.isVariableDeclaration(declaration) || ts.isFunctionDeclaration(declaration) || ts.isModuleDeclaration(declaration);
}

