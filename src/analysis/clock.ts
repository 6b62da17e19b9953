import path from 'node:path';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  DATE_FACTORIES,
  DATE_FNS_FUNCTIONS,
  DATE_METHODS,
  DEFAULT_FORMAT,
  HIGH_RESOLUTION_CLOCKS,
  MIN_UNIQUE_RANDOM_RANGE,
  RANDOM_INTEGER_CUTS,
  isDateFnsModule,
  LUXON_FIELDS,
  PATH_FUNCTIONS,
  TIME_UNITS,
  own,
  TRUNCATION_UNITS,
  UNIQUE_CALL_NAMES,
  UNIQUE_FACTORY_NAMES,
  type DateField,
  type DateLibrary,
  type TimeUnit,
} from '../catalog/timestamps.js';
import { calleeName, isFunction, skipTransparent, staticPropertyName, type FunctionNode } from './ast.js';
import { parseFormat, renderFormat } from './date-format.js';
import { calledLocalFunction, createSummaryCache, parameterBindings, returnedExpressions } from './function-summary.js';
import { isBuiltinGlobal, isMutatedInPlace, singleAssignedValue, variableOf } from './local-values.js';
import { resolveCallee } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/**
 * Values derived from the wall clock, and how often they change.
 *
 * Every expression is compiled into a `ClockTerm`: a function from "the
 * current time" to the value the expression would have then, built from a
 * small interpreter over the AST (string, number, `Date`, dayjs/moment/luxon
 * and date-fns operations with static arguments, template literals,
 * concatenation, `path.join`, local variables and local helper functions).
 * Anything it does not understand is opaque: a constant of unknown value.
 *
 * The resolution of a term is then measured, not guessed: the term is run at
 * an instant and at instants that differ in one field (milliseconds, seconds,
 * minutes, …); the finest field whose change changes the value is its
 * resolution. `toISOString().slice(0, 19)`, `Math.floor(Date.now() / 1000)`,
 * `format(d, 'yyyyMMdd-HHmmss')` and a string built from `getSeconds()` all
 * come out as "second", by running them.
 */

/** A value the interpreter cannot know: a parameter, an import, the result of an unknown call. */
export const OPAQUE: unique symbol = Symbol('opaque');

/** How an opaque value prints inside a string: one character that is no white space and no path separator. */
const PLACEHOLDER = '\uE000';

/** A dayjs, moment or luxon object: the instant it holds and whether it prints in UTC. */
export interface LibraryDate {
  readonly kind: 'library-date';
  readonly library: DateLibrary;
  readonly time: number;
  readonly utc: boolean;
}

/**
 * How a term got its value:
 * - `source`: reads the clock (`Date.now()`, `new Date()`, `dayjs()`);
 * - `op`: computes from its inputs (`.slice(0, 19)`, `Math.floor`, `/ 1000`);
 * - `compose`: puts its inputs into a larger string (template, `+`, `path.join`, array, object);
 * - `alias`: the value of a local helper call;
 * - `value`: no clock involved (a constant, or opaque).
 */
export type ClockRole = 'source' | 'op' | 'compose' | 'alias' | 'value';

export interface ClockTerm {
  readonly node: TSESTree.Node;
  readonly role: ClockRole;
  /** The value of the expression when the current time is `now` (epoch milliseconds). */
  readonly run: (now: number) => unknown;
  /** Depends on the clock. */
  readonly timed: boolean;
  /** Contains a unique part (`randomUUID()`, a counter, `mkdtemp`): it cannot collide. */
  readonly unique: boolean;
  /** The timed inputs it was computed from. */
  readonly inputs: readonly ClockTerm[];
  /** The expression closest to where the value is used that holds exactly this value (variables resolved). */
  readonly at: TSESTree.Node;
  /** The time value before anything else was added to it: this term itself when nothing was. */
  readonly entry: ClockTerm;
  /** Where the time value was first composed into a larger string, as written there (`stamp` in `join(root, stamp)`). */
  readonly slot?: TSESTree.Node;
}

export interface ClockAnalyzer {
  /** The term of an expression. */
  termOf(node: TSESTree.Node): ClockTerm;
  /** How often the term's value changes; null when it does not depend on the clock or cannot be run. */
  resolutionOf(term: ClockTerm): TimeUnit | null;
  /** The expression that made the term's resolution what it is, for messages: `new Date().toISOString().slice(0, 19)`. */
  originOf(term: ClockTerm): TSESTree.Node;
  /** The value at a fixed instant, and at an instant where every field differs (for locating the time-dependent text). */
  sample(term: ClockTerm): { readonly base: unknown; readonly far: unknown };
}

/** Export names the resolver is asked about: date factories, date-fns, `path`, unique-id modules. */
const CANDIDATE_NAMES: ReadonlySet<string> = new Set([
  ...DATE_FACTORIES.flatMap((factory) => factory.names),
  ...Object.keys(DATE_FNS_FUNCTIONS),
  ...Object.keys(PATH_FUNCTIONS),
  ...UNIQUE_CALL_NAMES,
  ...UNIQUE_FACTORY_NAMES,
]);

const UNIQUE_MODULES: ReadonlySet<string> = new Set(['crypto', 'uuid', 'nanoid', 'ulid', '@paralleldrive/cuid2']);

/** Methods that change a `Date` or a moment object in place. */
const MUTATOR = /^(?:set[A-Z]\w*|add|subtract|startOf|endOf|utc|local|year|month|date|hours?|minutes?|seconds?|milliseconds?)$/u;

const MAX_DEPTH = 120;
const MAX_INLINE = 6;
const MAX_PAD = 512;

interface Env {
  readonly bindings: ReadonlyMap<Variable, ClockTerm>;
  readonly inlined: number;
}

interface Child {
  readonly term: ClockTerm;
  /** The child expression as written in its parent. */
  readonly written: TSESTree.Node;
}

/** Instants to run terms at, in the time zone of this process (see `instants`). */
interface Instants {
  readonly base: number;
  readonly far: number;
  readonly variations: Readonly<Record<TimeUnit, readonly number[]>>;
}

