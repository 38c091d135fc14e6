/**
 * Data-quality notes: provisional figures, figures flagged by their owners or by validation,
 * figures that are late, and the caveats in each measure's methodology.
 */
import { QUALITY_FLAGS } from '../../domain/figures.js';
import type { Block, Section } from '../document.js';
import type { MeasureLine } from '../gather.js';
import * as cells from '../cells.js';

const FLAG_WORDS: Record<(typeof QUALITY_FLAGS)[number], string> = {
  estimated: 'Estimated',
  incomplete: 'Incomplete',
  suspect: 'Under review',
  'revised-methodology': 'Methodology revised',
};

function table(
  caption: string,
  lines: readonly MeasureLine[],
  note: (l: MeasureLine) => string,
  emptyText: string,
): Block {
  return {
    kind: 'table',
    caption,
    columns: [
      { title: 'Measure', width: 4 },
      { title: 'Period', width: 1.6 },
      { title: 'Note', width: 6 },
    ],
    rows: lines.map((l) => [
      cells.text(`${l.measure.id} ${l.measure.title}`),
      cells.text(l.status.periodLabel ?? ''),
      cells.text(note(l)),
    ]),
    emptyText,
  };
}

export function dataQualitySection(lines: readonly MeasureLine[], approvedOnly: boolean): Section {
  const provisional = lines.filter((l) => l.figure?.status === 'provisional');
  const flagged = lines.filter((l) => l.figure?.qualityFlag != null);
  const late = lines.filter((l) => l.status.rag.status === 'overdue');
  const caveats = lines.filter((l) => l.measure.methodology.caveats);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text: approvedOnly
        ? 'Only figures approved for publication are reported. A figure entered but not yet approved counts as not yet received, so its measure shows as overdue once its due date has passed.'
        : 'Figures are reported as entered, whether or not they have been approved; provisional figures are marked "(provisional)" wherever they appear and may change.',
    },
    { kind: 'heading', level: 3, text: 'Provisional figures' },
    table(
      'Provisional figures',
      provisional,
      (l) => l.figure?.note ?? 'Provisional: may be revised when the final figure is confirmed.',
      'No figure in this report is provisional.',
    ),
    { kind: 'heading', level: 3, text: 'Figures with a quality flag' },
    table(
      'Figures flagged for data quality',
      flagged,
      (l) => `${FLAG_WORDS[l.figure!.qualityFlag!]}${l.figure?.note ? `: ${l.figure.note}` : ''}`,
      'No figure in this report carries a data-quality flag.',
    ),
    { kind: 'heading', level: 3, text: 'Late data' },
    table(
      'Figures past their due date',
      late,
      (l) => l.status.rag.sentence,
      'Every figure due for this report was received on time.',
    ),
    { kind: 'heading', level: 3, text: 'Methodology caveats' },
    table(
      'Caveats in the measures’ methodology',
      caveats,
      (l) => l.measure.methodology.caveats ?? '',
      'No measure in this report has a methodology caveat.',
    ),
  ];
  return { id: 'data-quality', title: 'Data quality notes', newPage: true, sheet: 'Data quality', blocks };
}
