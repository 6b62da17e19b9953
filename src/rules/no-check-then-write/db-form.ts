import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent, staticPropertyName } from '../../analysis/ast.js';
import type { CodePathRecorder } from '../../analysis/code-path.js';
import { dbValueOf } from '../../analysis/db.js';
import { chainedCalls, modelOriginOf, singleDefinition } from '../../analysis/db-models.js';
import { findGuardSites, isGuardedBy, type GuardSite } from '../../analysis/guard.js';
import { guardOutcome, testTruthyWhenAbsent, type AbsentValue } from '../../analysis/guard-outcome.js';
import { resolveCallee, typeServices, type ResolvedCallee } from '../../analysis/resolve.js';
import { isSameValue } from '../../analysis/same-value.js';
import {
  MODEL_APIS,
  MODEL_METHOD_NAMES,
  MODEL_NAMING_METHODS,
  type FinderResult,
  type ModelApi,
} from '../../catalog/db-queries.js';
import type { MessageIds, Options } from '../no-check-then-write.js';
import { upsertRewrite } from './upsert-rewrite.js';

type AnyContext = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Segment = TSESLint.CodePathSegment;
type MethodCall = TSESTree.CallExpression & { callee: TSESTree.MemberExpression };

/** The model a call reads or writes: the expression that names it, and its name when one is written. */
export interface ModelRef {
  readonly expr: TSESTree.Node;
  readonly name: string | null;
  /** The text a rewrite uses to call the model (`prisma.user`, `knex('users')`, `User`). */
  readonly text: string;
}

export interface DbCall {
  readonly node: MethodCall;
  readonly api: ModelApi;
  readonly method: string;
  readonly model: ModelRef;
  readonly segments: readonly Segment[];
}

export interface FinderCall extends DbCall {
  readonly result: FinderResult;
  /** The node whose value is the finder's result: the call, or the end of its pass-through chain (`.lean().exec()`). */
  readonly value: TSESTree.Node;
}

const ABSENT_VALUES: Readonly<Record<Exclude<FinderResult, 'throws'>, readonly AbsentValue[]>> = Object.freeze({
  row: Object.freeze(['nullish'] as const),
  count: Object.freeze(['zero'] as const),
  exists: Object.freeze(['false', 'nullish'] as const),
});

/**
 * The DB form of check-then-write: a finder (`findUnique`, `findOne`,
 * `count`, `exists`, Knex `.first()`) on a model, then — on the path that saw
 * no row — an insert into the same model (`create`, `save`, `insert`,
 * `build().save()`, `new Model().save()`). The call knowledge is the catalog's
 * `MODEL_APIS`; guards are the shared guard analysis plus which outcome saw "absent".
 */
