import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, outermostTransparent, skipTransparent, staticPropertyName } from '../../analysis/ast.js';
import { dbClass } from '../../catalog/db.js';
import { dbValueOf } from '../../analysis/db.js';
import { chainedCalls, isConsumedAsPromise } from '../../analysis/db-models.js';
import { isSameValue } from '../../analysis/same-value.js';
import { OUTER_QUERY_FORMS, type OuterQueryForm, type QueryStep } from '../../catalog/db-queries.js';
import type { OpenTransaction } from './transactions.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A query sent through the outer client inside its transaction's callback. */
export interface OuterQuery {
  readonly form: OuterQueryForm;
  /** The outer value (`prisma`, `this.dataSource`). */
  readonly outer: TSESTree.Node;
  /** What a rewrite replaces: the outer value, or it with its first member steps (`dataSource.manager`). */
  readonly replaced: TSESTree.Node;
}

type WrittenStep = { readonly kind: 'call' | 'tag' } | { readonly kind: 'member'; readonly name: string };

/** What can hold a client: `prisma`, `this.db`, `getDb()`; never `this`, a literal or a `new` expression. */
const VALUE_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
]);

const MAX_STEPS = Math.max(...OUTER_QUERY_FORMS.map((form) => form.steps.length));

/**
 * Whether `node` (a call or tagged template inside `tx`'s callback) sends a
 * query through the transaction's owner or another pool-role value of the same
 * library, in one of the catalog's forms. Syntax first (the path from a value
 * to the call must have a catalog form's shape); only then is the value's
 * class looked up, the outermost candidate first.
 */
export function findOuterQuery(
  context: AnyContext,
  node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression,
  tx: OpenTransaction,
): OuterQuery | null {
  const forms = OUTER_QUERY_FORMS.filter((form) => dbClass(form.cls)?.library === tx.library);
  if (forms.length === 0) return null;
  for (const candidate of candidates(node).reverse()) {
    const matching = forms.filter((form) => matchesSteps(form.steps, candidate.steps));
    if (matching.length === 0) continue;
    const clsId = outerClassOf(context, candidate.base, tx, matching);
    if (clsId === null) continue;
    const form = matching.find((f) => f.cls === clsId.id && (!f.ownerOnly || clsId.sameOwner));
    if (!form) continue;
    if (!isExecuted(node, form)) return null;
    return { form, outer: candidate.base, replaced: replacedNode(candidate.base, form) };
  }
  return null;
}

/** Every value the call is reached from, with the steps from it to the call: `prisma` → `.user`, `.create`, call. */
function candidates(node: TSESTree.Node): { base: TSESTree.Node; steps: WrittenStep[] }[] {
  const found: { base: TSESTree.Node; steps: WrittenStep[] }[] = [];
  const steps: WrittenStep[] = [];
  let current = skipTransparent(node);
  while (steps.length < MAX_STEPS) {
    let base: TSESTree.Node;
    if (current.type === AST_NODE_TYPES.CallExpression) {
      steps.unshift({ kind: 'call' });
      base = current.callee;
    } else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      steps.unshift({ kind: 'tag' });
      base = current.tag;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = staticPropertyName(current);
      if (name === null) break;
      steps.unshift({ kind: 'member', name });
      base = current.object;
    } else {
      break;
    }
    found.push({ base, steps: [...steps] });
    current = skipTransparent(base);
  }
  return found;
}

function matchesSteps(pattern: readonly QueryStep[], written: readonly WrittenStep[]): boolean {
  return (
    pattern.length === written.length &&
    pattern.every((step, index) => {
      const actual = written[index];
      if (!actual) return false;
      if (step.kind === 'call') return actual.kind === 'call' || (actual.kind === 'tag' && step.tag === true);
      if (actual.kind !== 'member') return false;
      if (step.names === 'any') return true;
      if (step.names === 'model') return !actual.name.startsWith('$');
      return step.names.includes(actual.name);
    })
  );
}

/**
 * The class of `base` when it is outer: the transaction's owner itself
 * (same value), or — not for owner-only forms — another pool-role value of
 * the same library that was not made inside the callback.
 */
function outerClassOf(
  context: AnyContext,
  base: TSESTree.Node,
  tx: OpenTransaction,
  forms: readonly OuterQueryForm[],
): { id: string; sameOwner: boolean } | null {
  const value = skipTransparent(base);
  if (!VALUE_TYPES.has(value.type)) return null;
  if (isSameValue(tx.owner, base, context.sourceCode)) return { id: tx.ownerClass.id, sameOwner: true };
  if (forms.every((form) => form.ownerOnly)) return null;
  if (isHandle(context, value, tx)) return null;
  const found = dbValueOf(context, base);
  if (!found || found.cls.role !== 'pool' || found.cls.library !== tx.library) return null;
  if (found.via === 'types' && madeInside(context, value, tx)) return null;
  return { id: found.cls.id, sameOwner: false };
}

function isHandle(context: AnyContext, value: TSESTree.Node, tx: OpenTransaction): boolean {
  if (value.type !== AST_NODE_TYPES.Identifier || !tx.handle) return false;
  return ASTUtils.findVariable(context.sourceCode.getScope(value), value) === tx.handle.variable;
}

/** The root variable of `a.b.c` is declared inside the callback: a value the callback made, not the outer client. */
function madeInside(context: AnyContext, value: TSESTree.Node, tx: OpenTransaction): boolean {
  let root = value;
  while (root.type === AST_NODE_TYPES.MemberExpression || root.type === AST_NODE_TYPES.CallExpression) {
    root = skipTransparent(root.type === AST_NODE_TYPES.MemberExpression ? root.object : root.callee);
  }
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(root), root);
  const definition = variable?.defs[0];
  return definition !== undefined && contains(tx.fn, definition.name);
}

/** Whether the query the call builds is sent (see `QueryExecution`). */
function isExecuted(node: TSESTree.Node, form: OuterQueryForm): boolean {
  const execution = form.execution;
  if (execution.kind === 'eager') return true;
  const chain = chainedCalls(node);
  if (chain.some((call) => execution.exec.includes(staticPropertyName(call.callee) ?? ''))) return true;
  return execution.kind === 'awaited' && isConsumedAsPromise(chain.at(-1) ?? node);
}

/** The outer value, extended by the member steps a rewrite replaces with it (`dataSource.manager`). */
function replacedNode(base: TSESTree.Node, form: OuterQueryForm): TSESTree.Node {
  const count = form.rewrite.kind === 'fix' || form.rewrite.kind === 'suggest' ? form.rewrite.replaceSteps : 0;
  let node = base;
  for (let index = 0; index < count; index++) {
    const outer = outermostTransparent(node);
    const parent: TSESTree.Node | undefined = outer.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outer) return node;
    node = parent;
  }
  return node;
}
