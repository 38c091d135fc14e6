/**
 * Reads an opened file into batches of figures and problems, with the domain's row reader. It
 * touches no database, so it can run in a worker thread beside the one that writes (see
 * read-worker.ts): everything it takes and gives is plain data.
 */
import type { Area } from '../../domain/area.js';
import {
  problem,
  resolveColumns,
  RowReader,
  type FileFigure,
  type ImportProblem,
  type ImportProfile,
} from '../../domain/import/index.js';
import type { Measure } from '../../domain/measure.js';
import { CsvReadError } from './csv-rows.js';
import { openRows, type Source } from './open-source.js';
import { FormulaCells, mergedCellProblems } from './workbook-problems.js';

export interface ReadBatch {
  figures: FileFigure[];
  problems: ImportProblem[];
  /** Data rows read for this batch, and how many of them were passed over. */
  rows: number;
  skipped: number;
  /** Measures and areas the file creates, first met in this batch: store them before its figures. */
  newMeasures: Measure[];
  newAreas: Area[];
  /** Some row has an error not yet in `problems` (it is reported once, in the last batch). */
  failed: boolean;
  bytesRead: number;
}

export interface ReadRequest {
  source: Source;
  profile: ImportProfile;
  catalogue: { measures: Measure[]; areas: Area[] };
  /** The file's name as problems give it. */
  file: string;
  figuresPerBatch: number;
}

const EXPECTED_ROWS = 'a header row naming the columns, then one row for each figure';

export async function* readBatches(request: ReadRequest): AsyncGenerator<ReadBatch> {
  const { source, profile, file } = request;
  const { rows, bytesRead } = openRows(source);
  const formulas = new FormulaCells(file);
  let reader: RowReader | null = null;
  let headerSeen = false;
  let totalRows = 0;
  let measuresSent = 0;
  let areasSent = 0;
  let batch: ReadBatch = empty();
  function empty(): ReadBatch {
    return {
      figures: [],
      problems: [],
      rows: 0,
      skipped: 0,
      newMeasures: [],
      newAreas: [],
      failed: false,
      bytesRead: 0,
    };
  }
  function take(): ReadBatch {
    const done = batch;
    if (reader) {
      done.newMeasures = reader.newMeasures.slice(measuresSent);
      done.newAreas = reader.newAreas.slice(areasSent);
      measuresSent = reader.newMeasures.length;
      areasSent = reader.newAreas.length;
      done.failed = reader.failed;
    }
    done.bytesRead = bytesRead();
    batch = empty();
    return done;
  }
  try {
    for await (const row of rows) {
      if (row.number < profile.headerRow) continue;
      if (!reader) {
        if (row.cells.every((c) => c === null || String(c).trim() === '')) continue;
        headerSeen = true;
        const resolved = resolveColumns(profile, row.cells, { file, row: row.number });
        batch.problems.push(...resolved.problems);
        if (!resolved.columns) break;
        reader = new RowReader(profile, resolved.columns, request.catalogue, file);
        formulas.headers = resolved.columns.headers;
        continue;
      }
      totalRows += 1;
      batch.rows += 1;
      if (row.formulas.length > 0) formulas.note(row);
      const result = reader.read(row);
      if (result.skipped) batch.skipped += 1;
      for (const p of result.problems) batch.problems.push(p);
      for (const f of result.figures) batch.figures.push(f);
      if (batch.figures.length >= request.figuresPerBatch) yield take();
    }
  } catch (error) {
    if (!(error instanceof CsvReadError)) throw error;
    batch.problems.push(
      problem('error', { file, row: error.line }, `cannot be read as CSV: ${error.message}`, {
        expected: 'a CSV file as Excel or any spreadsheet saves it',
      }),
    );
  }
  const last = take();
  last.problems.push(...(reader?.finish() ?? []), ...formulas.problems());
  last.problems.push(...mergedCellProblems(file, source.merges, profile.headerRow));
  if (!headerSeen) {
    const what = source.kind === 'xlsx' ? 'has an empty sheet' : 'is empty';
    last.problems.push(problem('error', { file, row: null }, what, { expected: EXPECTED_ROWS }));
  } else if (reader && totalRows === 0) {
    last.problems.push(
      problem('error', { file, row: null }, 'has a header row but no rows of figures', {
        expected: 'one row for each figure below the header',
      }),
    );
  }
  yield last;
}
