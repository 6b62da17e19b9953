/**
 * Module-level state: bindings declared at module level and static
 * properties of module-level classes, where each one is used (which function
 * owns the use, at module load or at run time), and how (read, write, what a
 * write stores, whether it counts up).
 */
import { AST_NODE_TYPES, ASTUtils, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { ALL_MUTATOR_METHODS, ARITHMETIC_OPERATORS, COLLECTION_CONSTRUCTORS, MUTATOR_METHODS } from '../catalog/collections.js';
import { enclosingFunction, isFunction, outermostTransparent, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import {
  callsEntries,
  initialEntries,
  isCallableValue,
  isMutatedByStaticCall,
  kindOfType,
  mutatesByType,
  shapeOf,
  storedArguments,
  type StateKind,
} from './collections.js';
import {
  accessChain,
  assignedValue,
  isExportedValue,
  runtimeOwner,
  writeFormOf,
  type RuntimeOwner,
  type WriteForm,
} from './references.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Reference = TSESLint.Scope.Reference;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** A module-level binding or a static property of a module-level class. */
export interface StateCandidate {
  /** `jobs`, or `RateLimiter.hits` for a static property. */
  readonly name: string;
  /** The names `allow` patterns are matched against. */
  readonly names: readonly string[];
  /** Where the report goes: the declared name. */
  readonly loc: TSESTree.SourceLocation;
  readonly init: TSESTree.Expression | null;
  /** The node whose type is the declared type. */
  readonly typeNode: TSESTree.Node;
  /** `let`/`var`, or a static property that is not `readonly`. */
  readonly reassignable: boolean;
  /** `export const x = …`. */
  readonly exported: boolean;
  /** The identifiers (or `this.x`/`C.x` member expressions) that use it, with their scope reference when they have one. */
  readonly roots: readonly StateRoot[];
}

export interface StateRoot {
  readonly node: TSESTree.Node;
  readonly reference?: Reference;
}

export interface StateWrite {
  /** Where the writing expression ends: an `await` after it lets other calls see the write. */
  readonly end: number;
  /** The values it stores as entries of the collection; null when it stores something else or unknown values. */
  readonly stored: readonly TSESTree.Node[] | null;
  /** Arithmetic on the previous value: `n++`, `n += 1`, `map.set(k, (map.get(k) ?? 0) + 1)`. */
  readonly counts: boolean;
  /** The value of a reassignment `x = v`. */
  readonly reassigned: TSESTree.Node | null;
  /** Empties the whole collection (`x.clear()`, `x = new Map()`, `x.length = 0`), storing nothing. */
  readonly clears: boolean;
  /** A mutator-named method call, confirmed by kind or type once the candidate passed the cheap filters. */
  readonly method?: { readonly name: string; readonly receiver: TSESTree.Node; readonly direct: boolean };
}

export interface StateUse {
  readonly node: TSESTree.Node;
  /** The function whose calls run this use; null at module load. */
  readonly owner: RuntimeOwner | null;
  /** The innermost function around the use. */
  readonly fn: FunctionNode | null;
  readonly reads: boolean;
  readonly write: StateWrite | null;
  /** The value leaves the module (`export { x }`, `module.exports = { x }`). */
  readonly exported: boolean;
  /** An entry read here is called: evidence of a registry of functions. */
  readonly callsEntry: boolean;
}

/** A candidate that holds runtime-mutable state and is written by some function. */
export interface ModuleState {
  readonly candidate: StateCandidate;
  readonly kind: StateKind;
  /** Every use, in source order, mutations confirmed by kind or type. */
  readonly uses: readonly StateUse[];
  /** The uses that write it from a function (not while the module loads). */
  readonly writes: readonly StateUse[];
}

/**
 * Collects the module-level state candidates of a file while ESLint walks it:
 * module-level `let`/`const`/`var` bindings (outside functions and static
 * blocks, simple identifiers only) and static properties of classes declared
 * outside functions. Ask `candidates()` in `Program:exit`, in source order.
 */
const STATIC_KEYWORD = /\bstatic\b/u;

export function createModuleStateCollector(context: AnyContext): {
  readonly listeners: TSESLint.RuleListener;
  candidates(): StateCandidate[];
} {
  const sourceCode = context.sourceCode;
  const declarators: TSESTree.VariableDeclarator[] = [];
  const staticProperties: TSESTree.PropertyDefinition[] = [];
  const thisMembers: TSESTree.MemberExpression[] = [];

  function collectDeclarator(node: TSESTree.VariableDeclarator): void {
    const declaration = node.parent;
    if (node.id.type !== AST_NODE_TYPES.Identifier || declaration.declare) return;
    if (declaration.kind === 'using' || declaration.kind === 'await using') return;
    if (enclosingFunction(node) || hasAncestor(node, AST_NODE_TYPES.StaticBlock)) return;
    declarators.push(node);
  }

  function collectStatic(node: TSESTree.PropertyDefinition): void {
    if (node.computed || node.declare || enclosingFunction(node)) return;
    if (node.key.type !== AST_NODE_TYPES.Identifier && node.key.type !== AST_NODE_TYPES.PrivateIdentifier) return;
    staticProperties.push(node);
  }

  function variableCandidate(node: TSESTree.VariableDeclarator): StateCandidate | null {
    const id = node.id as TSESTree.Identifier;
    const variable = sourceCode.getDeclaredVariables(node).find((candidate) => candidate.identifiers.includes(id));
    if (!variable) return null;
    const roots = variable.references
      .filter((reference) => !reference.init && isValueReference(reference))
      .map((reference) => ({ node: reference.identifier, reference }));
    const declaration = node.parent;
    return {
      name: id.name,
      names: [id.name],
      loc: nameLoc(id),
      init: node.init,
      typeNode: id,
      reassignable: declaration.kind !== 'const',
      exported: declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration,
      roots,
    };
  }

  function staticCandidate(node: TSESTree.PropertyDefinition): StateCandidate | null {
    const key = node.key as TSESTree.Identifier | TSESTree.PrivateIdentifier;
    const classNode = node.parent.parent;
    const className = classNameOf(classNode);
    const property = key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${key.name}` : key.name;
    const roots: StateRoot[] = [];
    for (const variable of classVariables(classNode)) {
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && namesKey(member, key)) {
          roots.push({ node: member });
        }
      }
    }
    for (const member of thisMembers) {
      if (namesKey(member, key) && staticThisClass(member.object) === classNode) roots.push({ node: member });
    }
    roots.sort((a, b) => a.node.range[0] - b.node.range[0]);
    const name = className ? `${className}.${property}` : property;
    return {
      name,
      names: [property, name],
      loc: key.loc,
      init: node.value,
      typeNode: key,
      reassignable: !node.readonly,
      exported: false,
      roots,
    };
  }

  // Static state needs the `static` keyword: without it, no `this.x` needs collecting.
  const staticListeners: TSESLint.RuleListener = STATIC_KEYWORD.test(sourceCode.text)
    ? {
        'PropertyDefinition[static=true]': collectStatic,
        'MemberExpression[object.type="ThisExpression"]'(node: TSESTree.MemberExpression) {
          thisMembers.push(node);
        },
      }
    : {};

  return {
    listeners: { VariableDeclarator: collectDeclarator, ...staticListeners },
    candidates() {
      const candidates = [...declarators.map(variableCandidate), ...staticProperties.map(staticCandidate)].filter(
        (candidate): candidate is StateCandidate => candidate !== null,
      );
      return candidates.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
    },
  };

  /** The variables that name a class: its declaration name outside and inside, or the `const` it is assigned to. */
  function classVariables(classNode: ClassNode): TSESLint.Scope.Variable[] {
    const variables = [...sourceCode.getDeclaredVariables(classNode)];
    const inner = classNode.id ? sourceCode.scopeManager?.acquire(classNode)?.set.get(classNode.id.name) : undefined;
    if (inner && !variables.includes(inner)) variables.push(inner);
    const declarator = classNode.parent;
    if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === classNode) {
      variables.push(...sourceCode.getDeclaredVariables(declarator));
    }
    return variables;
  }
}

/**
 * What a candidate holds and how functions use it, or null when it is not
 * runtime state: a weak collection, a frozen table, a function or class, a
 * constant primitive, something that is neither a collection nor a scalar,
 * nothing a function writes, or a registry whose values are functions or
 * classes. Cheap first: the initializer's syntax, then the uses, then types.
 */
export function analyzeModuleState(
  context: AnyContext,
  candidate: StateCandidate,
  services: ParserServicesWithTypeInformation | null,
): ModuleState | null {
  const sourceCode = context.sourceCode;
  const shape = candidate.init ? shapeOf(candidate.init, sourceCode) : null;
  if (shape === 'weak' || shape === 'frozen' || shape === 'callable') return null;
  if (!candidate.reassignable && (shape === null ? !services : isScalar(shape))) return null;
  const found = usesOf();
  if (!found.some((use) => use.owner && use.write)) return null;
  const kind = kindOf(shape, found);
  if (!kind) return null;
  const uses = found.map((use) => confirmMethod(use, kind)).sort((a, b) => a.node.range[0] - b.node.range[0]);
  const writes = uses.filter((use) => use.owner && use.write);
  if (writes.length === 0 || isRegistry(uses)) return null;
  return { candidate, kind, uses, writes };

  /** Every use of a candidate, following one level of `const` aliases inside functions. */
  function usesOf(): StateUse[] {
    const rootNodes = candidate.roots.map((root) => root.node);
    const uses: StateUse[] = [];
    for (const root of candidate.roots) uses.push(...classify(root.node, root.reference, 0, false, rootNodes));
    return uses;
  }

  function classify(
    root: TSESTree.Node,
    reference: Reference | undefined,
    depth: number,
    alias: boolean,
    rootNodes: readonly TSESTree.Node[],
  ): StateUse[] {
    const chain = accessChain(root);
    const owner = runtimeOwner(root);
    const base = {
      node: root,
      owner,
      fn: enclosingFunction(root),
      exported: false,
      callsEntry: callsEntries(chain, sourceCode),
    };
    const counts = (form: WriteForm, target: TSESTree.Node, value: TSESTree.Node | null): boolean =>
      countsUp(form, target, value, rootNodes);

    // The binding itself is replaced: `x = v`, `x++`, `C.count += 1`.
    const ownForm = alias ? null : reference ? (reference.isWrite() ? (writeFormOf(root) ?? 'assign') : null) : writeFormOf(root);
    if (ownForm) {
      const value = assignedValue(root);
      const clears = value !== null && isEmptyCollection(value);
      const write = { end: writeEnd(root), stored: null, counts: counts(ownForm, root, value), reassigned: value, clears };
      return [{ ...base, reads: ownForm !== 'assign', write }];
    }
    const { steps, top } = chain;
    // A property or entry is written: `x[k] = v`, `x.n++`, `delete x[k]`, `x.get(k).status = s`.
    const last = steps.at(-1);
    const memberForm = last?.type === AST_NODE_TYPES.MemberExpression ? writeFormOf(last) : null;
    if (last && memberForm) {
      const entry = depth === 0 && steps.length === 1;
      const value = assignedValue(last);
      const stored = !entry ? null : memberForm === 'delete' ? [] : memberForm === 'assign' && value ? [value] : null;
      const clears = entry && last.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(last) === 'length' && value !== null && isZero(value);
      const write = { end: writeEnd(last), stored: clears ? [] : stored, counts: counts(memberForm, last, value), reassigned: null, clears };
      return [{ ...base, reads: !(entry && (memberForm === 'assign' || memberForm === 'delete')), write }];
    }
    // A mutator-named method is called on it or on an entry: `x.set(k, v)`, `x.get(k).push(v)`.
    for (let index = 1; index < steps.length; index++) {
      const member = steps[index - 1];
      const call = steps[index];
      if (member?.type !== AST_NODE_TYPES.MemberExpression || call?.type !== AST_NODE_TYPES.CallExpression) continue;
      const name = staticPropertyName(member);
      if (name === null || !ALL_MUTATOR_METHODS.includes(name)) continue;
      const direct = depth === 0 && index === 1;
      const value = name === 'set' ? call.arguments[1] : undefined;
      const write = {
        end: call.range[1],
        stored: direct ? storedArguments(call, name) : null,
        counts: direct && value !== undefined && value.type !== AST_NODE_TYPES.SpreadElement && counts('assign', call, value),
        reassigned: null,
        clears: direct && name === 'clear',
        method: { name, receiver: member.object, direct },
      };
      return [{ ...base, reads: !direct || isResultUsed(call), write }];
    }
    // `Object.assign(x, patch)`, `Reflect.set(x, k, v)`.
    if (isMutatedByStaticCall(top, sourceCode)) {
      const write = { end: writeEnd(top), stored: null, counts: false, reassigned: null, clears: false };
      return [{ ...base, reads: false, write }];
    }
    // `const s = state` or `const job = jobs.get(id)` in a function: its uses are uses of the state.
    const aliasVariable = alias || !base.fn ? undefined : constAlias(top);
    if (aliasVariable) {
      const uses: StateUse[] = [{ ...base, reads: true, write: null }];
      for (const aliasReference of aliasVariable.references) {
        if (aliasReference.init || !isValueReference(aliasReference)) continue;
        uses.push(...classify(aliasReference.identifier, aliasReference, depth + steps.length, true, rootNodes));
      }
      return uses;
    }
    return [{ ...base, reads: true, write: null, exported: owner === null && steps.length === 0 && isExportedValue(top) }];
  }

  /**
   * The kind of state a candidate holds: by its initializer, then its declared
   * type, then what its writes store. A collection initializer that functions
   * only ever replace with something else (`let mod = {}; … mod = require(name)`)
   * is a placeholder: then only the declared type can tell.
   */
  function kindOf(shape: StateKind | null, uses: readonly StateUse[]): StateKind | null {
    if (shape !== null && !(isCollection(shape) && isPlaceholder(uses))) return shape;
    if (services) {
      const byType = kindOfType(services, candidate.typeNode, candidate.reassignable);
      if (byType === 'weak' || byType === 'none') return null;
      if (byType !== null) return byType;
    }
    if (!candidate.reassignable) return null;
    for (const use of uses) {
      if (use.write?.counts) return 'number';
      const assigned = use.write?.reassigned ? shapeOf(use.write.reassigned, sourceCode) : null;
      if (assigned !== null && assigned !== 'weak' && assigned !== 'frozen' && assigned !== 'callable') return assigned;
    }
    return null;
  }

  /** Every write from a function replaces the whole value with one that is neither a collection nor built from the old one. */
  function isPlaceholder(uses: readonly StateUse[]): boolean {
    return uses.every((use) => {
      const value = use.owner ? use.write?.reassigned : undefined;
      if (value === undefined) return !use.owner || !use.write;
      if (value === null) return false;
      const shape = shapeOf(value, sourceCode);
      return !(shape === 'Map' || shape === 'Set' || shape === 'array' || shape === 'object') && !containsRoot(value);
    });
  }

  function containsRoot(node: TSESTree.Node): boolean {
    return candidate.roots.some((root) => root.node.range[0] >= node.range[0] && root.node.range[1] <= node.range[1]);
  }

  /** A mutator-named call mutates when the receiver's type says so, or — without types — the candidate's kind does. */
  function confirmMethod(use: StateUse, kind: StateKind): StateUse {
    const method = use.write?.method;
    if (!method) return use;
    const byType = services ? mutatesByType(services, method.receiver, method.name) : null;
    const mutates = byType ?? (method.direct && isCollection(kind) && MUTATOR_METHODS[kind].includes(method.name));
    return mutates ? use : { ...use, reads: true, write: null };
  }

  /** Every stored value is a function or a class: a registry (of handlers, drivers, listeners), not state. */
  function isRegistry(uses: readonly StateUse[]): boolean {
    const values: TSESTree.Node[] = [...((candidate.init && initialEntries(candidate.init, sourceCode)) ?? [])];
    for (const use of uses) {
      if (!use.write) continue;
      if (use.write.stored === null) return false;
      values.push(...use.write.stored);
    }
    const entriesCalled = uses.some((use) => use.callsEntry);
    return values.length > 0 && values.every((value) => isCallableValue(value, sourceCode, services) ?? entriesCalled);
  }

  /** The `const` a use initializes inside a function (`const s = state`), when nothing else happens to it. */
  function constAlias(top: TSESTree.Node): TSESLint.Scope.Variable | undefined {
    const declarator = top.parent;
    if (
      declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.init !== top ||
      declarator.id.type !== AST_NODE_TYPES.Identifier ||
      declarator.parent.kind !== 'const'
    ) {
      return undefined;
    }
    return sourceCode.getDeclaredVariables(declarator)[0];
  }

  /** Arithmetic on the previous value: `++`, `+=`, or `x = x + 1` (also through one `const`). */
  function countsUp(form: WriteForm, target: TSESTree.Node, value: TSESTree.Node | null, rootNodes: readonly TSESTree.Node[]): boolean {
    if (form === 'update') return true;
    if (form === 'compound') {
      const assignment = outermostTransparent(target).parent;
      return assignment?.type === AST_NODE_TYPES.AssignmentExpression && ARITHMETIC_OPERATORS.includes(assignment.operator.slice(0, -1));
    }
    if (form !== 'assign' || !value) return false;
    let expression = skipTransparent(value);
    if (expression.type === AST_NODE_TYPES.Identifier) {
      const definition = ASTUtils.findVariable(sourceCode.getScope(expression), expression)?.defs[0];
      const init = definition?.type === 'Variable' && definition.parent.kind === 'const' ? definition.node.init : null;
      if (!init) return false;
      expression = skipTransparent(init);
    }
    return (
      expression.type === AST_NODE_TYPES.BinaryExpression &&
      ARITHMETIC_OPERATORS.includes(expression.operator) &&
      rootNodes.some((root) => root.range[0] >= expression.range[0] && root.range[1] <= expression.range[1])
    );
  }
}

/** `new Map()`, `new Set()`, `[]`, `{}`: a collection with no entries. */
function isEmptyCollection(value: TSESTree.Node): boolean {
  const node = skipTransparent(value);
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.length === 0;
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node.properties.length === 0;
  return (
    node.type === AST_NODE_TYPES.NewExpression &&
    node.arguments.length === 0 &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    COLLECTION_CONSTRUCTORS[node.callee.name] !== undefined
  );
}

function isZero(value: TSESTree.Node): boolean {
  const node = skipTransparent(value);
  return node.type === AST_NODE_TYPES.Literal && node.value === 0;
}

function isScalar(kind: StateKind): boolean {
  return kind === 'number' || kind === 'flag' || kind === 'variable';
}

function isCollection(kind: StateKind): kind is 'Map' | 'Set' | 'array' | 'object' {
  return !isScalar(kind);
}

/** TypeScript-only references (`typeof x` in a type) are not uses of the value. */
function isValueReference(reference: Reference): boolean {
  return (reference as { isValueReference?: boolean }).isValueReference !== false;
}

/** The end of the expression that performs a write on `node`. */
function writeEnd(node: TSESTree.Node): number {
  const outer = outermostTransparent(node);
  return (outer.parent ?? outer).range[1];
}

/** Whether code uses what a call returns (`const job = queue.shift()`), not only its effect. */
function isResultUsed(call: TSESTree.CallExpression): boolean {
  const outer = outermostTransparent(call);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return false;
  if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') return false;
  return !(parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer);
}

function hasAncestor(node: TSESTree.Node, type: AST_NODE_TYPES): boolean {
  for (let current = node.parent; current; current = current.parent) if (current.type === type) return true;
  return false;
}

/** The location of an identifier's name alone (a TypeScript identifier's range includes its type annotation). */
function nameLoc(id: TSESTree.Identifier): TSESTree.SourceLocation {
  const start = id.loc.start;
  return { start, end: { line: start.line, column: start.column + id.name.length } };
}

function classNameOf(classNode: ClassNode): string | null {
  if (classNode.id) return classNode.id.name;
  const parent = classNode.parent;
  return parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
}

/** `this.key` / `C.key` / `this.#key` names the static property `key`. */
function namesKey(member: TSESTree.MemberExpression, key: TSESTree.Identifier | TSESTree.PrivateIdentifier): boolean {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) {
    return member.property.type === AST_NODE_TYPES.PrivateIdentifier && member.property.name === key.name;
  }
  return member.property.type !== AST_NODE_TYPES.PrivateIdentifier && staticPropertyName(member) === key.name;
}

/** The class whose constructor `this` is: in a static method, static block or static field initializer. */
function staticThisClass(node: TSESTree.Node): ClassNode | null {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent as TSESTree.Node | undefined) {
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (isFunction(parent)) {
      const method = parent.parent;
      return method.type === AST_NODE_TYPES.MethodDefinition && method.static && method.value === parent
        ? method.parent.parent
        : null;
    }
    if (parent.type === AST_NODE_TYPES.StaticBlock) return parent.parent.parent;
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child) {
      return parent.static ? parent.parent.parent : null;
    }
  }
  return null;
}
