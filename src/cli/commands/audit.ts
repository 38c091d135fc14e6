/** `golden-thread audit export`: the audit trail as CSV or JSON, for administrators and auditors. */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { exportAuditTrail, type AuditExportFormat } from '../../app/audit-export.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import { AUDIT_ACTIONS, type AuditAction } from '../../store/audit.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

function isoTime(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time))
    throw new UserError(
      'invalid-input',
      `"${text}" is not a date or time, e.g. 2026-04-01 or 2026-04-01T09:00:00Z`,
    );
  return new Date(time).toISOString();
}

export function auditCommand(program: Command, { output, env }: CliContext): void {
  const audit = program
    .command('audit')
    .description('the audit trail: sign-ins, role and figure changes, exports');
  audit
    .command('export')
    .description('write the audit trail, oldest first, as CSV or JSON')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
    .option('--from <time>', 'only events at or after this date or time')
    .option('--to <time>', 'only events before this date or time')
    .addOption(new Option('--action <action>', 'only events of this kind').choices(AUDIT_ACTIONS))
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(dataDirOption())
    .action(
      async (flags: {
        format: AuditExportFormat;
        from?: string;
        to?: string;
        action?: AuditAction;
        out?: string;
        dataDir?: string;
      }) => {
        const { store } = await openCouncil(storeOptions(flags, env));
        try {
          const query = {
            from: flags.from === undefined ? undefined : isoTime(flags.from),
            to: flags.to === undefined ? undefined : isoTime(flags.to),
            action: flags.action,
          };
          const text = await exportAuditTrail(store, query, flags.format, {
            actor: cliActor(env),
            at: new Date(),
          });
          if (!flags.out) return output.out(text);
          try {
            writeFileSync(flags.out, text, { mode: 0o600 });
          } catch (error) {
            throw new UserError(
              'invalid-input',
              `Cannot write ${flags.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose a writable file for --out`,
            );
          }
          output.info(`Wrote the audit trail to ${flags.out}`);
        } finally {
          await store.close();
        }
      },
    );
}
