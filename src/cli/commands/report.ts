/**
 * `golden-thread report`: writes a report pack for a level and a period to a file, in PDF, Word,
 * Excel, CSV or HTML, or its one-page infographic as SVG or PNG. Council-wide reports use approved figures only unless --provisional is
 * given; management reports use figures as entered, marking provisional ones.
 */
import { accessSync, constants, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import {
  buildReport,
  renderReport,
  REPORT_FORMATS,
  REPORT_LEVELS,
  isReportFormat,
  renderInfographicFile,
  INFOGRAPHIC_FORMATS,
  PNG_WIDTH_RANGE,
  type InfographicFormat,
  type ReportFormat,
} from '../../reports/index.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

const COUNCIL_LEVELS = new Set(['cabinet', 'scrutiny', 'leader-annual']);

interface Flags {
  level: string;
  period: string;
  format?: string;
  out: string;
  unit?: string;
  person?: string;
  today?: string;
  provisional?: boolean;
  approvedOnly?: boolean;
  infographic?: boolean;
  width?: string;
  dataDir?: string;
}

/** The infographic's format: the one asked for, else PNG for a .png file, else SVG as before. */
function pictureFormatOf(flags: Flags): InfographicFormat {
  if (flags.format !== undefined) {
    if (flags.format === 'svg' || flags.format === 'png') return flags.format;
    throw new UserError(
      'invalid-input',
      `--format: the infographic is a picture, not ${flags.format}; give --format svg or --format png`,
    );
  }
  return extname(flags.out).toLowerCase() === '.png' ? 'png' : 'svg';
}

/** The format asked for, or the one the file name says, or a clear refusal. */
function formatOf(flags: Flags): ReportFormat | InfographicFormat {
  if (flags.infographic) return pictureFormatOf(flags);
  if (flags.format === 'svg' || flags.format === 'png')
    throw new UserError(
      'invalid-input',
      `--format: ${flags.format} is for the one-page infographic; add --infographic, or give one of ${REPORT_FORMATS.join(', ')}`,
    );
  const wanted = flags.format ?? extname(flags.out).slice(1).toLowerCase();
  if (isReportFormat(wanted)) return wanted;
  throw new UserError(
    'invalid-input',
    flags.format === undefined
      ? `--format: cannot tell the format from "${flags.out}"; give --format ${REPORT_FORMATS.join('|')}`
      : `--format: "${flags.format}" is not a report format; expected one of ${REPORT_FORMATS.join(', ')}`,
  );
}

/** The PNG's width in pixels, if one was given, checked before any figures are gathered. */
function widthOf(flags: Flags, format: string): number | undefined {
  if (flags.width === undefined) return undefined;
  if (format !== 'png')
    throw new UserError(
      'invalid-input',
      '--width: only a PNG infographic has a width; write a .png or give --format png',
    );
  const pixels = Number(flags.width);
  if (!/^\d+$/.test(flags.width) || pixels < PNG_WIDTH_RANGE.min || pixels > PNG_WIDTH_RANGE.max)
    throw new UserError(
      'invalid-input',
      `--width: "${flags.width}" is not a number of pixels; expected a whole number from ${PNG_WIDTH_RANGE.min} to ${PNG_WIDTH_RANGE.max}`,
    );
  return pixels;
}

function checkWritable(file: string): void {
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
  } catch (error) {
    throw new UserError(
      'invalid-input',
      `--out: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}): the folder must exist and be writable`,
    );
  }
}

export function reportCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('report')
    .description(
      'write a report pack (Cabinet, Scrutiny, directorate, service, team, employee or the Leader’s annual report)',
    )
    .addOption(new Option('--level <level>', 'reporting level').choices(REPORT_LEVELS).makeOptionMandatory())
    .requiredOption('--period <period>', 'the period reported, e.g. 2017/18-Q2')
    .addOption(
      new Option(
        '--format <format>',
        'file format (default: from --out’s extension); svg or png with --infographic',
      ).choices([...REPORT_FORMATS, ...INFOGRAPHIC_FORMATS]),
    )
    .requiredOption('--out <file>', 'the file to write')
    .option('--unit <id>', 'the directorate, service or team the report is about')
    .option('--person <id>', 'the employee the report is for (employee level)')
    .option('--today <date>', 'judge lateness as at this date (YYYY-MM-DD; default today)')
    .option('--provisional', 'include figures not yet approved, marked provisional (council-wide reports)')
    .option('--approved-only', 'use approved figures only (management reports)')
    .option(
      '--infographic',
      'write the one-page infographic of the report instead (SVG, or PNG for a .png file or --format png)',
    )
    .option(
      '--width <pixels>',
      `width of a PNG infographic (${PNG_WIDTH_RANGE.min}–${PNG_WIDTH_RANGE.max}; default 800)`,
    )
    .addOption(dataDirOption())
    .action(async (flags: Flags) => {
      const format = formatOf(flags);
      const width = widthOf(flags, format);
      checkWritable(flags.out);
      if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today))
        throw new UserError(
          'invalid-input',
          `--today: "${flags.today}" is not a date; write it as YYYY-MM-DD`,
        );
      const today = flags.today ?? new Date().toISOString().slice(0, 10);
      const approvedOnly = COUNCIL_LEVELS.has(flags.level)
        ? flags.provisional !== true
        : flags.approvedOnly === true;
      const { store } = await openCouncil(storeOptions(flags, env));
      try {
        const started = performance.now();
        output.info(`Gathering figures for the ${flags.level} report as at ${flags.period}…`);
        const doc = await buildReport(store, {
          level: flags.level,
          period: flags.period,
          today,
          approvedOnly,
          scope: { orgUnitId: flags.unit ?? null, personId: flags.person ?? null },
        });
        output.info(`Writing ${format.toUpperCase()}…`);
        let shown = 0;
        const rendered =
          format === 'svg' || format === 'png'
            ? { bytes: renderInfographicFile(doc, format, { width }) }
            : await renderReport(doc, format, {
                onProgress: (share) => {
                  const quarter = Math.floor(share * 4);
                  if (quarter > shown && quarter < 4) output.info(`  ${quarter * 25}%`);
                  shown = Math.max(shown, quarter);
                },
              });
        try {
          writeFileSync(flags.out, rendered.bytes);
        } catch (error) {
          throw new UserError(
            'invalid-input',
            `--out: cannot write ${flags.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose a writable file`,
          );
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        output.info(
          `Wrote ${doc.title} for ${doc.periodLabel} to ${flags.out} (${rendered.bytes.length.toLocaleString('en-GB')} bytes, ${seconds} s)`,
        );
      } finally {
        await store.close();
      }
    });
}
