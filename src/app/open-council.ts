/** Opens the council's store and brings its schema up to date: the first step of every command. */
import { migrateToLatest } from '../store/migrate.js';
import { openStore, type Store, type StoreOptions } from '../store/connect.js';

export async function openCouncil(options: StoreOptions): Promise<{ store: Store; migrated: string[] }> {
  const store = await openStore(options);
  try {
    const migrated = await migrateToLatest(store.db);
    return { store, migrated };
  } catch (error) {
    await store.close();
    throw error;
  }
}
