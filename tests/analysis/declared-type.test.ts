import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { declaredDbClass, declaredOutsideDb, declaredThenable, declaredWithoutMember } from '../../src/analysis/declared-type.js';
import { typeServices } from '../../src/analysis/resolve.js';
import { typedRuleTester } from '../rule-tester.js';

/**
 * Probe: `db(expression)` reports whether declarations alone rule out a DB
 * object (`outside` / `open`); `cls(expression)` the DB class they name (its
 * id, `outside` or `open`); `then(call())` whether the called function
 * declares a thenable result (`thenable`), one that never is (`never`), or
 * leaves it open (`open`); `lacks(value)` whether the declarations of the
 * value's type certainly declare no `$transaction` (`absent` / `open`).
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { answer: '{{text}}' } },
  defaultOptions: [],
  create(context) {
    const services = typeServices(context);
    return {
      CallExpression(node) {
        const [argument] = node.arguments;
        if (!services || node.callee.type !== AST_NODE_TYPES.Identifier || !argument) return;
        const text = context.sourceCode.getText(argument);
        // `db({ name })`: the shorthand property's value.
        if (node.callee.name === 'db' && argument.type === AST_NODE_TYPES.ObjectExpression) {
          for (const property of argument.properties) {
            if (property.type !== AST_NODE_TYPES.Property || !property.shorthand) continue;
            const answer = declaredOutsideDb(services, property.value) ? 'outside' : 'open';
            context.report({ node: property, messageId: 'answer', data: { text: `{ ${context.sourceCode.getText(property)} }: ${answer}` } });
          }
          return;
        }
        if (node.callee.name === 'db') {
          context.report({ node, messageId: 'answer', data: { text: `${text}: ${declaredOutsideDb(services, argument) ? 'outside' : 'open'}` } });
        }
        if (node.callee.name === 'cls') {
          const answer = declaredDbClass(services, argument);
          const label = answer === undefined ? 'open' : answer === 'outside' ? answer : answer.id;
          context.report({ node, messageId: 'answer', data: { text: `${text}: ${label}` } });
        }
        if (node.callee.name === 'lacks') {
          const declarations = services.getTypeAtLocation(argument).getSymbol()?.declarations ?? [];
          const answer = declaredWithoutMember(services.program.getTypeChecker(), declarations, '$transaction') ? 'absent' : 'open';
          context.report({ node, messageId: 'answer', data: { text: `${text}: ${answer}` } });
        }
        if (node.callee.name === 'then') {
          const answer = declaredThenable(services, argument);
          context.report({ node, messageId: 'answer', data: { text: `${text}: ${answer === undefined ? 'open' : answer ? 'thenable' : 'never'}` } });
        }
      },
    };
  },
});

function answers(code: string, ...texts: string[]): InvalidTestCase<'answer', []> {
  return {
    code: `declare function db(value: unknown): void;\ndeclare function cls(value: unknown): void;\ndeclare function lacks(value: unknown): void;\ndeclare function then(value: unknown): void;\n${code}`,
    errors: texts.map((text) => ({ messageId: 'answer' as const, data: { text } })),
  };
}

typedRuleTester().run('declaredOutsideDb + declaredThenable', probe, {
  valid: [],
  invalid: [
    answers(
      `import type { PoolClient } from 'pg';
declare function names(): Promise<string[]>;
declare const client: PoolClient;
export async function load() {
  const found = await names();
  db({ found }); db({ client });
}`,
      // The shorthand reads the variable: its declaration answers, not the object literal's property.
      '{ found }: outside',
      '{ client }: open',
    ),
    answers(
      `import type { Knex } from 'knex';
export function pick(trx: Knex.Transaction | undefined, knex: Knex, label: string | undefined, fallback: string) {
  const name = label ?? fallback;
  const handle = trx ?? knex;
  const either = label ? label : 'none';
  const first = label || trx;
  db(name); db(handle); db(either); db(first);
}`,
      // Either side of \`??\`, \`||\` and \`? :\` may be the value: both must be outside.
      'name: outside',
      'handle: open',
      'either: outside',
      'first: open',
    ),
    answers(
      `declare const items: number[];
declare const pending: Promise<number>;
declare const ready: Map<string, number>;
export function calls() {
  then(items.map((x) => x + 1));
  then(items.map(async (x) => x));
  then(items.forEach((x) => x));
  then(pending.then((x) => x));
  then(items.find((x) => x > 1));
  then(ready.get('a'));
}`,
      // A member call with a callback: the method's declared result, without inferring the callback.
      'items.map((x) => x + 1): never',
      'items.map(async (x) => x): never',
      'items.forEach((x) => x): never',
      'pending.then((x) => x): thenable',
      'items.find((x) => x > 1): open',
      // The receiver's declared \`Map<K, V>\` declares \`get\` with the result \`V | undefined\`: a type parameter stays open.
      "ready.get('a'): open",
    ),
    answers(
      `import type { Request, Response } from 'express';
import type { PoolClient } from 'pg';
import type { Knex } from 'knex';
export function handle(req: Request, res: Response, client: PoolClient, trx: Knex.Transaction, name: string, ids: number[]) {
  db(req); db(res); db(client); db(trx); db(name); db(ids);
}`,
      // A package that is no DB library, primitives and arrays rule it out; DB packages leave it open.
      'req: outside',
      'res: outside',
      'client: open',
      'trx: open',
      'name: outside',
      'ids: outside',
    ),
    answers(
      `import type { PoolClient } from 'pg';
type Db = PoolClient;
type Maybe<T> = T | null;
export function run(a: Db, b: Maybe<PoolClient>, c: Maybe<string>, d: Promise<PoolClient>, e: Promise<string>, f: PoolClient | undefined, g: unknown) {
  db(a); db(b); db(c); db(d); db(e); db(f); db(g);
}`,
      // Aliases are followed; generics answer by their arguments; `unknown` says nothing.
      'a: open',
      'b: open',
      'c: outside',
      'd: open',
      'e: outside',
      'f: open',
      'g: open',
    ),
    answers(
      `import type { PoolClient } from 'pg';
interface Logger { info(message: string): void }
interface Config { logger: Logger; client: PoolClient; getLogger(): Logger }
interface Session extends PoolClient { tag: string }
class Client { $transaction() {} }
export class Service {
  constructor({ logger }: Pick<Config, 'logger'>, { client }: Config, session: Session, own: Client) {
    db(logger); db(client); db(session); db(own);
  }
}`,
      // Members of an annotated parameter by their own annotation; bases and structural members keep it open.
      'logger: outside',
      'client: open',
      'session: open',
      'own: open',
    ),
    answers(
      `import type { PoolClient } from 'pg';
interface User { id: string }
declare function users(): Promise<User[]>;
declare function connect(): Promise<PoolClient>;
declare function guess(): any;
const schema = { type: 'object' } as const;
type Schema = typeof schema;
export async function load(s: Schema) {
  const list = await users();
  const client = await connect();
  const other = guess;
  db(list); db(client); db(other); db(s);
}`,
      // A constant by the declared result of its initializer's function; \`typeof\` a constant object.
      'list: outside',
      'client: open',
      'other: open',
      's: outside',
    ),
    answers(
      `interface Thenable { then(onFulfilled: () => void): void }
declare function log(message: string): void;
declare function save(): Promise<void>;
declare function counts(): Map<string, number>;
declare function deferred(): Thenable;
declare function unknownResult();
async function refresh() {}
export class Job {
  size(): number { return 1; }
  run(items: { send(): void }) {
    then(log('x')); then(save()); then(counts()); then(deferred()); then(unknownResult()); then(refresh());
    then(this.size()); then(items.send());
  }
}`,
      'log(\'x\'): never',
      'save(): thenable',
      'counts(): never',
      'deferred(): open',
      'unknownResult(): open',
      'refresh(): thenable',
      'this.size(): never',
      // The receiver's annotation declares the method.
      'items.send(): never',
    ),
    answers(
      `import type { Response } from 'express';
interface Jobs { run(): void; start(): Promise<void> }
interface Bag { [name: string]: () => Promise<void> }
class Base { stop(): void {} async drain(): Promise<void> {} }
class Worker extends Base { log: (message: string) => void = () => {}; }
export class Handler {
  constructor(private readonly jobs: Jobs | undefined, private readonly worker: Worker) {}
  handle(res: Response, bag: Bag, either: Jobs | { run(): Promise<void> }) {
    then(res.removeHeader('etag')); then(res.json({})); then(this.jobs?.run()); then(this.jobs!.start());
    then(this.worker.stop()); then(this.worker.drain()); then(this.worker.log('x')); then(bag.run()); then(either.run());
  }
}`,
      // Through express's \`Response\` up to node's \`OutgoingMessage.removeHeader(): void\`.
      "res.removeHeader('etag'): never",
      // \`json: Send<…>\` is an alias of a generic function type: left open.
      'res.json({}): open',
      // The receiver's declared union without \`undefined\`.
      'this.jobs?.run(): never',
      'this.jobs!.start(): open',
      // A class's own members, then its bases'; an \`async\` method is a promise.
      'this.worker.stop(): never',
      'this.worker.drain(): thenable',
      'this.worker.log(\'x\'): never',
      // An index signature, or a union with one part whose member is a promise, stays open.
      'bag.run(): open',
      'either.run(): open',
    ),
    answers(
      `interface Store { insert(row: string): Promise<void> | undefined; count(): number | Promise<number> }
class Queue { async push(job: string): Promise<void> {} size(): number { return 0; } }
export function fill(store: Store, rows: string[]) {
  const seen = new Map<string, number>();
  const queue = new Queue();
  for (const row of rows) {
    then(seen.set(row, 1)); then(queue.push(row)); then(queue.size()); then(store.insert(row)); then(store.count());
  }
}`,
      // A \`const\` made by \`new X()\`: X's members (\`Map.set(): this\`).
      'seen.set(row, 1): never',
      'queue.push(row): thenable',
      'queue.size(): never',
      // A union with a promise is a thenable, as for the checker.
      'store.insert(row): thenable',
      'store.count(): thenable',
    ),
    answers(
      `import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
declare function inTransaction<R>(db: Knex, fn: (db: Knex) => R): Promise<R>;
declare function each(names: string[], fn: (name: string, index: number) => void): void;
declare function every<T>(items: T[], fn: (item: T) => void): void;
declare function twice(fn: (name: string) => void): void;
declare function twice(fn: (client: PoolClient) => void): void;
declare const knex: Knex;
inTransaction(knex, async (tx) => { db(tx); cls(tx); });
each([], (name, index) => { db(name); db(index); });
every([1], (item) => { db(item); });
twice((value) => { db(value); });`,
      // An unannotated callback parameter: the type the callee declares for it.
      'tx: open',
      'tx: knex.Knex',
      'name: outside',
      'index: outside',
      // A type parameter of the callee, or overloads: open.
      'item: open',
      'value: open',
    ),
    answers(
      `abstract class CrudStore<T, K = number> { protected rows: T[] = []; get(id: K): T | undefined { return undefined; } }
class UserStore extends CrudStore<{ id: number }> { count(): number { return 0; } }
class Client { $transaction(): void {} }
class Extended extends Client {}
class Injected { constructor(public readonly $transaction: () => void) {} }
interface Bag { [name: string]: unknown }
type Base = { $transaction(): void };
interface Aliased extends Base {}
export function check(a: UserStore, b: Client, c: Extended, d: Injected, e: Bag, f: Aliased) {
  lacks(a); lacks(b); lacks(c); lacks(d); lacks(e); lacks(f);
}`,
      // Classes and interfaces up their \`extends\` chains; members, parameter properties, index signatures.
      'a: absent',
      'b: open',
      'c: open',
      'd: open',
      'e: open',
      // A base that is a type alias is not followed.
      'f: open',
    ),
    answers(
      `import type { Knex } from 'knex';
import type { Pool, PoolClient } from 'pg';
type Db = Knex;
export async function run(a: Knex.Transaction, b: Db, c: Promise<PoolClient>, d: Pool | undefined, e: Knex | Knex.Transaction, f: string, g: { query(): void }) {
  cls(a); cls(b); cls(c); cls(d); cls(e); cls(f); cls(g);
}`,
      // The class an annotation names, through aliases, \`Promise\` and nullish unions; two classes stay open.
      'a: knex.Transaction',
      'b: knex.Knex',
      'c: pg.PoolClient',
      'd: pg.Pool',
      'e: open',
      'f: outside',
      'g: outside',
    ),
  ],
});
