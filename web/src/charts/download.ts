/** Saving what a page shows: a table as CSV, a chart as a PNG or SVG picture. */

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote what needs it, and defuse a leading = + - @ that a spreadsheet would run as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function saveCsv(
  fileName: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): void {
  // The byte-order mark makes Excel read the file as UTF-8 (£, –, ’).
  save(new Blob(['\ufeff', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export function saveDataUrl(dataUrl: string, fileName: string): void {
  const [head = '', body = ''] = dataUrl.split(',');
  const type = /data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = head.includes('base64')
    ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
    : new TextEncoder().encode(decodeURIComponent(body));
  save(new Blob([bytes], { type }), fileName);
}

export function saveText(text: string, type: string, fileName: string): void {
  save(new Blob([text], { type }), fileName);
}

/** A file name from a title: "cp-eco-01-trend.csv". */
export function fileNameOf(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
