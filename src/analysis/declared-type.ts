import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import { DB_CLASSES, isDbPackage, type DbClass } from '../catalog/db.js';
import { packageOfFile, symbolAt } from './resolve.js';

/** Member names by which some DB class is recognised structurally (Prisma's `$transaction`…). */
const STRUCTURAL_MEMBERS: ReadonlySet<string> = new Set(DB_CLASSES.flatMap((cls) => cls.members ?? []));
const MAX_DEPTH = 6;
/** Interfaces and classes followed up their `extends` chains (express's `Response` is four deep in node's `Writable`). */
const MAX_HIERARCHY = 12;
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

/**
 * With types, from declarations alone: the DB class of the value that an
 * identifier or property access reads, when its declared type names one of
 * the catalog's library classes (`trx: Knex.Transaction`, `db: Db` with
 * `type Db = Knex`, `Promise<PoolClient>`, `pool: Pool | undefined`);
 * `'outside'` when the declaration rules out every DB object (see
 * `declaredOutsideDb`); undefined when the declaration leaves it open.
 * A declared class cannot narrow to another one, so the checker's type of the
 * read would name the same class.
 */
export function declaredDbClass(services: ParserServicesWithTypeInformation, expression: TSESTree.Node): DbClass | 'outside' | undefined {
  if (declaredOutsideDb(services, expression)) return 'outside';
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(expression);
  if (!ts.isIdentifier(tsNode) && !ts.isPropertyAccessExpression(tsNode)) return undefined;
  const declaration = readSymbol(checker, tsNode)?.valueDeclaration;
  const annotation = declaration ? declaredTypeNode(checker, declaration) : undefined;
  return annotation ? classOfTypeNode(services.program, checker, annotation, 0) : undefined;
}

/** The catalog class an annotation names: through non-generic aliases, `Promise<…>` and unions with nullish parts. */
function classOfTypeNode(program: ts.Program, checker: ts.TypeChecker, node: ts.TypeNode, depth: number): DbClass | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return classOfTypeNode(program, checker, node.type, depth + 1);
  if (ts.isUnionTypeNode(node)) {
    const classes = node.types.filter((part) => !isNullishTypeNode(part)).map((part) => classOfTypeNode(program, checker, part, depth + 1));
    const [first] = classes;
    return first && classes.every((cls) => cls === first) ? first : undefined;
  }
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const symbol = symbolAt(checker, ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
  const declarations = typeDeclarations(symbol);
  const [first] = declarations;
  if (!symbol || !first) return undefined;
  if (program.isSourceFileDefaultLibrary(first.getSourceFile())) {
    const awaited = node.typeArguments?.length === 1 ? node.typeArguments[0] : undefined;
    return PROMISE_NAMES.has(symbol.name) && awaited ? classOfTypeNode(program, checker, awaited, depth + 1) : undefined;
  }
  if (declarations.length === 1 && ts.isTypeAliasDeclaration(first)) {
    return first.typeParameters ? undefined : classOfTypeNode(program, checker, first.type, depth + 1);
  }
  const owners = declarations.filter((declaration) => !ts.isModuleDeclaration(declaration));
  const library = owners[0] ? packageOfFile(owners[0].getSourceFile().fileName) : null;
  if (!library || !owners.every((owner) => (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && packageOfFile(owner.getSourceFile().fileName) === library)) {
    return undefined;
  }
  return DB_CLASSES.find((cls) => cls.types.some((specifier) => namesPackageType(specifier, library, symbol.name)));
}

function namesPackageType(specifier: DbClass['types'][number], library: string, name: string): boolean {
  if (typeof specifier === 'string' || specifier.from !== 'package' || specifier.package !== library) return false;
  return typeof specifier.name === 'string' ? specifier.name === name : specifier.name.includes(name);
}

const PROMISE_NAMES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike']);

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
    const annotation = declaredTypeNode(checker, declaration);
    if (annotation) return typeNodeOutsideDb(program, checker, annotation, depth + 1);
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
  const members = memberDeclarations(program, checker, node, name, depth);
  return (
    members !== undefined &&
    members.every((member) => {
      if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) return true;
      return (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) && member.type !== undefined && typeNodeOutsideDb(program, checker, member.type, depth + 1);
    })
  );
}

/**
 * The declarations of the member `name` in the type an annotation names,
 * found through declarations alone: type literals, intersections and unions
 * of them, interfaces and classes (merged declarations, then their bases),
 * non-generic aliases and the language's `Pick`/`Partial`/… of one.
 * Undefined when the syntax leaves it open: generic aliases, mapped and
 * conditional types, index signatures, mixins, or no such member.
 */
