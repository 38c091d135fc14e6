import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TargetInput } from './series.js';
import { TargetTable } from './target-table.js';

const target = (value: number): TargetInput => ({
  period: 'x',
  value,
  lower: null,
  upper: null,
  tolerance: null,
});

describe('a table of targets by month', () => {
  it('answers as a Map would, however many targets it holds and however often it is refilled', () => {
    const table = new TargetTable();
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 70 }), { maxLength: 4 }),
        (fills) => {
          for (const months of fills) {
            table.clear();
            const map = new Map<number, TargetInput>();
            months.forEach((month, i) => {
              table.set(month, target(i));
              map.set(month, target(i));
            });
            expect(table.size).toBe(map.size);
            for (let month = 0; month <= 80; month++) expect(table.get(month)).toEqual(map.get(month));
          }
        },
      ),
    );
  });
});
