/**
 * Reads a formula's text into a `Formula`, by recursive descent. Never throws on the officer's
 * text: every problem comes back as an error with its column.
 *
 * From loosest to tightest binding:
 *   or  ·  and  ·  not  ·  < <= > >= == != (no chaining)  ·  + -  ·  * /  ·  unary -  ·  atoms
 * Binary operators group from the left: A - B - C is (A - B) - C.
 */
import {
  type ArithmeticOperator,
  type ComparisonOperator,
  type Formula,
  type FormulaError,
  type Span,
  typeOf,
} from './ast.js';
import { buildCall, isFunctionName, needCondition, needNumber } from './calls.js';
import { tokenize, type SymbolText, type Token } from './tokens.js';

export type ParseResult = { ok: true; formula: Formula } | { ok: false; errors: FormulaError[] };

/** Far beyond any real measure's formula; keeps the parser's own recursion safe. */
export const MAX_FORMULA_LENGTH = 4000;
const MAX_NESTING = 60;

const COMPARISONS: readonly SymbolText[] = ['<', '<=', '>', '>=', '==', '!='];
const KEYWORDS = ['and', 'or', 'not'];
const START_OF_VALUE = "a number, a measure code or '('";

/** Stops the descent at the first syntax error; caught in `parseFormula`, never escapes. */
class SyntaxStop {
  constructor(readonly error: FormulaError) {}
}

export function parseFormula(text: string): ParseResult {
  if (text.length > MAX_FORMULA_LENGTH) {
    return {
      ok: false,
      errors: [
        {
          position: MAX_FORMULA_LENGTH + 1,
          length: text.length - MAX_FORMULA_LENGTH,
          message: `The formula is ${text.length} characters long; the most allowed is ${MAX_FORMULA_LENGTH}`,
        },
      ],
    };
  }
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const parser = new Parser(tokenized.tokens);
  try {
    const formula = parser.parseWhole();
    return parser.errors.length > 0 ? { ok: false, errors: inOrder(parser.errors) } : { ok: true, formula };
  } catch (stop) {
    if (!(stop instanceof SyntaxStop)) throw stop;
    return { ok: false, errors: inOrder([...parser.errors, stop.error]) };
  }
}

const inOrder = (errors: FormulaError[]): FormulaError[] =>
  [...errors].sort((a, b) => a.position - b.position);

/** A token's place in the text, as a span. */
const at = (token: Token): Span => ({ position: token.position, length: token.text.length });

const spanOf = (first: Span, last: Span): Span => ({
  position: first.position,
  length: last.position + last.length - first.position,
});

function describeToken(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'end of the formula';
    case 'number':
      return `number ${token.text}`;
    case 'bracketed':
      return `measure code ${token.text}`;
    case 'word': {
      const lower = token.text.toLowerCase();
      return KEYWORDS.includes(lower) || isFunctionName(lower)
        ? `'${token.text}'`
        : `measure code '${token.text}'`;
    }
    case 'symbol':
      return `'${token.text}'`;
  }
}

class Parser {
  /** Problems of meaning (unknown functions, wrong kinds of value), collected as we go. */
  readonly errors: FormulaError[] = [];
  private index = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  parseWhole(): Formula {
    const formula = this.parseExpression();
    if (this.peek().type !== 'end') this.unexpected('an operator or the end of the formula');
    // Only when all else is well: a slip inside would otherwise be reported twice.
    if (this.errors.length === 0 && typeOf(formula) === 'condition') {
      this.errors.push({
        position: formula.position,
        length: formula.length,
        message: `The formula gives a condition (true or false), not a number: to turn it into a figure, use if(condition, value if true, value if false)`,
      });
    }
    return formula;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index++;
    return token;
  }

  private isSymbol(symbol: SymbolText, token = this.peek()): boolean {
    return token.type === 'symbol' && token.symbol === symbol;
  }

  private isWord(word: string, token = this.peek()): boolean {
    return token.type === 'word' && token.text.toLowerCase() === word;
  }

  private unexpected(expected: string): never {
    const token = this.peek();
    throw new SyntaxStop({
      position: token.position,
      length: token.text.length,
      message: `Unexpected ${describeToken(token)} at column ${token.position}: expected ${expected}`,
    });
  }

  private deeper<T>(read: () => T): T {
    if (++this.nesting > MAX_NESTING) {
      const token = this.peek();
      throw new SyntaxStop({
        position: token.position,
        length: token.text.length,
        message: `The formula is nested too deeply at column ${token.position}: at most ${MAX_NESTING} levels of brackets, functions or signs`,
      });
    }
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }

