/**
 * The one-page summary: how many measures are at each status, how that compares with the period
 * before, which measures changed status, and (for council-wide reports) each objective's status
 * rolled up along the golden thread.
 */
import { RAG_LABELS, RAG_STATUSES, type RagStatus } from '../../domain/status/labels.js';
import type { ThreadNode } from '../../app/status/index.js';
import * as cells from '../cells.js';
import type { Block, Cell, Section } from '../document.js';
import type { MeasureLine, ReportFacts } from '../gather.js';
import { ragTag } from '../tags.js';

const JUDGED: Record<RagStatus, number | null> = {
  green: 0,
  amber: 1,
  red: 2,
  overdue: null,
  'no-data': null,
  'no-target': null,
  neutral: null,
};

export function countsBy(lines: readonly MeasureLine[], pick: (l: MeasureLine) => RagStatus | null) {
  const counts = new Map<RagStatus, number>();
  for (const l of lines) {
    const s = pick(l);
    if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function countsTable(facts: ReportFacts, previousLabel: string | null): Block {
  const now = countsBy(facts.lines, (l) => l.status.rag.status);
  const before = countsBy(facts.lines, (l) => l.previous?.rag.status ?? null);
  const rows: Cell[][] = RAG_STATUSES.filter((s) => (now.get(s) ?? 0) + (before.get(s) ?? 0) > 0).map((s) => [
    cells.status(ragTag(s)),
    cells.text(RAG_LABELS[s].description),
    { kind: 'number', value: now.get(s) ?? 0, text: String(now.get(s) ?? 0), decimals: 0, unit: null },
    ...(previousLabel === null
      ? []
      : [
          {
            kind: 'number',
            value: before.get(s) ?? 0,
            text: String(before.get(s) ?? 0),
            decimals: 0,
            unit: null,
          } as Cell,
        ]),
  ]);
  return {
    kind: 'table',
    caption: 'Measures by status',
    columns: [
      { title: 'Status', width: 2 },
      { title: 'Meaning', width: 4 },
      { title: 'This report', width: 1.5, align: 'right' },
      ...(previousLabel === null
        ? []
        : [{ title: `As at ${previousLabel}`, width: 1.5, align: 'right' as const }]),
    ],
    rows,
  };
}

/** Measures whose judged status moved between green, amber and red since the period before. */
export function statusChanges(lines: readonly MeasureLine[]) {
  const better: MeasureLine[] = [];
  const worse: MeasureLine[] = [];
  for (const l of lines) {
    const was = l.previous === null ? null : JUDGED[l.previous.rag.status];
    const is = JUDGED[l.status.rag.status];
    if (was === null || is === null || was === is) continue;
    (is < was ? better : worse).push(l);
  }
  return { better, worse };
}

function changesTable(better: readonly MeasureLine[], worse: readonly MeasureLine[]): Block {
  const row = (l: MeasureLine, change: string): Cell[] => [
    cells.text(`${l.measure.id} ${l.measure.title}`),
    cells.text(change),
    cells.status(ragTag(l.previous!.rag.status)),
    cells.ragCell(l.status),
    cells.figureCell(l.measure, l.status),
  ];
  return {
    kind: 'table',
    caption: 'Measures whose status changed',
    columns: [
      { title: 'Measure', width: 8 },
      { title: 'Change', width: 1.3 },
      { title: 'Was', width: 1.3 },
      { title: 'Now', width: 1.3 },
      { title: 'Figure', width: 1.2, align: 'right' },
    ],
    rows: [...better.map((l) => row(l, 'Improved')), ...worse.map((l) => row(l, 'Fell back'))],
    emptyText: 'No measure changed status.',
  };
}

function objectiveRows(nodes: readonly ThreadNode[]): Cell[][] {
  const rows: Cell[][] = [];
  const walk = (n: ThreadNode) => {
    if (n.item.kind === 'objective' && n.status !== null && n.status.total > 0)
      rows.push([
        cells.text(n.item.title),
        cells.status(ragTag(n.status.status)),
        cells.text(n.status.sentence),
      ]);
    if (['corporate-plan', 'priority', 'outcome'].includes(n.item.kind)) n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return rows;
}

export function summarySection(
  facts: ReportFacts,
  periodLabel: string,
  previousLabel: string | null,
): Section {
  const total = facts.lines.length;
  const counts = countsBy(facts.lines, (l) => l.status.rag.status);
  const { better, worse } = statusChanges(facts.lines);
  const tiles = (['green', 'amber', 'red', 'overdue'] as const).map((s) => ({
    label: RAG_LABELS[s].description,
    value: String(counts.get(s) ?? 0),
    tag: ragTag(s),
  }));
  const onTarget = counts.get('green') ?? 0;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text:
        `This report covers ${total} ${total === 1 ? 'measure' : 'measures'} as at ${periodLabel}. ` +
        `${onTarget} ${onTarget === 1 ? 'is' : 'are'} on target, ${counts.get('amber') ?? 0} within tolerance and ` +
        `${counts.get('red') ?? 0} beyond tolerance.` +
        (previousLabel === null
          ? ''
          : ` Since ${previousLabel}, ${better.length} ${better.length === 1 ? 'measure has' : 'measures have'} improved in status and ${worse.length} ${worse.length === 1 ? 'has' : 'have'} fallen back.`),
    },
    { kind: 'tiles', items: tiles },
    countsTable(facts, previousLabel),
  ];
  if (previousLabel !== null) {
    blocks.push({ kind: 'heading', level: 3, text: `Headline changes since ${previousLabel}` });
    blocks.push(changesTable(better, worse));
  }
  const objectives = facts.thread ? objectiveRows(facts.thread.roots) : [];
  if (objectives.length > 0) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 3, text: 'Objectives at a glance' });
    blocks.push({
      kind: 'table',
      caption: "Each objective's status, rolled up from its measures and key actions",
      columns: [
        { title: 'Objective', width: 4 },
        { title: 'Status', width: 1.4 },
        { title: 'Why', width: 5 },
      ],
      rows: objectives,
    });
  }
  return { id: 'summary', title: 'Summary', newPage: true, sheet: 'Summary', blocks };
}
