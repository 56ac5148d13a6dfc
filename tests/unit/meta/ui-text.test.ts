import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// UI text lives in content/messages/ (bokmål, nynorsk, English). This test reads the UI's source and
// fails on text written straight into it: JSX text, text attributes, and string literals that read as
// words for a person. A literal that is not UI text (a CSS selector, a key) may carry `ui-text-ok` in a
// comment on its line, with the reason.

const UI_FILES = [
  ...readdirSync('components')
    .filter((name) => /\.tsx?$/.test(name) && name !== 'i18n.ts')
    .map((name) => join('components', name)),
  'entrypoints/sidepanel/App.tsx',
  'entrypoints/sidepanel/PendingQuestion.tsx',
  'entrypoints/sidepanel/panel-model.ts',
  'entrypoints/sidepanel/main.tsx',
  'entrypoints/print/main.tsx',
  'entrypoints/welcome/main.ts',
];

const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Attributes whose value is code, not text. */
const CODE_ATTRIBUTES =
  /^(class|className|id|type|name|role|for|htmlFor|key|value|lang|rel|target|href|src|inputMode|autocomplete|accept|method|dir|fill|fill-rule|clip-rule|viewBox|d|width|height|focusable|data-.*|aria-(live|controls|describedby|labelledby|current|hidden|expanded|pressed|checked|invalid|required|haspopup|atomic|relevant))$/;

/** Calls whose string arguments are selectors, keys or developer messages. */
const CODE_CALLS =
  /^(querySelector|querySelectorAll|closest|matches|getElementById|t|tCount|addEventListener|removeEventListener|getAttribute|setAttribute|hasAttribute|createElement|startsWith|endsWith|includes|split|join|replace|test|Error|RangeError|TypeError|import|get|set|has|delete|download|openPage|matchMedia)$/;

const WORDS = /\p{L}{2,}\s+\p{L}{2,}/u;
const NORWEGIAN_LETTER = /[æøåÆØÅ]/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+/u;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  return '';
}

/** Why a literal is code, or null when it may be UI text. */
function isCode(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    if (ts.isTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
    if (ts.isJsxAttribute(parent)) {
      const name = parent.name.getText();
      return CODE_ATTRIBUTES.test(name);
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && child !== parent.expression) {
      if (CODE_CALLS.test(calleeName(parent))) return true;
    }
    if (ts.isPropertyAssignment(parent) && parent.name === child) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return true;
    if (ts.isCaseClause(parent)) return true;
    if (ts.isBinaryExpression(parent)) {
      const kind = parent.operatorToken.kind;
      if (
        kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        kind === ts.SyntaxKind.InKeyword
      )
        return true;
    }
    if (ts.isStatement(parent)) return false;
  }
  return false;
}

function insideJsxExpression(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isJsxExpression(parent)) return true;
    if (
      !ts.isConditionalExpression(parent) &&
      !ts.isBinaryExpression(parent) &&
      !ts.isParenthesizedExpression(parent) &&
      !ts.isTemplateSpan(parent) &&
      !ts.isTemplateExpression(parent)
    )
      return false;
  }
  return false;
}

function looksLikeText(text: string, node: ts.Node): boolean {
  if (!/\p{L}/u.test(text)) return false;
  if (NORWEGIAN_LETTER.test(text) || WORDS.test(text) || CAPITALISED_WORD.test(text.trim())) return true;
  return insideJsxExpression(node) && /\p{L}{2,}/u.test(text);
}

/** Text written straight into one UI source file. */
function hardCodedText(file: string, source: string): Finding[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split('\n');
  const findings: Finding[] = [];
  /** A `ui-text-ok` comment on the literal's line, the line above, or before its whole statement. */
  const allowed = (node: ts.Node, line: number): boolean => {
    if (/ui-text-ok/.test(lines[line] ?? '') || /ui-text-ok/.test(lines[line - 1] ?? '')) return true;
    let statement: ts.Node | undefined = node;
    while (statement && !ts.isStatement(statement) && !ts.isVariableStatement(statement)) statement = statement.parent;
    if (!statement) return false;
    const comments = ts.getLeadingCommentRanges(source, statement.getFullStart()) ?? [];
    return comments.some((range) => /ui-text-ok/.test(source.slice(range.pos, range.end)));
  };
  const report = (node: ts.Node, text: string) => {
    const line = tree.getLineAndCharacterOfPosition(node.getStart()).line;
    if (allowed(node, line)) return;
    findings.push({ file, line: line + 1, text: text.trim().slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      const value = node.initializer.text;
      const onComponent = /^[A-Z]/.test((node.parent.parent as ts.JsxOpeningLikeElement).tagName.getText());
      if (TEXT_ATTRIBUTES.has(name) && /\p{L}/u.test(value)) report(node, value);
      else if (onComponent && !CODE_ATTRIBUTES.test(name) && looksLikeText(value, node)) report(node, value);
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCode(node) && looksLikeText(node.text, node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (!isCode(node) && looksLikeText(text, node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return findings;
}

describe('UI text comes from the message catalogues', () => {
  for (const file of UI_FILES) {
    it(`${file} has no hard-coded UI text`, () => {
      const findings = hardCodedText(file, readFileSync(file, 'utf8'));
      expect(
        findings.map((finding) => `${finding.file}:${finding.line} «${finding.text}» → move it to content/messages/`),
      ).toEqual([]);
    });
  }

  it('catches text in JSX, in text attributes and in string literals (canary)', () => {
    const source = [
      'const LABELS = { pending: "Lagrer …" };',
      'export function A() {',
      '  const note = flag ? "Ikke lagret ennå" : "";',
      '  return <div class="button button--secondary" aria-label="Sak">Ny sak {flag ? "Fjern" : null}',
      '    <Confirmation confirmLabel="Ja, slett" />',
      '    {document.querySelector(".item input")}',
      '    {t("case.new")} {event.key === "Escape"}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the canary is source text with a template in it
      '    <p title="x">{`${count} tegn for mye`}</p></div>;',
      '}',
    ].join('\n');
    const texts = hardCodedText('canary.tsx', source).map((finding) => finding.text);
    expect(texts).toEqual(['Lagrer …', 'Ikke lagret ennå', 'Sak', 'Ny sak', 'Fjern', 'Ja, slett', 'x', 'tegn for mye']);
  });
});
