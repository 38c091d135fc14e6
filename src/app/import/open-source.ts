/**
 * Opens a file for import: tells CSV from workbook by its bytes, applies the size limits, runs the
 * workbook guard, and describes how to read it (plain data, so that a worker thread can read it
 * too); `openRows` then streams its rows, one shape whatever the format. A file that cannot be read
 * at all is a refusal with a clear reason, never an exception.
 */
import { open, stat } from 'node:fs/promises';
import { UserError } from '../../domain/errors.js';
import type { ImportProfile } from '../../domain/import/index.js';
import { csvRows, detectSeparator, SEPARATOR_NAMES, type Separator } from './csv-rows.js';
import { describeEncoding, scanFile, type TextEncoding } from './file-scan.js';
import { fileKind, type FileKind } from './file-kind.js';
import { formatBytes, type ImportLimits } from './limits.js';
import { checkWorkbook } from './workbook-guard.js';
import { workbookRows, type WorkbookRow } from './workbook-rows.js';
import { ZipRefused } from './zip-directory.js';

export type SourceRow = WorkbookRow;

export interface Source {
  path: string;
  kind: FileKind;
  sha256: string;
  bytes: number;
  readAs: string[];
  /** For CSV: how its text is encoded and separated. */
  encoding: TextEncoding;
  separator: Separator;
  /** For workbooks: the sheet to read, and its merged ranges ("A2:A5"). */
  sheet: string | null;
  merges: string[];
}

/** Streams the rows of an opened file. */
export function openRows(source: Source): { rows: AsyncIterable<SourceRow>; bytesRead(): number } {
  return source.kind === 'csv'
    ? csvRows(source.path, source.encoding, source.separator)
    : workbookRows(source.path, source.sheet!);
}

export type Opened = { source: Source } | { refused: string; expected: string | null; sha256: string | null };

async function firstBytes(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await file.read(head, 0, 8, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const EMPTY_EXPECTED = 'a header row naming the columns, then one row for each figure';

export async function openSource(
  path: string,
  profile: ImportProfile,
  limits: ImportLimits,
  onBytes: (bytes: number, total: number) => void,
): Promise<Opened> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserError('invalid-input', `${path} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      'not-found',
      `Cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the file's name and that you may read it`,
    );
  }
  if (size === 0) return { refused: 'is empty', expected: EMPTY_EXPECTED, sha256: null };
  const kind = fileKind(path, await firstBytes(path));
  if ('refused' in kind) return { ...kind, sha256: null };
  const limit = kind.kind === 'csv' ? limits.csvBytes : limits.xlsxBytes;
  if (size > limit) {
    return {
      refused: `is ${formatBytes(size)}, beyond the limit of ${formatBytes(limit)} for ${kind.kind === 'csv' ? 'CSV files' : 'workbooks'}`,
      expected:
        kind.kind === 'csv'
          ? `a file of at most ${formatBytes(limit)}: split it by year or by measure`
          : `a workbook of at most ${formatBytes(limit)}, or the sheet saved as CSV (up to ${formatBytes(limits.csvBytes)})`,
      sha256: null,
    };
  }
  const scan = await scanFile(path, (bytes) => onBytes(bytes, size));
  if (kind.kind === 'csv') {
    if (scan.blank) return { refused: 'is empty', expected: EMPTY_EXPECTED, sha256: scan.sha256 };
    const separator = detectSeparator(scan.sample);
    return {
      source: {
        path,
        kind: 'csv',
        sha256: scan.sha256,
        bytes: size,
        readAs: [`CSV, ${describeEncoding(scan)}, ${SEPARATOR_NAMES[separator]}-separated`],
        encoding: scan.encoding,
        separator,
        sheet: null,
        merges: [],
      },
    };
  }
  try {
    const book = await checkWorkbook(path, limits);
    const sheet =
      profile.sheet === null ? book.sheets[0]! : book.sheets.find((s) => s.name === profile.sheet);
    if (!sheet) {
      return {
        refused: `has no sheet "${profile.sheet}"`,
        expected: `one of its sheets: ${book.sheets.map((s) => `"${s.name}"`).join(', ')} (the profile's "sheet")`,
        sha256: scan.sha256,
      };
    }
    const place =
      book.sheets.length > 1 ? ` (${book.sheets.indexOf(sheet) + 1} of ${book.sheets.length})` : '';
    return {
      source: {
        path,
        kind: 'xlsx',
        sha256: scan.sha256,
        bytes: size,
        readAs: [`Excel workbook, sheet "${sheet.name}"${place}`],
        encoding: 'utf-8',
        separator: ',',
        sheet: sheet.name,
        merges: book.merges.get(sheet.part) ?? [],
      },
    };
  } catch (error) {
    if (error instanceof ZipRefused)
      return {
        refused: error.message,
        expected: 'an .xlsx workbook saved by Excel or LibreOffice',
        sha256: scan.sha256,
      };
    throw error;
  }
}
