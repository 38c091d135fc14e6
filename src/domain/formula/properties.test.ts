import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { period } from '../period.js';
import {
  COMPARISON_OPERATORS,
  type ArithmeticOperator,
  type FigurePart,
  type Formula,
  type FormulaError,
  type LogicOperator,
} from './ast.js';
import { evaluateFormula } from './evaluate.js';
import type { Figure, FormulaContext } from './figures.js';
import { formatFormula, sameFormula } from './format.js';
import { MAX_FORMULA_LENGTH, parseFormula } from './parse.js';

/** Spans do not take part in `sameFormula`; generated trees all carry this one. */
const SPAN = { position: 1, length: 1 };

const bareCode = fc.constantFrom('A', 'B', 'CP-ECO-01', 'NI_195.a', 'x', 'e', 'Max2');
const awkwardCode = fc.oneof(
  fc.constantFrom('CP ECO 01', '2016-ABC', 'and', 'NOT', 'min', 'If', 'A-', '.5', 'rate/1000'),
  fc
    .string({
      unit: fc.constantFrom('a', 'Z', '0', '9', ' ', '-', '.', '_', '/', '&'),
      minLength: 1,
      maxLength: 8,
    })
    .filter((code) => code.trim() === code),
);
const code = fc.oneof({ weight: 3, arbitrary: bareCode }, { weight: 1, arbitrary: awkwardCode });

const literal = fc
  .oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.double({ min: 0, max: 1e308, noNaN: true }),
    fc.constantFrom(0, 0.1, 1e21, 1e-7, 5e-324, 1.7976931348623157e308),
  )
  .map((value): Formula => ({ kind: 'number', value: Math.abs(value), ...SPAN }));

const reference = fc
  .record({
    code,
    part: fc.constantFrom<FigurePart>('value', 'numerator', 'denominator'),
    periodsBack: fc.integer({ min: 0, max: 2 }),
    yearsBack: fc.integer({ min: 0, max: 2 }),
    yearToDate: fc.boolean(),
  })
  .map((r): Formula => ({ kind: 'reference', codePosition: 1, codeLength: 1, ...r, ...SPAN }));

/** Well-typed formula trees: `number` gives a figure, `condition` true or false. */
const trees = fc.letrec<{ number: Formula; condition: Formula }>((tie) => {
  const depth = { maxDepth: 5, depthIdentifier: 'formula', depthSize: 'small' as const };
  const number = () => tie('number');
  const condition = () => tie('condition');
  const call = (name: 'min' | 'max' | 'abs' | 'round' | 'ratio', min: number, max: number) =>
    fc
      .array(number(), { minLength: min, maxLength: max })
      .map((args): Formula => ({ kind: 'call', name, args, ...SPAN }));
  const binary = <K extends 'arithmetic' | 'comparison' | 'logic', O extends string>(
    kind: K,
    operators: readonly O[],
    side: () => fc.Arbitrary<Formula>,
  ) =>
    fc
      .tuple(fc.constantFrom(...operators), side(), side())
      .map(([operator, left, right]) => ({ kind, operator, left, right, ...SPAN }) as Formula);
  const choice = (branch: () => fc.Arbitrary<Formula>) =>
    fc
      .tuple(condition(), branch(), branch())
      .map((args): Formula => ({ kind: 'call', name: 'if', args, ...SPAN }));
  return {
    number: fc.oneof(
      depth,
      literal,
      reference,
      number().map((operand): Formula => ({ kind: 'negate', operand, ...SPAN })),
      binary('arithmetic', ['+', '-', '*', '/'] as ArithmeticOperator[], number),
      call('min', 2, 3),
      call('max', 2, 3),
      call('abs', 1, 1),
      call('round', 1, 2),
      call('ratio', 2, 3),
      choice(number),
    ),
    condition: fc.oneof(
      depth,
      binary('comparison', COMPARISON_OPERATORS, number),
      condition().map((operand): Formula => ({ kind: 'not', operand, ...SPAN })),
      binary('logic', ['and', 'or'] as LogicOperator[], condition),
      choice(condition),
    ),
  };
});

/**
 * Writes a tree the untidy ways an officer might: any spacing, extra brackets, names in any case,
 * spreadsheet operators, codes in brackets, reference functions in any order. `pick` gives the
 * choices.
 */
function typedLike(node: Formula, pick: () => number): string {
  const space = () => ['', ' ', '  ', '\t', '\n'][pick() % 5]!;
  const anyCase = (word: string) =>
    [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)][pick() % 3]!;
  const group = (child: Formula) => `(${space()}${typedLike(child, pick)}${space()})`;
  switch (node.kind) {
    case 'number': {
      const forms = [String(node.value), node.value.toExponential(), `${space()}${node.value}`];
      return forms[pick() % forms.length]!;
    }
    case 'reference': {
      const bare = formatFormula({ ...node, part: 'value', periodsBack: 0, yearsBack: 0, yearToDate: false });
      let text = bare.startsWith('[') || pick() % 3 > 0 ? bare : `[${space()}${bare}${space()}]`;
      const wrappers = [
        ...(node.yearToDate ? ['ytd'] : []),
        ...Array<string>(node.periodsBack).fill('previous'),
        ...Array<string>(node.yearsBack).fill('previous_year'),
        ...(node.part !== 'value' ? [node.part] : []),
      ].sort(() => (pick() % 2) - 0.5);
      for (const name of wrappers) text = `${anyCase(name)}${space()}(${space()}${text}${space()})`;
      return text;
    }
    case 'negate':
      return `-${space()}${group(node.operand)}`;
    case 'not':
      return `${anyCase('not')}${space()}${group(node.operand)}`;
    case 'arithmetic':
    case 'comparison':
    case 'logic': {
      const spelling: Record<string, string[]> = { '==': ['==', '='], '!=': ['!=', '<>'] };
      const choices = spelling[node.operator] ?? [
        node.kind === 'logic' ? anyCase(node.operator) : node.operator,
      ];
      const operator = choices[pick() % choices.length]!;
      const gap = node.kind === 'logic' ? ' ' : '';
      return `${group(node.left)}${space()}${gap}${operator}${gap}${space()}${group(node.right)}`;
    }
    case 'call':
      return `${anyCase(node.name)}${space()}(${node.args.map((arg) => `${space()}${typedLike(arg, pick)}`).join(',')})`;
  }
}

