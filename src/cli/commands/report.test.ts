import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, whereIs } from '../../../test/cli-run.js';
import { createTestDatabase, type TestDatabase } from '../../../test/store-fixture.js';
import { loadReportCouncil } from '../../reports/testing/report-council.js';

describe('golden-thread report', () => {
  let db: TestDatabase;
  let out: string;
  const run = (args: string[]) => {
    const where = whereIs(db);
    return runCliCaptured(['report', ...args, ...where.args], { env: where.env });
  };
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await loadReportCouncil(db.store);
    out = mkdtempSync(join(tmpdir(), 'gt-report-cli-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes the Cabinet pack in the format its file name says, and says how it went', async () => {
    const file = join(out, 'cabinet.pdf');
    const result = await run([
      '--level',
      'cabinet',
      '--period',
      '2017/18-Q2',
      '--out',
      file,
      '--today',
      '2017-11-20',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Gathering figures for the cabinet report as at 2017\/18-Q2…\nWriting PDF…\n/,
    );
    expect(result.stderr).toMatch(
      /Wrote Cabinet quarterly performance report for Q2 2017\/18 to .*cabinet\.pdf \([\d,]+ bytes, [\d.]+ s\)/,
    );
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes a team report for a unit, in the format asked for', async () => {
    const file = join(out, 'team.data');
    const result = await run([
      '--level',
      'team-manager',
      '--unit',
      'TEAM-SKILLS',
      '--period',
      '2017/18-Q2',
      '--format',
      'csv',
      '--out',
      file,
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('BP-SK-01');
  });

  it('writes the one-page infographic as SVG, with a title and a text alternative', async () => {
    const file = join(out, 'picture.svg');
    const result = await run([
      '--level',
      'cabinet',
      '--period',
      '2017/18-Q2',
      '--infographic',
      '--out',
      file,
      '--provisional',
    ]);
    expect(result.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*><title>City of Wolverhampton Council: how we did, Q2 2017\/18<\/title>/,
    );
    expect(svg).toContain(
      '<desc>3 measures as at Q2 2017/18: 1 on target, 1 close to target, 1 off target.</desc>',
    );
    expect(svg).toContain('Includes provisional figures');
  });

  it('writes the infographic as a PNG for a .png file, or when asked, at the width asked for', async () => {
    const base = ['--level', 'cabinet', '--period', '2017/18-Q2', '--infographic', '--provisional'];
    const file = join(out, 'picture.png');
    const result = await run([...base, '--out', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Writing PNG…\n/);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(800);
    const asked = join(out, 'picture.image');
    expect((await run([...base, '--format', 'png', '--width', '1200', '--out', asked])).code).toBe(0);
    expect(readFileSync(asked).readUInt32BE(16)).toBe(1200);
  });

  it('refuses a width for anything but a PNG infographic, and a picture format for a pack', async () => {
    const base = ['--level', 'cabinet', '--period', '2017/18-Q2'];
    const svgWidth = await run([...base, '--infographic', '--width', '900', '--out', join(out, 'w.svg')]);
    expect(svgWidth.stderr).toMatch(/--width: only a PNG infographic has a width/);
    const tiny = await run([...base, '--infographic', '--width', '20', '--out', join(out, 'w.png')]);
    expect(tiny.stderr).toMatch(
      /--width: "20" is not a number of pixels; expected a whole number from 200 to 4000/,
    );
    const pack = await run([...base, '--format', 'png', '--out', join(out, 'w.png')]);
    expect(pack.stderr).toMatch(/--format: png is for the one-page infographic; add --infographic/);
    const picture = await run([...base, '--infographic', '--format', 'pdf', '--out', join(out, 'w.pdf')]);
    expect(picture.stderr).toMatch(
      /--format: the infographic is a picture, not pdf; give --format svg or --format png/,
    );
    expect(existsSync(join(out, 'w.png'))).toBe(false);
  });

  it('names what was wrong: the level, the format, the period, the unit or the file', async () => {
    const base = ['--period', '2017/18-Q2'];
    const level = await run(['--level', 'council', ...base, '--out', join(out, 'x.pdf')]);
    expect(level.code).not.toBe(0);
    expect(level.stderr).toMatch(/argument 'council' is invalid\. Allowed choices are cabinet, scrutiny/);
    const format = await run(['--level', 'cabinet', ...base, '--out', join(out, 'x.pptx')]);
    expect(format.stderr).toMatch(
      /--format: cannot tell the format from ".*x\.pptx"; give --format pdf\|docx\|xlsx\|csv\|html/,
    );
    const period = await run(['--level', 'cabinet', '--period', '2017 Q7', '--out', join(out, 'x.pdf')]);
    expect(period.code).toBe(1);
    expect(period.stderr).toMatch(/golden-thread: period: /);
    const unit = await run(['--level', 'directorate', ...base, '--out', join(out, 'x.pdf')]);
    expect(unit.stderr).toMatch(
      /unit: the directorate report needs the directorate it is about \(--unit ID, e\.g\. DIR-PLACE\)/,
    );
    const file = await run(['--level', 'cabinet', ...base, '--out', join(out, 'no-such-folder', 'x.pdf')]);
    expect(file.stderr).toMatch(
      /--out: cannot write .*x\.pdf \(ENOENT\): the folder must exist and be writable/,
    );
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
  });
});
