import { writeFileSync } from 'node:fs';
import { Argument, Option, type Command } from 'commander';
import {
  EXPORT_FORMATS,
  EXPORTS,
  exportPdrrRecords,
  exportTable,
  type ExportFormat,
  type ExportName,
} from '../../app/export.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

export function exportCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('export')
    .description(
      'write measures, values, areas or the strategy tree as CSV or JSON; or pdrr, the plan and review records, as JSON',
    )
    .addArgument(new Argument('<what>', 'what to export').choices([...EXPORTS, 'pdrr']))
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(dataDirOption())
    .action(
      async (what: ExportName | 'pdrr', flags: { format: ExportFormat; out?: string; dataDir?: string }) => {
        const { store } = await openCouncil(storeOptions(flags, env));
        try {
          if (what === 'pdrr' && flags.format !== 'json')
            throw new UserError('invalid-input', 'pdrr is exported only as JSON: add --format json');
          const text =
            what === 'pdrr' ? await exportPdrrRecords(store) : await exportTable(store, what, flags.format);
          await recordAuditEvent(store.db, {
            at: new Date().toISOString(),
            actor: cliActor(env),
            action: 'export',
            objectType: 'export',
            objectId: what,
            after: { format: flags.format, to: flags.out ?? 'standard output' },
          });
          if (!flags.out) {
            output.out(text);
            return;
          }
          try {
            writeFileSync(flags.out, text);
          } catch (error) {
            throw new UserError(
              'invalid-input',
              `Cannot write ${flags.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose a writable file for --out`,
            );
          }
          output.info(`Wrote ${what} to ${flags.out}`);
        } finally {
          await store.close();
        }
      },
    );
}
