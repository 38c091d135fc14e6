/** Measures as one table per group: the compact form for scrutiny and management reports. */
import * as cells from '../cells.js';
import type { Column, TableBlock } from '../document.js';
import type { MeasureLine } from '../gather.js';

export const MEASURE_COLUMNS: Column[] = [
  { title: 'Measure', width: 4 },
  { title: 'Period', width: 1.5 },
  { title: 'Figure', width: 1.4, align: 'right' },
  { title: 'Target', width: 1.4, align: 'right' },
  { title: 'Status', width: 1.5 },
  { title: 'Direction', width: 1.5 },
  { title: 'Benchmark', width: 2 },
  { title: 'SPC', width: 2 },
];

export function measureTable(caption: string, lines: readonly MeasureLine[]): TableBlock {
  return {
    kind: 'table',
    caption,
    columns: MEASURE_COLUMNS,
    rows: lines.map((l) => {
      const figure = cells.figureCell(l.measure, l.status);
      return [
        cells.text(`${l.measure.id} ${l.measure.title}`),
        cells.text(l.status.periodLabel ?? '—'),
        figure.kind === 'number' && l.figure?.status === 'provisional'
          ? { ...figure, text: `${figure.text} (provisional)` }
          : figure,
        cells.targetCell(l.measure, l.status),
        cells.ragCell(l.status),
        cells.directionCell(l.status, 'previousPeriod'),
        cells.benchmarkCell(l.status),
        cells.spcCell(l.measure, l.status),
      ];
    }),
    emptyText: 'No measures.',
  };
}
