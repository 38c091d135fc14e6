/** Writes a report document in one of the five formats: `renderReport(doc, format)`. */
import type { ReportDocument } from '../document.js';
import type { ReportFormat } from '../levels.js';
import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderPdf } from './pdf.js';
import { renderXlsx } from './xlsx.js';

export interface RenderedReport {
  bytes: Buffer | Uint8Array;
  mediaType: string;
  extension: ReportFormat;
}

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface RenderOptions {
  /** Called as a long render (the PDF) goes along, with the share done from 0 to 1. */
  onProgress?: (share: number) => void;
}

export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<RenderedReport> {
  const done = (bytes: Buffer | Uint8Array): RenderedReport => ({
    bytes,
    mediaType: MEDIA_TYPES[format],
    extension: format,
  });
  switch (format) {
    case 'pdf':
      return done(await renderPdf(doc, options.onProgress));
    case 'docx':
      return done(await renderDocx(doc));
    case 'xlsx':
      return done(await renderXlsx(doc));
    case 'csv':
      return done(Buffer.from(renderCsv(doc), 'utf8'));
    case 'html':
      return done(Buffer.from(renderHtml(doc), 'utf8'));
  }
}

/** A file name for a report: "cabinet-2017-18-Q2.pdf". */
export function reportFileName(doc: Pick<ReportDocument, 'level' | 'period'>, format: ReportFormat): string {
  return `${doc.level}-${doc.period.replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`;
}
