/**
 * `golden-thread report`: writes a report pack for a level and a period to a file, in PDF, Word,
 * Excel, CSV or HTML. Council-wide reports use approved figures only unless --provisional is
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
  renderInfographic,
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
  dataDir?: string;
}

/** The format asked for, or the one the file name says, or a clear refusal. */
function formatOf(flags: Flags): ReportFormat | 'svg' {
  if (flags.infographic) return 'svg';
  const wanted = flags.format ?? extname(flags.out).slice(1).toLowerCase();
  if (isReportFormat(wanted)) return wanted;
  throw new UserError(
    'invalid-input',
    flags.format === undefined
      ? `--format: cannot tell the format from "${flags.out}"; give --format ${REPORT_FORMATS.join('|')}`
      : `--format: "${flags.format}" is not a report format; expected one of ${REPORT_FORMATS.join(', ')}`,
  );
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
      new Option('--format <format>', 'file format (default: from --out’s extension)').choices(
        REPORT_FORMATS,
      ),
    )
    .requiredOption('--out <file>', 'the file to write')
    .option('--unit <id>', 'the directorate, service or team the report is about')
    .option('--person <id>', 'the employee the report is for (employee level)')
    .option('--today <date>', 'judge lateness as at this date (YYYY-MM-DD; default today)')
    .option('--provisional', 'include figures not yet approved, marked provisional (council-wide reports)')
    .option('--approved-only', 'use approved figures only (management reports)')
    .option('--infographic', 'write the one-page infographic (SVG) of the report instead')
    .addOption(dataDirOption())
    .action(async (flags: Flags) => {
      const format = formatOf(flags);
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
          format === 'svg'
            ? { bytes: Buffer.from(renderInfographic(doc), 'utf8') }
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
