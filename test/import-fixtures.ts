/**
 * Files for import tests, made in the test (never committed binaries): CSV text in any encoding,
 * workbooks built with exceljs, and hand-made zip files for the hostile cases (bombs, entities).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Store } from '../src/store/connect.js';
import { listAreas } from '../src/store/areas.js';
import { writeCouncilBundle } from '../src/store/bundle.js';
import { insertImportedMeasures, listImportBatches } from '../src/store/imports.js';
import { listMeasures } from '../src/store/measures.js';
import { countValueVersions } from '../src/store/values.js';
import { aMeasure, aSmallCouncil, TEST_CHANGE } from './factories.js';

export interface FixtureFolder {
  /** Writes a file into the folder and returns its path. */
  file(name: string, content: string | Buffer): string;
  remove(): void;
}

export function fixtureFolder(): FixtureFolder {
  const dir = mkdtempSync(join(tmpdir(), 'golden-thread-import-'));
  return {
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** CSV text from rows; cells are written as given (quote them yourself where needed). */
export function csv(rows: (string | number)[][], separator = ',', lineEnd = '\r\n'): string {
  return rows.map((r) => r.join(separator)).join(lineEnd) + lineEnd;
}

/** Encodes text as Windows-1252 (Latin-1 covers the characters tests use: £, é). */
export function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** Builds a workbook in memory; `build` fills its sheets. */
export async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** Overrides the size the directory declares, to lie like a zip bomb. */
  declaredSize?: number;
}

/** A zip file written by hand (PKWARE APPNOTE 4.3), so that its headers can say anything. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const body = method === 8 ? deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a zip file (only what `zip` and Excel write: stored or deflated, no data descriptors). */
export function unzip(file: Buffer): ZipPart[] {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = file.readUInt16LE(at + 10) as 0 | 8;
    const compressed = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const skip = nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const body = file.subarray(start, start + compressed);
    parts.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body), method });
    at += 46 + skip;
  }
  return parts;
}

/**
 * The council import tests import into: the small test council, plus measures the layouts need (a
 * Fingertips indicator, an academic-year measure, a retired and a calculated one).
 */
export const IMPORT_TEST_MEASURES = [
  aMeasure({
    id: 'PH-LE-01',
    title: 'Life expectancy at birth (female)',
    unit: 'number',
    frequency: 'annual',
    yearKind: 'calendar',
    nationalReference: 'PHOF A01b (Fingertips 90366)',
    strategyItemIds: [],
  }),
  aMeasure({
    id: 'ED-KS2-01',
    title: 'Pupils meeting the expected standard at KS2',
    frequency: 'annual',
    yearKind: 'academic',
    strategyItemIds: [],
  }),
  aMeasure({ id: 'OLD-01', title: 'A retired measure', state: 'retired', strategyItemIds: [] }),
  aMeasure({ id: 'CALC-01', title: 'A calculated measure', formula: 'CP-ECO-01 * 2', strategyItemIds: [] }),
];

export async function loadImportTestCouncil(store: Store): Promise<void> {
  await writeCouncilBundle(store.db, aSmallCouncil(), TEST_CHANGE);
  await insertImportedMeasures(store.db, IMPORT_TEST_MEASURES, TEST_CHANGE.at);
}

/** Everything an import could write, counted: equal snapshots mean nothing was written. */
export async function importSnapshot(store: Store) {
  return {
    versions: await countValueVersions(store.db),
    batches: (await listImportBatches(store.db)).length,
    measures: (await listMeasures(store.db, { includeRetired: true })).length,
    areas: (await listAreas(store.db)).length,
  };
}
