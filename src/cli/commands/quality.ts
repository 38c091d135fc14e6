/**
 * `golden-thread quality`: the data-quality summary per directorate and measure, for the
 * performance team chasing late data and empty methodology. It reads; it changes nothing.
 */
import { Option, type Command } from 'commander';
import { openCouncil } from '../../app/open-council.js';
import { dataQuality, type DataQuality } from '../../app/values/data-quality.js';
import { UserError } from '../../domain/errors.js';
import { listMeasures } from '../../store/measures.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const day = (time: string | null) => (time === null ? 'never' : time.slice(0, 10));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function qualityText(quality: DataQuality): string {
  const head = ['', 'measures', 'complete', 'on time', 'flagged', 'methodology', 'last updated'];
  const directorates = table([
    ['directorate', ...head.slice(1)],
    ...quality.directorates.map((d) => [
      d.name,
      String(d.measures),
      percent(d.completeness),
      percent(d.timeliness),
      percent(d.warningShare),
      percent(d.methodologyCompleteness),
      day(d.lastUpdated),
    ]),
  ]);
  const measures = table([
    ['measure', 'complete', 'on time', 'flagged', 'methodology missing', 'last updated'],
    ...quality.measures.map((m) => [
      m.measureId,
      `${percent(m.completeness)} (${m.received}/${m.expected})`,
      percent(m.timeliness),
      percent(m.warningShare),
      m.methodologyMissing.length === 0 ? 'none' : m.methodologyMissing.join(', '),
      day(m.lastUpdated),
    ]),
  ]);
  return `Data quality on ${quality.today} (the last four periods fallen due)\n\n${directorates}\n\n${measures}\n`;
}

export function qualityCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('quality')
    .description('print the data-quality summary: completeness, timeliness, flags and methodology')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--today <date>', 'judge as on this date (YYYY-MM-DD) rather than today')
    .addOption(dataDirOption())
    .action(async (flags: { format: 'text' | 'json'; today?: string; dataDir?: string }) => {
      const today = flags.today ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
        throw new UserError(
          'invalid-input',
          `--today: "${today}" is not a date: expected YYYY-MM-DD, e.g. 2017-04-30`,
        );
      }
      const { store } = await openCouncil(storeOptions(flags, env));
      try {
        const quality = await dataQuality(store, await listMeasures(store.db), today);
        output.out(flags.format === 'json' ? `${JSON.stringify(quality, null, 2)}\n` : qualityText(quality));
      } finally {
        await store.close();
      }
    });
}