function memberDeclarations(
  program: ts.Program,
  checker: ts.TypeChecker,
  node: ts.TypeNode,
  name: string,
  depth: number,
): readonly ts.Declaration[] | undefined {
  if (depth > MAX_HIERARCHY) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return memberDeclarations(program, checker, node.type, name, depth + 1);
  if (ts.isTypeLiteralNode(node)) return ownMembers([node], name);
  if (ts.isIntersectionTypeNode(node) || ts.isUnionTypeNode(node)) {
    // A union's member is every part's; an intersection's, that of each part declaring it.
    const parts = ts.isUnionTypeNode(node)
      ? node.types.filter((part) => !isNullishTypeNode(part))
      : node.types.filter((part) => !ts.isTypeLiteralNode(part) || part.members.some((member) => memberName(member) === name));
    const found: ts.Declaration[] = [];
    for (const part of parts) {
      const members = memberDeclarations(program, checker, part, name, depth + 1);
      if (!members) return undefined;
      found.push(...members);
    }
    return found.length > 0 ? found : undefined;
  }
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const symbol = symbolAt(checker, ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
  const declarations = typeDeclarations(symbol);
  const [first] = declarations;
  if (!symbol || !first) return undefined;
  // `Pick<T, K>`, `Partial<T>`, `Readonly<T>`…: the member is `T`'s.
  if (ts.isTypeAliasDeclaration(first) && program.isSourceFileDefaultLibrary(first.getSourceFile())) {
    const target = node.typeArguments?.[0];
    return MEMBER_PRESERVING.has(symbol.name) && target ? memberDeclarations(program, checker, target, name, depth + 1) : undefined;
  }
  if (declarations.length === 1 && ts.isTypeAliasDeclaration(first)) {
    return first.typeParameters ? undefined : memberDeclarations(program, checker, first.type, name, depth + 1);
  }
  return classMembers(program, checker, declarations, name, depth + 1);
}

/** The member of merged interface or class declarations: their own, else their bases'. */
function classMembers(
  program: ts.Program,
  checker: ts.TypeChecker,
  declarations: readonly ts.Declaration[],
  name: string,
  depth: number,
): readonly ts.Declaration[] | undefined {
  if (depth > MAX_HIERARCHY) return undefined;
  const owners = declarations.filter((declaration) => !ts.isModuleDeclaration(declaration));
  if (owners.length === 0 || !owners.every((owner) => ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner))) return undefined;
  const classes = owners as readonly (ts.InterfaceDeclaration | ts.ClassDeclaration)[];
  const own = ownMembers(classes, name);
  if (own) return own;
  if (classes.some((owner) => owner.members.some((member) => ts.isIndexSignatureDeclaration(member)))) return undefined;
  const found: ts.Declaration[] = [];
  for (const base of classes.flatMap(extendedTypes)) {
    const expression = base.expression;
    const baseName = ts.isIdentifier(expression) ? expression : ts.isPropertyAccessExpression(expression) ? expression.name : undefined;
    if (!baseName) return undefined;
    const members = classMembers(program, checker, typeDeclarations(symbolAt(checker, baseName)), name, depth + 1);
    if (members) found.push(...members);
  }
  return found.length > 0 ? found : undefined;
}

/** The members named `name` of declarations (a class's parameter properties too); undefined when none has one. */
function ownMembers(owners: readonly (ts.InterfaceDeclaration | ts.ClassDeclaration | ts.TypeLiteralNode)[], name: string): readonly ts.Declaration[] | undefined {
  const found = owners.flatMap((owner): ts.Declaration[] => [
    ...owner.members.filter((member) => memberName(member) === name),
    ...(ts.isClassDeclaration(owner) ? parameterProperties(owner).filter((parameter) => memberName(parameter) === name) : []),
  ]);
  return found.length > 0 ? found : undefined;
}

/** `constructor(private readonly db: Db)`: parameters that declare members of the class. */
function parameterProperties(declaration: ts.ClassDeclaration): readonly ts.ParameterDeclaration[] {
  const constructor = declaration.members.find(ts.isConstructorDeclaration);
  return constructor?.parameters.filter((parameter) => ts.isParameterPropertyDeclaration(parameter, constructor)) ?? [];
}

/**
 * With types, from declarations alone: the type whose symbol has these
 * declarations certainly has no member `name` — every one is an interface or
 * class of the project or a package without such a member or an index
 * signature, and so are all of its bases. Answers a structural lookup
 * (`$transaction`) without resolving every member of a large generic type.
 */
