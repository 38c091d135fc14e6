/**
 * Checks a workbook before any XML parser sees it, within fixed time and memory:
 * - a zip bomb is refused on its declared sizes and part count, and again if a part, unzipped in a
 *   stream, turns out to hold more than it declared (so a lying header gains nothing);
 * - XML with a DOCTYPE or ENTITY declaration is refused (no entity expansion, no external entities:
 *   a workbook never needs them);
 * - it learns the sheets' names and order and each sheet's merged cells, which the streaming reader
 *   does not report.
 */
import { TextDecoder } from 'node:util';
import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { formatBytes, type ImportLimits } from './limits.js';
import { entryDataOffset, readZipDirectory, ZipRefused, type ZipEntry } from './zip-directory.js';

export interface WorkbookCheck {
  /** Sheets in the workbook's order, with the part that holds each. */
  sheets: { name: string; part: string }[];
  /** Merged ranges ("A1:B2") by sheet part. */
  merges: Map<string, string[]>;
}

const SMALL_PART_BYTES = 4 * 1024 * 1024;
const XML_PART = /\.(xml|rels|vml)$/i;
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;
const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) found[m[1]!] = m[2]!;
  return found;
}

function xmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Unzips one part in a stream, calling `onText` with whole tags, and refusing what it must. */
async function scanPart(
  path: string,
  entry: ZipEntry,
  budget: { left: number },
  onTags: (text: string) => void,
) {
  if (entry.compressedSize === 0) return; // an empty part (a folder, or an empty file)
  const start = await entryDataOffset(path, entry);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const data = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  const xml = XML_PART.test(entry.name);
  const text = new TextDecoder('utf-8');
  let seen = 0;
  let carry = '';
  try {
    for await (const chunk of data as AsyncIterable<Buffer>) {
      seen += chunk.length;
      budget.left -= chunk.length;
      if (seen > entry.uncompressedSize) {
        throw new ZipRefused(
          `has a part (${entry.name}) that holds more than the ${formatBytes(entry.uncompressedSize)} it declares: refused as a zip bomb`,
        );
      }
      if (budget.left < 0) throw new ZipRefused('unzips to more than the size limit: refused as a zip bomb');
      if (!xml) continue;
      if (
        seen === chunk.length &&
        (chunk[0] === 0xfe || chunk[0] === 0xff || chunk.subarray(0, 4).includes(0))
      ) {
        throw new ZipRefused(
          `has a part (${entry.name}) written in UTF-16, which Golden Thread does not read`,
        );
      }
      const joined = carry + text.decode(chunk, { stream: true });
      const last = joined.lastIndexOf('<');
      const complete = last < 0 ? joined : joined.slice(0, last);
      carry = last < 0 ? '' : joined.slice(last);
      if (DECLARATION.test(complete)) {
        throw new ZipRefused(
          `has XML (${entry.name}) with a DOCTYPE or ENTITY declaration, which a workbook never needs: refused as unsafe (external entities)`,
        );
      }
      onTags(complete);
    }
    if (xml && DECLARATION.test(carry))
      throw new ZipRefused(`has XML (${entry.name}) with a DOCTYPE or ENTITY declaration: refused as unsafe`);
    onTags(carry);
  } finally {
    raw.destroy();
  }
}

export async function checkWorkbook(path: string, limits: ImportLimits): Promise<WorkbookCheck> {
  const entries = await readZipDirectory(path, limits.xlsxEntries);
  let declared = 0;
  for (const entry of entries) {
    if (entry.encrypted)
      throw new ZipRefused(`has an encrypted part (${entry.name}): remove the password in Excel first`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipRefused(
        `has a part (${entry.name}) compressed in a way Excel does not use (method ${entry.method})`,
      );
    }
    declared += entry.uncompressedSize;
  }
  if (declared > limits.xlsxUnzippedBytes) {
    throw new ZipRefused(
      `unzips to ${formatBytes(declared)}, beyond the limit of ${formatBytes(limits.xlsxUnzippedBytes)}: refused as too large (or a zip bomb)`,
    );
  }
  const budget = { left: limits.xlsxUnzippedBytes };
  const small = new Map<string, string>();
  const merges = new Map<string, string[]>();
  for (const entry of entries) {
    const keep = entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels';
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    let kept = '';
    const found: string[] = [];
    await scanPart(path, entry, budget, (tags) => {
      if (keep && kept.length < SMALL_PART_BYTES) kept += tags;
      if (sheet && tags.includes('<mergeCell')) for (const m of tags.matchAll(MERGE)) found.push(m[1]!);
    });
    if (keep) small.set(entry.name, kept);
    if (found.length > 0) merges.set(entry.name, found);
  }
  const targets = new Map<string, string>();
  for (const m of (small.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sheets: WorkbookCheck['sheets'] = [];
  for (const m of (small.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const part = targets.get(a['r:id'] ?? '');
    if (a.name && part) sheets.push({ name: xmlText(a.name), part });
  }
  if (sheets.length === 0) throw new ZipRefused('is not an Excel workbook: it has no worksheets');
  return { sheets, merges };
}
