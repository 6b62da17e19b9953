import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, isFunction } from '../analysis/ast.js';
import { createCodePathRecorder } from '../analysis/code-path.js';
import { mayHoldDbValues } from '../analysis/file-gate.js';
import { findGuardSites, isGuardedBy, type GuardSite } from '../analysis/guard.js';
import { mergeListeners } from '../analysis/listeners.js';
import { resolveCallee, typeServices } from '../analysis/resolve.js';
import { isSameValue } from '../analysis/same-value.js';
import { mutationOptions, shapeHolds } from '../analysis/fs-write-mode.js';
import { reportingOnRequestPath } from '../analysis/startup.js';
import {
  callForm,
  findFsApi,
  FS_API_NAMES,
  FS_MODULE_MENTION,
  isFsModule,
  type CallForm,
  type FsCheckApi,
  type FsModule,
  type FsMutateApi,
  type MutationEffect,
} from '../catalog/fs.js';
import { createRule } from '../util/create-rule.js';
import { CONTEXTS_SCHEMA, type ContextsOption } from '../util/options.js';
import { atomicRewrite } from './no-check-then-write/atomic-rewrite.js';
import { createDbForm } from './no-check-then-write/db-form.js';

type Segment = TSESLint.CodePathSegment;

export type MessageIds =
  | 'checkThenCreate'
  | 'checkThenMkdir'
  | 'checkThenRemove'
  | 'checkThenMove'
  | 'checkThenLink'
  | 'checkThenInsert'
  | 'suggestRecursiveMkdir'
  | 'suggestExclusiveWrite'
  | 'suggestForceRemove'
  | 'suggestUpsert';

interface FsCall {
  readonly node: TSESTree.CallExpression;
  readonly name: string;
  readonly module: FsModule;
  readonly form: CallForm;
  readonly segments: readonly Segment[];
}

interface CheckCall extends FsCall {
  readonly api: FsCheckApi;
  readonly path: TSESTree.Node;
}

interface MutationCall extends FsCall {
  readonly api: FsMutateApi;
}

const REPORT_BY_EFFECT: Readonly<Record<MutationEffect, MessageIds>> = {
  create: 'checkThenCreate',
  'create-directory': 'checkThenMkdir',
  remove: 'checkThenRemove',
  move: 'checkThenMove',
  link: 'checkThenLink',
};

export type Options = [{ contexts?: ContextsOption }];

