/**
 * The first pass over a file: its SHA-256 (the batch records it, so the same file is known again),
 * its size, and for text its encoding. Excel on Windows still saves "CSV" as Windows-1252 (£ is one
 * byte, 0xA3), and "Unicode text" as UTF-16; a file that is not valid UTF-8 throughout is read as
 * Windows-1252, which can decode any byte.
 */
import { TextDecoder } from 'node:util';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface FileScan {
  sha256: string;
  bytes: number;
  /** The first bytes, for telling what the file really is. */
  head: Buffer;
  encoding: TextEncoding;
  byteOrderMark: boolean;
  /** Nothing but a byte-order mark and white space. */
  blank: boolean;
  /** The start of the text, decoded, for finding the separator. */
  sample: string;
}

const HEAD_BYTES = 64 * 1024;

function bomOf(head: Buffer): { encoding: TextEncoding; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Reads the file once, with `onBytes` told of progress. */
export async function scanFile(path: string, onBytes?: (bytes: number) => void): Promise<FileScan> {
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  let blank = true;
  let utf8: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (headLength < HEAD_BYTES) {
      headChunks.push(chunk);
      headLength += chunk.length;
    }
    if (blank) blank = /^[\s\uFEFF]*$/.test(chunk.toString('latin1').replace(/^\xef\xbb\xbf/, ''));
    if (utf8) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        utf8 = null;
      }
    }
    bytes += chunk.length;
    onBytes?.(bytes);
  }
  if (utf8) {
    try {
      utf8.decode();
    } catch {
      utf8 = null;
    }
  }
  const head = Buffer.concat(headChunks).subarray(0, HEAD_BYTES);
  const bom = bomOf(head);
  const encoding: TextEncoding = bom?.encoding ?? (utf8 ? 'utf-8' : 'windows-1252');
  const sample = new TextDecoder(encoding).decode(head.subarray(bom?.length ?? 0));
  if (bom && bom.encoding !== 'utf-8') blank = sample.trim() === '';
  return { sha256: hash.digest('hex'), bytes, head, encoding, byteOrderMark: bom !== null, blank, sample };
}

/** Names the encoding as the report shows it. */
export function describeEncoding(scan: FileScan): string {
  const name = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252',
  }[scan.encoding];
  return scan.byteOrderMark ? `${name} with a byte-order mark` : name;
}