export function declaredWithoutMember(checker: ts.TypeChecker, declarations: readonly ts.Declaration[], name: string, depth = 0): boolean {
  if (depth > MAX_HIERARCHY) return false;
  const owners = declarations.filter((declaration) => !ts.isModuleDeclaration(declaration));
  if (owners.length === 0 || !owners.every((owner) => ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner))) return false;
  const classes = owners as readonly (ts.InterfaceDeclaration | ts.ClassDeclaration)[];
  if (ownMembers(classes, name) || classes.some((owner) => owner.members.some((member) => ts.isIndexSignatureDeclaration(member)))) return false;
  return classes.flatMap(extendedTypes).every((base) => {
    const expression = base.expression;
    const baseName = ts.isIdentifier(expression) ? expression : ts.isPropertyAccessExpression(expression) ? expression.name : undefined;
    return baseName !== undefined && declaredWithoutMember(checker, typeDeclarations(symbolAt(checker, baseName)), name, depth + 1);
  });
}

function extendedTypes(declaration: ts.InterfaceDeclaration | ts.ClassDeclaration): readonly ts.ExpressionWithTypeArguments[] {
  return (declaration.heritageClauses ?? []).filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword).flatMap((clause) => clause.types);
}

/** A symbol's declarations as a type (`Map` is also declared as a value). */
function typeDeclarations(symbol: ts.Symbol | undefined): readonly ts.Declaration[] {
  return (symbol?.declarations ?? []).filter((declaration) => !isValueOnly(declaration));
}

