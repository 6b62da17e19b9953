import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent, type FunctionNode } from '../analysis/ast.js';
import { concurrencySettings, relativeFilePath } from '../analysis/file-kind.js';
import { mergeListeners } from '../analysis/listeners.js';
import { analyzeModuleState, createModuleStateCollector, type ModuleState, type StateUse } from '../analysis/module-state.js';
import { awaitOffsets, ownerLabel } from '../analysis/references.js';
import { typeServices } from '../analysis/resolve.js';
import { offRequestPath } from '../analysis/startup.js';
import { createRule } from '../util/create-rule.js';
import { CONTEXTS_SCHEMA, patternList, skipsPlace, type ContextsOption } from '../util/options.js';

export type MessageIds = 'lockAroundAwait' | 'perProcessCounter' | 'sharedState';
export type Options = [{ allow?: string[]; ignoreFiles?: string[]; contexts?: ContextsOption }];

type Verdict = { readonly messageId: MessageIds; readonly data: Readonly<Record<string, string>> };

export default createRule<Options, MessageIds>({
  name: 'no-module-state',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow module-level and static mutable state used as runtime state shared between requests',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'scale',
      failureUnderLoad: {
        sharedState:
          'Each instance, worker or pod has its own copy of the state: what a request writes on one instance is invisible to requests served by the others, so answers depend on which instance serves them.',
        lockAroundAwait:
          'As a lock, in-flight flag or dedupe map it only excludes requests on the same process: with two instances both pass the check and do the work twice.',
        perProcessCounter:
          'Each instance counts on its own copy: a limit of 100 becomes N × 100 with N instances, and ids taken from the counter repeat across instances and restarts.',
      },
      remedy: {
        sharedState:
          'Keep the state in a store every instance shares (Redis, the database), or make it request-scoped.',
        lockAroundAwait:
          'Lock or deduplicate in a shared store: a Redis lock with an expiry (`SET NX PX`, Redlock) or a unique row in the database.',
        perProcessCounter:
          'Count in a shared store (Redis `INCR` with an expiry), and take ids from a database sequence or `randomUUID()`.',
      },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            description:
              'Regular expressions (JavaScript `RegExp` source without slashes or flags, unanchored) for names that are deliberately per-process; a static property is matched as `prop` and `Class.prop`.',
            items: { type: 'string', format: 'regex' },
            uniqueItems: true,
          },
          ignoreFiles: {
            type: 'array',
            description:
              'Regular expressions for more file paths (relative to the working directory, `/` separators) where module state is not runtime state. Tests, migrations, seeds, scripts and bundles are skipped for every rule by `settings.concurrency.files`.',
            items: { type: 'string', format: 'regex' },
            uniqueItems: true,
          },
          contexts: CONTEXTS_SCHEMA,
        },
      },
    ],
    defaultOptions: [{ allow: [], ignoreFiles: [], contexts: { startup: false, shutdown: false } }],
    messages: {
      sharedState:
        '`{{name}}` is a per-process {{kind}} written by {{writer}} and read by {{reader}}; keep it in Redis or the database.',
      lockAroundAwait:
        '`{{name}}` is a per-process {{kind}} checked and written around an `await` in {{writer}}; lock in Redis or the database.',
      perProcessCounter:
        '`{{name}}` is a per-process {{kind}} incremented in {{writer}}; count in Redis (`INCR`) or the database.',
    },
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Every finding is about a second instance: a project that runs exactly one has none.
    if (concurrencySettings(context.settings).instances === 'single') return {};
    const ignored = patternList(options.ignoreFiles ?? []);
    if (ignored.length > 0 && ignored.some((pattern) => pattern.test(relativeFilePath(context.filename, context.cwd)))) return {};
    // Guarded: typeServices throws under a parser other than @typescript-eslint/parser (espree).
    const services = sourceCode.parserServices?.program ? typeServices(context) : null;
    const allow = patternList(options.allow ?? []);
    const collector = createModuleStateCollector(context);
    const awaitsByFunction = new Map<FunctionNode, readonly number[]>();

    function awaitsOf(fn: FunctionNode): readonly number[] {
      let offsets = awaitsByFunction.get(fn);
      if (!offsets) awaitsByFunction.set(fn, (offsets = awaitOffsets(fn, sourceCode)));
      return offsets;
    }

    /** An async function reads it, then writes it, then awaits: the write is a lock or in-flight marker. */
    function lockAroundAwait({ uses, writes }: ModuleState): Verdict | null {
      for (const write of writes) {
        const fn = write.fn;
        const end = write.write?.end;
        if (!fn?.async || end === undefined) continue;
        const checked = uses.some((use) => use.reads && use.fn === fn && use.node.range[0] < write.node.range[0]);
        if (checked && awaitsOf(fn).some((offset) => offset >= end)) {
          return { messageId: 'lockAroundAwait', data: { writer: ownerLabel(fn, sourceCode) } };
        }
      }
      return null;
    }

    /**
     * One function writes it and another one (or an importing module) reads it.
     * Emptying a memo cache from another function (`cache.clear()`) does not
     * share what it holds; resetting a counter's window does: a rate limiter.
     */
    function crossFunction({ candidate, kind, uses, writes }: ModuleState): Verdict | null {
      if (kind === 'flag' && isLatch(candidate.init, writes)) return null;
      // Strings append and flags toggle: only numbers and collection entries count up.
      const counting = kind === 'flag' || kind === 'variable' ? undefined : writes.find((use) => use.write?.counts);
      const relevant = counting ? writes : writes.filter((use) => !use.write?.clears);
      const readers = uses.filter((use) => use.reads && (use.owner || use.exported));
      for (const write of relevant) {
        const reader = readers.find((use) => use.owner !== write.owner);
        if (!write.owner || (!reader && !candidate.exported)) continue;
        if (counting?.owner) return { messageId: 'perProcessCounter', data: { writer: ownerLabel(counting.owner, sourceCode) } };
        const writer = ownerLabel(write.owner, sourceCode);
        return {
          messageId: 'sharedState',
          data: { writer, reader: reader?.owner ? ownerLabel(reader.owner, sourceCode) : 'importing modules' },
        };
      }
      return null;
    }

    return mergeListeners(collector.listeners, {
      'Program:exit'() {
        for (const candidate of collector.candidates()) {
          if (candidate.names.some((name) => allow.some((pattern) => pattern.test(name)))) continue;
          const analyzed = analyzeModuleState(context, candidate, services);
          if (!analyzed) continue;
          // State filled while the service starts (or stops) and only read while it runs is configuration, not shared state.
          const writes = analyzed.writes.filter((write) => !skipsPlace(options.contexts, offRequestPath(context, write.node)));
          if (writes.length === 0) continue;
          const state = { ...analyzed, writes };
          const verdict = lockAroundAwait(state) ?? crossFunction(state);
          if (!verdict) continue;
          context.report({
            loc: candidate.loc,
            messageId: verdict.messageId,
            data: { name: candidate.name, kind: state.kind, ...verdict.data },
          });
        }
      },
    });
  },
});

/**
 * A flag that functions only ever switch one way (`ready = true`, never back):
 * a per-process lifecycle latch such as "initialized", not state shared between requests.
 */
function isLatch(init: TSESTree.Expression | null, writes: readonly StateUse[]): boolean {
  const values = writes.map((use) => {
    const value = use.write?.reassigned ? skipTransparent(use.write.reassigned) : null;
    return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean' ? value.value : null;
  });
  const first = values[0];
  if (first === null || first === undefined || values.some((value) => value !== first)) return false;
  const initial = init ? skipTransparent(init) : null;
  return !(initial?.type === AST_NODE_TYPES.Literal && initial.value === first);
}
