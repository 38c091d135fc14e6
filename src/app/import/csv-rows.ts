/**
 * Reads a CSV file row by row, streaming: any separator of the three in use (comma, semicolon as
 * Excel writes it where the decimal mark is a comma, tab as "Unicode text" is saved), any of the
 * encodings the first pass found.
 */
import { TextDecoder } from 'node:util';
import { createReadStream, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { TextEncoding } from './file-scan.js';
import type { WorkbookRow } from './workbook-rows.js';

export type Separator = ',' | ';' | '\t';
export const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The separator of the first line: whichever of the three it holds most of, outside quotes. */
export function detectSeparator(sample: string): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Separator] += 1;
  }
  const best = (Object.keys(counts) as Separator[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

/** Decodes a non-UTF-8 byte stream into UTF-8 text, chunk by chunk. */
function decoder(encoding: TextEncoding): Transform {
  const text = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

const NO_FORMULAS: WorkbookRow['formulas'] = [];

export interface CsvSource {
  rows: AsyncIterable<WorkbookRow>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
}

export function csvRows(path: string, encoding: TextEncoding, separator: Separator): CsvSource {
  const file: ReadStream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = parse({
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    // Empty lines stay as rows, so that a row's number is the one Excel shows when it opens the file.
    skip_empty_lines: false,
  });
  const input = encoding === 'utf-8' ? file : file.pipe(decoder(encoding));
  input.pipe(parser);
  file.on('error', (error) => parser.destroy(error));
  async function* rows(): AsyncGenerator<WorkbookRow> {
    try {
      let number = 0;
      for await (const record of parser as AsyncIterable<string[]>) {
        number += 1;
        yield { number, cells: record, formulas: NO_FORMULAS };
      }
    } catch (error) {
      if (error instanceof CsvError) {
        const line = (error as CsvError & { lines?: number }).lines ?? null;
        throw new CsvReadError(error.message.replace(/^Invalid Record Length: /, ''), line);
      }
      throw error;
    } finally {
      file.destroy();
    }
  }
  return { rows: rows(), bytesRead: () => file.bytesRead };
}