export function createClockAnalyzer(context: AnyContext): ClockAnalyzer {
  const sourceCode = context.sourceCode;
  const moments = instants();
  const memo = new Map<TSESTree.Node, ClockTerm>();
  const visiting = new Set<Variable>();
  const summaries = createSummaryCache<ClockTerm>();
  const resolutions = new WeakMap<ClockTerm, TimeUnit | null>();
  const origins = new WeakMap<ClockTerm, TSESTree.Node>();

  // ---- term constructors ---------------------------------------------------

  function value(node: TSESTree.Node, run: (now: number) => unknown, unique = false): ClockTerm {
    const term: { -readonly [K in keyof ClockTerm]: ClockTerm[K] } = {
      node,
      role: 'value',
      run,
      timed: false,
      unique,
      inputs: [],
      at: node,
      entry: undefined as unknown as ClockTerm,
    };
    term.entry = term;
    return term;
  }

  const opaque = (node: TSESTree.Node, unique = false): ClockTerm => value(node, () => OPAQUE, unique);
  const constant = (node: TSESTree.Node, v: unknown): ClockTerm => value(node, () => v);

  function source(node: TSESTree.Node, run: (now: number) => unknown): ClockTerm {
    const term = value(node, run) as { -readonly [K in keyof ClockTerm]: ClockTerm[K] };
    term.role = 'source';
    term.timed = true;
    return term;
  }

  /** A term computed from `children`; `compose` when it builds a larger string from them. */
  function derived(node: TSESTree.Node, role: 'op' | 'compose', children: readonly Child[], run: (now: number) => unknown): ClockTerm {
    const timed = children.filter((child) => child.term.timed);
    const term: { -readonly [K in keyof ClockTerm]: ClockTerm[K] } = {
      node,
      role,
      run: guarded(run),
      timed: timed.length > 0,
      unique: children.some((child) => child.term.unique),
      inputs: timed.map((child) => child.term),
      at: node,
      entry: undefined as unknown as ClockTerm,
    };
    term.entry = term;
    if (role === 'op') {
      const composed = timed.find((child) => child.term.slot !== undefined);
      if (composed) {
        term.entry = composed.term.entry;
        term.slot = composed.term.slot;
      }
    } else {
      // Timed parts whose value the interpreter cannot compute say nothing about where the time entered.
      const known = timed.filter((child) => safeRun(child.term, moments.base) !== OPAQUE);
      const entries = new Set(known.map((child) => child.term.entry.at));
      const first = known[0];
      if (entries.size === 1 && first) {
        term.entry = first.term.entry;
        term.slot = first.term.slot ?? first.written;
      }
    }
    return term;
  }

  /** The value of a local helper call: its returned term, seen from the call. */
  function called(node: TSESTree.Node, returned: ClockTerm): ClockTerm {
    if (!returned.timed || returned.slot !== undefined) return { ...returned, node, at: returned.slot ? returned.at : node };
    const term: { -readonly [K in keyof ClockTerm]: ClockTerm[K] } = {
      node,
      role: 'alias',
      run: returned.run,
      timed: true,
      unique: returned.unique,
      inputs: [returned],
      at: node,
      entry: undefined as unknown as ClockTerm,
    };
    term.entry = term;
    return term;
  }

  /** One of several values (`a ?? b`, `c ? a : b`, several `return`s): the timed one counts; any unique one silences. */
  function alternatives(node: TSESTree.Node, terms: readonly ClockTerm[]): ClockTerm {
    const chosen = terms.find((term) => term.timed) ?? terms[0];
    if (!chosen) return opaque(node);
    const unique = terms.some((term) => term.unique);
    return unique === chosen.unique ? chosen : { ...chosen, unique };
  }

  // ---- compilation -----------------------------------------------------------

  function termOf(node: TSESTree.Node): ClockTerm {
    return compile(node, null, 0);
  }

  function compile(raw: TSESTree.Node, env: Env | null, depth: number): ClockTerm {
    const node = skipTransparent(raw);
    if (depth > MAX_DEPTH) return opaque(node);
    if (env === null) {
      const cached = memo.get(node);
      if (cached) return cached;
      const term = compileNode(node, env, depth);
      memo.set(node, term);
      return term;
    }
    return compileNode(node, env, depth);
  }

  function child(node: TSESTree.Node, env: Env | null, depth: number): Child {
    return { term: compile(node, env, depth + 1), written: node };
  }

  function compileNode(node: TSESTree.Node, env: Env | null, depth: number): ClockTerm {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return literal(node);
      case AST_NODE_TYPES.TemplateLiteral: {
        const parts = node.expressions.map((expression) => child(expression, env, depth));
        const quasis = node.quasis.map((quasi) => quasi.value.cooked ?? '');
        return derived(node, 'compose', parts, (now) => {
          let text = quasis[0] ?? '';
          parts.forEach((part, index) => {
            text += textOf(part.term.run(now)) + (quasis[index + 1] ?? '');
          });
          return text;
        });
      }
      case AST_NODE_TYPES.Identifier:
        return identifier(node, env, depth);
      case AST_NODE_TYPES.AwaitExpression:
        return compile(node.argument, env, depth + 1);
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions.at(-1);
        return last ? compile(last, env, depth + 1) : opaque(node);
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return alternatives(node, [compile(node.consequent, env, depth + 1), compile(node.alternate, env, depth + 1)]);
      case AST_NODE_TYPES.LogicalExpression:
        return alternatives(node, [compile(node.left, env, depth + 1), compile(node.right, env, depth + 1)]);
      case AST_NODE_TYPES.UpdateExpression:
        // `++seq` in a name: a sequence number that differs for every call of this process.
        return opaque(node, true);
      case AST_NODE_TYPES.AssignmentExpression:
        return node.operator === '=' ? compile(node.right, env, depth + 1) : opaque(node, true);
      case AST_NODE_TYPES.UnaryExpression:
        return unary(node, env, depth);
      case AST_NODE_TYPES.BinaryExpression:
        return binary(node, env, depth);
      case AST_NODE_TYPES.ArrayExpression: {
        if (node.elements.some((element) => element === null || element.type === AST_NODE_TYPES.SpreadElement)) {
          return opaqueWith(node, node.elements.flatMap((element) => (element ? [element] : [])), env, depth);
        }
        const parts = node.elements.map((element) => child(element as TSESTree.Expression, env, depth));
        return derived(node, 'compose', parts, (now) => parts.map((part) => part.term.run(now)));
      }
      case AST_NODE_TYPES.ObjectExpression:
        return object(node, env, depth);
      case AST_NODE_TYPES.MemberExpression:
        return member(node, env, depth);
      case AST_NODE_TYPES.CallExpression:
        return call(node, env, depth);
      case AST_NODE_TYPES.NewExpression:
        return construct(node, env, depth);
      default:
        return opaque(node);
    }
  }

  function literal(node: TSESTree.Literal): ClockTerm {
    if ('regex' in node && node.regex) {
      const { pattern, flags } = node.regex;
      return value(node, () => {
        try {
          return new RegExp(pattern, flags);
        } catch {
          return OPAQUE;
        }
      });
    }
    return constant(node, node.value);
  }

  /** An opaque value that keeps the unique parts of the expressions it was computed from. */
  function opaqueWith(node: TSESTree.Node, parts: readonly TSESTree.Node[], env: Env | null, depth: number): ClockTerm {
    const unique = parts.some((part) => part.type !== AST_NODE_TYPES.SpreadElement && compile(part, env, depth + 1).unique);
    return opaque(node, unique);
  }

  function identifier(node: TSESTree.Identifier, env: Env | null, depth: number): ClockTerm {
    const variable = variableOf(sourceCode, node);
    if (variable && env?.bindings.has(variable)) return env.bindings.get(variable) ?? opaque(node);
    if (!variable || variable.defs.length === 0) {
      return node.name === 'undefined' ? constant(node, undefined) : opaque(node);
    }
    const init = singleAssignedValue(variable);
    if (!init || visiting.has(variable)) return opaque(node);
    if (isMutatedInPlace(variable, (method) => MUTATOR.test(method))) return opaque(node);
    visiting.add(variable);
    try {
      return compile(init, env, depth + 1);
    } finally {
      visiting.delete(variable);
    }
  }

  function unary(node: TSESTree.UnaryExpression, env: Env | null, depth: number): ClockTerm {
    if (node.operator === 'void') return constant(node, undefined);
    if (node.operator === 'delete') return opaque(node);
    const operand = child(node.argument, env, depth);
    const operator = node.operator;
    return derived(node, 'op', [operand], (now) => {
      const v = operand.term.run(now);
      if (v === OPAQUE) return OPAQUE;
      switch (operator) {
        case '+':
          return toNumber(v);
        case '-':
          return -toNumber(v);
        case '~':
          return ~toNumber(v);
        case '!':
          return !v;
        case 'typeof':
          return typeof v === 'object' && v !== null ? 'object' : typeof v;
      }
    });
  }

  function binary(node: TSESTree.BinaryExpression, env: Env | null, depth: number): ClockTerm {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return opaque(node);
    const left = child(node.left, env, depth);
    const right = child(node.right, env, depth);
    const operator = node.operator;
    const run = (now: number): unknown => arithmetic(operator, left.term.run(now), right.term.run(now));
    // `+` builds a string when either side is one: then it composes a name, otherwise it computes.
    const role = operator === '+' && typeof guarded(run)(moments.base) === 'string' ? 'compose' : 'op';
    return derived(node, role, [left, right], run);
  }

  function object(node: TSESTree.ObjectExpression, env: Env | null, depth: number): ClockTerm {
    const entries: { key: string; part: Child }[] = [];
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || isFunction(property.value)) {
        return opaqueWith(node, property.type === AST_NODE_TYPES.SpreadElement ? [property.argument] : [], env, depth);
      }
      const key = propertyKey(property);
      if (key === null) return opaque(node);
      entries.push({ key, part: child(property.value, env, depth) });
    }
    return derived(
      node,
      'compose',
      entries.map((entry) => entry.part),
      (now) => Object.fromEntries(entries.map((entry) => [entry.key, entry.part.term.run(now)])),
    );
  }

  function member(node: TSESTree.MemberExpression, env: Env | null, depth: number): ClockTerm {
    const name = staticPropertyName(node);
    const objectPart = child(node.object, env, depth);
    const keyPart = name === null && node.computed ? child(node.property, env, depth) : null;
    if (name === null && !keyPart) return opaque(node);
    const children = keyPart ? [objectPart, keyPart] : [objectPart];
    return derived(node, 'op', children, (now) => {
      const target = objectPart.term.run(now);
      const key = keyPart ? keyPart.term.run(now) : name;
      if (target === OPAQUE || key === OPAQUE) return OPAQUE;
      return readProperty(target, key);
    });
  }

  function construct(node: TSESTree.NewExpression, env: Env | null, depth: number): ClockTerm {
    const name = calleeName(node);
    if (name !== null && UNIQUE_CALL_NAMES.has(name)) return opaque(node, true);
    if (!isBuiltinGlobal(sourceCode, skipTransparent(node.callee), 'Date')) return opaqueWith(node, node.arguments, env, depth);
    if (node.arguments.length === 0) return source(node, (now) => new Date(now));
    if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return opaque(node);
    const parts = node.arguments.map((argument) => child(argument, env, depth));
    return derived(node, 'op', parts, (now) => {
      const values = parts.map((part) => part.term.run(now));
      if (values.some((v) => v === OPAQUE)) return OPAQUE;
      if (values.length === 1) {
        const [only] = values;
        const time = timeOf(only);
        if (time !== null) return new Date(time);
        return typeof only === 'string' ? new Date(only) : OPAQUE;
      }
      return values.every((v) => typeof v === 'number') ? new Date(...(values as [number, number])) : OPAQUE;
    });
  }

  function call(node: TSESTree.CallExpression, env: Env | null, depth: number): ClockTerm {
    const name = calleeName(node);
    const callee = skipTransparent(node.callee);
    if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
      return opaqueWith(node, node.arguments, env, depth);
    }
    const args = node.arguments as TSESTree.Expression[];
    if (isSmallRandomInteger(node)) return opaque(node);
    if (name !== null && (UNIQUE_CALL_NAMES.has(name) || isHighResolutionClock(callee, name))) return opaque(node, true);
    if (isFunction(callee)) return inline(node, callee, env, depth);

    if (callee.type === AST_NODE_TYPES.MemberExpression && name !== null) {
      const object = skipTransparent(callee.object);
      if (isBuiltinGlobal(sourceCode, object, 'Date')) return dateStatic(node, name, args, env, depth);
      if (isBuiltinGlobal(sourceCode, object, 'Math')) return builtin(node, own(MATH, name), args, env, depth);
      if (isBuiltinGlobal(sourceCode, object, 'Number')) return builtin(node, own(GLOBAL_FUNCTIONS, name), args, env, depth);
      const receiver = child(callee.object, env, depth);
      if (receiver.term.timed || receiver.term.unique || receiver.term.run(moments.base) !== OPAQUE) {
        return method(node, receiver, name, args, env, depth);
      }
    } else if (callee.type === AST_NODE_TYPES.Identifier) {
      const global = own(GLOBAL_FUNCTIONS, callee.name);
      if (global && isBuiltinGlobal(sourceCode, callee, callee.name)) {
        return builtin(node, global, args, env, depth);
      }
      if (isUniqueGenerator(callee)) return opaque(node, true);
    }

    const resolved = resolveCallee(context, node, CANDIDATE_NAMES);
    if (resolved) {
      const known = library(node, resolved.module, resolved.name, args, env, depth);
      if (known) return known;
    }
    const local = calledLocalFunction(sourceCode, node);
    if (local) return inline(node, local, env, depth);
    return opaqueWith(node, args, env, depth);
  }

  /** `const id = customAlphabet(…, 10)` then `id()`: the product of a unique-id factory. */
  /**
   * `Math.floor(Math.random() * 1000)`: a random integer from so few values
   * that names made in the same second collide; not a unique part.
   */
  function isSmallRandomInteger(node: TSESTree.CallExpression): boolean {
    const callee = skipTransparent(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !isBuiltinGlobal(sourceCode, skipTransparent(callee.object), 'Math')) return false;
    const cut = staticPropertyName(callee);
    const [argument] = node.arguments;
    if (cut === null || !RANDOM_INTEGER_CUTS.has(cut) || node.arguments.length !== 1 || !argument) return false;
    const product = skipTransparent(argument);
    if (product.type !== AST_NODE_TYPES.BinaryExpression || product.operator !== '*') return false;
    const sides = [skipTransparent(product.left), skipTransparent(product.right)];
    const range = sides.find((side): side is TSESTree.NumberLiteral => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'number');
    return range !== undefined && Math.abs(range.value) < MIN_UNIQUE_RANDOM_RANGE && sides.some((side) => isMathRandom(side));
  }

  function isMathRandom(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) return false;
    const callee = skipTransparent(node.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(callee) === 'random' &&
      isBuiltinGlobal(sourceCode, skipTransparent(callee.object), 'Math')
    );
  }

  function isUniqueGenerator(callee: TSESTree.Identifier): boolean {
    const variable = variableOf(sourceCode, callee);
    const init = variable ? singleAssignedValue(variable) : null;
    const factory = init ? skipTransparent(init) : null;
    if (factory?.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calleeName(factory);
    if (name !== null && UNIQUE_FACTORY_NAMES.has(name)) return true;
    const resolved = resolveCallee(context, factory, UNIQUE_FACTORY_NAMES);
    return resolved !== null && UNIQUE_FACTORY_NAMES.has(resolved.name);
  }

  function inline(node: TSESTree.CallExpression, fn: FunctionNode, env: Env | null, depth: number): ClockTerm {
    // An async helper's value is a promise: only `await helper()` is its returned value.
    const awaited = node.parent?.type === AST_NODE_TYPES.AwaitExpression;
    if ((fn.async && !awaited) || (env?.inlined ?? 0) >= MAX_INLINE) return opaqueWith(node, node.arguments, env, depth);
    const bindings = parameterBindings(sourceCode, fn, node);
    const summarize = (inner: Env | null): ClockTerm =>
      alternatives(
        node,
        returnedExpressions(fn).map((expression) => compile(expression, inner, depth + 1)),
      );
    if (bindings.length === 0 && env === null && !fn.params.length) {
      return called(node, summaries.get(fn, () => summarize(null), opaque(node)));
    }
    return summaries.within(
      fn,
      () => {
        const map = new Map(env?.bindings ?? []);
        const inner: Env = { bindings: map, inlined: (env?.inlined ?? 0) + 1 };
        for (const binding of bindings) {
          const given = binding.argument ? compile(binding.argument, env, depth + 1) : null;
          const term = given ?? (binding.defaultValue ? compile(binding.defaultValue, inner, depth + 1) : constant(node, undefined));
          map.set(binding.variable, term);
        }
        return called(node, summarize(inner));
      },
      opaque(node),
    );
  }

  // ---- built-ins -------------------------------------------------------------

  function builtin(
    node: TSESTree.CallExpression,
    fn: ((...args: unknown[]) => unknown) | undefined,
    args: readonly TSESTree.Expression[],
    env: Env | null,
    depth: number,
  ): ClockTerm {
    if (!fn) return opaqueWith(node, args, env, depth);
    const parts = args.map((argument) => child(argument, env, depth));
    return derived(node, 'op', parts, (now) => {
      const values = parts.map((part) => part.term.run(now));
      return values.some((v) => v === OPAQUE) ? OPAQUE : fn(...values);
    });
  }

  function dateStatic(
    node: TSESTree.CallExpression,
    name: string,
    args: readonly TSESTree.Expression[],
    env: Env | null,
    depth: number,
  ): ClockTerm {
    if (name === 'now' && args.length === 0) return source(node, (now) => now);
    if (name === 'parse') return builtin(node, (text) => (typeof text === 'string' ? Date.parse(text) : OPAQUE), args, env, depth);
    if (name === 'UTC') {
      return builtin(node, (...values) => (values.every((v) => typeof v === 'number') ? Date.UTC(...(values as [number])) : OPAQUE), args, env, depth);
    }
    return opaqueWith(node, args, env, depth);
  }

  function method(
    node: TSESTree.CallExpression,
    receiver: Child,
    name: string,
    args: readonly TSESTree.Expression[],
    env: Env | null,
    depth: number,
  ): ClockTerm {
    const parts = args.map((argument) => child(argument, env, depth));
    // `[root, stamp].join('/')` and `a.concat(b)` put their parts into one string.
    const receiverNode = skipTransparent(receiver.written);
    if (name === 'join' && receiverNode.type === AST_NODE_TYPES.ArrayExpression && receiver.term.role === 'compose') {
      const elements = receiverNode.elements.map((element) => child(element as TSESTree.Expression, env, depth));
      return derived(node, 'compose', [...elements, ...parts], (now) => {
        const separator = parts[0] ? parts[0].term.run(now) : ',';
        if (separator === OPAQUE) return OPAQUE;
        return elements.map((element) => textOf(element.term.run(now))).join(String(separator));
      });
    }
    const role = name === 'concat' ? 'compose' : 'op';
    return derived(node, role, [receiver, ...parts], (now) => {
      const target = receiver.term.run(now);
      const values = parts.map((part) => part.term.run(now));
      if (target === OPAQUE || values.some((v) => v === OPAQUE)) return OPAQUE;
      return callMethod(target, name, values);
    });
  }

  /** Calls of known library exports: date factories, date-fns, `path`, unique-id modules. */
  function library(
    node: TSESTree.CallExpression,
    module: string,
    name: string,
    args: readonly TSESTree.Expression[],
    env: Env | null,
    depth: number,
  ): ClockTerm | null {
    if (UNIQUE_MODULES.has(module) && (UNIQUE_CALL_NAMES.has(name) || UNIQUE_FACTORY_NAMES.has(name))) {
      return opaque(node, true);
    }
    const factory = DATE_FACTORIES.find((row) => row.module === module && row.names.includes(name));
    if (factory) return dateFactory(node, factory, args, env, depth);
    if (isDateFnsModule(module)) {
      const fnName = name === 'default' ? module.slice('date-fns/'.length) : name;
      const effect = own(DATE_FNS_FUNCTIONS, fnName);
      if (effect) return builtin(node, (date, second) => dateFns(effect, date, second), args, env, depth);
    }
    if (module === 'path' || module === 'path/posix') {
      const kind = own(PATH_FUNCTIONS, name);
      if (!kind) return null;
      const parts = args.map((argument) => child(argument, env, depth));
      return derived(node, kind === 'transform' ? 'op' : 'compose', parts, (now) => {
        const values = parts.map((part) => part.term.run(now));
        return pathCall(name, values);
      });
    }
    return null;
  }

  function dateFactory(
    node: TSESTree.CallExpression,
    factory: (typeof DATE_FACTORIES)[number],
    args: readonly TSESTree.Expression[],
    env: Env | null,
    depth: number,
  ): ClockTerm {
    const make = (time: number): LibraryDate => ({ kind: 'library-date', library: factory.library, time, utc: factory.utc });
    const onlyOptions = args.length === 1 && skipTransparent(args[0] as TSESTree.Node).type === AST_NODE_TYPES.ObjectExpression;
    if (factory.input === 'now' || (factory.input === 'now-or-date' && args.length === 0)) {
      if (args.length === 0 || (factory.input === 'now' && onlyOptions)) return source(node, make);
      return opaqueWith(node, args, env, depth);
    }
    const first = args[0];
    if (!first) return opaque(node);
    const input = factory.input;
    return builtin(
      node,
      (v) => {
        if (input === 'seconds') return typeof v === 'number' ? make(v * 1000) : OPAQUE;
        const time = timeOf(v);
        return time === null ? OPAQUE : make(time);
      },
      [first],
      env,
      depth,
    );
  }

  // ---- measuring -------------------------------------------------------------

  function resolutionOf(term: ClockTerm): TimeUnit | null {
    if (resolutions.has(term)) return resolutions.get(term) ?? null;
    let result: TimeUnit | null = null;
    if (term.timed) {
      const base = keyOf(safeRun(term, moments.base));
      if (base !== null) {
        for (const unit of TIME_UNITS) {
          const keys = moments.variations[unit].map((instant) => keyOf(safeRun(term, instant)));
          if (keys.some((key) => key === null)) break;
          if (keys.some((key) => key !== base)) {
            result = unit;
            break;
          }
        }
      }
    }
    resolutions.set(term, result);
    return result;
  }

  function originOf(term: ClockTerm): TSESTree.Node {
    const cached = origins.get(term);
    if (cached) return cached;
    let origin: TSESTree.Node = term.node;
    if (term.role === 'alias' && term.inputs[0]) {
      origin = originOf(term.inputs[0]);
    } else if (term.role === 'compose' && term.entry !== term) {
      const input = term.inputs.find((candidate) => candidate.entry === term.entry) ?? term.inputs[0];
      if (input) origin = originOf(input);
    } else if (term.role === 'op') {
      // Through operations on a name-like value (`stamp.replace(…)`, `String(stamp)`), not
      // through those that turn a date into one (`new Date().toISOString()`).
      const resolution = resolutionOf(term);
      const same = term.inputs.find((input) => resolutionOf(input) === resolution && isNameLike(safeRun(input, moments.base)));
      if (same) origin = originOf(same);
    }
    origins.set(term, origin);
    return origin;
  }

  function sample(term: ClockTerm): { base: unknown; far: unknown } {
    return { base: safeRun(term, moments.base), far: safeRun(term, moments.far) };
  }

  return { termOf, resolutionOf, originOf, sample };
}

