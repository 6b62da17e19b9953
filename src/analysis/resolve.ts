import {
  AST_NODE_TYPES,
  ASTUtils,
  type ParserServicesWithTypeInformation,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import ts from 'typescript';

import { TRACKED_EXPORTS, specifiersOf } from '../catalog/index.js';
import { canonicalModule, SUBMODULE_PROPERTIES } from '../catalog/modules.js';
import { calleeName, skipTransparent, staticPropertyName } from './ast.js';
import { perFile } from './file-cache.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A call resolved to the library export it calls: `{ module: 'fs', name: 'existsSync' }`. */
export interface ResolvedCallee {
  /** Canonical module name (`fs` for `node:fs`; `fs/promises` for `fs.promises.*`). */
  readonly module: string;
  /** The exported name, or the member name for a method (`connect` of `Pool`). */
  readonly name: string;
  /** The class or interface that declares a method (`Pool` for `pool.connect()`); absent for plain exports. */
  readonly owner?: string;
  /** Which source answered: import tracking, or the TypeScript symbol. */
  readonly via: 'imports' | 'types';
}

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;
type BaseTracker = InstanceType<typeof ASTUtils.ReferenceTracker>;
type TraceMap = Parameters<BaseTracker['iterateEsmReferences']>[0];
type FoundReferences = ReturnType<BaseTracker['iterateEsmReferences']>;
/** `iteratePropertyReferences` exists at run time but is missing from typescript-eslint's typing. */
type Tracker = BaseTracker & {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap[string]): FoundReferences;
};

interface TrackedInfo {
  readonly module: string;
  readonly name: string;
}

/**
 * ReferenceTracker's map of every tracked export, built once from the catalog
 * when the module loads and then frozen: a read-only table, shared safely by
 * every file and lint thread.
 */
const TRACE_MAP: TraceMap = deepFreeze(buildTraceMap());

function deepFreeze<T extends object>(value: T): T {
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<string | symbol, unknown>)[key];
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** ReferenceTracker wants its symbol keys on plain objects. */
function buildTraceMap(): TraceMap {
  const traceMap: Record<string, Record<string | symbol, unknown>> = {};
  for (const [module, paths] of Object.entries(TRACKED_EXPORTS)) {
    for (const specifier of specifiersOf(module)) {
      const root: Record<string | symbol, unknown> = (traceMap[specifier] ??= {});
      for (const path of paths) {
        let node = root;
        for (const key of path) node = (node[key] ??= {}) as Record<string | symbol, unknown>;
        const name = path.at(-1) ?? 'default';
        const submodule = path.length > 1 && path[0] !== undefined ? SUBMODULE_PROPERTIES[module]?.[path[0]] : undefined;
        const resolvedModule = submodule ?? module;
        const info: TrackedInfo = { module: resolvedModule, name };
        node[ASTUtils.ReferenceTracker.CALL] = info;
        node[ASTUtils.ReferenceTracker.CONSTRUCT] = info;
      }
    }
  }
  return traceMap as TraceMap;
}

const importIndexes = new WeakMap<TSESTree.Program, ReadonlyMap<TSESTree.Node, TrackedInfo>>();

/**
 * The calls of tracked library exports in this file, found once per file
 * through `import`, `require`, namespace/default imports, destructuring and aliases.
 */
function importIndex(context: AnyContext): ReadonlyMap<TSESTree.Node, TrackedInfo> {
  return perFile(importIndexes, context, () => {
    const sourceCode = context.sourceCode;
    const globalScope = sourceCode.getScope(sourceCode.ast);
    const tracker = new ASTUtils.ReferenceTracker(globalScope, { mode: 'legacy' }) as Tracker;
    const traceMap = TRACE_MAP;
    const found = new Map<TSESTree.Node, TrackedInfo>();
    const iterators = [tracker.iterateEsmReferences(traceMap), tracker.iterateCjsReferences(traceMap)];
    // `require` is tracked as a declared global; where the config does not
    // declare Node globals it is an unresolved reference, followed here.
    if (!globalScope.set.has('require')) {
      for (const reference of globalScope.through) {
        const call = reference.identifier.parent;
        if (reference.identifier.name !== 'require' || call?.type !== AST_NODE_TYPES.CallExpression) continue;
        const source = call.arguments[0];
        const specifier = source?.type === AST_NODE_TYPES.Literal ? source.value : null;
        if (call.callee !== reference.identifier || typeof specifier !== 'string') continue;
        const moduleMap = traceMap[specifier];
        if (moduleMap) iterators.push(tracker.iteratePropertyReferences(call, moduleMap));
      }
    }
    for (const iterator of iterators) {
      for (const reference of iterator) {
        found.set(reference.node, reference.info as TrackedInfo);
      }
    }
    return found;
  });
}

