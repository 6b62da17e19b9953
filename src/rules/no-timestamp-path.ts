import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunction, skipTransparent } from '../analysis/ast.js';
import { createClockAnalyzer, type ClockAnalyzer, type ClockTerm } from '../analysis/clock.js';
import { replacesDestination } from '../analysis/fs-write-mode.js';
import { singleAssignedValue, variableOf } from '../analysis/local-values.js';
import { callForm, findFsApi, FS_APIS, isFsModule } from '../catalog/fs.js';
import { EXTRA_FS_SINKS, isIdField, own, PATH_FUNCTIONS, PROCESS_SINKS } from '../catalog/timestamps.js';
import { createRule } from '../util/create-rule.js';
import { CONTEXTS_SCHEMA, type ContextsOption } from '../util/options.js';
import { mkdtempSuggestion, uniqueSuffixSuggestion } from './no-timestamp-path/suggestions.js';
import { resolveCallee } from '../analysis/resolve.js';
import { reportingOnRequestPath } from '../analysis/startup.js';

export type MessageIds = 'timestampPath' | 'timestampArgument' | 'timestampId' | 'suggestUniqueSuffix' | 'suggestMkdtemp';
export type Options = [{ resolution?: 'second' | 'millisecond'; contexts?: ContextsOption }];

/** Where a name is used: a path an fs call creates, a process argument or command line, an id field. */
type SinkKind = 'path' | 'argv' | 'command' | 'id';

interface Sink {
  readonly node: TSESTree.Node;
  readonly kind: SinkKind;
  /** The fs or process function, or the property name. */
  readonly label: string;
  /** For `mkdir`: the call and its form, for the `mkdtemp` suggestion. */
  readonly mkdir?: { readonly call: TSESTree.CallExpression; readonly name: string; readonly form: ReturnType<typeof callForm> };
}

const MESSAGE_BY_KIND: Readonly<Record<SinkKind, MessageIds>> = {
  path: 'timestampPath',
  argv: 'timestampArgument',
  command: 'timestampArgument',
  id: 'timestampId',
};

/** fs mutations that create or replace a path (removals are no sinks). */
const FS_SINK_NAMES = FS_APIS.flatMap((api) => (api.role === 'mutate' && api.effect !== 'remove' ? api.names : []));
const SINK_NAMES: ReadonlySet<string> = new Set([
  ...FS_SINK_NAMES,
  ...EXTRA_FS_SINKS.flatMap((sink) => sink.names),
  ...PROCESS_SINKS.flatMap((sink) => sink.names),
]);
const PATH_NAMES: ReadonlySet<string> = new Set(Object.keys(PATH_FUNCTIONS));

/** A file that mentions none of these reads no clock the rule knows. */
const CLOCK_HINT = /Date|dayjs|moment|luxon|format|getUnixTime|startOf/u;
const MAX_SOURCE_LENGTH = 60;