// ---- the interpreter's operations on concrete values ---------------------------

function guarded(run: (now: number) => unknown): (now: number) => unknown {
  return (now) => {
    try {
      return run(now);
    } catch {
      return OPAQUE;
    }
  };
}

function safeRun(term: ClockTerm, now: number): unknown {
  try {
    return term.run(now);
  } catch {
    return OPAQUE;
  }
}

/** `performance.now()`, `process.hrtime.bigint()`: the object's own name says what it is. */
function isHighResolutionClock(callee: TSESTree.Node, name: string): boolean {
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTransparent(callee.object);
  const objectName =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression
        ? staticPropertyName(object)
        : null;
  return objectName !== null && (own(HIGH_RESOLUTION_CLOCKS, objectName)?.includes(name) ?? false);
}

function isNameLike(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number';
}

function isLibraryDate(v: unknown): v is LibraryDate {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'library-date';
}

function timeOf(v: unknown): number | null {
  if (v instanceof Date) return v.getTime();
  if (isLibraryDate(v)) return v.time;
  return typeof v === 'number' ? v : null;
}

function toNumber(v: unknown): number {
  if (isLibraryDate(v)) return v.time;
  return Number(v);
}

/** How a value prints inside a template literal or after `+ ''`. */
function textOf(v: unknown): string {
  if (v === OPAQUE) return PLACEHOLDER;
  if (isLibraryDate(v)) {
    return String(libraryMethod(v, own(DATE_METHODS[v.library], 'toString') ?? 'iso', []));
  }
  if (Array.isArray(v)) return v.map((item) => (item === null || item === undefined ? '' : textOf(item))).join(',');
  return String(v);
}

