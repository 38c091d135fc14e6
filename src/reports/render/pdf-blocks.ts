/**
 * Each block of a report document as pdfmake content: tables with repeating header rows, facts
 * beside a measure's trend chart, status shapes as vector drawings beside their words.
 */
import { renderChartSvg } from '../../charts/render-svg.js';
import type { Block, Cell, TableBlock } from '../document.js';
import { shapeCanvas } from './pdf-shapes.js';

export type Node = Record<string, unknown> | string;
export type Heading = (text: string, level: number) => Node;

export const INK = '#0b0c0c';
export const GREY = '#505a5f';
const RULE = '#b1b4b6';

function cellNode(cell: Cell, align?: string): Node {
  if (cell.kind === 'status')
    return {
      columns: [
        { width: 10, canvas: shapeCanvas(cell.tag), margin: [0, 1.5, 0, 0] },
        { width: '*', text: cell.text, bold: cell.tag.scheme === 'rag' },
      ],
      columnGap: 3,
    };
  return { text: cell.text, bold: cell.kind === 'text' && cell.strong === true, alignment: align ?? 'left' };
}

const tableLayout = {
  hLineWidth: (i: number, node: { table: { headerRows: number } }) =>
    i === node.table.headerRows ? 1.2 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { headerRows: number } }) =>
    i === node.table.headerRows ? INK : RULE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2.2,
  paddingBottom: () => 2.2,
};

function tableNode(block: TableBlock): Node {
  if (block.rows.length === 0) return { text: block.emptyText ?? 'Nothing to show.', style: 'note' };
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  return {
    stack: [
      { text: block.caption, style: 'caption' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
          body: [
            block.columns.map((c) => ({ text: c.title, bold: true, alignment: c.align ?? 'left' })),
            ...block.rows.map((row) => row.map((cell, i) => cellNode(cell, block.columns[i]?.align))),
          ],
        },
        layout: tableLayout,
        fontSize: 8.5,
      },
    ],
    margin: [0, 2, 0, 10],
  };
}

/** Facts in one column of label and value, to sit beside a chart. */
function factsColumn(block: Extract<Block, { kind: 'facts' }>): Node {
  return {
    table: {
      widths: ['44%', '56%'],
      body: block.items.map((f) => [{ text: f.label, color: GREY }, cellNode(f.value)]),
    },
    layout: {
      ...tableLayout,
      hLineWidth: () => 0.4,
      hLineColor: () => '#e5e6e7',
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: 8,
  };
}

/**
 * A chart drawn at the size it is shown, so its labels stay readable. Beside a measure's facts
 * the heading above already names it, so the chart's own title gives way to the plot.
 */
function chartNode(block: Extract<Block, { kind: 'chart' }>, width: number, height: number): Node {
  const grid = (block.spec.option['grid'] ?? {}) as Record<string, unknown>;
  const option = { ...block.spec.option, title: undefined, grid: { ...grid, top: 14, left: 48, right: 12 } };
  return {
    stack: [
      { svg: renderChartSvg({ ...block.spec, option }, { width, height }), width },
      { text: block.spec.description, style: 'figcaption' },
    ],
  };
}

/** A measure's facts with its trend chart beside them: half a page for each measure. */
export const SIDE_CHART = { width: 260, height: 165 };

function factsBesideChart(
  facts: Extract<Block, { kind: 'facts' }>,
  chart: Extract<Block, { kind: 'chart' }>,
): Node {
  return {
    columns: [
      { width: '*', stack: [factsColumn(facts)] },
      { width: SIDE_CHART.width, stack: [chartNode(chart, SIDE_CHART.width, SIDE_CHART.height)] },
    ],
    columnGap: 12,
    margin: [0, 2, 0, 6],
  };
}

function blockNode(block: Block, heading: Heading): Node | null {
  switch (block.kind) {
    case 'heading':
      return heading(block.text, block.level);
    case 'paragraph':
      return { text: block.text, style: block.style ?? 'normal' };
    case 'list':
      return { ul: block.items, margin: [0, 0, 0, 8] };
    case 'table':
      return tableNode(block);
    case 'facts': {
      const pairs: Node[][] = [];
      for (let i = 0; i < block.items.length; i += 2) {
        const row = block.items
          .slice(i, i + 2)
          .flatMap((f) => [{ text: f.label, color: GREY }, cellNode(f.value)]);
        while (row.length < 4) row.push('');
        pairs.push(row);
      }
      return {
        table: { widths: ['22%', '28%', '22%', '28%'], body: pairs },
        layout: { ...tableLayout, hLineWidth: () => 0.4, hLineColor: () => '#e5e6e7' },
        fontSize: 8.5,
        margin: [0, 2, 0, 6],
      };
    }
    case 'tiles':
      return {
        columns: block.items.map((t) => ({
          stack: [
            { canvas: [{ type: 'rect', x: 0, y: 0, w: 110, h: 4, color: t.tag?.colour ?? GREY }] },
            { text: t.value, fontSize: 26, bold: true, margin: [0, 4, 0, 0] },
            t.tag
              ? {
                  columns: [
                    { width: 10, canvas: shapeCanvas(t.tag), margin: [0, 1.5, 0, 0] },
                    { text: `${t.tag.word}: ${t.label}`, fontSize: 8.5 },
                  ],
                  columnGap: 3,
                }
              : { text: t.label, fontSize: 8.5 },
          ],
        })),
        columnGap: 12,
        margin: [0, 4, 0, 12],
      };
    case 'chart':
      return {
        stack: [
          { svg: renderChartSvg(block.spec, { width: block.width, height: block.height }), width: 480 },
          { text: block.spec.description, style: 'figcaption' },
        ],
        margin: [0, 4, 0, 6],
      };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

export function runNodes(run: readonly Block[], heading: Heading): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < run.length; i++) {
    const block = run[i]!;
    const next = run[i + 1];
    if (block.kind === 'facts' && next?.kind === 'chart') {
      nodes.push(factsBesideChart(block, next));
      i++;
      continue;
    }
    const node = blockNode(block, heading);
    if (node !== null) nodes.push(node);
  }
  return nodes;
}