export default createRule<Options, MessageIds>({
  name: 'no-check-then-write',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow checking whether a path exists and then writing, creating or removing it',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad: {
        checkThenCreate:
          'Two requests for the same path both see it missing and both write it: one file silently overwrites the other, or a file created in between is clobbered.',
        checkThenMkdir:
          'Two requests both see the directory missing and both create it: the second `mkdir` throws EEXIST and fails its request.',
        checkThenRemove:
          'Two requests both see the path present and both remove it: the second removal throws ENOENT and fails its request.',
        checkThenMove:
          'Between the check and the rename another request can create the target or move the source away, so the rename overwrites a file or throws ENOENT.',
        checkThenLink:
          "Two requests both see the link's path free and both create the link: the second throws EEXIST, and so does the first when a file appears in between.",
        checkThenInsert:
          "Two requests both find no row and both insert one: the table gets a duplicate row, or the second insert fails on the unique index. A transaction at the default READ COMMITTED isolation does not prevent it, since neither sees the other's uncommitted row.",
      },
      remedy: {
        checkThenCreate:
          "Write with flag 'wx' (fail if the file exists) and handle EEXIST, or write a temporary file and rename it into place.",
        checkThenMkdir:
          'Call `mkdir` with `{ recursive: true }`, which succeeds when the directory already exists, and drop the check.',
        checkThenRemove: 'Remove without checking: `rm` with `{ force: true }`, or catch and ignore ENOENT.',
        checkThenMove: 'Rename without checking and handle the error the rename reports (ENOENT, EEXIST).',
        checkThenLink: 'Create the link without checking and handle EEXIST.',
        checkThenInsert:
          'Let the database decide in one statement: an upsert or insert-on-conflict (`ON CONFLICT DO NOTHING`, `upsert`) on a unique key, with a unique index behind it.',
      },
    },
    hasSuggestions: true,
    schema: [{ type: 'object', description: 'Rule options.', properties: { contexts: CONTEXTS_SCHEMA }, additionalProperties: false }],
    defaultOptions: [{ contexts: { startup: false, shutdown: false } }],
    messages: {
      checkThenCreate:
        'Checking with `{{check}}` (line {{line}}) before `{{mutation}}` is a race; write with flag `wx` and handle `EEXIST`.',
      checkThenMkdir:
        'Checking with `{{check}}` (line {{line}}) before `{{mutation}}` is a race; use `{ recursive: true }` and drop the check.',
      checkThenRemove:
        'Checking with `{{check}}` (line {{line}}) before `{{mutation}}` is a race; remove with `force: true` or handle `ENOENT`.',
      checkThenMove:
        'Checking with `{{check}}` (line {{line}}) before `{{mutation}}` is a race; rename without it and handle the error.',
      checkThenLink:
        'Checking with `{{check}}` (line {{line}}) before `{{mutation}}` is a race; link without the check and handle `EEXIST`.',
      checkThenInsert:
        '`{{mutation}}` into `{{model}}` after `{{check}}` (line {{line}}) found no row is a race; upsert on a unique key.',
      suggestRecursiveMkdir: 'Replace the check with `{ recursive: true }`.',
      suggestExclusiveWrite: "Write with flag 'wx' and ignore `EEXIST` instead of checking first.",
      suggestForceRemove: 'Replace the check and `{{mutation}}` with `{{replacement}}` and `{ force: true }`.',
      suggestUpsert: 'Replace the check and `{{mutation}}` with one atomic `{{replacement}}`.',
    },
  },
  create(ruleContext, [{ contexts }]) {
    // A check-then-write at startup or shutdown has no concurrent request to race with.
    const context = reportingOnRequestPath(ruleContext, contexts);
    const sourceCode = context.sourceCode;
    // Without types, both forms need an import in this file: of a file-system module, or of a DB package.
    if (!typeServices(context) && !FS_MODULE_MENTION.test(sourceCode.text) && !mayHoldDbValues(context)) return {};
    const recorder = createCodePathRecorder();
    const checks: CheckCall[] = [];
    const mutations: MutationCall[] = [];
    const db = createDbForm(context, recorder);

    function classify(node: TSESTree.CallExpression): void {
      const resolved = resolveCallee(context, node, FS_API_NAMES);
      // Methods (`FileHandle.writeFile`) take no path: only module functions are file-system calls here.
      if (!resolved || resolved.owner || !isFsModule(resolved.module)) return;
      const api = findFsApi(resolved.module, resolved.name);
      if (!api) return;
      const form = callForm(resolved.module, resolved.name, isFunction(node.arguments.at(-1)));
      const call = { node, name: resolved.name, module: resolved.module, form, segments: recorder.currentSegments() };
      if (api.role === 'check') {
        const path = node.arguments[0];
        if (path && path.type !== AST_NODE_TYPES.SpreadElement) checks.push({ ...call, api, path });
      } else if (mutatesPath(api, node, form)) {
        mutations.push({ ...call, api });
      }
    }

    /** Whether this call, with these arguments, creates, replaces or removes its path. */
    function mutatesPath(api: FsMutateApi, node: TSESTree.CallExpression, form: CallForm): boolean {
      const options = mutationOptions(api, node, form);
      // A run-time value might make the call safe: stay silent (precision first).
      return (api.safeWhen ?? []).every((shape) => {
        const safe = shapeHolds(shape, api, options, sourceCode);
        return safe.known && !safe.value;
      });
    }

    function report(mutation: MutationCall, check: CheckCall, site: GuardSite): void {
      const rewrite = atomicRewrite(sourceCode, check, mutation, site);
      context.report({
        node: mutation.node,
        messageId: REPORT_BY_EFFECT[mutation.api.effect],
        data: { mutation: mutation.name, check: check.name, line: check.node.loc.start.line },
        suggest: rewrite ? [rewrite] : [],
      });
    }

    function findGuardingCheck(mutation: MutationCall): { check: CheckCall; site: GuardSite } | null {
      for (const check of checks) {
        if (check.node.range[1] > mutation.node.range[0] && !contains(check.node, mutation.node)) continue;
        const samePath = mutation.api.pathArgs.some((index) => {
          const argument = mutation.node.arguments[index];
          return argument !== undefined && isSameValue(check.path, argument, sourceCode);
        });
        if (!samePath) continue;
        const shape = { throws: check.api.outcome === 'throws', promise: check.form === 'promise' };
        for (const site of findGuardSites(check.node, sourceCode, shape)) {
          if (isGuardedBy(site, mutation.node, mutation.segments, recorder, check.segments, check.node)) {
            return { check, site };
          }
        }
      }
      return null;
    }

    return mergeListeners(recorder.listeners, {
      CallExpression(node) {
        if (!db.classify(node)) classify(node);
      },
      'Program:exit'() {
        for (const mutation of mutations) {
          const found = findGuardingCheck(mutation);
          if (found) report(mutation, found.check, found.site);
        }
        db.reportAll();
      },
    });
  },
});