function arithmetic(operator: string, a: unknown, b: unknown): unknown {
  if (operator === '+') {
    if (a === OPAQUE && b === OPAQUE) return OPAQUE;
    // An unknown operand of `+` is taken for a string (`root + stamp`): adding an
    // unknown number to a timestamp makes no name anyway.
    if (
      typeof a === 'string' ||
      typeof b === 'string' ||
      a === OPAQUE ||
      b === OPAQUE ||
      a instanceof Date ||
      b instanceof Date ||
      Array.isArray(a) ||
      Array.isArray(b)
    ) {
      return textOf(a) + textOf(b);
    }
  }
  if (a === OPAQUE || b === OPAQUE) return OPAQUE;
  const x = toNumber(a);
  const y = toNumber(b);
  switch (operator) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '**':
      return x ** y;
    case '|':
      return x | y;
    case '&':
      return x & y;
    case '^':
      return x ^ y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '>>>':
      return x >>> y;
    default:
      // Comparisons and `in`/`instanceof`: a boolean the clock may flip, but no name.
      return OPAQUE;
  }
}

function readProperty(target: unknown, key: unknown): unknown {
  if (isLibraryDate(target)) {
    const field = target.library === 'luxon' && typeof key === 'string' ? own(LUXON_FIELDS, key) : undefined;
    return field ? readField(target, field, true) : OPAQUE;
  }
  if (typeof target === 'string' || Array.isArray(target)) {
    if (key === 'length') return target.length;
    if (typeof key === 'number' || (typeof key === 'string' && /^\d+$/u.test(key))) {
      const v = (target as ArrayLike<unknown>)[Number(key)];
      return v === undefined ? undefined : v;
    }
    return OPAQUE;
  }
  if (typeof target === 'object' && target !== null && !(target instanceof Date) && typeof key === 'string') {
    return Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : OPAQUE;
  }
  return OPAQUE;
}

