/**
 * A small seeded pseudo-random generator, so that the demo council is the same on every run and
 * every machine. Each measure and area draws from its own stream (the seed mixed with a label),
 * so adding a measure to the catalogue does not reshuffle the figures of all the others.
 */

/** Mixes a text label into a 32-bit seed (FNV-1a, then a final avalanche). */
export function mixSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [low, high). */
  between(low: number, high: number): number;
  /** An integer in [low, high], both included. */
  integer(low: number, high: number): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: 32 bits of state, good enough spread for demo figures, and tiny. */
export function makeRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    integer: (low, high) => low + Math.floor(next() * (high - low + 1)),
    normal: () => {
      // Box–Muller; 1 − u keeps the logarithm away from zero.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: (items) => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability) => next() < probability,
  };
}

/** A stream of its own for one label (e.g. a measure code and an area code). */
export function streamFor(seed: number, ...labels: string[]): Random {
  return makeRandom(mixSeed(seed, labels.join('|')));
}
