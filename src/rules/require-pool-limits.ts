import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { mayHoldDbValues } from '../analysis/file-gate.js';
import { isEnvString, optionAt, type OptionLookup } from '../analysis/option-path.js';
import { resolveCallee } from '../analysis/resolve.js';
import { staticValueOf } from '../analysis/static-options.js';
import { DB_PRODUCERS, type DbProducer } from '../catalog/db.js';
import { optionNames, POOL_LIMITS, type OptionPath, type PoolLimits } from '../catalog/pool-limits.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'missingMax' | 'missingTimeout';

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;
type ExportProducer = Extract<DbProducer, { kind: 'export' }>;

const LIMITED_CLASSES: ReadonlySet<string> = new Set(POOL_LIMITS.map((row) => row.cls));
const POOL_PRODUCERS: readonly ExportProducer[] = DB_PRODUCERS.filter(
  (producer): producer is ExportProducer => producer.kind === 'export' && LIMITED_CLASSES.has(producer.returns),
);
const PRODUCER_NAMES: ReadonlySet<string> = new Set(POOL_PRODUCERS.map((producer) => producer.path.at(-1) ?? 'default'));

type State = 'set' | 'absent' | 'unknown';

export default createRule<[], MessageIds>({
  name: 'require-pool-limits',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require connection pools to set a maximum size and a timeout for acquiring a connection',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'leak',
      failureUnderLoad: {
        missingMax:
          "The pool runs at a library default sized for neither the database's connection limit nor the number of instances: with enough instances the pools together exceed max_connections and the database refuses connections.",
        missingTimeout:
          "Once every connection is busy, requests wait in the pool's queue without limit: a traffic spike turns into hung requests instead of fast errors.",
      },
      remedy: {
        missingMax:
          "Set the maximum explicitly: the database's connection limit, less a margin, divided by the number of instances.",
        missingTimeout:
          'Set the acquire (or connection) timeout explicitly, a few seconds, and answer a timeout with a fast error.',
      },
    },
    schema: [],
    messages: {
      missingMax:
        "This {{library}} pool sets no maximum size ({{option}}); set {{option}} to fit the database's connection limit.",
      missingTimeout:
        'This {{library}} pool sets no acquire timeout ({{option}}), so requests can wait forever; set {{option}}.',
    },
  },
  create(context) {
    if (!mayHoldDbValues(context)) return {};
    const sourceCode = context.sourceCode;

    function lookup(options: TSESTree.Node | undefined, uri: string | null, path: OptionPath): State {
      const found: OptionLookup = optionAt(options, path, sourceCode);
      if (found.state !== 'absent') return found.state;
      const name = path.length === 1 ? path[0] : undefined;
      if (uri !== null && name !== undefined && uriHasParam(uri, name)) return 'set';
      return 'absent';
    }

    /** Any alternative set: satisfied; any unknown: the code decides; else missing. */
    function requirement(options: TSESTree.Node | undefined, uri: string | null, paths: readonly OptionPath[]): State {
      let state: State = 'absent';
      for (const path of paths) {
        const one = lookup(options, uri, path);
        if (one === 'set') return 'set';
        if (one === 'unknown') state = 'unknown';
      }
      return state;
    }

    function staticString(node: TSESTree.Node | undefined): string | null {
      if (!node) return null;
      const value = staticValueOf(node, sourceCode);
      return value.known && typeof value.value === 'string' ? value.value : null;
    }

    function optionsArgument(node: CallLike, row: PoolLimits): TSESTree.Node | undefined | null {
      const args = node.arguments;
      if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
      let options: TSESTree.Node | undefined;
      if (row.optionsArg === 'last') {
        // new Sequelize(options) | (uri, options) | (database, user, password) | (database, user, password, options)
        options = args.length === 3 ? undefined : args.at(-1);
      } else {
        options = args[row.optionsArg];
      }
      // A connection string in the options position: no options object.
      if (options && (staticString(options) !== null || isEnvString(options))) return undefined;
      return options;
    }

    function rowFor(rows: readonly PoolLimits[], options: TSESTree.Node | undefined): PoolLimits | null {
      for (const row of rows) {
        if (row.when) {
          const found = optionAt(options, row.when.path, sourceCode);
          const value = found.state === 'set' ? staticString(found.node) : null;
          if (value === null || !row.when.values.includes(value)) continue;
        }
        if (row.unless) {
          const found = optionAt(options, row.unless.path, sourceCode);
          if (found.state === 'unknown') return null;
          if (found.state === 'set') {
            const value = staticString(found.node);
            if (value === null || row.unless.pattern.test(value)) return null;
          }
        }
        return row;
      }
      return null;
    }

    function check(node: CallLike): void {
      const resolved = resolveCallee(context, node, PRODUCER_NAMES);
      if (!resolved) return;
      const construct = node.type === AST_NODE_TYPES.NewExpression;
      const producer = POOL_PRODUCERS.find(
        (candidate) =>
          candidate.module === resolved.module &&
          (candidate.path.at(-1) ?? 'default') === resolved.name &&
          candidate.construct === construct,
      );
      if (!producer) return;
      const rows = POOL_LIMITS.filter((row) => row.cls === producer.returns);
      const first = rows[0];
      if (!first) return;
      const options = optionsArgument(node, first);
      if (options === null) return;
      const row = rowFor(rows, options);
      if (!row) return;
      const uri = row.uriArg === undefined ? null : staticString(node.arguments[row.uriArg]);
      const loc = { start: node.loc.start, end: node.callee.loc.end };
      if (requirement(options, uri, row.max) === 'absent') {
        context.report({ loc, messageId: 'missingMax', data: { library: row.library, option: optionNames(row.max) } });
      }
      if (requirement(options, uri, row.timeout) === 'absent') {
        context.report({
          loc,
          messageId: 'missingTimeout',
          data: { library: row.library, option: optionNames(row.timeout) },
        });
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
    };
  },
});

function uriHasParam(uri: string, name: string): boolean {
  const query = uri.indexOf('?');
  if (query === -1) return false;
  return uri
    .slice(query + 1)
    .split('&')
    .some((pair) => pair.split('=')[0] === name);
}