const STRING_METHODS: ReadonlySet<string> = new Set([
  'slice',
  'substring',
  'substr',
  'split',
  'replace',
  'replaceAll',
  'padStart',
  'padEnd',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'valueOf',
  'normalize',
  'at',
  'charAt',
  'concat',
]);

const NUMBER_METHODS: ReadonlySet<string> = new Set(['toString', 'toFixed', 'toPrecision', 'valueOf']);
const ARRAY_METHODS: ReadonlySet<string> = new Set(['join', 'at', 'slice', 'pop', 'shift', 'reverse', 'toString']);

const NATIVE_DATE_METHODS: ReadonlySet<string> = new Set([
  'getTime',
  'valueOf',
  'getFullYear',
  'getYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getMilliseconds',
  'getUTCFullYear',
  'getUTCMonth',
  'getUTCDate',
  'getUTCDay',
  'getUTCHours',
  'getUTCMinutes',
  'getUTCSeconds',
  'getUTCMilliseconds',
  'getTimezoneOffset',
  'toISOString',
  'toJSON',
  'toString',
  'toDateString',
  'toTimeString',
  'toUTCString',
  'toGMTString',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'setTime',
  'setFullYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'setMilliseconds',
  'setUTCFullYear',
  'setUTCMonth',
  'setUTCDate',
  'setUTCHours',
  'setUTCMinutes',
  'setUTCSeconds',
  'setUTCMilliseconds',
]);

