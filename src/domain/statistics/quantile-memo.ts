/**
 * Quantiles remembered. A run over every measure asks for the same few quantiles (t for 95% with
 * 10 degrees of freedom, χ² for a count of 3) hundreds of thousands of times, and each is an
 * iteration of a hundred steps or so. Whole degrees of freedom up to a limit are kept, by
 * probability; anything else is worked out each time. The memo is bounded: it starts again when
 * it holds more probabilities than any real run asks for.
 */

const MOST_DEGREES = 10_000;
const MOST_PROBABILITIES = 256;

export function rememberByDegrees(
  quantile: (p: number, df: number) => number | null,
): (p: number, df: number) => number | null {
  const remembered = new Map<number, (number | null | undefined)[]>();
  return (p, df) => {
    if (!(Number.isInteger(df) && df > 0 && df <= MOST_DEGREES)) return quantile(p, df);
    let byDegrees = remembered.get(p);
    if (byDegrees === undefined) {
      if (remembered.size >= MOST_PROBABILITIES) remembered.clear();
      byDegrees = [];
      remembered.set(p, byDegrees);
    }
    let answer = byDegrees[df];
    if (answer === undefined) {
      answer = quantile(p, df);
      byDegrees[df] = answer;
    }
    return answer;
  };
}
