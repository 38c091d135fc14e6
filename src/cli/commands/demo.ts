import type { Command } from 'commander';
import { UserError } from '../../domain/errors.js';
import { loadDemoIfEmpty, resetToDemo, type DemoSummary } from '../../app/demo-council.js';
import { openCouncil } from '../../app/open-council.js';
import { createDemoAccounts } from '../../app/accounts/demo-accounts.js';
import type { CliContext } from '../context.js';
import { step } from '../output.js';
import { dataDirOption, storeOptions } from '../store-options.js';
import { printDemoAccounts } from './serve.js';

export function describeDemo(summary: DemoSummary): string {
  return `the demo council: ${summary.measures} measures, ${summary.values.toLocaleString('en-GB')} figures, ${summary.people} people`;
}

export function demoCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('demo')
    .description('load the demo council (a City of Wolverhampton-like council) into an empty database')
    .addOption(dataDirOption())
    .option('--reset', 'delete everything in the database first and load the demo afresh')
    .option('--yes', 'confirm --reset')
    .action(async (flags: { dataDir?: string; reset?: boolean; yes?: boolean }) => {
      if (flags.yes && !flags.reset) throw new UserError('invalid-input', '--yes only confirms --reset');
      const { store } = await openCouncil(storeOptions(flags, env));
      try {
        if (flags.reset) {
          if (!flags.yes) {
            throw new UserError(
              'refused',
              `--reset deletes every figure, target and comment in ${store.location}: add --yes to confirm`,
            );
          }
          const summary = await step(output, 'Deleting everything and loading the demo council', () =>
            resetToDemo(store, new Date()),
          );
          output.info(`Loaded ${describeDemo(summary)} into ${store.location}`);
          printDemoAccounts(output, await createDemoAccounts(store, new Date()));
          return;
        }
        const summary = await step(output, 'Loading the demo council', () =>
          loadDemoIfEmpty(store, new Date()),
        );
        if (!summary) {
          throw new UserError(
            'refused',
            `${store.location} already holds a council, so the demo was not loaded: use --reset --yes to replace everything with the demo`,
          );
        }
        output.info(`Loaded ${describeDemo(summary)} into ${store.location}`);
        printDemoAccounts(output, await createDemoAccounts(store, new Date()));
      } finally {
        await store.close();
      }
    });
}
