import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/store-fixture.js';
import { isUserError } from '../domain/errors.js';
import { buildReport } from './build-report.js';
import type { ReportDocument } from './document.js';
import { rasteriseInfographic, renderInfographicPng } from './infographic-png.js';
import { loadReportCouncil, REPORT_PERIOD, REPORT_TODAY } from './testing/report-council.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from the PNG's IHDR chunk, which follows the signature. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Counts the pixels in a band of rows that are dark, light, and the banner's blue (#1d70b8). */
function tally(picture: { pixels: Buffer; width: number }, fromRow: number, toRow: number) {
  const counts = { dark: 0, light: 0, blue: 0 };
  for (let row = fromRow; row < toRow; row += 1)
    for (let col = 0; col < picture.width; col += 1) {
      const at = (row * picture.width + col) * 4;
      const [r, g, b] = [picture.pixels[at]!, picture.pixels[at + 1]!, picture.pixels[at + 2]!];
      const brightness = (r + g + b) / 3;
      if (brightness < 60) counts.dark += 1;
      if (brightness > 240) counts.light += 1;
      if (Math.abs(r - 0x1d) < 8 && Math.abs(g - 0x70) < 8 && Math.abs(b - 0xb8) < 8) counts.blue += 1;
    }
  return counts;
}

describe('the infographic as a PNG', () => {
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

  it('is a PNG as wide as the SVG by default', () => {
    const png = renderInfographicPng(doc);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png).width).toBe(800);
    expect(pngSize(png).height).toBeGreaterThan(600);
  });

  it('is drawn at the width asked for, keeping its shape', () => {
    const small = pngSize(renderInfographicPng(doc, { width: 400 }));
    const large = pngSize(renderInfographicPng(doc, { width: 1600 }));
    expect(small.width).toBe(400);
    expect(large.width).toBe(1600);
    expect(Math.abs(large.height / small.height - 4)).toBeLessThan(0.05);
  });

  it('has ink on a white page, and white words written on the blue banner', () => {
    const picture = rasteriseInfographic(doc);
    const whole = tally(picture, 0, picture.height);
    expect(whole.dark).toBeGreaterThan(1000);
    expect(whole.light).toBeGreaterThan(whole.dark);
    // The banner is the top 120 pixels: with no font, it would be blue and nothing else.
    const banner = tally(picture, 0, 120);
    expect(banner.blue).toBeGreaterThan(800 * 60);
    expect(banner.light).toBeGreaterThan(2000);
  });

  it('refuses a width no one can read or that is needlessly large, naming the range', () => {
    for (const width of [0, 50, 1.5, 10_000]) {
      let caught: unknown;
      try {
        renderInfographicPng(doc, { width });
      } catch (error) {
        caught = error;
      }
      expect(isUserError(caught)).toBe(true);
      expect((caught as Error).message).toMatch(
        /^width: .* expected a whole number of pixels from 200 to 4000$/,
      );
    }
  });
});
