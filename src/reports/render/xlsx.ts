/**
 * The report as an Excel workbook: a cover sheet, one sheet per section, and a "Data" sheet with
 * every measure in one table (filters on, header frozen). Figures are numbers formatted to the
 * measure's decimals, dates are dates, statuses are their shape and word in the status's colour.
 * Text that a spreadsheet would read as a formula is neutralised.
 */
import ExcelJS from 'exceljs';
import type { Block, Cell, Column, ReportDocument, Section } from '../document.js';
import { neutraliseFormula } from './safe-cell.js';

type Sheet = ExcelJS.Worksheet;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function numberFormat(decimals: number, unit: string | null): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 10))}` : '0';
  const base = `#,##${digits}`;
  if (unit === '%') return `${base}"%"`;
  if (unit === '£') return `"£"${base}`;
  return base;
}

function put(target: ExcelJS.Cell, cell: Cell): void {
  switch (cell.kind) {
    case 'number':
      target.value = cell.value;
      if (cell.value !== null) target.numFmt = numberFormat(cell.decimals, cell.unit);
      return;
    case 'date': {
      target.value = new Date(`${cell.iso}T00:00:00Z`);
      target.numFmt = 'd mmm yyyy';
      return;
    }
    case 'status':
      target.value = neutraliseFormula(`${cell.tag.symbol} ${cell.text}`);
      target.font = { color: { argb: argb(cell.tag.colour) }, bold: cell.tag.scheme === 'rag' };
      return;
    case 'text':
      target.value = neutraliseFormula(cell.text);
      if (cell.strong) target.font = { bold: true };
  }
}

function writeTable(
  sheet: Sheet,
  caption: string,
  columns: readonly string[],
  rows: readonly Cell[][],
): number {
  sheet.addRow([neutraliseFormula(caption)]).font = { bold: true };
  const header = sheet.addRow(columns.map(neutraliseFormula));
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: 'medium' } };
  });
  for (const row of rows) {
    const added = sheet.addRow([]);
    row.forEach((cell, i) => {
      const target = added.getCell(i + 1);
      put(target, cell);
      target.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return header.number;
}

function writeBlock(sheet: Sheet, block: Block): number | null {
  switch (block.kind) {
    case 'heading': {
      const row = sheet.addRow([neutraliseFormula(block.text)]);
      row.font = { bold: true, size: block.level === 2 ? 14 : block.level === 3 ? 12 : 11 };
      return null;
    }
    case 'paragraph': {
      const row = sheet.addRow([neutraliseFormula(block.text)]);
      row.getCell(1).alignment = { wrapText: false };
      if (block.style === 'note') row.font = { italic: true, color: { argb: 'FF505A5F' } };
      if (block.style === 'warning' || block.style === 'label') row.font = { bold: true };
      return null;
    }
    case 'list':
      for (const item of block.items) sheet.addRow([neutraliseFormula(`• ${item}`)]);
      return null;
    case 'table':
      if (block.rows.length === 0) {
        sheet.addRow([neutraliseFormula(block.emptyText ?? 'Nothing to show.')]).font = { italic: true };
        return null;
      }
      return writeTable(
        sheet,
        block.caption,
        block.columns.map((c: Column) => c.title),
        block.rows,
      );
    case 'facts':
      for (const f of block.items) {
        const row = sheet.addRow([neutraliseFormula(f.label)]);
        put(row.getCell(2), f.value);
      }
      return null;
    case 'tiles':
      for (const t of block.items) {
        const row = sheet.addRow([
          neutraliseFormula(t.tag ? `${t.tag.symbol} ${t.tag.word}: ${t.label}` : t.label),
        ]);
        row.getCell(2).value = Number(t.value);
      }
      return null;
    case 'chart': {
      const t = block.spec.table;
      const rows = t.rows.map((r) =>
        r.map((v): Cell =>
          typeof v === 'number'
            ? { kind: 'number', value: v, text: String(v), decimals: 2, unit: null }
            : { kind: 'text', text: v ?? '' },
        ),
      );
      writeTable(sheet, t.caption, t.columns, rows);
      return null;
    }
    case 'pageBreak':
      sheet.addRow([]);
      return null;
  }
}

function writeSection(sheet: Sheet, section: Section): number | null {
  sheet.addRow([neutraliseFormula(section.title)]).font = { bold: true, size: 16 };
  let firstHeader: number | null = null;
  for (const block of section.blocks) {
    const header = writeBlock(sheet, block);
    if (firstHeader === null && header !== null) firstHeader = header;
    if (block.kind !== 'heading') sheet.addRow([]);
  }
  return firstHeader;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name || 'Sheet';
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = doc.council;
  book.title = `${doc.title}: ${doc.periodLabel}`;
  const taken = new Set<string>();
  const cover = book.addWorksheet(uniqueName('Cover', taken));
  cover.addRow([doc.council]).font = { bold: true, size: 14 };
  cover.addRow([`${doc.title}: ${doc.periodLabel}`]).font = { bold: true, size: 18 };
  cover.addRow([neutraliseFormula(doc.subtitle)]);
  for (const line of doc.cover.lines.slice(2)) cover.addRow([line]);
  if (doc.cover.notice) cover.addRow([doc.cover.notice]).font = { bold: true };
  cover.addRow([]);
  cover.addRow(['Sheets in this workbook']).font = { bold: true };
  cover.getColumn(1).width = 90;

  let sheet: Sheet | null = null;
  const headers = new Map<Sheet, number | null>();
  for (const section of doc.sections) {
    if (section.sheet !== null || sheet === null) {
      sheet = book.addWorksheet(uniqueName(section.sheet ?? section.title.slice(0, 31), taken));
      sheet.columns = [
        { width: 60 },
        { width: 22 },
        { width: 16 },
        { width: 16 },
        { width: 22 },
        { width: 22 },
        { width: 28 },
        { width: 30 },
      ];
      cover.addRow([sheet.name]);
    }
    const header = writeSection(sheet, section);
    if (!headers.has(sheet)) headers.set(sheet, header);
  }
  // Freeze the first table's header where it is near the top; otherwise the section's title row.
  for (const [s, header] of headers)
    s.views = [{ state: 'frozen', ySplit: header !== null && header <= 12 ? header : 1 }];

  const data = book.addWorksheet(uniqueName('Data', taken));
  cover.addRow([data.name]);
  const header = data.addRow(doc.data.columns.map(neutraliseFormula));
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  for (const row of doc.data.rows) {
    const added = data.addRow([]);
    row.forEach((cell, i) => put(added.getCell(i + 1), cell));
  }
  data.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: doc.data.columns.length } };
  data.columns.forEach((c, i) => (c.width = [30, 14, 50, 24][i] ?? 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}