  private parseExpression(): Formula {
    return this.deeper(() => this.parseOr());
  }

  private parseOr(): Formula {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.next();
      const right = this.parseAnd();
      for (const side of [left, right]) needCondition(side, "'or'", this.errors);
      left = { kind: 'logic', operator: 'or', left, right, ...spanOf(left, right) };
    }
    return left;
  }

  private parseAnd(): Formula {
    let left = this.parseNot();
    while (this.isWord('and')) {
      this.next();
      const right = this.parseNot();
      for (const side of [left, right]) needCondition(side, "'and'", this.errors);
      left = { kind: 'logic', operator: 'and', left, right, ...spanOf(left, right) };
    }
    return left;
  }

  private parseNot(): Formula {
    if (!this.isWord('not')) return this.parseComparison();
    const keyword = this.next();
    const operand = this.deeper(() => this.parseNot());
    needCondition(operand, "'not'", this.errors);
    return { kind: 'not', operand, ...spanOf(at(keyword), operand) };
  }

  private parseComparison(): Formula {
    const left = this.parseAdditive();
    const token = this.peek();
    if (token.type !== 'symbol' || !COMPARISONS.includes(token.symbol)) return left;
    this.next();
    const right = this.parseAdditive();
    const operator = token.symbol as ComparisonOperator;
    for (const side of [left, right]) needNumber(side, `'${token.text}'`, this.errors);
    const after = this.peek();
    if (after.type === 'symbol' && COMPARISONS.includes(after.symbol)) {
      throw new SyntaxStop({
        position: after.position,
        length: after.text.length,
        message: `Unexpected '${after.text}' at column ${after.position}: comparisons cannot be chained; join them with 'and', e.g. A < B and B < C`,
      });
    }
    return { kind: 'comparison', operator, left, right, ...spanOf(left, right) };
  }

  private parseAdditive(): Formula {
    return this.parseBinaryArithmetic(['+', '-'], () => this.parseMultiplicative());
  }

  private parseMultiplicative(): Formula {
    return this.parseBinaryArithmetic(['*', '/'], () => this.parseUnary());
  }

  private parseBinaryArithmetic(operators: ArithmeticOperator[], operand: () => Formula): Formula {
    let left = operand();
    for (;;) {
      const token = this.peek();
      if (token.type !== 'symbol' || !(operators as string[]).includes(token.symbol)) return left;
      this.next();
      const right = operand();
      const operator = token.symbol as ArithmeticOperator;
      for (const side of [left, right]) needNumber(side, `'${operator}'`, this.errors);
      left = { kind: 'arithmetic', operator, left, right, ...spanOf(left, right) };
    }
  }

  private parseUnary(): Formula {
    if (!this.isSymbol('-')) return this.parseAtom();
    const sign = this.next();
    const operand = this.deeper(() => this.parseUnary());
    needNumber(operand, "'-'", this.errors);
    return { kind: 'negate', operand, ...spanOf(at(sign), operand) };
  }

  private parseAtom(): Formula {
    const token = this.peek();
    switch (token.type) {
      case 'number':
        this.next();
        return { kind: 'number', value: token.value, position: token.position, length: token.text.length };
      case 'bracketed':
        this.next();
        return this.reference(token.code, token);
      case 'word':
        if (KEYWORDS.includes(token.text.toLowerCase())) break;
        this.next();
        return this.isSymbol('(') ? this.parseCall(token) : this.reference(token.text, token);
      case 'symbol':
        if (token.symbol !== '(') break;
        return this.parseGroup();
      case 'end':
        break;
    }
    return this.unexpected(START_OF_VALUE);
  }

  private reference(code: string, token: Token): Formula {
    const span = { position: token.position, length: token.text.length };
    return {
      kind: 'reference',
      code,
      codePosition: span.position,
      codeLength: span.length,
      part: 'value',
      periodsBack: 0,
      yearsBack: 0,
      yearToDate: false,
      ...span,
    };
  }

  private parseGroup(): Formula {
    this.next();
    const inner = this.parseExpression();
    this.expect(')', `an operator or ')'`);
    return inner;
  }

  private parseCall(name: Token): Formula {
    this.next();
    const args: Formula[] = [];
    if (!this.isSymbol(')')) {
      for (;;) {
        args.push(this.parseExpression());
        if (!this.isSymbol(',')) break;
        this.next();
      }
    }
    const close = this.expect(')', `an operator, ',' or ')'`);
    return buildCall(name.text, args, spanOf(at(name), at(close)), this.errors);
  }

  private expect(symbol: SymbolText, expected: string): Token {
    if (!this.isSymbol(symbol)) this.unexpected(expected);
    return this.next();
  }
}
