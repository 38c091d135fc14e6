/**
 * Where the PDF's pages break. Keeping each measure on one page with pdfmake's `unbreakable` makes
 * it lay every measure out twice (and parse its chart twice) whenever one does not fit; instead the
 * height of each measure is estimated from its text and chart, and a page break is put before any
 * measure that would not fit in what is left of the page. An estimate that falls short only lets a
 * measure run on to the next page, as pdfmake would anyway.
 */
import type { Block } from '../document.js';

/** A4 less margins and footer, with some room kept for estimates that fall short. */
export const PAGE_HEIGHT = 728;
const TEXT_WIDTH = 495;
/** Roboto's average character is a little over half its size wide. */
const lines = (text: string, size: number, width = TEXT_WIDTH) =>
  Math.max(1, Math.ceil((text.length * size * 0.54) / width));

export function estimateHeight(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? 34 : block.level === 3 ? 28 : 24;
    case 'paragraph': {
      const size = block.style === 'lead' ? 10.5 : 9.5;
      return lines(block.text, size) * size * 1.2 + 6;
    }
    case 'list':
      return block.items.reduce((h, item) => h + lines(item, 9.5, TEXT_WIDTH - 12) * 11.5, 8);
    case 'facts': {
      let h = 8;
      for (let i = 0; i < block.items.length; i += 2) {
        const pair = block.items.slice(i, i + 2);
        const tallest = Math.max(
          ...pair.map((f) => Math.max(lines(f.label, 8.5, 100), lines(f.value.text, 8.5, 120))),
        );
        h += tallest * 10 + 6.5;
      }
      return h;
    }
    case 'chart':
      return block.height * (480 / block.width) + lines(block.spec.description, 7.5) * 9 + 12;
    case 'table': {
      if (block.rows.length === 0) return 18;
      const total = block.columns.reduce((a, c) => a + c.width, 0);
      const rowHeight = (texts: string[]) =>
        Math.max(
          ...texts.map((t, i) => lines(t, 8.5, (TEXT_WIDTH * (block.columns[i]?.width ?? 1)) / total - 10)),
        ) *
          10 +
        7;
      return (
        24 +
        rowHeight(block.columns.map((c) => c.title)) +
        block.rows.reduce((h, row) => h + rowHeight(row.map((c) => c.text)), 0)
      );
    }
    case 'tiles':
      return 80;
    case 'pageBreak':
      return 0;
  }
}

/** The facts in one column beside a chart (see pdf.ts), or anything else as it comes. */
export function runHeight(run: readonly Block[]): number {
  let h = 0;
  for (let i = 0; i < run.length; i++) {
    const block = run[i]!;
    const next = run[i + 1];
    if (block.kind === 'facts' && next?.kind === 'chart') {
      const facts = block.items.reduce(
        (sum, f) => sum + Math.max(lines(f.label, 8, 100), lines(f.value.text, 8, 125)) * 9.5 + 4.5,
        0,
      );
      const chart = 165 + lines(next.spec.description, 7.5, 260) * 9;
      h += Math.max(facts, chart) + 8;
      i++;
    } else h += estimateHeight(block);
  }
  // Room for what the estimate cannot see: wrapped legends, spacing between table rows.
  return h + 12;
}

/**
 * Runs of blocks: each heading with what follows it up to the next heading; a heading with nothing
 * under it before the next one (an objective above its first measure) joins that next run.
 */
export function runsOf(blocks: readonly Block[]): Block[][] {
  const runs: Block[][] = [];
  for (const block of blocks) {
    const last = runs[runs.length - 1];
    const lone = last !== undefined && last.every((b) => b.kind === 'heading');
    const breaks = block.kind === 'pageBreak' || last?.[0]?.kind === 'pageBreak';
    if ((block.kind === 'heading' && !lone) || last === undefined || breaks) runs.push([block]);
    else runs[runs.length - 1]!.push(block);
  }
  return runs;
}
