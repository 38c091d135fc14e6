/**
 * The stated limits of an import. A file beyond them is refused with the limit named, before any
 * of it is parsed; within them a file is streamed, so memory stays flat whatever its length.
 */
export interface ImportLimits {
  /** Largest CSV file, in bytes. */
  csvBytes: number;
  /** Largest workbook file, in bytes. */
  xlsxBytes: number;
  /** Most that a workbook's parts may hold once unzipped, in total. */
  xlsxUnzippedBytes: number;
  /** Most parts a workbook may have (a real one has a few dozen). */
  xlsxEntries: number;
}

const MiB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  csvBytes: 512 * MiB,
  xlsxBytes: 64 * MiB,
  xlsxUnzippedBytes: 512 * MiB,
  xlsxEntries: 1000,
};

/** "512 MiB", "1.5 KiB": a size as people read it. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 && value % 1 !== 0 ? 1 : 0);
  return `${text} ${units[unit]}`;
}
