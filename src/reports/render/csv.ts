/**
 * The report as CSV (RFC 4180): one row per measure from the report's data set, CRLF line ends,
 * fields quoted where they hold a comma, a quote or a line break, and a UTF-8 byte-order mark so
 * that Excel reads "£" and "–" correctly. Figures are plain numbers rounded as published; text is
 * neutralised against formula injection.
 */
import { roundToDecimals } from '../../domain/status/format.js';
import type { Cell, ReportDocument } from '../document.js';
import { neutraliseFormula } from './safe-cell.js';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function field(cell: Cell): string {
  switch (cell.kind) {
    case 'number':
      return cell.value === null ? '' : String(roundToDecimals(cell.value, cell.decimals));
    case 'date':
      return cell.iso;
    case 'status':
      return quote(neutraliseFormula(cell.text));
    case 'text':
      return quote(neutraliseFormula(cell.text));
  }
}

export function renderCsv(doc: ReportDocument): string {
  const lines = [doc.data.columns.map((c) => quote(neutraliseFormula(c))).join(',')];
  for (const row of doc.data.rows) lines.push(row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
