import { deepFreeze } from '../util/freeze.js';

/**
 * What JavaScript's built-in collections are, as data: which constructors
 * make a mutable collection, which methods mutate it in place, which calls
 * mutate their argument, and which constructors are safe by design. Used by
 * no-module-state to tell runtime state from lookup tables.
 */

/** The kinds of mutable container a module-level binding can hold. */
export type CollectionKind = 'Map' | 'Set' | 'array' | 'object';

/** Constructors (`new X()` or `X()`) that create a mutable collection of a kind. */
export const COLLECTION_CONSTRUCTORS: Readonly<Record<string, CollectionKind>> = deepFreeze({
  Map: 'Map',
  Set: 'Set',
  Array: 'array',
});

/**
 * Static calls that return a fresh mutable collection: `Array.from(xs)`,
 * `Array.of(…)`, `Object.create(null)`, `Object.fromEntries(…)`.
 */
export const COLLECTION_FACTORIES: Readonly<Record<string, Readonly<Record<string, CollectionKind>>>> = deepFreeze({
  Array: { from: 'array', of: 'array' },
  Object: { create: 'object', fromEntries: 'object' },
});

/**
 * Weak collections, by constructor and built-in type name: they hold an entry
 * only while its key object lives (per-object metadata, not per-process state).
 */
export const WEAK_COLLECTIONS: readonly string[] = deepFreeze(['WeakMap', 'WeakSet', 'WeakRef']);

/** Calls that make their argument immutable: a frozen table is a lookup table, never state. */
export const FREEZING_CALLS: Readonly<Record<string, readonly string[]>> = deepFreeze({
  Object: ['freeze'],
});

/** Methods that mutate a collection in place, by kind. Plain objects have none. */
export const MUTATOR_METHODS: Readonly<Record<CollectionKind, readonly string[]>> = deepFreeze({
  Map: ['set', 'delete', 'clear'],
  Set: ['add', 'delete', 'clear'],
  array: ['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin'],
  object: [],
});

/** Every mutator method name of every kind: the cheap first filter before kinds or types are known. */
export const ALL_MUTATOR_METHODS: readonly string[] = deepFreeze([...new Set(Object.values(MUTATOR_METHODS).flat())]);

/**
 * Mutator methods that store a value, and which arguments are the stored
 * values (`-1`: every argument from the first; `-2`: every argument after the
 * second, as in `splice`). Used to tell a registry of functions from state.
 */
export const STORING_METHODS: Readonly<Record<string, number>> = deepFreeze({
  set: 1,
  add: 0,
  push: -1,
  unshift: -1,
  splice: -2,
  fill: 0,
});

/**
 * Static functions that mutate one of their arguments in place, by the
 * argument's index: `Object.assign(target, …)`, `Reflect.set(target, …)`.
 */
export const MUTATING_STATIC_CALLS: Readonly<Record<string, Readonly<Record<string, number>>>> = deepFreeze({
  Object: { assign: 0, defineProperty: 0, defineProperties: 0, setPrototypeOf: 0 },
  Reflect: { set: 0, deleteProperty: 0, defineProperty: 0, setPrototypeOf: 0 },
});

/** Built-in type names (from the default library) of each collection kind, for type-aware recognition. */
export const COLLECTION_TYPE_NAMES: Readonly<Record<Exclude<CollectionKind, 'object'>, readonly string[]>> = deepFreeze({
  Map: ['Map'],
  Set: ['Set'],
  array: ['Array'],
});

/** Binary operators that compute a new number from the old one: `n + 1`, and their compound forms (`+=`). */
export const ARITHMETIC_OPERATORS: readonly string[] = deepFreeze(['+', '-', '*', '/', '%', '**', '<<', '>>', '>>>', '&', '|', '^']);