function isNullishTypeNode(node: ts.TypeNode): boolean {
  return (
    node.kind === ts.SyntaxKind.UndefinedKeyword ||
    node.kind === ts.SyntaxKind.VoidKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

/**
 * The type annotation that declares a variable's, parameter's or property's
 * value. An unannotated parameter of a function passed as an argument takes
 * the parameter type that the called function declares for it, when a single
 * declaration of a plain or `this.` callee says so:
 * `inTransaction(db, async (tx) => …)` with `fn: (db: Knex) => R` gives `Knex`.
 * (A type parameter there stays open for every caller: it names no declaration.)
 */
function declaredTypeNode(checker: ts.TypeChecker, declaration: ts.Declaration): ts.TypeNode | undefined {
  if (
    ts.isParameter(declaration) ||
    ts.isVariableDeclaration(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isPropertySignature(declaration)
  ) {
    if (declaration.type) return declaration.type;
  }
  return ts.isParameter(declaration) ? contextualParameterType(checker, declaration) : undefined;
}

function contextualParameterType(checker: ts.TypeChecker, parameter: ts.ParameterDeclaration): ts.TypeNode | undefined {
  const fn = parameter.parent;
  if (parameter.dotDotDotToken || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
  let argument: ts.Node = fn;
  while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
  const call = argument.parent;
  if (!ts.isCallExpression(call)) return undefined;
  const position = call.arguments.indexOf(argument as ts.Expression);
  if (position < 0 || call.arguments.slice(0, position).some(ts.isSpreadElement)) return undefined;
  const callee = call.expression;
  const name = ts.isIdentifier(callee)
    ? callee
    : ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword
      ? callee.name
      : undefined;
  const declarations = name ? (symbolAt(checker, name)?.declarations ?? []) : [];
  // Overloads: which one applies depends on every argument.
  const [only] = declarations;
  if (declarations.length !== 1 || !only) return undefined;
  const callback = parametersOf(only)?.[position];
  if (!callback || callback.dotDotDotToken || !callback.type) return undefined;
  const signature = functionTypeIn(callback.type);
  const target = signature?.parameters[fn.parameters.indexOf(parameter)];
  return target && !target.dotDotDotToken ? target.type : undefined;
}

/** The parameters of a function declaration, or of a `const` or property holding a function. */
function parametersOf(declaration: ts.Declaration): ts.NodeArray<ts.ParameterDeclaration> | undefined {
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration)) {
    return declaration.parameters;
  }
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
    if (declaration.type) return functionTypeIn(declaration.type)?.parameters;
    const init = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    const isConstant = ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    return init && isConstant && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.parameters : undefined;
  }
  return undefined;
}

/** `(x: T) => U`, also written in parentheses or as an optional `… | undefined`. */
function functionTypeIn(node: ts.TypeNode): ts.FunctionTypeNode | undefined {
  if (ts.isParenthesizedTypeNode(node)) return functionTypeIn(node.type);
  if (ts.isFunctionTypeNode(node)) return node;
  if (!ts.isUnionTypeNode(node)) return undefined;
  const parts = node.types.filter((part) => !isNullishTypeNode(part));
  return parts.length === 1 && parts[0] ? functionTypeIn(parts[0]) : undefined;
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
 * With types, from declarations alone: whether the call's result is a
 * thenable, by what the called function declares — `load(x)`, `this.load(x)`,
 * or `res.end()` by the method that the receiver's declared type declares.
 * `false` when every declaration declares a result that is never one (`: void`,
 * `: User[]`, an interface without `then`); `true` when every declaration is
 * `async` or declares a `Promise`/`PromiseLike` (a union with one is one, as
 * for the checker). Lets rules skip the type query of the call, which
 * resolves overloads and checks every argument. Undefined when any
 * declaration leaves it open (no annotation, generics, aliases).
 * `callbackMethods: false` leaves `a.b.map((x) => …)` open: its lookup costs
 * the receiver's type, worth it only where the call's type would be asked next.
 * A subclass that overrides a `void` method with an `async` one is not seen
 * through a receiver declared as the base: the checker does not see it either.
 */
export function declaredThenable(
  services: ParserServicesWithTypeInformation,
  call: TSESTree.Node,
  { callbackMethods = true }: { readonly callbackMethods?: boolean } = {},
): boolean | undefined {
  const tsNode = services.esTreeNodeToTSNodeMap.get(call);
  if (!ts.isCallExpression(tsNode)) return undefined;
  const program = services.program;
  const checker = program.getTypeChecker();
  const target = tsNode.expression;
  const members = ts.isPropertyAccessExpression(target) ? receiverMembers(program, checker, target) : undefined;
  if (members) return sameResult(members.map((member) => declaredResult(program, checker, member)));
  // Otherwise only where finding the function is cheaper than the call's type: `load(x)`,
  // `this.load(x)`, and `a.b.map((x) => …)`. For other `a.b.load(x)` the lookup
  // computes the receiver's type, which costs what the type query it would
  // spare costs; with a callback argument the query would also infer the
  // callback's whole body.
  const withCallback = callbackMethods && tsNode.arguments.some((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument));
  const callee = ts.isIdentifier(target)
    ? target
    : ts.isPropertyAccessExpression(target) && (target.expression.kind === ts.SyntaxKind.ThisKeyword || withCallback)
      ? target.name
      : null;
  if (!callee) return undefined;
  const declarations = symbolAt(checker, callee)?.declarations ?? [];
  return sameResult(declarations.map((declaration) => declaredResult(program, checker, declaration)));
}

/** The answer every declaration gives, or undefined when one leaves it open or they differ. */
function sameResult(results: readonly (boolean | undefined)[]): boolean | undefined {
  const [first] = results;
  return first !== undefined && results.every((result) => result === first) ? first : undefined;
}

/**
 * The declarations of the method `receiver.name` names, found from the
 * declared type of a receiver that is a variable, a parameter (also a
 * callback's, by what its callee declares), `this.x`, or a `const` made by
 * `new X()`.
 */
function receiverMembers(program: ts.Program, checker: ts.TypeChecker, access: ts.PropertyAccessExpression): readonly ts.Declaration[] | undefined {
  const receiver = access.expression;
  const readable =
    ts.isIdentifier(receiver) ||
    (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(receiver.name));
  if (!readable || !ts.isIdentifier(access.name)) return undefined;
  const declaration = readSymbol(checker, receiver)?.valueDeclaration;
  if (!declaration) return undefined;
  const annotation = declaredTypeNode(checker, declaration);
  if (annotation) return memberDeclarations(program, checker, annotation, access.name.text, 0);
  const constructed = constantInitializer(declaration);
  if (!constructed || !ts.isNewExpression(constructed) || !ts.isIdentifier(constructed.expression)) return undefined;
  return classMembers(program, checker, typeDeclarations(symbolAt(checker, constructed.expression)), access.name.text, 0);
}

function constantInitializer(declaration: ts.Declaration): ts.Expression | undefined {
  if (!ts.isVariableDeclaration(declaration) || !ts.isVariableDeclarationList(declaration.parent)) return undefined;
  return (declaration.parent.flags & ts.NodeFlags.Const) !== 0 ? declaration.initializer : undefined;
}

/** What a function, method or function-typed property declares about its result: thenable, never one, or open. */
function declaredResult(program: ts.Program, checker: ts.TypeChecker, declaration: ts.Declaration): boolean | undefined {
  let result: ts.TypeNode | undefined;
  if ((ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.type) {
    result = functionTypeIn(declaration.type)?.type;
  } else if (ts.isFunctionLike(declaration)) {
    const isAsync = ts.canHaveModifiers(declaration) && (ts.getModifiers(declaration)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword) ?? false);
    if (isAsync) return true;
    result = declaration.type;
  }
  if (!result) return undefined;
  if (neverThenable(program, checker, result, 0)) return false;
  return promiseTypeNode(program, checker, result) ? true : undefined;
}

/** `Promise<T>` or `PromiseLike<T>` of the language, or a union with one. */
function promiseTypeNode(program: ts.Program, checker: ts.TypeChecker, node: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(node)) return promiseTypeNode(program, checker, node.type);
  if (ts.isUnionTypeNode(node)) return node.types.some((part) => promiseTypeNode(program, checker, part));
  if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName) || !PROMISE_NAMES.has(node.typeName.text)) return false;
  const declarations = typeDeclarations(symbolAt(checker, node.typeName));
  return declarations.length > 0 && declarations.every((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
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

