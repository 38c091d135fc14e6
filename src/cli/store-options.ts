/** Where the data lives, from flags first, then the environment, then the default ./data. */
import { Option } from 'commander';
import type { StoreOptions } from '../store/connect.js';

export function dataDirOption(): Option {
  return new Option(
    '--data-dir <dir>',
    'folder for the SQLite database (default ./data; env GOLDEN_THREAD_DATA_DIR); ignored when DATABASE_URL is set',
  );
}

export function storeOptions(flags: { dataDir?: string }, env: NodeJS.ProcessEnv): StoreOptions {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: flags.dataDir ?? (env.GOLDEN_THREAD_DATA_DIR || undefined),
  };
}
