/**
 * `golden-thread schedule`: list, add and remove report schedules, show deliveries, and run one
 * round of the scheduler (what `serve` does every minute) from cron or by hand.
 */
import { Option, type Command } from 'commander';
import { openCouncil } from '../../app/open-council.js';
import {
  createSchedule,
  deleteSchedule,
  DEFAULT_REMINDER_CRON,
  processRunner,
  runRound,
  smtpSettingsFrom,
} from '../../app/schedules/index.js';
import { UserError } from '../../domain/errors.js';
import {
  DELIVERY_STATUSES,
  DELIVERY_STATUS_WORDS,
  describePeriodRule,
  type DeliveryStatus,
} from '../../domain/schedules/index.js';
import { listDeliveries } from '../../store/deliveries.js';
import { listSchedules } from '../../store/schedules.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

export function smtpOptions(): Option[] {
  return [
    new Option(
      '--smtp-url <url>',
      'mail server, e.g. smtp://user:password@mail.example.gov.uk:587 (env GOLDEN_THREAD_SMTP_URL)',
    ),
    new Option(
      '--smtp-from <address>',
      'sender, e.g. "Performance Team <performance@example.gov.uk>" (env GOLDEN_THREAD_SMTP_FROM)',
    ),
  ];
}

const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

interface AddFlags {
  name: string;
  level: string;
  format: string;
  period: string;
  cron: string;
  to: string;
  unit?: string;
  person?: string;
  timeZone?: string;
  provisional?: boolean;
  paused?: boolean;
  dataDir?: string;
}

export function scheduleCommand(program: Command, { output, env }: CliContext): void {
  const schedule = program
    .command('schedule')
    .description('report schedules sent by email, and their deliveries');
  const withStore = async <T>(
    flags: { dataDir?: string },
    work: (store: Awaited<ReturnType<typeof openCouncil>>['store']) => Promise<T>,
  ) => {
    const { store } = await openCouncil(storeOptions(flags, env));
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };

  schedule
    .command('list')
    .description('list the report schedules')
    .addOption(dataDirOption())
    .action((flags: { dataDir?: string }) =>
      withStore(flags, async (store) => {
        const schedules = await listSchedules(store.db);
        if (schedules.length === 0) return output.out('No report schedules.\n');
        for (const s of schedules) {
          const scope = s.orgUnitId ?? s.personId;
          output.out(
            `${s.id}  ${s.name}\n  ${s.level}${scope ? ` (${scope})` : ''}, ${s.format}, ${describePeriodRule(s.period)}; "${s.cron}" ${s.timeZone}; ` +
              `${s.whenUnapproved === 'wait' ? 'waits for approval' : 'sends provisional figures'}\n` +
              `  to ${s.recipients.join(', ')}\n  next run: ${s.active ? (s.nextRunAt ?? 'never') : 'paused'}\n`,
          );
        }
      }),
    );

  schedule
    .command('add')
    .description('set up a report schedule')
    .requiredOption('--name <name>', 'what people will call it, e.g. "Cabinet quarterly pack"')
    .requiredOption(
      '--level <level>',
      'report level: cabinet, scrutiny, directorate, service-director, head-of-service, team-manager, employee, leader-annual',
    )
    .requiredOption('--format <format>', 'pdf, docx, xlsx, csv or html')
    .requiredOption(
      '--period <rule>',
      'last-complete-month, last-complete-quarter, last-complete-year, or a period such as 2017/18-Q2',
    )
    .requiredOption('--cron <expression>', 'when: minute hour day month weekday, e.g. "0 8 1 1,4,7,10 *"')
    .requiredOption('--to <addresses>', 'recipients, separated by commas')
    .option('--unit <id>', 'the directorate, service or team a management report is about')
    .option('--person <id>', 'the employee an employee report is for')
    .option('--time-zone <zone>', 'IANA time zone of the cron expression (default Europe/London)')
    .option('--provisional', 'send unapproved figures marked provisional rather than wait for approval')
    .option('--paused', 'keep it without running it')
    .addOption(dataDirOption())
    .action((flags: AddFlags) =>
      withStore(flags, async (store) => {
        const saved = await createSchedule(
          store,
          {
            name: flags.name,
            level: flags.level,
            format: flags.format,
            period: flags.period,
            cron: flags.cron,
            recipients: list(flags.to),
            orgUnitId: flags.unit ?? null,
            personId: flags.person ?? null,
            timeZone: flags.timeZone,
            whenUnapproved: flags.provisional ? 'provisional' : 'wait',
            active: !flags.paused,
          },
          { by: cliActor(env), at: new Date() },
        );
        output.out(`${saved.id}\n`);
        output.info(`Added "${saved.name}"; next run: ${saved.nextRunAt ?? 'paused'}`);
      }),
    );

  schedule
    .command('remove')
    .description('stop a report schedule for good (its deliveries stay on record)')
    .argument('<id>', 'the schedule, as `schedule list` shows it')
    .addOption(dataDirOption())
    .action((id: string, flags: { dataDir?: string }) =>
      withStore(flags, async (store) => {
        await deleteSchedule(store, id, { by: cliActor(env), at: new Date() });
        output.info(`Removed schedule ${id}`);
      }),
    );

  schedule
    .command('deliveries')
    .description('the latest reports and reminders sent or to be sent, with their status and last error')
    .addOption(new Option('--status <status>', 'only these').choices([...DELIVERY_STATUSES]))
    .addOption(dataDirOption())
    .action((flags: { status?: DeliveryStatus; dataDir?: string }) =>
      withStore(flags, async (store) => {
        const deliveries = await listDeliveries(store.db, { status: flags.status });
        if (deliveries.length === 0) return output.out('No deliveries.\n');
        for (const d of deliveries) {
          output.out(
            `${d.id}  ${d.kind}  ${d.title}${d.period ? `, ${d.period}` : ''}${d.provisional ? ' (provisional)' : ''}\n` +
              `  ${DELIVERY_STATUS_WORDS[d.status]}; attempts ${d.attempts}${d.nextAttemptAt && d.status !== 'sent' ? `; next ${d.nextAttemptAt}` : ''}` +
              `${d.sentAt ? `; sent ${d.sentAt}` : ''}\n${d.lastError ? `  ${d.lastError}\n` : ''}`,
          );
        }
      }),
    );

  schedule
    .command('run-due')
    .description(
      'run one round now: make the runs that are due, the reminders, and send what is waiting to go',
    )
    .addOption(smtpOptions()[0]!)
    .addOption(smtpOptions()[1]!)
    .option('--no-reminders', 'do not remind data owners of figures due or late')
    .addOption(dataDirOption())
    .action((flags: { smtpUrl?: string; smtpFrom?: string; reminders: boolean; dataDir?: string }) => {
      const smtp = smtpSettingsFrom(flags, env);
      if (smtp === null) {
        throw new UserError(
          'invalid-input',
          'No mail server: set GOLDEN_THREAD_SMTP_URL or give --smtp-url smtp://host:587',
        );
      }
      return withStore(flags, async (store) => {
        const runner = processRunner(store, smtp);
        try {
          const round = await runRound(runner, {
            reminderCron: flags.reminders ? DEFAULT_REMINDER_CRON : null,
          });
          const r = round.results;
          output.out(
            `Runs made: ${round.planned}; reminders made: ${round.reminders}; sent: ${r.sent}; failed (to be retried): ${r.failed}; ` +
              `waiting for approval: ${r.waiting}; given up: ${r['given-up']}\n`,
          );
        } finally {
          runner.mailer.close();
        }
      });
    });
}