/**
 * The parser services when the file was parsed with a TypeScript program, else
 * null — also under parsers that provide no services at all (espree), where
 * `ESLintUtils.getParserServices` would throw.
 */
export function typeServices(context: AnyContext): ParserServicesWithTypeInformation | null {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap ? (services as ParserServicesWithTypeInformation) : null;
}

/**
 * Resolves a call or `new` to the library export it invokes.
 *
 * Cheap first: the callee's name must be one of `candidateNames` (or the callee
 * an identifier imported from a local module, which may re-export under another
 * name). Then import tracking answers without types; only when it cannot and a
 * TypeScript program exists does the type checker look at the callee's symbol.
 */
export function resolveCallee(
  context: AnyContext,
  node: CallLike,
  candidateNames: ReadonlySet<string>,
): ResolvedCallee | null {
  // Import tracking first: it also answers callees without a name (`require('knex')(config)`).
  const tracked = importIndex(context).get(node);
  if (tracked) return { module: tracked.module, name: tracked.name, via: 'imports' };
  // Without types, import tracking is the only answer.
  const services = typeServices(context);
  if (!services) return null;
  const name = calleeName(node);
  if (name === null) return null;
  if (!candidateNames.has(name) && !mayAliasCandidate(context, node, candidateNames)) return null;
  const resolved = resolveByType(services, node);
  return resolved && candidateNames.has(resolved.name) ? resolved : null;
}

/**
 * Calls whose own name says nothing, though types may know them: `exists(p)`
 * or `helpers.exists(p)` where `exists`/`helpers` comes from a local module
 * (`./fs-helpers`), which may re-export under another name; and a local alias
 * of a candidate, `const write = fs.writeFileSync` or `const { writeFileSync: write } = fs`.
 */
function mayAliasCandidate(context: AnyContext, node: CallLike, candidateNames: ReadonlySet<string>): boolean {
  const alias = calleeAlias(context, node);
  return alias === LOCAL_MODULE || (alias !== null && candidateNames.has(alias));
}

/** The callee is imported from a local module (`./helpers`), which may re-export a library function. */
const LOCAL_MODULE = Symbol('local module');
type CalleeAlias = string | typeof LOCAL_MODULE | null;

const calleeAliases = new WeakMap<TSESTree.Program, Map<CallLike, CalleeAlias>>();

/**
 * What a call's callee may stand for besides its own name: the name a local
 * alias binds (`write` of `const write = fs.writeFileSync` stands for
 * `writeFileSync`), or a local module's import. Worked out once per call and
 * file, whichever rule asks first: it needs a scope lookup.
 */
function calleeAlias(context: AnyContext, node: CallLike): CalleeAlias {
  const cache = perFile(calleeAliases, context, () => new Map<CallLike, CalleeAlias>());
  let alias = cache.get(node);
  if (alias === undefined) {
    alias = findCalleeAlias(context, node);
    cache.set(node, alias);
  }
  return alias;
}

function findCalleeAlias(context: AnyContext, node: CallLike): CalleeAlias {
  const callee = skipTransparent(node.callee);
  const base = callee.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : callee;
  if (base.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(base), base);
  const definition = variable?.defs[0];
  if (definition?.type === 'ImportBinding') {
    // Members only of a namespace: `db.query()` on an imported object stays cheap.
    if (callee !== base && definition.node.type !== AST_NODE_TYPES.ImportNamespaceSpecifier) return null;
    const declaration = definition.parent;
    return declaration.type === AST_NODE_TYPES.ImportDeclaration && declaration.source.value.startsWith('.') ? LOCAL_MODULE : null;
  }
  if (callee !== base || definition?.type !== 'Variable') return null;
  const declarator = definition.node;
  if (declarator.id === definition.name) {
    const init = declarator.init ? skipTransparent(declarator.init) : null;
    return init?.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(init) : null;
  }
  const property = definition.name.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== definition.name) return null;
  const key = property.computed ? null : property.key;
  return key?.type === AST_NODE_TYPES.Identifier ? key.name : key?.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
}

