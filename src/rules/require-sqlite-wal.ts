import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName, skipTransparent, staticPropertyName } from '../analysis/ast.js';
import { lineIndent } from '../analysis/fix.js';
import { optionAt } from '../analysis/option-path.js';
import { resolveCallee } from '../analysis/resolve.js';
import { staticValueOf } from '../analysis/static-options.js';
import {
  SQLITE_BUSY_TIMEOUT,
  SQLITE_DRIVERS,
  SQLITE_IN_MEMORY,
  SQLITE_PRAGMA_METHODS,
  SQLITE_WAL,
  type SqliteDriver,
} from '../catalog/sqlite.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'missingWal' | 'missingBusyTimeout' | 'missingWalAndBusyTimeout' | 'addPragmas';

type State = 'set' | 'absent' | 'unknown';
/** What keeps the new database: a variable, or a member target (`this.db = …`, `private db = …`). */
type Holder =
  | { readonly variable: TSESLint.Scope.Variable; readonly target: null }
  | { readonly variable: null; readonly target: TSESTree.MemberExpression | TSESTree.PropertyDefinition }
  | null;

interface Open {
  readonly node: TSESTree.NewExpression;
  readonly driver: SqliteDriver;
  /** What holds the database: a variable, or a member target such as `this.db`. */
  readonly holder: Holder;
  readonly timeout: State;
}

interface PragmaCall {
  readonly receiver: TSESTree.Node;
  readonly wal: boolean;
  /** The busy timeout it sets, or null. */
  readonly timeout: number | null;
}

const DRIVER_NAMES: ReadonlySet<string> = new Set(['default', 'Database', ...SQLITE_DRIVERS.map((driver) => driver.name)]);
const SUGGESTED_TIMEOUT = 5000;