function isPlainArgument(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (v instanceof RegExp) return true;
  if (Array.isArray(v)) return v.every((item) => typeof item === 'string');
  if (typeof v === 'object') return Object.values(v).every((item) => item === undefined || ['string', 'number', 'boolean'].includes(typeof item));
  return ['string', 'number', 'boolean'].includes(typeof v);
}

function callMethod(target: unknown, name: string, args: readonly unknown[]): unknown {
  if (!args.every(isPlainArgument)) return OPAQUE;
  try {
    if (typeof target === 'string') {
      if (!STRING_METHODS.has(name)) return OPAQUE;
      if ((name === 'padStart' || name === 'padEnd') && Number(args[0]) > MAX_PAD) return OPAQUE;
      return (String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.apply(target, [...args]) ?? OPAQUE;
    }
    if (typeof target === 'number') {
      if (!NUMBER_METHODS.has(name)) return OPAQUE;
      return (Number.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.apply(target, [...args]) ?? OPAQUE;
    }
    if (Array.isArray(target)) {
      if (!ARRAY_METHODS.has(name)) return OPAQUE;
      if (name === 'join' || name === 'toString') {
        return target.map((item) => (item === null || item === undefined ? '' : textOf(item))).join(name === 'join' && args[0] !== undefined ? String(args[0]) : ',');
      }
      const copy = [...target];
      return (Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.apply(copy, [...args]);
    }
    if (target instanceof Date) {
      if (!NATIVE_DATE_METHODS.has(name)) return OPAQUE;
      const copy = new Date(target.getTime());
      return (copy as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.apply(copy, [...args]) ?? OPAQUE;
    }
    if (isLibraryDate(target)) {
      const effect = own(DATE_METHODS[target.library], name);
      return effect ? libraryMethod(target, effect, args) : OPAQUE;
    }
  } catch {
    return OPAQUE;
  }
  return OPAQUE;
}

function libraryMethod(date: LibraryDate, effect: string, args: readonly unknown[]): unknown {
  const iso = new Date(date.time).toISOString();
  switch (effect) {
    case 'format': {
      const pattern = args[0] === undefined ? DEFAULT_FORMAT[date.library] : args[0];
      if (typeof pattern !== 'string') return OPAQUE;
      const pieces = parseFormat(date.library, pattern);
      return pieces ? renderFormat(pieces, date.time, date.utc) : OPAQUE;
    }
    case 'unix-seconds':
      return Math.floor(date.time / 1000);
    case 'millis':
      return date.time;
    case 'fractional-seconds':
      return date.time / 1000;
    case 'iso':
      return iso;
    case 'iso-seconds':
      return `${iso.slice(0, 19)}Z`;
    case 'iso-date':
      return renderFormat(parseFormat('date-fns', 'yyyy-MM-dd') ?? [], date.time, date.utc);
    case 'iso-time':
      return renderFormat(parseFormat('date-fns', 'HH:mm:ss.SSS') ?? [], date.time, date.utc);
    case 'utc-string':
      return new Date(date.time).toUTCString();
    case 'js-date':
      return new Date(date.time);
    case 'start-of':
    case 'end-of': {
      const unit = typeof args[0] === 'string' ? own(TRUNCATION_UNITS, args[0]) : undefined;
      return unit ? { ...date, time: truncate(date.time, unit, date.utc) } : OPAQUE;
    }
    case 'same':
      return date;
    case 'to-utc':
      return { ...date, utc: true };
    case 'to-local':
      return { ...date, utc: false };
    case 'locale-date':
      if (args.length === 0) return renderFormat(parseFormat('date-fns', 'P') ?? [], date.time, date.utc);
      return typeof args[0] === 'object' && args[0] !== null
        ? new Date(date.time).toLocaleString('en-US', { ...(args[0] as Intl.DateTimeFormatOptions), ...(date.utc ? { timeZone: 'UTC' } : {}) })
        : OPAQUE;
    default:
      if (effect.startsWith('field:')) {
        const field = effect.slice('field:'.length) as DateField;
        if (args.length === 0) return readField(date, field, false);
        return typeof args[0] === 'number' ? { ...date, time: writeField(date, field, args[0]) } : OPAQUE;
      }
      return OPAQUE;
  }
}

function readField(date: LibraryDate, field: DateField, oneBasedMonth: boolean): number {
  const d = new Date(date.time);
  const u = date.utc;
  switch (field) {
    case 'year':
      return u ? d.getUTCFullYear() : d.getFullYear();
    case 'month':
      return (u ? d.getUTCMonth() : d.getMonth()) + (oneBasedMonth ? 1 : 0);
    case 'date':
      return u ? d.getUTCDate() : d.getDate();
    case 'hour':
      return u ? d.getUTCHours() : d.getHours();
    case 'minute':
      return u ? d.getUTCMinutes() : d.getMinutes();
    case 'second':
      return u ? d.getUTCSeconds() : d.getSeconds();
    case 'millisecond':
      return u ? d.getUTCMilliseconds() : d.getMilliseconds();
  }
}

function writeField(date: LibraryDate, field: DateField, v: number): number {
  const d = new Date(date.time);
  const setter = {
    year: 'FullYear',
    month: 'Month',
    date: 'Date',
    hour: 'Hours',
    minute: 'Minutes',
    second: 'Seconds',
    millisecond: 'Milliseconds',
  }[field];
  (d as unknown as Record<string, (n: number) => number>)[`set${date.utc ? 'UTC' : ''}${setter}`]?.(v);
  return d.getTime();
}

/** The start of the `unit` that contains `time`. */
function truncate(time: number, unit: TimeUnit, utc: boolean): number {
  const d = new Date(time);
  const set = (name: string, ...values: number[]): void => {
    (d as unknown as Record<string, (...n: number[]) => number>)[`set${utc ? 'UTC' : ''}${name}`]?.(...values);
  };
  const index = TIME_UNITS.indexOf(unit);
  if (index >= TIME_UNITS.indexOf('second')) set('Milliseconds', 0);
  if (index >= TIME_UNITS.indexOf('minute')) set('Seconds', 0);
  if (index >= TIME_UNITS.indexOf('hour')) set('Minutes', 0);
  if (index >= TIME_UNITS.indexOf('day')) set('Hours', 0);
  if (unit === 'week') set('Date', (utc ? d.getUTCDate() : d.getDate()) - (utc ? d.getUTCDay() : d.getDay()));
  if (index >= TIME_UNITS.indexOf('month')) set('Date', 1);
  if (unit === 'year') set('Month', 0);
  return d.getTime();
}

function dateFns(effect: string, date: unknown, second: unknown): unknown {
  const time = date instanceof Date || typeof date === 'number' ? new Date(date).getTime() : null;
  if (time === null || Number.isNaN(time)) return OPAQUE;
  const fields = (pattern: string): string => renderFormat(parseFormat('date-fns', pattern) ?? [], time, false);
  switch (effect) {
    case 'format': {
      if (typeof second !== 'string') return OPAQUE;
      const pieces = parseFormat('date-fns', second);
      return pieces ? renderFormat(pieces, time, false) : OPAQUE;
    }
    case 'iso': {
      const representation = typeof second === 'object' && second !== null ? (second as { representation?: unknown }).representation : undefined;
      if (representation === 'date') return fields('yyyy-MM-dd');
      if (representation === 'time') return fields('HH:mm:ssXXX');
      return fields("yyyy-MM-dd'T'HH:mm:ssXXX");
    }
    case 'iso9075':
      return fields('yyyy-MM-dd HH:mm:ss');
    case 'rfc7231':
      return new Date(time).toUTCString();
    case 'rfc3339': {
      const digits = typeof second === 'object' && second !== null ? (second as { fractionDigits?: unknown }).fractionDigits : undefined;
      return fields(typeof digits === 'number' && digits > 0 ? "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" : "yyyy-MM-dd'T'HH:mm:ssXXX");
    }
    case 'unix-seconds':
      return Math.floor(time / 1000);
    case 'millis':
      return time;
    default:
      return effect.startsWith('start-of:') ? new Date(truncate(time, effect.slice('start-of:'.length) as TimeUnit, false)) : OPAQUE;
  }
}

function pathCall(name: string, values: readonly unknown[]): unknown {
  const posix = path.posix as unknown as Record<string, (...args: unknown[]) => unknown>;
  if (name === 'format') {
    const [object] = values;
    if (typeof object !== 'object' || object === null) return OPAQUE;
    const parts = Object.fromEntries(
      Object.entries(object).map(([key, v]) => [key, v === undefined ? undefined : textOf(v)]),
    );
    return path.posix.format(parts);
  }
  const texts = values.map((v) => (v === OPAQUE ? PLACEHOLDER : v));
  if (!texts.every((v) => typeof v === 'string')) return OPAQUE;
  return posix[name]?.(...texts) ?? OPAQUE;
}

const MATH: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.freeze({
  floor: (x: unknown) => Math.floor(toNumber(x)),
  round: (x: unknown) => Math.round(toNumber(x)),
  ceil: (x: unknown) => Math.ceil(toNumber(x)),
  trunc: (x: unknown) => Math.trunc(toNumber(x)),
  abs: (x: unknown) => Math.abs(toNumber(x)),
  sign: (x: unknown) => Math.sign(toNumber(x)),
  min: (...xs: unknown[]) => Math.min(...xs.map(toNumber)),
  max: (...xs: unknown[]) => Math.max(...xs.map(toNumber)),
});

const GLOBAL_FUNCTIONS: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.freeze({
  String: (x: unknown) => textOf(x),
  Number: (x: unknown) => toNumber(x),
  parseInt: (x: unknown, radix: unknown) => (typeof x === 'string' || typeof x === 'number' ? Number.parseInt(String(x), radix === undefined ? undefined : Number(radix)) : OPAQUE),
  parseFloat: (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? Number.parseFloat(String(x)) : OPAQUE),
  encodeURIComponent: (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? encodeURIComponent(x) : OPAQUE),
  encodeURI: (x: unknown) => (typeof x === 'string' ? encodeURI(x) : OPAQUE),
});

/** A comparable key of a value; null when it is opaque. */
function keyOf(v: unknown): string | null {
  if (v === OPAQUE) return null;
  if (v instanceof Date) return `date:${v.getTime()}`;
  if (isLibraryDate(v)) return `library:${v.time}`;
  if (v instanceof RegExp) return `regexp:${String(v)}`;
  if (Array.isArray(v) || (typeof v === 'object' && v !== null)) {
    try {
      return `json:${JSON.stringify(v, (_key, item: unknown) => (item === OPAQUE ? PLACEHOLDER : item instanceof Date ? item.getTime() : item))}`;
    } catch {
      return null;
    }
  }
  return `${typeof v}:${String(v)}`;
}

/**
 * The instants terms are run at, built in this process's time zone so that a
 * change of one field never carries into the next one, in local time or UTC:
 * the local hour is chosen so that both it and the UTC hour stay between 2
 * and 21 (two hours later is still the same day in both), minutes change by
 * at most two (offsets of :30 and :45 do not carry), and milliseconds stay
 * below 500 (rounding to the second does not flip).
 */
function instants(): Instants {
  const offsetHours = -new Date(2024, 4, 15, 12).getTimezoneOffset() / 60;
  const hour = Math.min(19, Math.max(2, Math.round(12 + offsetHours / 2)));
  const at = (year: number, month: number, day: number, h: number, minute: number, second: number, ms: number): number =>
    new Date(year, month, day, h, minute, second, ms).getTime();
  const base = at(2024, 4, 15, hour, 8, 9, 123);
  return {
    base,
    far: at(2025, 6, 17, hour + 2, 10, 20, 456),
    variations: {
      millisecond: [124, 234, 345, 401].map((ms) => at(2024, 4, 15, hour, 8, 9, ms)),
      second: [10, 11, 20].map((second) => at(2024, 4, 15, hour, 8, second, 123)),
      minute: [9, 10].map((minute) => at(2024, 4, 15, hour, minute, 9, 123)),
      hour: [1, 2].map((delta) => at(2024, 4, 15, hour + delta, 8, 9, 123)),
      day: [16, 17].map((day) => at(2024, 4, day, hour, 8, 9, 123)),
      week: [22, 29].map((day) => at(2024, 4, day, hour, 8, 9, 123)),
      month: [5, 6].map((month) => at(2024, month, 15, hour, 8, 9, 123)),
      year: [2025, 2026].map((year) => at(year, 4, 15, hour, 8, 9, 123)),
    },
  };
}

function propertyKey(property: TSESTree.Property): string | null {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
    return null;
  }
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}
