import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { childNodes, contains, staticPropertyName, type FunctionNode } from '../../analysis/ast.js';
import { hasComments, lineIndent } from '../../analysis/fix.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The lazy getter for a property: its name and the fix that writes it. */
export interface LazyGetter {
  readonly property: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/** What the constructor or field computes eagerly: `this.<name> = <value>` or `<name> = <value>`. */
interface EagerValue {
  readonly name: string;
  readonly value: TSESTree.Expression;
  readonly classNode: ClassNode;
  /** The statement (`this.x = …;`) or field that computes it. */
  readonly holder: TSESTree.ExpressionStatement | TSESTree.PropertyDefinition;
  /** The field that declares it, if any (the holder itself for a field initializer). */
  readonly declaration: TSESTree.PropertyDefinition | null;
  /** The function whose own variables the value must not use (the constructor), if any. */
  readonly constructorFn: FunctionNode | null;
}

/**
 * Lazy initialization as a suggestion: the value moves from the constructor
 * (or a field initializer) into a getter that computes it on first access and
 * caches it in a private field.
 *
 * ```ts
 * config: Config;                                        #config?: Config;
 * constructor() {                                        constructor() {}
 *   this.config = JSON.parse(readFileSync(p, 'utf8'));   get config(): Config {
 * }                                                        return (this.#config ??= JSON.parse(readFileSync(p, 'utf8')));
 *                                                        }
 * ```
 *
 * Offered only when the rewrite keeps the program's meaning apart from
 * *when* the value is computed: the value uses no constructor parameter or
 * local, no `this`, `super` or `arguments`; nothing else in the class writes
 * the property; the class extends nothing (a base class could write it); no
 * other member has the name; and in TypeScript the property has a declared
 * type (the getter and the private field need it).
 */
export function lazyGetter(
  context: AnyContext,
  node: TSESTree.Node,
  constructorFn: FunctionNode | null,
): LazyGetter | null {
  const eager = constructorFn ? constructorAssignment(node, constructorFn) : fieldInitializer(node);
  if (!eager || !isSafe(context, eager)) return null;
  const sourceCode = context.sourceCode;
  const isTypeScript = /\.[cm]?tsx?$/u.test(context.filename);
  const typeAnnotation = eager.declaration?.typeAnnotation;
  if (isTypeScript && !typeAnnotation) return null;
  const type = typeAnnotation ? sourceCode.getText(typeAnnotation.typeAnnotation) : null;
  const indent = lineIndent(sourceCode, constructorFn ? constructorFn.parent : eager.holder);
  const access = eager.declaration?.accessibility ? `${eager.declaration.accessibility} ` : '';
  const field = type ? `#${eager.name}?: ${type};` : `#${eager.name};`;
  const getter = [
    `${access}get ${eager.name}()${type ? `: ${type}` : ''} {`,
    `${indent}  return (this.#${eager.name} ??= ${sourceCode.getText(eager.value)});`,
    `${indent}}`,
  ].join('\n');

  return {
    property: eager.name,
    fix(fixer) {
      if (!constructorFn) {
        return fixer.replaceText(eager.holder, `${field}\n${indent}${getter}`);
      }
      const method = constructorFn.parent;
      const fixes: TSESLint.RuleFix[] = [];
      if (eager.declaration) fixes.push(fixer.replaceText(eager.declaration, field));
      const added = eager.declaration ? getter : `${field}\n${indent}${getter}`;
      const body = constructorFn.body;
      const alone = body.type === AST_NODE_TYPES.BlockStatement && body.body.length === 1 && !hasComments(sourceCode, body);
      if (alone && isRemovable(constructorFn)) {
        // The constructor did nothing else: the getter takes its place.
        fixes.push(fixer.replaceText(method, added));
      } else {
        fixes.push(alone ? fixer.replaceText(body, '{}') : removeStatement(fixer, sourceCode, eager.holder));
        fixes.push(fixer.insertTextAfter(method, `\n\n${indent}${added}`));
      }
      return fixes;
    },
  };
}

/** `this.<name> = <value>;` as a statement of the constructor's body, with `node` inside the value. */
function constructorAssignment(node: TSESTree.Node, constructorFn: FunctionNode): EagerValue | null {
  const body = constructorFn.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const statement = body.body.find((candidate) => contains(candidate, node));
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const assignment = statement.expression;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return null;
  const left = assignment.left;
  if (
    left.type !== AST_NODE_TYPES.MemberExpression ||
    left.object.type !== AST_NODE_TYPES.ThisExpression ||
    left.computed ||
    left.property.type !== AST_NODE_TYPES.Identifier ||
    !contains(assignment.right, node)
  ) {
    return null;
  }
  const method = constructorFn.parent;
  if (method.type !== AST_NODE_TYPES.MethodDefinition) return null;
  const classNode = method.parent.parent;
  const name = left.property.name;
  const declarations = members(classNode, name);
  if (declarations.some((member) => member.type !== AST_NODE_TYPES.PropertyDefinition || member.value !== null)) return null;
  if (declarations.length > 1) return null;
  const declaration = (declarations[0] as TSESTree.PropertyDefinition | undefined) ?? null;
  return { name, value: assignment.right, classNode, holder: statement, declaration, constructorFn };
}

/** An instance field `<name> = <value>` whose value contains `node`. */
function fieldInitializer(node: TSESTree.Node): EagerValue | null {
  let field: TSESTree.Node | undefined = node.parent;
  while (field && field.type !== AST_NODE_TYPES.PropertyDefinition) field = field.parent;
  if (field?.type !== AST_NODE_TYPES.PropertyDefinition || !field.value || field.computed) return null;
  if (field.key.type !== AST_NODE_TYPES.Identifier || !contains(field.value, node)) return null;
  const classNode = field.parent.parent;
  if (members(classNode, field.key.name).length !== 1) return null;
  return {
    name: field.key.name,
    value: field.value,
    classNode,
    holder: field,
    declaration: field,
    constructorFn: null,
  };
}

/** The non-static members of a class named `name`, and constructor parameter properties of that name. */
function members(classNode: ClassNode, name: string): TSESTree.ClassElement[] {
  const found: TSESTree.ClassElement[] = [];
  for (const member of classNode.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      const parameterProperty = member.value.params.some(
        (param) =>
          param.type === AST_NODE_TYPES.TSParameterProperty &&
          param.parameter.type === AST_NODE_TYPES.Identifier &&
          param.parameter.name === name,
      );
      if (parameterProperty) found.push(member);
      continue;
    }
    if (member.type === AST_NODE_TYPES.StaticBlock || member.type === AST_NODE_TYPES.TSIndexSignature) continue;
    if (!member.static && !member.computed && keyName(member.key) === name) found.push(member);
  }
  return found;
}

function keyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;
}

function isSafe(context: AnyContext, eager: EagerValue): boolean {
  const sourceCode = context.sourceCode;
  const { classNode, declaration, holder, name, value } = eager;
  if (classNode.superClass || hasComments(sourceCode, holder)) return false;
  if (sourceCode.getText(classNode.body).includes(`#${name}`)) return false;
  if (declaration) {
    const { decorators, declare, optional, override, type } = declaration;
    if (decorators.length > 0 || declare || optional || override || type !== AST_NODE_TYPES.PropertyDefinition) return false;
  }
  return usesOnlyOuterBindings(context, value, eager.constructorFn) && !writtenElsewhere(context, classNode, name, holder);
}

/** The value reads nothing from the construction: no `this`, `super`, `arguments`, and no binding of the constructor. */
function usesOnlyOuterBindings(context: AnyContext, value: TSESTree.Expression, constructorFn: FunctionNode | null): boolean {
  const sourceCode = context.sourceCode;
  let safe = true;
  const visit = (node: TSESTree.Node): void => {
    if (!safe) return;
    if (
      node.type === AST_NODE_TYPES.ThisExpression ||
      node.type === AST_NODE_TYPES.Super ||
      (node.type === AST_NODE_TYPES.MetaProperty && node.meta.name === 'new') ||
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression
    ) {
      safe = false;
      return;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const reference = sourceCode.getScope(node).references.find((candidate) => candidate.identifier === node);
      // A binding of the constructor (a parameter, a local, its `arguments`) is not there when the getter runs.
      const definedAt = reference?.resolved?.scope.block;
      if (definedAt && constructorFn && contains(constructorFn, definedAt) && !contains(value, definedAt)) safe = false;
    }
    for (const child of childNodes(context.sourceCode, node)) visit(child);
  };
  visit(value);
  return safe;
}

/** Whether code of the class other than `holder` assigns, updates or deletes `this.<name>`. */
function writtenElsewhere(context: AnyContext, classNode: ClassNode, name: string, holder: TSESTree.Node): boolean {
  let written = false;
  const visit = (node: TSESTree.Node): void => {
    if (written || node === holder) return;
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      staticPropertyName(node) === name &&
      isWriteTarget(node)
    ) {
      written = true;
      return;
    }
    for (const child of childNodes(context.sourceCode, node)) visit(child);
  };
  visit(classNode.body);
  return written;
}

function isWriteTarget(node: TSESTree.MemberExpression): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
    case AST_NODE_TYPES.AssignmentPattern:
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    default:
      return false;
  }
}

/**
 * A constructor that can go once its only statement has moved: no parameters
 * and no modifier (a `private` constructor forbids `new` from outside).
 */
function isRemovable(constructorFn: FunctionNode): boolean {
  const method = constructorFn.parent;
  return (
    method.type === AST_NODE_TYPES.MethodDefinition &&
    method.accessibility === undefined &&
    method.decorators.length === 0 &&
    constructorFn.params.length === 0
  );
}

/** Removes a statement, with its line when it stands alone on it. */
function removeStatement(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): TSESLint.RuleFix {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.range[1]);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const alone = text.slice(lineStart, statement.range[0]).trim() === '' && text.slice(statement.range[1], end).trim() === '';
  return alone && lineEnd !== -1 ? fixer.removeRange([lineStart, lineEnd + 1]) : fixer.remove(statement);
}
