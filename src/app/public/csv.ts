/**
 * A public table as CSV (RFC 4180: CRLF line ends, fields quoted where they hold a comma, quote or
 * line break, quotes doubled; UTF-8 with no byte-order mark), as CSV on the Web metadata, and as
 * JSON. A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)
 * is prefixed with an apostrophe, so a download cannot carry an attack into Excel.
 */
import type { CellValue, PublicTable } from './open-data.js';
import { SUPPRESSED_MARK } from './suppression.js';

const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell as CSV text; numbers are written as they are, text is made formula-safe. */
export function csvCell(value: CellValue, withheld = false): string {
  if (withheld) return SUPPRESSED_MARK;
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return field(FORMULA_START.test(value) ? `'${value}` : value);
}

export function tableToCsv(table: PublicTable): string {
  const lines = [table.columns.map((c) => field(c.name)).join(',')];
  table.rows.forEach((row, i) => {
    const withheld = table.withheld?.[i];
    lines.push(
      table.columns.map((c) => csvCell(row[c.name] ?? null, withheld?.has(c.name) ?? false)).join(','),
    );
  });
  return lines.join('\r\n') + '\r\n';
}

/** CSV on the Web (W3C) metadata describing the CSV at `csvUrl`: columns, datatypes and units. */
export function tableToCsvw(table: PublicTable, csvUrl: string, publisher: string, modified: string | null) {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    url: csvUrl,
    'dc:title': table.title,
    'dc:description': table.description,
    'dc:publisher': publisher,
    ...(modified ? { 'dc:modified': modified } : {}),
    'dc:license': 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    dialect: { header: true, encoding: 'utf-8', lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: table.columns.map((c) => ({
        name: c.name,
        titles: c.title,
        datatype: c.datatype,
        // Withheld small numbers are "*"; a missing figure is empty. Both read as no value.
        null: c.suppressible ? ['', SUPPRESSED_MARK] : [''],
        ...(c.description ? { 'dc:description': c.description } : {}),
        ...(c.unit ? { 'schema:unitText': c.unit } : {}),
      })),
    },
  };
}

/** The table as JSON: its description and its rows, withheld cells null with `suppressed` saying so. */
export function tableToJson(table: PublicTable) {
  return {
    id: table.id,
    title: table.title,
    description: table.description,
    columns: table.columns.map(({ suppressible: _s, ...c }) => c),
    rows: table.rows.map((row, i) => {
      const withheld = table.withheld?.[i];
      return withheld && withheld.size > 0 ? { ...row, withheld: [...withheld] } : row;
    }),
    suppressedMark: SUPPRESSED_MARK,
  };
}
