import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { isSameValue } from '../../src/analysis/same-value.js';
import { untypedRuleTester } from '../rule-tester.js';

/**
 * Probe: `same(a, b)` compares its two arguments; `first(a)` … `then(b)`
 * compares `b` with the argument of the nearest `first(…)` before it, so that
 * code can run in between. Each comparison reports `<a> ~ <b>: same|different`.
 * isSameValue is syntactic: no type information is involved.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { verdict: '{{text}}' },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    let last: TSESTree.Node | null = null;

    function compare(node: TSESTree.Node, a: TSESTree.Node, b: TSESTree.Node): void {
      const verdict = isSameValue(a, b, sourceCode) ? 'same' : 'different';
      context.report({
        node,
        messageId: 'verdict',
        data: { text: `${sourceCode.getText(a)} ~ ${sourceCode.getText(b)}: ${verdict}` },
      });
    }

    return {
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier) return;
        const [a, b] = node.arguments;
        if (node.callee.name === 'same' && a && b) compare(node, a, b);
        if (node.callee.name === 'first' && a) last = a;
        if (node.callee.name === 'then' && a && last) compare(node, last, a);
      },
    };
  },
});

type Case = InvalidTestCase<'verdict', []>;

function verdicts(code: string, ...texts: string[]): Case {
  return { code, errors: texts.map((text) => ({ messageId: 'verdict' as const, data: { text } })) };
}

untypedRuleTester().run('isSameValue', probe, {
  valid: [],
  invalid: [
    // Bindings and writes between the two uses
    verdicts(
      `export function f(p: string) {
  first(p);
  log(p);
  then(p);
}`,
      'p ~ p: same',
    ),
    verdicts(
      `export function f(p: string, q: string) {
  first(p);
  p = q;
  then(p);
}`,
      'p ~ p: different',
    ),
    verdicts(
      `export function f(p: string, q: string) {
  p = q;
  first(p);
  then(p);
  p = 'other';
}`,
      'p ~ p: same',
    ),
    verdicts(
      `export function f(p: string, q: string[]) {
  first(p);
  p += '.tmp';
  then(p);
  first(p);
  [p] = q;
  then(p);
  first(p);
  ({ p } = { p: 'x' });
  then(p);
}`,
      'p ~ p: different',
      'p ~ p: different',
      'p ~ p: different',
    ),
    verdicts(
      `export function f(n: number) {
  first(n);
  n++;
  then(n);
}`,
      'n ~ n: different',
    ),
    verdicts(
      `export function f(p: string) {
  first(p);
  const reset = () => {
    p = 'other';
  };
  then(p);
}`,
      // A write anywhere in between counts, even in a function that may never run.
      'p ~ p: different',
    ),
    verdicts(
      `export function f(p: string | undefined) {
  same(p as string, p!);
  same((p), p satisfies string | undefined);
}`,
      'p as string ~ p!: same',
      'p ~ p satisfies string | undefined: same',
    ),
    verdicts(
      `same(undeclared, undeclared);
same(undeclared, other);`,
      // Unresolved globals match by name.
      'undeclared ~ undeclared: same',
      'undeclared ~ other: different',
    ),

    // Different variables with the same name
    verdicts(
      `function a(p: string) {
  first(p);
}
function b(p: string) {
  then(p);
}`,
      'p ~ p: different',
    ),
    verdicts(
      `export function f(p: string, q: string) {
  first(p);
  {
    const p = q + '.bak';
    then(p);
  }
  for (const p of [q]) then(p);
}`,
      'p ~ p: different',
      'p ~ p: different',
    ),

    // Access paths
    verdicts(
      `class Store {
  cfg = { dir: '/tmp', other: '/var' };
  run(that: Store) {
    same(this.cfg.dir, this.cfg.dir);
    same(this.cfg.dir, this.cfg.other);
    same(this.cfg.dir, that.cfg.dir);
    same(this.cfg.dir, this.cfg['dir']);
    same(this.cfg?.dir, this.cfg.dir);
    same(this.cfg, this);
  }
}`,
      'this.cfg.dir ~ this.cfg.dir: same',
      'this.cfg.dir ~ this.cfg.other: different',
      'this.cfg.dir ~ that.cfg.dir: different',
      "this.cfg.dir ~ this.cfg['dir']: same",
      'this.cfg?.dir ~ this.cfg.dir: same',
      'this.cfg ~ this: different',
    ),
    verdicts(
      `export function f(map: Record<string, string>, k: string, j: string) {
  same(map[k], map[k]);
  same(map[k], map[j]);
  same(map[k + '.json'], map[k + '.json']);
  same(map[k + '.json'], map[k + '.yaml']);
}`,
      'map[k] ~ map[k]: same',
      'map[k] ~ map[j]: different',
      "map[k + '.json'] ~ map[k + '.json']: same",
      "map[k + '.json'] ~ map[k + '.yaml']: different",
    ),
    verdicts(
      `class Store {
  dir = '/tmp';
  save() {
    first(this.dir);
    const later = () => then(this.dir);
    const nested = () => () => then(this.dir);
    function plain() {
      then(this.dir);
    }
    const expression = function () {
      then(this.dir);
    };
  }
}`,
      // An arrow function sees the method's \`this\`; a function has its own.
      'this.dir ~ this.dir: same',
      'this.dir ~ this.dir: same',
      'this.dir ~ this.dir: different',
      'this.dir ~ this.dir: different',
    ),
    verdicts(
      `class A {
  dir = 'a';
  save() {
    first(this.dir);
  }
}
class B {
  dir = 'a';
  save() {
    then(this.dir);
  }
}`,
      'this.dir ~ this.dir: different',
    ),

    verdicts(
      `class A {
  dir = '/a';
  file = first(this.dir);
  copy = then(this.dir);
  static {
    then(this.dir);
  }
}
class B {
  dir = '/b';
  file = then(this.dir);
}
then(this.dir);`,
      // Field initializers of one class share its instance; another class, a static block or the module do not.
      'this.dir ~ this.dir: same',
      'this.dir ~ this.dir: different',
      'this.dir ~ this.dir: different',
      'this.dir ~ this.dir: different',
    ),

    // Constant strings
    verdicts(
      `const DIR = '/var/data';
const SAME = '/var/data';
const FILE = \`\${DIR}/state.json\`;
same(DIR, SAME);
same(DIR, '/var/data');
same('/var/data', "/var/data");
same(DIR, '/var/other');
same(FILE, '/var/data/state.json');
same(FILE, DIR + '/state.json');
same(\`/var/data\`, DIR);`,
      'DIR ~ SAME: same',
      "DIR ~ '/var/data': same",
      '\'/var/data\' ~ "/var/data": same',
      "DIR ~ '/var/other': different",
      "FILE ~ '/var/data/state.json': same",
      // Concatenation is compared by structure only: a binary expression is no identifier.
      "FILE ~ DIR + '/state.json': different",
      '`/var/data` ~ DIR: same',
    ),
    verdicts(
      `let dir = '/var/data';
same(dir, '/var/data');
dir = '/tmp';`,
      // A reassigned \`let\` has no static value.
      "dir ~ '/var/data': different",
    ),
    verdicts(
      `same(1, 1);
same(1, 2);
same(null, null);
same({}, {});
same([], []);`,
      '1 ~ 1: same',
      '1 ~ 2: different',
      'null ~ null: same',
      '{} ~ {}: different',
      '[] ~ []: different',
    ),

    // Template literals
    verdicts(
      `export function f(dir: string, name: string) {
  same(\`\${dir}/\${name}.json\`, \`\${dir}/\${name}.json\`);
  same(\`\${dir}/\${name}.json\`, \`\${dir}/\${name}.yaml\`);
  same(\`\${dir}/\${name}\`, \`\${name}/\${dir}\`);
  same(\`\${dir}/a\`, dir + '/a');
}`,
      '`${dir}/${name}.json` ~ `${dir}/${name}.json`: same',
      '`${dir}/${name}.json` ~ `${dir}/${name}.yaml`: different',
      '`${dir}/${name}` ~ `${name}/${dir}`: different',
      "`${dir}/a` ~ dir + '/a': different",
    ),
    verdicts(
      `export function f(dir: string, name: string) {
  first(\`\${dir}/\${name}\`);
  name = name.trim();
  then(\`\${dir}/\${name}\`);
}`,
      '`${dir}/${name}` ~ `${dir}/${name}`: different',
    ),

    // Calls
    verdicts(
      `import path from 'node:path';
export function f(dir: string, a: string, b: string) {
  same(path.join(dir, a), path.join(dir, a));
  same(path.join(dir, a), path.join(dir, b));
  same(path.join(dir, a), path.resolve(dir, a));
  same(path.join(dir, a), path.join(dir, a, 'x'));
  same(path.join(dir, \`\${a}.tmp\`), path.join(dir, \`\${a}.tmp\`));
}`,
      'path.join(dir, a) ~ path.join(dir, a): same',
      'path.join(dir, a) ~ path.join(dir, b): different',
      'path.join(dir, a) ~ path.resolve(dir, a): different',
      "path.join(dir, a) ~ path.join(dir, a, 'x'): different",
      'path.join(dir, `${a}.tmp`) ~ path.join(dir, `${a}.tmp`): same',
    ),
    verdicts(
      `class Cache {
  file(key: string) {
    return '/tmp/' + key;
  }
  put(key: string, other: string, that: Cache) {
    same(this.file(key), this.file(key));
    same(this.file(key), this.file(other));
    same(this.file(key), that.file(key));
    first(this.file(key));
    key = key.toLowerCase();
    then(this.file(key));
  }
}`,
      'this.file(key) ~ this.file(key): same',
      'this.file(key) ~ this.file(other): different',
      'this.file(key) ~ that.file(key): different',
      'this.file(key) ~ this.file(key): different',
    ),
    verdicts(
      `import { randomUUID } from 'node:crypto';
import * as crypto from 'node:crypto';
export function f(dir: string) {
  same(randomUUID(), randomUUID());
  same(crypto.randomUUID(), crypto.randomUUID());
  same(\`\${dir}/\${randomUUID()}\`, \`\${dir}/\${randomUUID()}\`);
  same(Date.now(), Date.now());
  same(Math.random(), Math.random());
  same(nanoid(), nanoid());
  same(makeId(), makeId());
}`,
      'randomUUID() ~ randomUUID(): different',
      'crypto.randomUUID() ~ crypto.randomUUID(): different',
      '`${dir}/${randomUUID()}` ~ `${dir}/${randomUUID()}`: different',
      'Date.now() ~ Date.now(): different',
      'Math.random() ~ Math.random(): different',
      'nanoid() ~ nanoid(): different',
      // A call the catalog does not know is assumed deterministic.
      'makeId() ~ makeId(): same',
    ),

    // Known limitations (documented, not endorsed): writes the window cannot see.
    verdicts(
      `export function f(p: string) {
  const reset = () => {
    p = 'other';
  };
  first(p);
  reset();
  then(p);
}`,
      // The write runs between the two uses, but lies outside the text between them.
      'p ~ p: same',
    ),
    verdicts(
      `export function f(cfg: { dir: string }) {
  first(cfg.dir);
  cfg.dir = '/tmp';
  then(cfg.dir);
}`,
      // A property assignment is not a write of the binding \`cfg\`.
      'cfg.dir ~ cfg.dir: same',
    ),
    // A variable that holds the other side's expression
    verdicts(
      `export class Store {
  filePath(key: string) { return key; }
  async put(key: string) {
    const filePath = this.filePath(key);
    first(this.filePath(key));
    then(filePath);
    same(filePath, this.filePath(key));
  }
}`,
      'this.filePath(key) ~ filePath: same',
      'filePath ~ this.filePath(key): same',
    ),
    verdicts(
      `export function f(dir: string, name: string) {
  let target;
  target = join(dir, name);
  same(join(dir, name), target);
}`,
      // Assigned once, before the use.
      'join(dir, name) ~ target: same',
    ),
    verdicts(
      `export function f(dir: string, key: string) {
  const target = join(dir, key);
  key = key + '.bak';
  same(target, join(dir, key));
}`,
      // \`key\` changed after the variable took its value.
      'target ~ join(dir, key): different',
    ),
    verdicts(
      `export function f(dir: string, key: string) {
  first(join(dir, key));
  key = key.trim();
  const target = join(dir, key);
  then(target);
}`,
      // \`key\` changed between the first expression and the variable's value.
      'join(dir, key) ~ target: different',
    ),
    verdicts(
      `export function f(dir: string) {
  let target = join(dir, 'a');
  target = join(dir, 'b');
  same(join(dir, 'a'), target);
}`,
      // Written twice: no one value.
      "join(dir, 'a') ~ target: different",
    ),
    verdicts(
      `export function f() {
  const id = randomUUID();
  same(id, randomUUID());
}`,
      // A fresh value each call.
      'id ~ randomUUID(): different',
    ),
  ],
});
