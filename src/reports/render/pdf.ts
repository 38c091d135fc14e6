/**
 * The report as a PDF committee paper, in pure JavaScript (pdfmake): a cover, contents with page
 * numbers, sections starting on new pages, tables whose header rows repeat, each measure kept on
 * one page, status shapes drawn as vectors beside their words, and charts as SVG. The document can
 * neither fetch URLs nor read files: fonts are the only files pdfmake opens.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Block, ReportDocument } from '../document.js';
import { GREY, INK, runNodes, type Heading, type Node } from './pdf-blocks.js';
import { PAGE_HEIGHT, runHeight, runsOf } from './pdf-layout.js';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
const FONT_FILES = {
  normal: join(fontDir, 'Roboto-Regular.ttf'),
  bold: join(fontDir, 'Roboto-Medium.ttf'),
  italics: join(fontDir, 'Roboto-Italic.ttf'),
  bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
};
const fontPaths = new Set(Object.values(FONT_FILES));
/**
 * Charts ask for "Arial, Helvetica, sans-serif"; the PDF answers with Helvetica, one of the
 * standard fonts every PDF reader has, so a chart's labels are written without font shaping (the
 * larger part of what a chart's text costs). Their text (figures, months, the key) is all in its
 * character set.
 */
const CHART_FONT = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
pdfmake.addFonts({ Roboto: FONT_FILES, Helvetica: CHART_FONT });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));

const BLUE = '#1d70b8';

/**
 * Lays out a section's blocks: a heading is kept with the block after it, and a run that would
 * not fit on what is left of the page starts a new one (see pdf-layout.ts).
 */
function laidOut(blocks: readonly Block[], heading: Heading, startAt: number): Node[] {
  const out: Node[] = [];
  let used = startAt;
  for (const run of runsOf(blocks)) {
    if (run[0]!.kind === 'pageBreak') {
      out.push({ text: '', pageBreak: 'after' });
      used = 0;
      continue;
    }
    const height = runHeight(run);
    const nodes = runNodes(run, heading);
    const fits = used + height <= PAGE_HEIGHT;
    // Only a measure's entry (its facts, chart and commentary) is kept whole; tables and text flow.
    const entry = run.some((b) => b.kind === 'facts' || b.kind === 'chart');
    if (entry && !fits && height <= PAGE_HEIGHT && used > 0) {
      out.push({ text: '', pageBreak: 'before' });
      used = 0;
    }
    const bigTable = (b: Block | undefined) => b?.kind === 'table' && b.rows.length > 8;
    if (bigTable(run[1]) || bigTable(run[2])) {
      // A long table flows across pages; holding it to its heading would leave a page half empty.
      out.push(...nodes);
    } else if (run[0]!.kind === 'heading' && nodes.length > 1 && run[1]!.kind === 'heading') {
      out.push({ stack: nodes.slice(0, 3), unbreakable: true }, ...nodes.slice(3));
    } else if (run[0]!.kind === 'heading' && nodes.length > 1) {
      out.push({ stack: nodes.slice(0, 2), unbreakable: true }, ...nodes.slice(2));
    } else out.push(...nodes);
    used = height > PAGE_HEIGHT ? (used + height) % PAGE_HEIGHT : used + height;
  }
  return out;
}

export function pdfDefinition(doc: ReportDocument): object {
  const heading = (text: string, level: number): Node => ({ text, style: `h${level}` });
  const content: Node[] = [
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: 300, color: BLUE }],
      absolutePosition: { x: 50, y: 160 },
    },
    { text: doc.council, style: 'coverCouncil', margin: [24, 150, 0, 0] },
    { text: doc.title, style: 'coverTitle', margin: [24, 10, 0, 0] },
    { text: doc.periodLabel, style: 'coverPeriod', margin: [24, 6, 0, 0] },
    { text: doc.subtitle, margin: [24, 14, 0, 0], fontSize: 12 },
    { text: doc.cover.lines[2] ?? '', margin: [24, 8, 0, 0], fontSize: 11 },
    doc.cover.notice ? { text: doc.cover.notice, bold: true, margin: [24, 8, 0, 0], fontSize: 11 } : '',
    {
      toc: {
        title: { text: 'Contents', style: 'h2' },
        textStyle: { fontSize: 11 },
        numberStyle: { fontSize: 11 },
      },
      pageBreak: 'before',
    },
  ];
  for (const section of doc.sections) {
    content.push({
      text: section.title,
      style: 'h2',
      tocItem: true,
      tocMargin: [0, 3, 0, 3],
      pageBreak: section.newPage || section === doc.sections[0] ? 'before' : undefined,
    });
    content.push(
      ...laidOut(
        section.blocks,
        heading,
        section.newPage || section === doc.sections[0] ? 34 : PAGE_HEIGHT / 2,
      ),
    );
  }
  return {
    info: { title: `${doc.title}: ${doc.periodLabel}`, author: doc.council, subject: doc.subtitle },
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    content,
    footer: (page: number, pages: number): Node =>
      page === 1
        ? ''
        : {
            columns: [
              { text: `${doc.council} · ${doc.title}: ${doc.periodLabel}`, color: GREY },
              { text: `Page ${page} of ${pages}`, alignment: 'right', width: 80, color: GREY },
            ],
            margin: [50, 20, 50, 0],
            fontSize: 8,
          },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: INK, lineHeight: 1.15 },
    styles: {
      coverCouncil: { fontSize: 16, bold: true },
      coverTitle: { fontSize: 28, bold: true },
      coverPeriod: { fontSize: 20, color: GREY },
      h2: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      h3: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
      lead: { fontSize: 10.5, margin: [0, 0, 0, 6] },
      normal: { margin: [0, 0, 0, 4] },
      note: { color: GREY, italics: true, margin: [0, 0, 0, 6] },
      warning: { bold: true, color: '#942514', margin: [0, 0, 0, 6] },
      label: { bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
      caption: { bold: true, fontSize: 9, margin: [0, 0, 0, 2] },
      figcaption: { fontSize: 7.5, color: GREY, margin: [0, 1, 0, 0] },
    },
  };
}

export async function renderPdf(doc: ReportDocument, onProgress?: (share: number) => void): Promise<Buffer> {
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
