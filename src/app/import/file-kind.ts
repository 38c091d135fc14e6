/**
 * Which reader a file needs, from its name and its first bytes. A workbook renamed .csv (or a CSV
 * renamed .xlsx) is refused with what it really is, rather than read as garbage.
 */
import { extname } from 'node:path';

export type FileKind = 'csv' | 'xlsx';

const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'];
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/** What the first bytes say the file is. */
function contentOf(head: Buffer): 'zip' | 'ole' | 'pdf' | 'text' {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return 'zip';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return 'ole';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return 'text';
}

const WHAT: Record<'zip' | 'ole' | 'pdf', string> = {
  zip: 'an Excel workbook (.xlsx), or another zip file',
  ole: 'an Excel 97–2003 workbook (.xls) or a password-protected workbook',
  pdf: 'a PDF document',
};

export function fileKind(
  fileName: string,
  head: Buffer,
): { kind: FileKind } | { refused: string; expected: string } {
  const extension = extname(fileName).toLowerCase();
  const content = contentOf(head);
  if (TEXT_EXTENSIONS.includes(extension)) {
    if (content === 'text') return { kind: 'csv' };
    return {
      refused: `is named ${extension} but is really ${WHAT[content]}`,
      expected:
        content === 'zip'
          ? 'a CSV file, or this workbook renamed to .xlsx'
          : 'a CSV file or an .xlsx workbook',
    };
  }
  if (WORKBOOK_EXTENSIONS.includes(extension)) {
    if (content === 'zip') return { kind: 'xlsx' };
    return {
      refused: `is named ${extension} but is really ${content === 'text' ? 'text (a CSV file?)' : WHAT[content]}`,
      expected:
        content === 'text'
          ? 'an .xlsx workbook, or this file renamed to .csv'
          : 'an .xlsx workbook (in Excel: File › Save As › Excel Workbook, without a password)',
    };
  }
  if (extension === '.xls') {
    return {
      refused: 'is an Excel 97–2003 workbook (.xls)',
      expected: 'an .xlsx workbook or a CSV file (in Excel: File › Save As)',
    };
  }
  return {
    refused: `has a name ending "${extension || '(nothing)'}"`,
    expected: 'a .csv, .tsv or .txt file, or an .xlsx workbook',
  };
}