function resolveByType(services: ParserServicesWithTypeInformation, node: CallLike): ResolvedCallee | null {
  const checker = services.program.getTypeChecker();
  const callee = skipTransparent(node.callee);
  const nameNode = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  const symbol = symbolAt(checker, services.esTreeNodeToTSNodeMap.get(nameNode));
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return null;
  const fromSymbol = declaredExport(declaration, symbol.name);
  if (fromSymbol) return fromSymbol;
  // A local binding of a library function (`const { writeFile } = fsp`,
  // `const write = fs.writeFileSync`): the library declares its signatures.
  // Functions, methods and classes the project declares itself call nothing
  // else, so the cost of resolving a signature is only paid for bindings.
  if (!isValueBinding(declaration)) return null;
  const type = checker.getTypeOfSymbolAtLocation(symbol, services.esTreeNodeToTSNodeMap.get(nameNode));
  const signatures = node.type === AST_NODE_TYPES.NewExpression ? type.getConstructSignatures() : type.getCallSignatures();
  const answers = signatures.map((signature) => {
    const declared = signature.getDeclaration() as ts.Declaration | undefined;
    const name = declared && 'name' in declared ? declared.name : undefined;
    return name && ts.isIdentifier(name as ts.Node) ? declaredExport(declared, (name as ts.Identifier).text) : null;
  });
  const first = answers[0];
  // Overloads of one export agree; signatures of different origins say nothing certain.
  return first && answers.every((answer) => answer?.module === first.module && answer.name === first.name) ? first : null;
}

/**
 * With types: `new X()` where `X` is a class the project declares itself,
 * extending only its own classes or the language's (`Error`). Its instances
 * are the project's own objects, so no library class hides behind them and
 * no type query of the result is needed. Symbols only: no types are computed.
 */
export function isOwnClass(context: AnyContext, node: TSESTree.NewExpression): boolean {
  const services = typeServices(context);
  if (!services) return false;
  const checker = services.program.getTypeChecker();
  const callee = skipTransparent(node.callee);
  const nameNode = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  return ownClassSymbol(services.program, checker, symbolAt(checker, services.esTreeNodeToTSNodeMap.get(nameNode)), 0);
}

const MAX_BASE_DEPTH = 8;

function ownClassSymbol(program: ts.Program, checker: ts.TypeChecker, symbol: ts.Symbol | undefined, depth: number): boolean {
  if (!symbol || depth > MAX_BASE_DEPTH) return false;
  const declarations = symbol.declarations ?? [];
  if (declarations.length === 0) return false;
  if (declarations.every((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()))) return true;
  return declarations.every((declaration) => {
    if (!ts.isClassDeclaration(declaration) || packageOfFile(declaration.getSourceFile().fileName) !== null) return false;
    const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return !base || ownClassSymbol(program, checker, symbolAt(checker, base.expression), depth + 1);
  });
}

/** The symbol at `node`, through import and export aliases to what they name. */
export function symbolAt(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** A declaration that binds a value made elsewhere: a variable, destructured name, parameter or property. */
function isValueBinding(declaration: ts.Declaration): boolean {
  if (ts.isVariableDeclaration(declaration)) {
    // `const helper = () => …` is the project's own function.
    const init = declaration.initializer;
    return !init || !(ts.isArrowFunction(init) || ts.isFunctionExpression(init) || ts.isClassExpression(init));
  }
  return (
    ts.isBindingElement(declaration) ||
    ts.isParameter(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isPropertySignature(declaration) ||
    ts.isPropertyAssignment(declaration) ||
    ts.isShorthandPropertyAssignment(declaration)
  );
}

/** The module and export name of a declaration inside a library's type declarations. */
function declaredExport(declaration: ts.Declaration | undefined, name: string): ResolvedCallee | null {
  if (!declaration) return null;
  const module = declaringModule(declaration);
  if (!module) return null;
  const owner = ownerName(declaration);
  return owner
    ? { module: canonicalModule(module), name, owner, via: 'types' }
    : { module: canonicalModule(module), name, via: 'types' };
}

/** The class or interface a member is declared in. */
function ownerName(declaration: ts.Node): string | null {
  const parent = declaration.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name) {
    return parent.name.text;
  }
  return null;
}

/**
 * `declare module "fs" { … }` names its module; otherwise the package a
 * declaration file belongs to (`@types/fs-extra` → `fs-extra`). Code of the
 * project itself is no library: null.
 */
function declaringModule(declaration: ts.Node): string | null {
  for (let current: ts.Node | undefined = declaration.parent; current; current = current.parent) {
    if (ts.isModuleDeclaration(current) && ts.isStringLiteral(current.name)) return current.name.text;
  }
  return packageOfFile(declaration.getSourceFile().fileName);
}

export function packageOfFile(fileName: string): string | null {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf('/node_modules/');
  if (index === -1) return null;
  const parts = normalized.slice(index + '/node_modules/'.length).split('/');
  const first = parts[0] ?? '';
  let name = first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
  if (name.startsWith('@types/')) {
    const unscoped = name.slice('@types/'.length);
    name = unscoped.includes('__') ? `@${unscoped.replace('__', '/')}` : unscoped;
  }
  return name;
}
