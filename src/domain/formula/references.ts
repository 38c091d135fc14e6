/** Which measures a formula reads, and whether they exist. */
import type { Formula, FormulaError, ReferenceNode } from './ast.js';

/** Every measure reference in the formula, in reading order. */
export function referenceNodes(formula: Formula): ReferenceNode[] {
  const found: ReferenceNode[] = [];
  const visit = (node: Formula): void => {
    switch (node.kind) {
      case 'reference':
        found.push(node);
        return;
      case 'number':
        return;
      case 'negate':
      case 'not':
        visit(node.operand);
        return;
      case 'arithmetic':
      case 'comparison':
      case 'logic':
        visit(node.left);
        visit(node.right);
        return;
      case 'call':
        node.args.forEach(visit);
        return;
    }
  };
  visit(formula);
  return found;
}

/** The codes of the measures a formula uses, each once, in order of first use. */
export function formulaReferences(formula: Formula): string[] {
  return [...new Set(referenceNodes(formula).map((node) => node.code))];
}

/**
 * One error for each reference to a code that is not a known measure, with its column. Offers the
 * likely intended code where the case differs, or where `X.numerator` was meant as
 * `numerator(X)`.
 */
export function checkFormula(formula: Formula, knownCodes: Iterable<string>): FormulaError[] {
  const known = new Set(knownCodes);
  const byLowerCase = new Map<string, string>();
  for (const code of known) byLowerCase.set(code.toLowerCase(), code);
  return referenceNodes(formula)
    .filter((node) => !known.has(node.code))
    .map((node) => ({
      position: node.codePosition,
      length: node.codeLength,
      message: `Unknown measure '${node.code}' at column ${node.codePosition}${hint(node.code, known, byLowerCase)}`,
    }));
}

function hint(code: string, known: Set<string>, byLowerCase: Map<string, string>): string {
  const accessor = /^(.+)\.(numerator|denominator)$/i.exec(code);
  if (accessor && known.has(accessor[1]!)) {
    return `: to read its ${accessor[2]!.toLowerCase()}, write ${accessor[2]!.toLowerCase()}(${accessor[1]})`;
  }
  const sameLetters = byLowerCase.get(code.toLowerCase());
  return sameLetters ? `: did you mean '${sameLetters}'?` : '';
}
