import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestDatabase, type TestDatabase } from '../../../test/store-fixture.js';
import { buildReport } from '../build-report.js';
import type { ReportDocument } from '../document.js';
import { loadReportCouncil, REPORT_PERIOD, REPORT_TODAY } from '../testing/report-council.js';
import { docxText, htmlText, pdfText, readWorkbook } from '../testing/read-back.js';
import { renderReport } from './index.js';

// The renderers read only the document, not the store: one database is enough here
// (build-report.test.ts covers both).
describe('each format opens and reads back', () => {
  let db: TestDatabase;
  let cabinet: ReportDocument;
  let team: ReportDocument;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await loadReportCouncil(db.store);
    const base = { period: REPORT_PERIOD, today: REPORT_TODAY, approvedOnly: false };
    cabinet = await buildReport(db.store, { ...base, level: 'cabinet' });
    team = await buildReport(db.store, {
      ...base,
      level: 'team-manager',
      scope: { orgUnitId: 'TEAM-SKILLS' },
    });
  });
  afterAll(() => db.drop());

  it('writes a PDF with a cover, contents with page numbers, and every section', async () => {
    const { bytes, mediaType, extension } = await renderReport(cabinet, 'pdf');
    expect([mediaType, extension]).toEqual(['application/pdf', 'pdf']);
    const { text, pages } = pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(text).toContain('Cabinet quarterly performance report');
    expect(text).toMatch(/Contents[\s\S]*Summary\s+3/);
    for (const s of cabinet.sections) expect(text).toContain(s.title);
    expect(text).toContain('CP-ECO-02 Claimant count rate');
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('writes a Word document with real headings, a contents field and editable tables', async () => {
    const { bytes } = await renderReport(cabinet, 'docx');
    const { xml, paragraphs } = await docxText(bytes);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(xml).toContain('<w:tblHeader/>');
    expect(paragraphs).toContain('Exceptions and recovery plans');
    expect(paragraphs).toContain('CP-ECO-02 Claimant count rate');
    expect(xml).toContain('<wp:docPr'); // the charts, with their text alternative
  });

  it('writes an Excel workbook with a sheet per section, frozen headers and typed cells', async () => {
    const { bytes } = await renderReport(cabinet, 'xlsx');
    const book = await readWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Summary',
      'A thriving economy with more lo',
      'Exceptions',
      'Key actions',
      'Data quality',
      'Data',
    ]);
    const data = book.getWorksheet('Data')!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getRow(1).getCell(2).value).toBe('Measure code');
    const claimant = data.getRow(3);
    expect(claimant.getCell(2).value).toBe('CP-ECO-02');
    expect(claimant.getCell(6).value).toBe(4.8);
    expect(claimant.getCell(6).numFmt).toBe('#,##0.0"%"');
    expect(claimant.getCell(10).value).toBe('■ Red');
    expect(book.getWorksheet('Key actions')!.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('writes CSV by RFC 4180: a header, CRLF line ends and quoted fields', async () => {
    const { bytes, mediaType } = await renderReport(cabinet, 'csv');
    expect(mediaType).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.startsWith('\uFEFFGroup,Measure code,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(cabinet.data.rows.length + 2);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Measure code'])).toEqual(['CP-ECO-01', 'CP-ECO-02', 'NI-154']);
    expect(rows[1]!['RAG meaning']).toBe('Off target, beyond tolerance');
  });

  it('writes accessible HTML: headings in order, captioned tables, charts with text alternatives', async () => {
    const { bytes } = await renderReport(cabinet, 'html');
    const html = Buffer.from(bytes).toString('utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<th scope="col">');
    expect(html).toMatch(/<svg[^>]*role="img"><title>[^<]+<\/title><desc>/);
    expect(html).toContain('<summary>The figures in this chart</summary>');
    expect(htmlText(html)).toContain('Red Off target, beyond tolerance');
  });

  it('neutralises text a spreadsheet would run as a formula, but keeps negative figures as numbers', async () => {
    const csv = Buffer.from((await renderReport(team, 'csv')).bytes).toString('utf8');
    expect(csv).toContain(",'=Apprentices starting with the Skills team,");
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['Measure code'] === 'BP-SK-01')!['Figure']).toBe('11');
    const book = await readWorkbook((await renderReport(team, 'xlsx')).bytes);
    const data = book.getWorksheet('Data')!;
    const values = data.getColumn(3).values.filter((v): v is string => typeof v === 'string');
    expect(values).toContain("'=Apprentices starting with the Skills team");
    expect(values.some((v) => v.startsWith('='))).toBe(false);
  });
});
