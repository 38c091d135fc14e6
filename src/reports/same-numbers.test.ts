/**
 * Same numbers everywhere: one report rendered in every format, and each measure's figure, target
 * and status read back from each file and checked against the engine's own result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestDatabase, type TestDatabase } from '../../test/store-fixture.js';
import { measureReports, type FullMeasureReport } from '../app/status/index.js';
import type { MeasureStatus } from '../domain/engine/index.js';
import { formatFigure, formatSetFigure, roundToDecimals } from '../domain/status/format.js';
import { RAG_LABELS } from '../domain/status/labels.js';
import { listMeasures } from '../store/measures.js';
import { buildReport } from './build-report.js';
import { renderReport } from './render/index.js';
import { loadReportCouncil, REPORT_PERIOD, REPORT_TODAY } from './testing/report-council.js';
import { docxText, htmlText, pdfText, readWorkbook } from './testing/read-back.js';

interface Expected {
  code: string;
  figure: string;
  value: number;
  target: string;
  rag: string;
  period: string;
}

describe('one report, the same numbers in every format', () => {
  let db: TestDatabase;
  let expected: Expected[];
  let files: Record<'pdf' | 'docx' | 'xlsx' | 'csv' | 'html', Uint8Array>;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await loadReportCouncil(db.store);
    const request = { level: 'cabinet', period: REPORT_PERIOD, today: REPORT_TODAY, approvedOnly: false };
    const doc = await buildReport(db.store, request);
    const measures = (await listMeasures(db.store.db)).filter((m) => m.category !== 'business-plan');
    const engine = (await measureReports(db.store, measures, {
      asAt: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: false,
    })) as FullMeasureReport[];
    expected = engine.map(
      ({ measure, status }: { measure: (typeof measures)[number]; status: MeasureStatus }) => {
        const style = { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer };
        return {
          code: measure.id,
          value: status.figure!.value!,
          figure: formatFigure(status.figure!.value!, style),
          target: formatSetFigure(status.target!.value!, style),
          rag: RAG_LABELS[status.rag.status].word,
          period: status.periodLabel!,
        };
      },
    );
    files = {} as typeof files;
    for (const format of ['pdf', 'docx', 'xlsx', 'csv', 'html'] as const)
      files[format] = (await renderReport(doc, format)).bytes;
  });
  afterAll(() => db.drop());

  it('has a figure from the engine for every measure it checks', () => {
    expect(expected.map((e) => [e.code, e.figure, e.rag])).toEqual([
      ['CP-ECO-01', '67.4%', 'Green'],
      ['CP-ECO-02', '4.8%', 'Red'],
      ['NI-154', '190', 'Amber'],
    ]);
  });

  it('prints the engine’s figures, targets and statuses in the PDF', () => {
    const text = pdfText(files.pdf).text.replace(/\s+/g, ' ');
    for (const e of expected) {
      expect(text).toMatch(new RegExp(`Figure for ${e.period} ${e.figure.replace('.', '\\.')}`));
      expect(text).toContain(`Target ${e.target}`);
      expect(text).toContain(`Status ${e.rag}`);
    }
  });

  it('writes them into the Word document’s tables', async () => {
    const { paragraphs } = await docxText(files.docx);
    // Each measure's facts table follows its heading: pair each figure with the heading above it.
    const codes = expected.map((e) => e.code);
    const seen = new Map<string, string[]>();
    let current: string | null = null;
    paragraphs.forEach((p, i) => {
      const code = codes.find((c) => p.startsWith(`${c} `));
      if (code) current = code;
      if (current && p.startsWith('Figure for '))
        seen.set(current, [...(seen.get(current) ?? []), paragraphs[i + 1]!]);
    });
    for (const e of expected) {
      const figures = seen.get(e.code) ?? [];
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) expect(f.replace(' (provisional)', '')).toBe(e.figure);
      expect(paragraphs).toContain(e.target);
    }
  });

  it('stores them as numbers in the workbook', async () => {
    const data = (await readWorkbook(files.xlsx)).getWorksheet('Data')!;
    for (const e of expected) {
      const row = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(2).value === e.code)!;
      expect(row.getCell(6).value).toBe(e.value);
      expect(String(row.getCell(10).value)).toMatch(new RegExp(` ${e.rag}$`));
    }
  });

  it('writes them, rounded as published, in the CSV', () => {
    const rows = parse(Buffer.from(files.csv).toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    for (const e of expected) {
      const row = rows.find((r) => r['Measure code'] === e.code)!;
      expect(Number(row['Figure'])).toBe(roundToDecimals(e.value, 1));
      expect(row['RAG status']).toBe(e.rag);
    }
  });

  it('shows them in the HTML', () => {
    const text = htmlText(Buffer.from(files.html).toString('utf8'));
    for (const e of expected) {
      expect(text).toContain(`Figure for ${e.period} ${e.figure}`);
      expect(text).toContain(`Target ${e.target}`);
    }
  });
});
