/** `golden-thread import-profile list|show NAME|save NAME FILE.json`: the named column mappings. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  listAllImportProfiles,
  resolveImportProfile,
  saveImportProfileJson,
} from '../../app/import/profiles.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { dataDirOption, storeOptions } from '../store-options.js';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(
      'not-found',
      `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new UserError('invalid-input', `${file} is not JSON: ${(error as Error).message}`);
  }
}

export function importProfileCommand(program: Command, { output, env }: CliContext): void {
  const withStore = async (flags: { dataDir?: string }, work: (store: Store) => Promise<void>) => {
    const { store } = await openCouncil(storeOptions(flags, env));
    try {
      await work(store);
    } finally {
      await store.close();
    }
  };
  const profiles = program
    .command('import-profile')
    .description('the saved column mappings imports use: list, show, save');

  profiles
    .command('list')
    .description('list the built-in and saved import profiles')
    .addOption(dataDirOption())
    .action((flags: { dataDir?: string }) =>
      withStore(flags, async (store) => {
        const all = await listAllImportProfiles(store.db);
        const width = Math.max(...all.map((p) => p.name.length));
        for (const p of all) {
          const origin = p.builtIn ? 'built in' : `saved by ${p.updatedBy} at ${p.updatedAt}`;
          output.out(`${p.name.padEnd(width)}  ${p.description || '(no description)'} — ${origin}\n`);
        }
      }),
    );

  profiles
    .command('show')
    .description('print a profile as JSON, with everything it extends filled in')
    .argument('<name>')
    .addOption(dataDirOption())
    .action((name: string, flags: { dataDir?: string }) =>
      withStore(flags, async (store) => {
        output.out(`${JSON.stringify(await resolveImportProfile(store.db, name), null, 2)}\n`);
      }),
    );

  profiles
    .command('save')
    .description('save a profile from a JSON file (it may "extends" another profile by name)')
    .argument('<name>')
    .argument('<file>', 'the profile as JSON')
    .addOption(dataDirOption())
    .action((name: string, file: string, flags: { dataDir?: string }) =>
      withStore(flags, async (store) => {
        const saved = await saveImportProfileJson(store.db, name, readJson(file), {
          by: cliActor(env),
          at: new Date().toISOString(),
        });
        output.info(`${saved.outcome === 'created' ? 'Saved' : 'Updated'} import profile "${name}"`);
      }),
    );
}
