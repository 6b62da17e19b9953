import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunction, type FunctionNode } from '../../analysis/ast.js';
import { hasComments } from '../../analysis/fix.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
/** The rewrite: the local variable's name and the fix that introduces it. */
export interface LocalVariableRewrite {
  readonly name: string;
  readonly fix: TSESLint.ReportFixFunction;
}
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Words that cannot name a `const`. */
const RESERVED: ReadonlySet<string> = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export extends ' +
    'false finally for function if implements import in instanceof interface let new null package private protected ' +
    'public return static super switch this throw true try typeof undefined var void while with yield'
  ).split(' '),
);

/**
 * `this.x = v; … this.x …` → `const x = v; … x …` (and `x = v` on a module
 * variable → `const x = v`) when every use of the field or variable is in the
 * same function, after this assignment: the one statement that writes it, at
 * the top level of that function's body. The field's own declaration (or the
 * module `let`) goes too. Null whenever anything else could see the value.
 */
export function localVariableRewrite(
  sourceCode: SourceCode,
  assignment: TSESTree.AssignmentExpression,
  kind: 'field' | 'module-variable',
): LocalVariableRewrite | null {
  const statement = assignment.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.range[0] !== assignment.range[0]) return null;
  const body = statement.parent;
  if (body.type !== AST_NODE_TYPES.BlockStatement || !isFunction(body.parent)) return null;
  const fn = body.parent;
  return kind === 'field' ? fieldSuggestion(sourceCode, assignment, statement, fn) : variableSuggestion(sourceCode, assignment, statement, fn);
}

function fieldSuggestion(
  sourceCode: SourceCode,
  assignment: TSESTree.AssignmentExpression,
  statement: TSESTree.ExpressionStatement,
  fn: FunctionNode,
): LocalVariableRewrite | null {
  const left = assignment.left;
  const method = fn.parent;
  if (
    left.type !== AST_NODE_TYPES.MemberExpression ||
    left.object.type !== AST_NODE_TYPES.ThisExpression ||
    left.computed ||
    method?.type !== AST_NODE_TYPES.MethodDefinition ||
    method.static
  ) {
    return null;
  }
  const key = left.property;
  if (key.type !== AST_NODE_TYPES.Identifier && key.type !== AST_NODE_TYPES.PrivateIdentifier) return null;
  const isPrivate = key.type === AST_NODE_TYPES.PrivateIdentifier;
  const name = key.name;
  const cls = method.parent.parent;
  // A base class or a subclass elsewhere could use the field.
  if (cls.superClass || !isFreeName(sourceCode, fn, statement, name)) return null;

  const members = classMembers(cls, name, isPrivate);
  if (!members) return null;
  const uses: TSESTree.MemberExpression[] = [];
  let external = false;
  visit(sourceCode, sourceCode.ast, (node) => {
    if (node.type === AST_NODE_TYPES.MemberExpression && node !== left) {
      if (node.property.type === AST_NODE_TYPES.PrivateIdentifier ? isPrivate && node.property.name === name : !isPrivate && accessesName(node, name)) {
        if (node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed && withinClass(node, cls)) uses.push(node);
        else external = true;
      }
      // `this[key]` could be any field.
      if (node.computed && node.object.type === AST_NODE_TYPES.ThisExpression && withinClass(node, cls) && node.property.type !== AST_NODE_TYPES.Literal) {
        external = true;
      }
    }
    // `const { client } = this`
    if (!isPrivate && node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern && ASTUtils.getPropertyName(node) === name) {
      external = true;
    }
  });
  if (external) return null;
  for (const use of uses) {
    if (use.range[0] < statement.range[1] || thisFunction(use) !== fn || isWritten(use)) return null;
  }
  const declaration = members.declaration;
  if (declaration && (cls.implements.length > 0 || hasComments(sourceCode, declaration))) return null;
  return {
    name,
    fix(fixer) {
      const fixes = [fixer.replaceText(left, `const ${name}`), ...uses.map((use) => fixer.replaceText(use, name))];
      if (declaration) fixes.push(fixer.removeRange(lineRange(sourceCode, declaration)));
      return fixes;
    },
  };
}

function variableSuggestion(
  sourceCode: SourceCode,
  assignment: TSESTree.AssignmentExpression,
  statement: TSESTree.ExpressionStatement,
  fn: FunctionNode,
): LocalVariableRewrite | null {
  const left = assignment.left;
  if (left.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(left), left);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return null;
  const declaration = definition.parent;
  if (
    declaration?.type !== AST_NODE_TYPES.VariableDeclaration ||
    declaration.kind === 'const' ||
    declaration.declarations.length !== 1 ||
    declaration.parent.type !== AST_NODE_TYPES.Program ||
    !isUnset(definition.node.init) ||
    hasComments(sourceCode, declaration)
  ) {
    return null;
  }
  const uses: TSESTree.Identifier[] = [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier;
    if (identifier === left) continue;
    if (
      identifier.type !== AST_NODE_TYPES.Identifier ||
      reference.isWrite() ||
      identifier.range[0] < statement.range[1] ||
      identifier.range[1] > fn.range[1]
    ) {
      return null;
    }
    uses.push(identifier);
  }
  return {
    name: left.name,
    fix(fixer) {
      return [fixer.replaceText(left, `const ${left.name}`), fixer.removeRange(lineRange(sourceCode, declaration))];
    },
  };
}

