/**
 * `golden-thread import FILE [--profile NAME] [--dry-run | --commit]`: a dry run unless --commit is
 * given. The summary goes to standard output, each problem to standard error as
 * `file:row:column: value "x" — expected …`, and the exit code is non-zero when there are errors.
 */
import { Option, type Command } from 'commander';
import { importFile } from '../../app/import/import-file.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import { formatProblem } from '../../domain/import/index.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';
import { progressBar } from './import-progress.js';
import { importSummary } from './import-summary.js';

interface ImportFlags {
  profile: string;
  dryRun?: boolean;
  commit?: boolean;
  dataDir?: string;
}

export function importCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('import')
    .description('import figures from a CSV file or an Excel workbook (a dry run unless --commit)')
    .argument('<file>', 'the .csv, .tsv, .txt or .xlsx file')
    .option(
      '--profile <name>',
      'the import profile that maps its columns (see import-profile list)',
      'default',
    )
    .addOption(
      new Option(
        '--dry-run',
        'show what would change, and every problem, writing nothing (the default)',
      ).conflicts('commit'),
    )
    .addOption(
      new Option(
        '--commit',
        'import the figures: all of them in one transaction, or none if there is any error',
      ),
    )
    .addOption(dataDirOption())
    .action(async (file: string, flags: ImportFlags) => {
      const { store } = await openCouncil(storeOptions(flags, env));
      const bar = progressBar(output, process.stderr.isTTY ? process.stderr : null);
      try {
        const report = await importFile(store, file, {
          profile: flags.profile,
          mode: flags.commit ? 'commit' : 'dry-run',
          by: cliActor(env),
          now: new Date(),
          onProgress: (p) => bar.update(p),
        });
        bar.done();
        for (const p of report.problems) output.error(formatProblem(p));
        const hidden = report.errors + report.warnings - report.problems.length;
        if (hidden > 0) output.error(`… and ${hidden.toLocaleString('en-GB')} more problems`);
        output.out(importSummary(report));
        if (report.errors > 0) {
          throw new UserError(
            'invalid-input',
            `${report.file} has ${report.errors === 1 ? 'an error' : `${report.errors.toLocaleString('en-GB')} errors`}: nothing was imported`,
          );
        }
      } finally {
        bar.done();
        await store.close();
      }
    });
}
