import type { Command } from 'commander';
import { openCouncil } from '../../app/open-council.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

export function migrateCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (also done by serve)')
    .addOption(dataDirOption())
    .action(async (flags: { dataDir?: string }) => {
      const { store, migrated } = await openCouncil(storeOptions(flags, env));
      try {
        output.info(
          migrated.length > 0
            ? `Applied ${migrated.length} migration(s) to ${store.location}: ${migrated.join(', ')}`
            : `${store.location} is already up to date`,
        );
      } finally {
        await store.close();
      }
    });
}
