/**
 * Golden files: the small test council's Cabinet report as HTML and CSV, compared with files kept
 * in golden/ (named .golden, so formatters leave them byte for byte) and reviewed by hand. A
 * mismatch writes golden/NAME-changed.golden to compare; set
 * UPDATE_GOLDEN=1 to accept a change (never under CI).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/store-fixture.js';
import { buildReport } from './build-report.js';
import type { ReportDocument } from './document.js';
import { renderCsv } from './render/csv.js';
import { renderHtml } from './render/html.js';
import { loadReportCouncil, REPORT_PERIOD, REPORT_TODAY } from './testing/report-council.js';

const GOLDEN = join(import.meta.dirname, 'golden');

/** ECharts numbers each chart's CSS classes by how many charts the process has drawn before. */
const stable = (html: string) => html.replace(/zr\d+-cls/g, 'zrN-cls');

function compare(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  const changed = file.replace(/(\.\w+)$/, '-changed$1');
  const update = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';
  if (update || !existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`golden file ${name} is missing`);
    writeFileSync(file, actual);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} differs from its golden file; see ${changed}`).toBe(expected);
}

describe('the Cabinet report matches its golden files', () => {
  let db: TestDatabase;
  let doc: ReportDocument;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await loadReportCouncil(db.store);
    doc = await buildReport(db.store, {
      level: 'cabinet',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: false,
    });
  });
  afterAll(() => db.drop());

  it('as HTML', () => compare('cabinet-html.golden', stable(renderHtml(doc))));
  it('as CSV', () => compare('cabinet-csv.golden', renderCsv(doc)));
});