export function createDbForm(context: AnyContext, recorder: CodePathRecorder) {
  const sourceCode = context.sourceCode;
  const finders: FinderCall[] = [];
  const creators: DbCall[] = [];
  /** The declaring class of a call's method, asked once per call (several APIs may ask). */
  const declarations = new Map<TSESTree.Node, ResolvedCallee | null>();

  /** Records `node` when it is a finder or creator; true when it is one (so it is no file-system call). */
  function classify(node: TSESTree.CallExpression): boolean {
    const callee = skipTransparent(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = staticPropertyName(callee);
    if (method === null || !MODEL_METHOD_NAMES.has(method)) return false;
    const call = node as MethodCall;
    const apis = MODEL_APIS.filter(
      (api) => api.finders[method] !== undefined || api.creators.includes(method) || api.instanceCreate?.save === method,
    );
    // An insert matters only after a finder (which the traversal has met first): most
    // `create`/`save` calls of a file are never looked at closely.
    if (finders.length === 0 && apis.every((api) => api.finders[method] === undefined)) return false;
    // Models recognised by their origin first: asking the type checker about a
    // Mongoose model is expensive, and needless when `model(…)` made it.
    const byOrigin = apis.find((api) => api.origin !== undefined && originModelOf(call, callee, api, method));
    for (const api of byOrigin ? [byOrigin] : apis) {
      const result = api.finders[method];
      const model = modelOf(call, callee, api, method);
      if (!model) continue;
      const base = { node: call, api, method, model, segments: recorder.currentSegments() };
      if (result !== undefined) {
        finders.push({ ...base, result, value: finderValue(call, api) });
      } else if (!isSafeCreator(call, api)) {
        creators.push(base);
      }
      return true;
    }
    return false;
  }

  /** Whether the receiver is one of the API's models by origin alone (`model(…)`, `class … extends Model`). */
  function originModelOf(node: MethodCall, callee: TSESTree.MemberExpression, api: ModelApi, method: string): boolean {
    if (api.model !== 'receiver' || api.origin === undefined) return false;
    if (api.instanceCreate?.save === method && !api.creators.includes(method)) {
      const made = instanceOrigin(callee.object, api);
      return made !== null && modelOriginOf(context, made) === api.origin;
    }
    return modelOriginOf(context, callee.object) === api.origin;
  }

  /** The model an instance was made from: `M` in `M.build(x)` / `new M(x)`, directly or through a `const`. */
  function instanceOrigin(receiver: TSESTree.Node, api: ModelApi): TSESTree.Node | null {
    const instance = api.instanceCreate;
    if (!instance) return null;
    let made = skipTransparent(receiver);
    if (made.type === AST_NODE_TYPES.Identifier) made = skipTransparent(singleDefinition(context, made) ?? made);
    if (made.type === AST_NODE_TYPES.NewExpression && instance.construct) return made.callee;
    if (made.type === AST_NODE_TYPES.CallExpression && instance.build) {
      const callee = skipTransparent(made.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === instance.build) return callee.object;
    }
    return null;
  }

  /** The model a call of `api` works on, or null when the call is not one of the API's. */
  function modelOf(node: MethodCall, callee: TSESTree.MemberExpression, api: ModelApi, method: string): ModelRef | null {
    const receiver = callee.object;
    switch (api.model) {
      case 'delegate': {
        const delegate = skipTransparent(receiver);
        if (delegate.type !== AST_NODE_TYPES.MemberExpression) return null;
        const name = staticPropertyName(delegate);
        if (name === null || name.startsWith('$') || !hasClass(delegate.object, api)) return null;
        return { expr: delegate, name, text: sourceCode.getText(delegate) };
      }
      case 'table': {
        const root = chainRoot(receiver);
        const table = root?.arguments[0];
        if (!root || !table || table.type === AST_NODE_TYPES.SpreadElement || !hasClass(root.callee, api)) return null;
        const name = table.type === AST_NODE_TYPES.Literal && typeof table.value === 'string' ? table.value : null;
        return { expr: table, name, text: sourceCode.getText(root) };
      }
      case 'first-argument': {
        const entity = node.arguments[0];
        if (!entity || entity.type === AST_NODE_TYPES.SpreadElement) return null;
        if (!hasClass(receiver, api) && !declaredBy(node, method, api)) return null;
        return { expr: entity, name: entityName(entity), text: sourceCode.getText(entity) };
      }
      case 'receiver': {
        if (api.instanceCreate?.save === method && !api.creators.includes(method)) return instanceModel(node, receiver, api);
        const isModel =
          (api.origin !== undefined && modelOriginOf(context, receiver) === api.origin) ||
          hasClass(receiver, api) ||
          declaredBy(node, method, api);
        return isModel ? { expr: receiver, name: receiverName(context, receiver), text: sourceCode.getText(receiver) } : null;
      }
      default:
        return null;
    }
  }

  function hasClass(node: TSESTree.Node, api: ModelApi): boolean {
    if (!api.classes) return false;
    const found = dbValueOf(context, node);
    return found !== null && api.classes.includes(found.cls.id);
  }

  /** With types: the method is declared by one of the API's classes (`sequelize` `Model.findOne`). */
  function declaredBy(node: TSESTree.CallExpression, method: string, api: ModelApi): boolean {
    if (!api.module || !api.owners || !typeServices(context)) return false;
    let resolved = declarations.get(node);
    if (resolved === undefined) {
      resolved = resolveCallee(context, node, new Set([method]));
      declarations.set(node, resolved);
    }
    return resolved?.via === 'types' && resolved.module === api.module && api.owners.includes(resolved.owner ?? '');
  }

  /** `M.build(x).save()` / `new M(x).save()` (directly or through a `const`): an insert into `M`. */
  function instanceModel(node: MethodCall, receiver: TSESTree.Node, api: ModelApi): ModelRef | null {
    const model = instanceOrigin(receiver, api);
    if (!model || !api.instanceCreate) return null;
    const isModel =
      (api.origin !== undefined && modelOriginOf(context, model) === api.origin) ||
      declaredBy(node, api.instanceCreate.save, api);
    return isModel ? { expr: model, name: receiverName(context, model), text: sourceCode.getText(model) } : null;
  }

  function finderValue(node: MethodCall, api: ModelApi): TSESTree.Node {
    let value: TSESTree.Node = node;
    for (const call of chainedCalls(node)) {
      if (!api.passThrough?.includes(staticPropertyName(call.callee) ?? '')) break;
      value = call;
    }
    return value;
  }

  function isSafeCreator(node: MethodCall, api: ModelApi): boolean {
    if (!api.safeChain) return false;
    return chainedCalls(node).some((call) => api.safeChain?.includes(staticPropertyName(call.callee) ?? ''));
  }

  function sameModel(a: DbCall, b: DbCall): boolean {
    if (a.api.library !== b.api.library) return false;
    if (a.model.name !== null && a.model.name === b.model.name) return true;
    return a.api.model === b.api.model && isSameValue(a.model.expr, b.model.expr, sourceCode);
  }

  /** Whether `creator` runs on the outcome of `site` that saw no row. */
  function onAbsentPath(site: GuardSite, finder: FinderCall, creator: DbCall): boolean {
    const outcome = guardOutcome(site, creator.node, creator.segments, recorder, finder.segments, finder.value);
    if (outcome === null) return false;
    if (site.kind === 'catch') return finder.result === 'throws' && outcome === 'branch';
    if (site.kind !== 'branch' || finder.result === 'throws') return false;
    const branchIsAbsent = branchSeesAbsent(site, finder.result);
    return branchIsAbsent !== null && outcome === (branchIsAbsent ? 'branch' : 'other');
  }

  function findGuard(creator: DbCall): { finder: FinderCall; site: GuardSite } | null {
    for (const finder of finders) {
      if (finder.value.range[1] > creator.node.range[0] || !sameModel(finder, creator)) continue;
      const shape = { throws: finder.result === 'throws', promise: true };
      for (const site of findGuardSites(finder.value as TSESTree.CallExpression, sourceCode, shape)) {
        if (site.kind === 'callback') continue;
        if (!isGuardedBy(site, creator.node, creator.segments, recorder, finder.segments, finder.value)) continue;
        if (onAbsentPath(site, finder, creator)) return { finder, site };
      }
    }
    return null;
  }

  function reportAll(): void {
    for (const creator of creators) {
      const found = findGuard(creator);
      if (!found) continue;
      const rewrite = upsertRewrite(sourceCode, found.finder, creator, found.site);
      context.report({
        node: creator.node,
        messageId: 'checkThenInsert',
        data: {
          mutation: creator.method,
          check: found.finder.method,
          line: found.finder.node.loc.start.line,
          model: creator.model.name ?? creator.model.text,
        },
        suggest: rewrite ? [rewrite] : [],
      });
    }
  }

  return { classify, reportAll };
}

/**
 * Whether the branch of a `branch` site runs when the finder saw no row:
 * `if`/`?:`/loops run their branch when the test is truthy, `a && b` runs `b`
 * when `a` is truthy, `a || b` when it is falsy, `a ?? b` when it is nullish.
 */
function branchSeesAbsent(site: Extract<GuardSite, { kind: 'branch' }>, result: Exclude<FinderResult, 'throws'>): boolean | null {
  const truthyWhenAbsent = testTruthyWhenAbsent(site.test, ABSENT_VALUES[result]);
  if (truthyWhenAbsent === null) return null;
  const parent = site.test.parent;
  if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.left === site.test) {
    if (parent.operator === '&&') return truthyWhenAbsent;
    if (parent.operator === '||') return !truthyWhenAbsent;
    // `found ?? create()`: the right side runs when the row is missing.
    return result === 'row' && !truthyWhenAbsent && isPlainValue(site.test) ? true : null;
  }
  return truthyWhenAbsent;
}

function isPlainValue(node: TSESTree.Node): boolean {
  const value = skipTransparent(node);
  const inner = value.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(value.argument) : value;
  return inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.CallExpression;
}

/** Knex: the call a chain starts from (`knex('users')` in `knex('users').where(w).first()`). */
export function chainRoot(node: TSESTree.Node): TSESTree.CallExpression | null {
  let current = skipTransparent(node);
  for (;;) {
    if (current.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = skipTransparent(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return current;
    current = skipTransparent(callee.object);
  }
}

function entityName(node: TSESTree.Node): string | null {
  const value = skipTransparent(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' ? value.value : null;
}

/** `Account` for `ds.getRepository(Account)` (or a `const` holding it), `users` for `db.collection('users')`. */
function receiverName(context: AnyContext, node: TSESTree.Node): string | null {
  let value = skipTransparent(node);
  if (value.type === AST_NODE_TYPES.Identifier) value = skipTransparent(singleDefinition(context, value) ?? value);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTransparent(value.argument);
  if (value.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = skipTransparent(value.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
  const first = value.arguments[0];
  if (!first || !MODEL_NAMING_METHODS.includes(name ?? '')) return null;
  return entityName(first);
}
