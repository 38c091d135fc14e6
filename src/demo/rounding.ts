/** Rounding for demo figures: to a measure's decimals, never leaving a negative zero behind. */

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** A target a person would set: a round number near the figure, at the measure's precision or coarser. */
export function roundTarget(value: number, decimals: number): number {
  const size = Math.abs(value);
  let step: number;
  if (size >= 1_000_000) step = 100_000;
  else if (size >= 10_000) step = 100;
  else if (size >= 1_000) step = 10;
  else if (size >= 100) step = 5;
  else if (size >= 10) step = decimals === 0 ? 1 : 0.5;
  else step = decimals === 0 ? 1 : 10 ** -Math.min(decimals, 1);
  return roundTo(Math.round(value / step) * step, Math.max(decimals, 0));
}