/** Fragments that make formula-like text, valid or not. */
const tokenSoup = fc
  .array(
    fc.constantFrom(
      ...['A', 'CP-ECO-01', 'B.numerator', '1', '2.5', '1e3', '.5', '(', ')', ',', '+', '-', '*', '/'],
      ...['<', '<=', '>', '>=', '==', '!=', '=', '<>', 'and', 'OR', 'not', 'if', 'min', 'MAX', 'abs'],
      ...['round', 'ratio', 'previous', 'previous_year', 'ytd', 'numerator', 'denominator', 'foo'],
      ...['[x y]', '[', ']', ' ', 'e', '.', '$', '\n'],
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

function wellFormed(errors: FormulaError[], text: string): boolean {
  return (
    errors.length > 0 &&
    errors.every(
      (e) =>
        e.message.length > 0 &&
        Number.isInteger(e.position) &&
        e.position >= 1 &&
        e.length >= 0 &&
        e.position + e.length <= text.length + 1,
    )
  );
}

const figureValue = fc.oneof(
  fc.double(),
  fc.constantFrom(0, 1, -1, 1e308, -1e308, 5e-324, Number.NaN, Infinity),
  fc.integer({ min: -100, max: 100 }),
);
const figure = fc.option(
  fc.record({
    value: fc.option(figureValue),
    numerator: fc.option(figureValue),
    denominator: fc.option(figureValue),
  }),
  { freq: 5 },
);

/** A context whose figures are any fixed function of what is asked: missing, zero, huge or not a number. */
const contexts = fc
  .record({
    figureOf: fc.func(figure),
    aggregate: fc.func(figure),
    at: fc.constantFrom('2016/17-Q2', '2016-08', '2016/17', '2016-Q1', 'AY2016/17'),
  })
  .map(({ figureOf, aggregate, at }): FormulaContext => ({
    period: period(at),
    figureOf: (code: string, offset: number): Figure | null => figureOf(code, offset),
    aggregate: (code: string, figures: Figure[]) => {
      const figure = aggregate(code, figures.length);
      return figure ? { figure } : { figure: null, reason: 'cannot be combined' };
    },
  }));

describe('formula properties', () => {
  it('reads back any formula it prints as the same formula', () => {
    fc.assert(
      fc.property(trees.number, (tree) => {
        const text = formatFormula(tree);
        fc.pre(text.length <= MAX_FORMULA_LENGTH);
        const parsed = parseFormula(text);
        expect(parsed.ok ? sameFormula(parsed.formula, tree) : parsed.errors).toBe(true);
        if (parsed.ok) expect(formatFormula(parsed.formula)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads an untidily typed formula as the tidy one, and prints it tidily', () => {
    fc.assert(
      fc.property(trees.number, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (tree, choices) => {
        let next = 0;
        const text = typedLike(tree, () => choices[next++ % choices.length]!);
        fc.pre(text.length <= MAX_FORMULA_LENGTH);
        const parsed = parseFormula(text);
        expect(parsed.ok ? sameFormula(parsed.formula, tree) : parsed.errors).toBe(true);
        if (parsed.ok) expect(formatFormula(parsed.formula)).toBe(formatFormula(tree));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same formula from its canonical text as from what the officer typed', () => {
    fc.assert(
      fc.property(tokenSoup, (text) => {
        const first = parseFormula(text);
        if (!first.ok) return;
        const again = parseFormula(formatFormula(first.formula));
        expect(again.ok && sameFormula(again.formula, first.formula)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text, answering with a formula or placed errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), tokenSoup), (text) => {
        const result = parseFormula(text);
        expect(result.ok || wellFormed(result.errors, text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives NaN or Infinity, and always says why there is no figure', () => {
    fc.assert(
      fc.property(trees.number, contexts, (tree, context) => {
        const result = evaluateFormula(tree, context);
        if (result.value === null) expect(result.reason).toMatch(/\S/);
        else expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same figure for a formula and for its canonical text', () => {
    fc.assert(
      fc.property(trees.number, contexts, (tree, context) => {
        const text = formatFormula(tree);
        fc.pre(text.length <= MAX_FORMULA_LENGTH);
        const parsed = parseFormula(text);
        if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
        expect(evaluateFormula(parsed.formula, context)).toEqual(evaluateFormula(tree, context));
      }),
      { numRuns: 500 },
    );
  });
});