export default createRule<Options, MessageIds>({
  name: 'no-timestamp-path',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow naming files, directories and ids after a timestamp of one second or coarser',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'race',
      failureUnderLoad: {
        timestampPath:
          'Two deployments, jobs or requests in the same interval compute the same path: one file clobbers the other, or both write into one directory.',
        timestampArgument:
          "Two runs in the same interval pass the same file, directory or ref name to the call, so they clobber each other's output.",
        timestampId:
          'Two requests in the same interval get the same id: the second insert fails on a duplicate key, or overwrites the first record (a queue drops the second job as a duplicate).',
      },
      remedy: {
        timestampPath:
          'Add a unique part to the name (`randomUUID()`), or create directories with `mkdtemp` and use the path it returns.',
        timestampArgument: 'Add a unique part, such as `randomUUID()`, to the name passed.',
        timestampId:
          'Generate the id with `randomUUID()` (or let the database assign it), and keep the timestamp in a field of its own.',
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          resolution: {
            type: 'string',
            enum: ['second', 'millisecond'],
            description:
              'The finest timestamp resolution still reported: `second` reports timestamps that change once a second or less often; `millisecond` also reports millisecond timestamps (`Date.now()`, full ISO strings).',
          },
          contexts: CONTEXTS_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ resolution: 'second', contexts: { startup: false, shutdown: false } }],
    messages: {
      timestampPath:
        '`{{source}}` changes once per {{unit}} and names the path `{{sink}}` creates; add `randomUUID()`, or use `mkdtemp`.',
      timestampArgument:
        '`{{source}}` changes once per {{unit}} and names what `{{sink}}` is given; add a unique part such as `randomUUID()`.',
      timestampId:
        '`{{source}}` changes once per {{unit}} and is the `{{sink}}` field; add a unique part such as `randomUUID()`.',
      suggestUniqueSuffix: 'Append `-${randomUUID()}` to the name.',
      suggestMkdtemp: 'Create the directory with `{{replacement}}`, which adds a random suffix, and keep the path it returns.',
    },
  },
  create(ruleContext, [options]) {
    // A name made once at startup or shutdown meets no concurrent request.
    const context = reportingOnRequestPath(ruleContext, options.contexts);
    const sourceCode = context.sourceCode;
    if (!CLOCK_HINT.test(sourceCode.text)) return {};
    const reportMillisecond = options.resolution === 'millisecond';
    let analyzer: ClockAnalyzer | null = null;
    const clock = (): ClockAnalyzer => (analyzer ??= createClockAnalyzer(context));
    /** Entry points of timestamps already reported, with the functions whose sinks reported them. */
    const reported = new Map<TSESTree.Node, Set<TSESTree.Node | null>>();

    function sinksOfCall(node: TSESTree.CallExpression): Sink[] {
      const resolved = resolveCallee(context, node, SINK_NAMES);
      if (!resolved) return [];
      const { module, name } = resolved;
      const sinks: Sink[] = [];
      const argument = (index: number): TSESTree.Node | null => {
        const found = node.arguments[index];
        return found && found.type !== AST_NODE_TYPES.SpreadElement ? found : null;
      };
      if (isFsModule(module)) {
        const api = findFsApi(module, name);
        if (api?.role === 'mutate' && api.effect !== 'remove') {
          const form = callForm(module, name, isFunction(node.arguments.at(-1)));
          const replaces = replacesDestination(api, node, form, sourceCode);
          if (replaces.known && replaces.value) {
            const indexes = api.effect === 'move' ? api.pathArgs.slice(-1) : api.pathArgs;
            for (const index of indexes) {
              const path = argument(index);
              if (!path) continue;
              sinks.push(
                api.effect === 'create-directory'
                  ? { node: path, kind: 'path', label: name, mkdir: { call: node, name, form } }
                  : { node: path, kind: 'path', label: name },
              );
            }
          }
        }
      }
      for (const extra of EXTRA_FS_SINKS) {
        if (!extra.modules.includes(module) || !extra.names.includes(name)) continue;
        const path = argument(extra.pathArg);
        if (path) sinks.push({ node: path, kind: 'path', label: name });
      }
      for (const starter of PROCESS_SINKS) {
        if (starter.module !== module || !starter.names.includes(name)) continue;
        const given = argument(starter.argument);
        if (!given) continue;
        if (starter.shape === 'command') {
          sinks.push({ node: given, kind: 'command', label: name });
        } else {
          // `spawn('sh', ['-c', command])`: the element after `-c` is a shell command line.
          argvElements(given).forEach((element, index, elements) => {
            const previous = elements[index - 1];
            const shell = previous?.type === AST_NODE_TYPES.Literal && (previous.value === '-c' || previous.value === '/c');
            sinks.push({ node: element, kind: shell ? 'command' : 'argv', label: name });
          });
        }
      }
      return sinks;
    }

    /** The elements of an argument array literal, written in place or in a `const`. */
    function argvElements(node: TSESTree.Node): TSESTree.Node[] {
      let array = skipTransparent(node);
      if (array.type === AST_NODE_TYPES.Identifier) {
        const variable = variableOf(sourceCode, array);
        const init = variable ? singleAssignedValue(variable) : null;
        if (!init) return [];
        array = skipTransparent(init);
      }
      if (array.type !== AST_NODE_TYPES.ArrayExpression) return [];
      return array.elements.filter(
        (element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement,
      );
    }

    function check(sink: Sink): void {
      const analysis = clock();
      const term = analysis.termOf(sink.node);
      if (!term.timed || term.unique) return;
      const unit = analysis.resolutionOf(term);
      if (unit === null || (unit === 'millisecond' && !reportMillisecond)) return;
      const sampled = analysis.sample(term);
      if ((sink.kind === 'argv' || sink.kind === 'command') && !namesSomething(sampled.base, sampled.far, sink.kind === 'command')) {
        return;
      }
      const owner = enclosingFunction(sink.node);
      const seen = reported.get(term.entry.at) ?? new Set();
      if (seen.has(owner)) return;
      seen.add(owner);
      reported.set(term.entry.at, seen);
      context.report({
        node: sink.node,
        messageId: MESSAGE_BY_KIND[sink.kind],
        data: { source: sourceText(analysis.originOf(term)), sink: sink.label, unit },
        suggest: suggestions(sink, term, sampled.base),
      });
    }

    function suggestions(sink: Sink, term: ClockTerm, base: unknown): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const found: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const unique = uniqueSuffixSuggestion(sourceCode, term, sink.node, sink.kind === 'id', base);
      if (unique) found.push(unique);
      if (sink.mkdir) {
        const mkdtemp = mkdtempSuggestion(sourceCode, sink.mkdir.call, sink.mkdir.name, sink.mkdir.form, isPathCompose);
        if (mkdtemp) found.push(mkdtemp);
      }
      return found;
    }

    function isPathCompose(node: TSESTree.CallExpression): boolean {
      const resolved = resolveCallee(context, node, PATH_NAMES);
      return (
        resolved !== null &&
        (resolved.module === 'path' || resolved.module === 'path/posix') &&
        own(PATH_FUNCTIONS, resolved.name) === 'compose'
      );
    }

    function sourceText(node: TSESTree.Node): string {
      const text = sourceCode.getText(node).replace(/\s+/gu, ' ');
      return text.length > MAX_SOURCE_LENGTH ? `${text.slice(0, MAX_SOURCE_LENGTH - 1)}…` : text;
    }

    return {
      CallExpression(node) {
        for (const sink of sinksOfCall(node)) check(sink);
      },
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init' || node.method) return;
        const key = propertyName(node);
        if (key === null || !isIdField(key) || isFunction(node.value)) return;
        check({ node: node.value, kind: 'id', label: key });
      },
    };
  },
});

