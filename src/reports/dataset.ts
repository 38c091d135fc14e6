/** The report's measures as one flat table: the CSV file, and the "Data" sheet in Excel. */
import { MEASURE_CATEGORY_LABELS } from '../domain/measure.js';
import * as cells from './cells.js';
import type { DataSet } from './document.js';
import type { MeasureLine } from './gather.js';

export const DATA_COLUMNS = [
  'Group',
  'Measure code',
  'Measure',
  'Category',
  'Period',
  'Figure',
  'Unit',
  'Figure status',
  'Target',
  'RAG status',
  'RAG meaning',
  'Against previous period',
  'Against same period last year',
  'Benchmark',
  'SPC variation',
  'SPC assurance',
  'Summary',
];

export function dataSet(
  name: string,
  groups: readonly { title: string; lines: readonly MeasureLine[] }[],
): DataSet {
  const rows = groups.flatMap((g) =>
    g.lines.map((l) => {
      const rag = cells.ragCell(l.status);
      const figure = cells.figureCell(l.measure, l.status);
      return [
        cells.text(g.title),
        cells.text(l.measure.id),
        cells.text(l.measure.title),
        cells.text(MEASURE_CATEGORY_LABELS[l.measure.category]),
        cells.text(l.status.period ?? ''),
        figure,
        cells.text(figure.kind === 'number' ? (figure.unit ?? '') : ''),
        cells.text(l.figure === null ? '' : l.figure.status),
        cells.targetCell(l.measure, l.status),
        rag,
        cells.text(rag.kind === 'status' ? rag.tag.description : ''),
        cells.directionCell(l.status, 'previousPeriod'),
        cells.directionCell(l.status, 'samePeriodLastYear'),
        cells.benchmarkCell(l.status),
        cells.spcCell(l.measure, l.status),
        cells.assuranceCell(l.status),
        cells.text(l.status.summary ?? l.status.rag.sentence),
      ];
    }),
  );
  return { name, columns: DATA_COLUMNS, rows };
}