export default createRule<[], MessageIds>({
  name: 'require-sqlite-wal',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require SQLite databases to be opened in WAL journal mode with a busy timeout',
      recommended: 'strict',
      requiresTypeChecking: false,
      severityClass: 'block',
      failureUnderLoad: {
        missingWal:
          'In the default rollback-journal mode every write locks out all readers, so concurrent requests queue behind each write.',
        missingBusyTimeout:
          "A query that meets another connection's or process's write lock fails at once with SQLITE_BUSY instead of waiting for it, so overlapping writes turn into errors.",
        missingWalAndBusyTimeout:
          'Every write locks out all readers (rollback journal), and a query that meets the lock fails at once with SQLITE_BUSY, so overlapping requests stall or error.',
      },
      remedy: {
        missingWal:
          'Set `journal_mode = WAL` right after opening the database; the mode persists in the database file.',
        missingBusyTimeout:
          "Set a `busy_timeout` (for example 5000 ms) right after opening the database, or the driver's timeout option.",
        missingWalAndBusyTimeout:
          'Right after opening the database, set `journal_mode = WAL` and a `busy_timeout` (for example 5000 ms).',
      },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingWal:
        'This {{library}} database is opened without `journal_mode = WAL`, so writes block readers; set it after opening.',
      missingBusyTimeout:
        'This {{library}} database has no busy timeout, so a locked write fails with SQLITE_BUSY; set `busy_timeout`.',
      missingWalAndBusyTimeout:
        'This {{library}} database has neither `journal_mode = WAL` nor a busy timeout; set both after opening it.',
      addPragmas: 'Set {{pragmas}} right after opening the database.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // Cheap filter: both drivers are imported by a specifier containing "sqlite".
    if (!sourceCode.text.includes('sqlite')) return {};
    const opens: Open[] = [];
    const pragmas: PragmaCall[] = [];
    /** Variables passed to a function of this module, which may set the pragmas. */
    const handedToLocalFunction = new Set<TSESLint.Scope.Variable>();

    function driverOf(node: TSESTree.NewExpression): SqliteDriver | null {
      const resolved = resolveCallee(context, node, DRIVER_NAMES);
      if (resolved) {
        return (
          SQLITE_DRIVERS.find(
            (driver) =>
              driver.module === resolved.module &&
              (driver.name === resolved.name || (driver.name === 'default' && resolved.name === 'Database')),
          ) ?? null
        );
      }
      return null;
    }

    function staticString(node: TSESTree.Node | undefined): string | null {
      if (!node) return null;
      const value = staticValueOf(node, sourceCode);
      return value.known && typeof value.value === 'string' ? value.value : null;
    }

    function visitNew(node: TSESTree.NewExpression): void {
      const name = calleeName(node);
      if (name === null) return;
      const driver = driverOf(node) ?? nodeSqliteBySyntax(node, name);
      if (!driver) return;
      const [file, options] = node.arguments;
      if (!file || file.type === AST_NODE_TYPES.SpreadElement || options?.type === AST_NODE_TYPES.SpreadElement) return;
      const filename = staticString(file);
      if (filename !== null && SQLITE_IN_MEMORY.test(filename)) return;
      const readonly = optionAt(options, [driver.readonlyOption], sourceCode);
      if (readonly.state === 'unknown') return;
      if (readonly.state === 'set') {
        const value = staticValueOf(readonly.node, sourceCode);
        if (!value.known || value.value !== false) return;
      }
      const timeout = optionAt(options, [driver.timeoutOption], sourceCode);
      let timeoutState: State;
      if (timeout.state === 'absent') timeoutState = driver.defaultTimeout > 0 ? 'set' : 'absent';
      else if (timeout.state === 'unknown') timeoutState = 'unknown';
      else {
        const value = staticValueOf(timeout.node, sourceCode);
        timeoutState = !value.known ? 'unknown' : typeof value.value === 'number' && value.value > 0 ? 'set' : 'absent';
      }
      opens.push({ node, driver, holder: holderOf(node), timeout: timeoutState });
    }

    /** `new DatabaseSync(…)` imported from `node:sqlite` (not among the catalog's tracked modules). */
    function nodeSqliteBySyntax(node: TSESTree.NewExpression, name: string): SqliteDriver | null {
      const driver = SQLITE_DRIVERS.find((candidate) => candidate.name === 'DatabaseSync');
      if (!driver) return null;
      const callee = skipTransparent(node.callee);
      const root = callee.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : callee;
      if (root.type !== AST_NODE_TYPES.Identifier) return null;
      if (callee !== root && name !== 'DatabaseSync') return null;
      const definition = ASTUtils.findVariable(sourceCode.getScope(root), root)?.defs[0];
      if (!definition) return null;
      let source: TSESTree.Node | null | undefined = null;
      if (definition.type === 'ImportBinding') {
        const declaration = definition.parent;
        if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return null;
        const specifier = definition.node;
        const imported =
          specifier.type === AST_NODE_TYPES.ImportSpecifier
            ? specifier.imported.type === AST_NODE_TYPES.Identifier
              ? specifier.imported.name
              : specifier.imported.value
            : null;
        if (callee === root ? imported !== 'DatabaseSync' : imported !== null) return null;
        source = declaration.source;
      } else if (definition.type === 'Variable' && definition.node.init) {
        // const { DatabaseSync } = require('node:sqlite') / const sqlite = require('node:sqlite')
        const init = skipTransparent(definition.node.init);
        if (init.type !== AST_NODE_TYPES.CallExpression || calleeName(init) !== 'require') return null;
        if (callee === root) {
          const property = definition.name.parent;
          const key = property?.type === AST_NODE_TYPES.Property && !property.computed ? property.key : null;
          if (key?.type !== AST_NODE_TYPES.Identifier || key.name !== 'DatabaseSync') return null;
        } else if (definition.node.id !== definition.name) {
          return null;
        }
        source = init.arguments[0];
      }
      const specifier = source ? staticString(source) : null;
      return specifier === 'node:sqlite' || specifier === 'sqlite' ? driver : null;
    }

    /** The variable (or member target) that keeps the new database. */
    function holderOf(node: TSESTree.NewExpression): Holder {
      let current: TSESTree.Node = node;
      while (
        current.parent &&
        (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
          current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
          current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
      ) {
        current = current.parent;
      }
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
        return variableHolder(ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id));
      }
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current) {
        if (parent.left.type === AST_NODE_TYPES.Identifier) {
          return variableHolder(ASTUtils.findVariable(sourceCode.getScope(parent.left), parent.left));
        }
        if (parent.left.type === AST_NODE_TYPES.MemberExpression) return { variable: null, target: parent.left };
      }
      if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === current && !parent.computed) {
        return { variable: null, target: parent };
      }
      return null;
    }

    function visitCall(node: TSESTree.CallExpression): void {
      const callee = skipTransparent(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        // `configure(db)` where `configure` is declared in this module: it may set the pragmas.
        const definition = ASTUtils.findVariable(sourceCode.getScope(callee), callee)?.defs[0];
        if (definition && definition.type !== 'ImportBinding') {
          for (const argument of node.arguments) {
            const target = skipTransparent(argument);
            if (target.type !== AST_NODE_TYPES.Identifier) continue;
            const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
            if (variable) handedToLocalFunction.add(variable);
          }
        }
        return;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = staticPropertyName(callee);
      if (method === null || !SQLITE_PRAGMA_METHODS.includes(method)) return;
      const sql = staticString(node.arguments[0]);
      if (sql === null) return;
      const wal = SQLITE_WAL.test(sql);
      const busy = SQLITE_BUSY_TIMEOUT.exec(sql);
      if (!wal && !busy) return;
      pragmas.push({ receiver: skipTransparent(callee.object), wal, timeout: busy ? Number(busy[1]) : null });
    }

    function isHolder(open: Open, receiver: TSESTree.Node): boolean {
      const holder = open.holder;
      if (!holder) return false;
      if (holder.variable) {
        return (
          receiver.type === AST_NODE_TYPES.Identifier &&
          holder.variable.references.some((reference) => reference.identifier === receiver)
        );
      }
      const target = holder.target;
      if (target.type === AST_NODE_TYPES.PropertyDefinition) {
        return (
          receiver.type === AST_NODE_TYPES.MemberExpression &&
          skipTransparent(receiver.object).type === AST_NODE_TYPES.ThisExpression &&
          staticPropertyName(receiver) === propertyName(target)
        );
      }
      return sourceCode.getText(receiver) === sourceCode.getText(target);
    }

    function report(open: Open): void {
      let wal = false;
      let timeout = open.timeout;
      for (const pragma of pragmas) {
        if (!isHolder(open, pragma.receiver)) continue;
        if (pragma.wal) wal = true;
        if (pragma.timeout !== null) timeout = pragma.timeout > 0 ? 'set' : 'absent';
      }
      if (timeout === 'unknown') return;
      if (open.holder?.variable && handedToLocalFunction.has(open.holder.variable)) return;
      const missingTimeout = timeout === 'absent';
      if (wal && !missingTimeout) return;
      const messageId = !wal && missingTimeout ? 'missingWalAndBusyTimeout' : wal ? 'missingBusyTimeout' : 'missingWal';
      const fixText = pragmaText(open, !wal, missingTimeout);
      const statement = fixText === null ? null : declarationStatement(open.node);
      context.report({
        loc: { start: open.node.loc.start, end: open.node.callee.loc.end },
        messageId,
        data: { library: open.driver.library },
        suggest:
          statement && fixText
            ? [
                {
                  messageId: 'addPragmas',
                  data: { pragmas: [!wal && '`journal_mode = WAL`', missingTimeout && '`busy_timeout`'].filter(Boolean).join(' and ') },
                  fix: (fixer: TSESLint.RuleFixer) =>
                    fixer.insertTextAfter(statement, fixText.map((line) => `\n${lineIndent(sourceCode, statement)}${line}`).join('')),
                },
              ]
            : null,
      });
    }

    /** The pragma statements to add, when the database is a plain variable. */
    function pragmaText(open: Open, addWal: boolean, addTimeout: boolean): string[] | null {
      const name = open.holder?.variable?.name;
      if (name === undefined) return null;
      if (open.driver.pragmaStyle === 'pragma') {
        return [
          ...(addWal ? [`${name}.pragma('journal_mode = WAL');`] : []),
          ...(addTimeout ? [`${name}.pragma('busy_timeout = ${SUGGESTED_TIMEOUT}');`] : []),
        ];
      }
      const sql = [...(addWal ? ['PRAGMA journal_mode = WAL;'] : []), ...(addTimeout ? [`PRAGMA busy_timeout = ${SUGGESTED_TIMEOUT};`] : [])];
      return [`${name}.exec('${sql.join(' ')}');`];
    }

    return {
      NewExpression: visitNew,
      CallExpression: visitCall,
      'Program:exit'() {
        for (const open of opens) report(open);
      },
    };
  },
});

/** `const db = new Database(…);` as a statement of its own (possibly exported): where the pragmas can follow. */
function declarationStatement(node: TSESTree.NewExpression): TSESTree.Node | null {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  const declarator = current.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current) return null;
  const declaration = declarator.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const' || declaration.declarations.length !== 1) {
    return null;
  }
  const container = declaration.parent;
  if (container.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    return container.parent.type === AST_NODE_TYPES.Program ? container : null;
  }
  return container.type === AST_NODE_TYPES.Program || container.type === AST_NODE_TYPES.BlockStatement ? declaration : null;
}

function variableHolder(variable: TSESLint.Scope.Variable | null): Holder {
  return variable ? { variable, target: null } : null;
}

function propertyName(definition: TSESTree.PropertyDefinition): string | null {
  const key = definition.key;
  return key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
}
