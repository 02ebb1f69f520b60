/**
 * Finds the regular expressions in TypeScript source with the compiler API: regex literals, and
 * `new RegExp(...)` / `RegExp(...)` calls. A call whose pattern (and flags) are constant text — a
 * string literal, a template without substitutions, or String.raw`…` without substitutions — is
 * read as it is; any other call is built at run time and is returned as dynamic, for the test
 * to evaluate by other means.
 */
import ts from 'typescript';

export interface FoundRegex {
  /** "src/x.ts:12" */
  where: string;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  where: string;
  /** The call as written, to tell which one it is. */
  call: string;
}

/** The value of a constant text expression, or null when it is computed. */
function constantText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === 'String.raw' &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  ) {
    return node.template.rawText ?? null;
  }
  if (ts.isParenthesizedExpression(node)) return constantText(node.expression);
  return null;
}

function isRegExpConstructor(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
}

export function findRegexes(file: string, text: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const where = (node: ts.Node) => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if (isRegExpConstructor(node)) {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern ? constantText(pattern) : '';
      const flagText = flags ? constantText(flags) : '';
      if (source !== null && flagText !== null) found.push({ where: where(node), source, flags: flagText });
      else dynamic.push({ where: where(node), call: node.getText(sourceFile) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}