function propertyName(property: TSESTree.Property): string | null {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/**
 * Whether the time-dependent text of a process argument names something (a
 * path, a branch, a tag) rather than sits in a message: some argument — or,
 * in a shell command line, some shell word — that holds time-dependent text
 * has no white space around it (`-m "deploy 2024-05-15"` is a message;
 * `/backups/2024-05-15.tgz` is a name). White space inside the time's own
 * text (`toLocaleString()`) does not count.
 */
function namesSomething(base: unknown, far: unknown, shell: boolean): boolean {
  if (typeof base !== 'string' || typeof far !== 'string') return false;
  const changed = changedCharacters(base, far);
  const words = shell ? shellWords(base) : [...base].map(() => 0);
  const seen = new Set<number>();
  for (let index = 0; index < base.length; index += 1) {
    const word = words[index] ?? -1;
    if (!changed[index] || word === -1 || seen.has(word)) continue;
    seen.add(word);
    const positions = words.flatMap((w, position) => (w === word ? [position] : []));
    const changes = positions.filter((position) => changed[position]);
    const first = changes[0] ?? 0;
    const last = changes.at(-1) ?? 0;
    const spaced = positions.some((position) => (position < first || position > last) && /\s/u.test(base[position] ?? ''));
    if (!spaced) return true;
  }
  return false;
}

/**
 * Which characters of `base` depend on the time, comparing it with `far` (the
 * same value at an instant where every field differs): character by
 * character when both have one length, else the span between their common
 * prefix and suffix.
 */
function changedCharacters(base: string, far: string): boolean[] {
  if (base.length === far.length) return [...base].map((char, index) => char !== far[index]);
  let start = 0;
  while (start < base.length && start < far.length && base[start] === far[start]) start += 1;
  let tail = 0;
  while (tail < base.length - start && tail < far.length - start && base[base.length - 1 - tail] === far[far.length - 1 - tail]) {
    tail += 1;
  }
  return [...base].map((_, index) => index >= start && index < base.length - tail);
}

/** For each character of a command line, the index of the shell word it belongs to (-1 for separators). */
function shellWords(command: string): number[] {
  const words: number[] = [];
  let word = -1;
  let inWord = false;
  let quote: string | null = null;
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index] ?? '';
    if (quote) {
      if (char === quote) quote = null;
      words.push(word);
      continue;
    }
    if (/\s/u.test(char)) {
      inWord = false;
      words.push(-1);
      continue;
    }
    if (!inWord) {
      word += 1;
      inWord = true;
    }
    if (char === '"' || char === "'") quote = char;
    words.push(word);
    if (char === '\\' && index + 1 < command.length) {
      index += 1;
      words.push(word);
    }
  }
  return words;
}