/** A field initial value nobody can observe once every read follows the assignment. */
function isUnset(init: TSESTree.Expression | null): boolean {
  if (!init) return true;
  return (
    (init.type === AST_NODE_TYPES.Literal && init.value === null) ||
    (init.type === AST_NODE_TYPES.Identifier && init.name === 'undefined')
  );
}

/** `name` can be declared in `fn` without capturing or shadowing anything it already refers to. */
function isFreeName(sourceCode: SourceCode, fn: FunctionNode, statement: TSESTree.Node, name: string): boolean {
  if (RESERVED.has(name) || !/^[A-Za-z_$][\w$]*$/u.test(name)) return false;
  const scope = sourceCode.getScope(statement);
  if (ASTUtils.findVariable(scope, name)) return false;
  const functionScope = sourceCode.getScope(fn);
  const declaredInside = (s: TSESLint.Scope.Scope): boolean =>
    s.set.has(name) || s.childScopes.some((child) => declaredInside(child));
  return !functionScope.through.some((reference) => reference.identifier.name === name) && !declaredInside(functionScope);
}

/**
 * The class's own declaration of the field (removed by the fix), or null when
 * the class has none. Undefined when the class declares it in a way the local
 * variable cannot replace: an initial value, decorators, an accessor, a parameter property.
 */
function classMembers(
  cls: ClassNode,
  name: string,
  isPrivate: boolean,
): { declaration: TSESTree.PropertyDefinition | null } | undefined {
  let declaration: TSESTree.PropertyDefinition | null = null;
  for (const member of cls.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      const property = member.value.params.some(
        (param) =>
          param.type === AST_NODE_TYPES.TSParameterProperty &&
          ((param.parameter.type === AST_NODE_TYPES.Identifier && param.parameter.name === name) ||
            (param.parameter.type === AST_NODE_TYPES.AssignmentPattern &&
              param.parameter.left.type === AST_NODE_TYPES.Identifier &&
              param.parameter.left.name === name)),
      );
      if (property && !isPrivate) return undefined;
      continue;
    }
    if (
      member.type !== AST_NODE_TYPES.PropertyDefinition &&
      member.type !== AST_NODE_TYPES.MethodDefinition &&
      member.type !== AST_NODE_TYPES.AccessorProperty &&
      member.type !== AST_NODE_TYPES.TSAbstractPropertyDefinition &&
      member.type !== AST_NODE_TYPES.TSAbstractMethodDefinition
    ) {
      continue;
    }
    if (member.computed || !keyIs(member.key, name, isPrivate)) continue;
    if (member.static && member.type === AST_NODE_TYPES.PropertyDefinition) continue;
    if (member.type !== AST_NODE_TYPES.PropertyDefinition || declaration) return undefined;
    if (member.decorators.length > 0 || !isUnset(member.value)) return undefined;
    declaration = member;
  }
  return { declaration };
}

function keyIs(key: TSESTree.Node, name: string, isPrivate: boolean): boolean {
  if (isPrivate) return key.type === AST_NODE_TYPES.PrivateIdentifier && key.name === name;
  return (key.type === AST_NODE_TYPES.Identifier && key.name === name) || (key.type === AST_NODE_TYPES.Literal && key.value === name);
}

function accessesName(member: TSESTree.MemberExpression, name: string): boolean {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier && member.property.name === name;
  return member.property.type === AST_NODE_TYPES.Literal && member.property.value === name;
}

function withinClass(node: TSESTree.Node, cls: ClassNode): boolean {
  return cls.body.range[0] <= node.range[0] && node.range[1] <= cls.body.range[1];
}

/** The function that binds `this` where `node` is (arrow functions do not). */
function thisFunction(node: TSESTree.Node): TSESTree.Node | null {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunction(parent) && parent.type !== AST_NODE_TYPES.ArrowFunctionExpression) return parent;
    if (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.StaticBlock) return parent;
  }
  return null;
}

/** The target of an assignment, update, `delete` or destructuring. */
function isWritten(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSNonNullExpression || current.parent.type === AST_NODE_TYPES.TSAsExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === current;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === current;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.RestElement:
    case AST_NODE_TYPES.Property:
      return true;
    default:
      return false;
  }
}

/** The range of a node together with its line, when nothing else is on that line. */
function lineRange(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Range {
  const text = sourceCode.text;
  let start = node.range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
  let end = node.range[1];
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end += 1;
  const lineStart = start === 0 || text[start - 1] === '\n';
  if (lineStart && text[end] === '\n') return [start, end + 1];
  if (lineStart && text.startsWith('\r\n', end)) return [start, end + 2];
  return node.range;
}

function visit(sourceCode: SourceCode, node: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  callback(node);
  const keys = (sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>)[node.type] ?? [];
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
      if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') {
        visit(sourceCode, item as TSESTree.Node, callback);
      }
    }
  }
}
