/**
 * The report as a Word document for committee papers: real headings (so Word's navigation pane and
 * contents field work), editable tables whose header rows repeat, statuses as a coloured shape
 * character and a word, and charts as SVG with their text alternative written beneath.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { renderChartSvg } from '../../charts/render-svg.js';
import type { Block, Cell, Column, ReportDocument } from '../document.js';

/**
 * Word versions before 2016 cannot show SVG and need a bitmap instead; there is no pure-JavaScript
 * way to rasterise a chart, so they get a blank pixel, and the chart's text alternative beneath it.
 */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);
const GREY = '505A5F';
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function cellRuns(cell: Cell, bold = false): TextRun[] {
  if (cell.kind === 'status')
    return [
      new TextRun({ text: `${cell.tag.symbol} `, color: hex(cell.tag.colour), bold: true }),
      new TextRun({ text: cell.text, bold: cell.tag.scheme === 'rag' }),
    ];
  return [new TextRun({ text: cell.text, bold: bold || (cell.kind === 'text' && cell.strong === true) })];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: thin, bottom: thin, left: none, right: none };

function table(columns: readonly Column[], rows: readonly Cell[][], header: boolean): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widthOf = (i: number) => ({
    size: ((columns[i]?.width ?? 1) / total) * 100,
    type: WidthType.PERCENTAGE,
  });
  const align = (i: number) => (columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const tableRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (cell, i) =>
            new TableCell({
              width: widthOf(i),
              borders,
              children: [new Paragraph({ alignment: align(i), children: cellRuns(cell) })],
            }),
        ),
      }),
  );
  if (header)
    tableRows.unshift(
      new TableRow({
        tableHeader: true,
        children: columns.map(
          (c, i) =>
            new TableCell({
              width: widthOf(i),
              borders: { ...borders, bottom: { style: BorderStyle.SINGLE, size: 12, color: '0B0C0C' } },
              shading: { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' },
              children: [
                new Paragraph({
                  alignment: align(i),
                  children: [new TextRun({ text: c.title, bold: true })],
                }),
              ],
            }),
        ),
      }),
    );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows });
}

const HEADINGS = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;

function blockChildren(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, text: block.text })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              italics: block.style === 'note',
              bold: block.style === 'warning' || block.style === 'label',
              color: block.style === 'note' ? GREY : undefined,
              size: block.style === 'lead' ? 22 : undefined,
            }),
          ],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, text: item }));
    case 'table':
      if (block.rows.length === 0)
        return blockChildren({
          kind: 'paragraph',
          style: 'note',
          text: block.emptyText ?? 'Nothing to show.',
        });
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }),
        table(block.columns, block.rows, true),
        new Paragraph({ text: '' }),
      ];
    case 'facts':
      return [
        table(
          [
            { title: 'Fact', width: 2 },
            { title: 'Value', width: 3 },
          ],
          block.items.map((f) => [{ kind: 'text', text: f.label }, f.value]),
          false,
        ),
        new Paragraph({ text: '' }),
      ];
    case 'tiles':
      return [
        table(
          block.items.map(() => ({ title: '', width: 1 })),
          [
            block.items.map((t): Cell => ({ kind: 'text', text: t.value, strong: true })),
            block.items.map((t): Cell =>
              t.tag
                ? { kind: 'status', tag: t.tag, text: `${t.tag.word}: ${t.label}` }
                : { kind: 'text', text: t.label },
            ),
          ],
          false,
        ),
        new Paragraph({ text: '' }),
      ];
    case 'chart': {
      const svg = renderChartSvg(block.spec, { width: block.width, height: block.height });
      const width = 600;
      const height = Math.round((block.height / block.width) * width);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(svg),
              fallback: { type: 'png', data: BLANK_PNG },
              transformation: { width, height },
              altText: {
                name: block.spec.title,
                title: block.spec.title,
                description: block.spec.description,
              },
            }),
          ],
        }),
        new Paragraph({
          spacing: { after: 160 },
          children: [new TextRun({ text: block.spec.description, size: 16, color: GREY })],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const cover: FileChild[] = [
    new Paragraph({
      spacing: { before: 2400 },
      children: [new TextRun({ text: doc.council, bold: true, size: 32 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
    new Paragraph({ children: [new TextRun({ text: doc.periodLabel, size: 40, color: GREY })] }),
    new Paragraph({ spacing: { before: 240 }, text: doc.subtitle }),
    new Paragraph({ text: doc.cover.lines[2] ?? '' }),
    ...(doc.cover.notice
      ? [new Paragraph({ children: [new TextRun({ text: doc.cover.notice, bold: true })] })]
      : []),
    new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, text: 'Contents' }),
    // Word fills the contents field when the document opens (updateFields below).
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  const body = doc.sections.flatMap((section) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      keepNext: true,
      text: section.title,
    }),
    ...section.blocks.flatMap(blockChildren),
  ]);
  const document = new Document({
    creator: doc.council,
    title: `${doc.title}: ${doc.periodLabel}`,
    description: doc.subtitle,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ children: [...cover, ...body] }],
  });
  return Packer.toBuffer(document);
}
