/**
 * Reads one worksheet of an .xlsx workbook row by row with exceljs's streaming reader. Cells come
 * out as the officer sees them: a cell formatted as a percentage that holds 0.645 reads as 64.5;
 * a date cell reads as its ISO date; a formula reads as its last calculated (cached) value, and
 * the row says which cells held formulas so the import can flag them.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, SheetRow } from '../../domain/import/index.js';

export interface WorkbookRow extends SheetRow {
  /** Cells that held formulas (their cached values are in `cells`), and cells that had no value. */
  formulas: { index: number; formula: string; cached: boolean }[];
}

export interface WorkbookSource {
  rows: AsyncIterable<WorkbookRow>;
  bytesRead(): number;
}

type Value = ExcelJS.CellValue;

/** Excel stores 64.5% as 0.645; the file means 64.5. Fifteen digits undo the binary noise. */
function asShown(value: number, numFmt: string | undefined): number {
  return numFmt && numFmt.includes('%') ? Number((value * 100).toPrecision(15)) : value;
}

function plain(value: Value, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? '#VALUE!' : asShown(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return String(value.text);
  return null;
}

interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

export function workbookRows(path: string, sheetName: string): WorkbookSource {
  const file: ReadStream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<WorkbookRow> {
    try {
      for await (const sheet of reader as unknown as AsyncIterable<StreamedSheet>) {
        if (sheet.name !== sheetName) continue;
        for await (const row of sheet) {
          const cells: Cell[] = [];
          const formulas: WorkbookRow['formulas'] = [];
          row.eachCell({ includeEmpty: false }, (cell, column) => {
            const value = cell.value;
            const index = column - 1;
            while (cells.length < index) cells.push(null);
            if (
              value !== null &&
              typeof value === 'object' &&
              ('formula' in value || 'sharedFormula' in value)
            ) {
              const formula = 'formula' in value && value.formula ? value.formula : 'a shared formula';
              const cached = value.result !== undefined;
              formulas.push({ index, formula, cached });
              cells.push(cached ? plain(value.result as Value, cell.numFmt) : null);
            } else {
              cells.push(plain(value, cell.numFmt));
            }
          });
          yield { number: row.number, cells, formulas };
        }
        return;
      }
    } finally {
      file.destroy();
    }
  }
  return { rows: rows(), bytesRead: () => file.bytesRead };
}
