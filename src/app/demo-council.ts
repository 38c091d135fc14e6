/** Loads the deterministic demo council into an empty database, or replaces everything with it. */
import { buildDemoCouncil } from '../demo/index.js';
import { writeCouncilBundle } from '../store/bundle.js';
import type { Store } from '../store/connect.js';
import { migrateToEmpty, migrateToLatest } from '../store/migrate.js';
import { isEmptyCouncil } from '../store/organisation.js';

export interface DemoSummary {
  measures: number;
  values: number;
  people: number;
}

/** Loads the demo council if the database holds no council yet; returns null when it already did. */
export async function loadDemoIfEmpty(store: Store, now: Date): Promise<DemoSummary | null> {
  if (!(await isEmptyCouncil(store.db))) return null;
  const bundle = buildDemoCouncil();
  await writeCouncilBundle(store.db, bundle, {
    by: 'golden-thread demo',
    at: now.toISOString(),
    reason: 'Demo council loaded',
  });
  return { measures: bundle.measures.length, values: bundle.values.length, people: bundle.people.length };
}

/** Deletes everything in the database and loads the demo council afresh. */
export async function resetToDemo(store: Store, now: Date): Promise<DemoSummary> {
  await migrateToEmpty(store.db);
  await migrateToLatest(store.db);
  const summary = await loadDemoIfEmpty(store, now);
  if (!summary) throw new Error('The database was not empty after a reset');
  return summary;
}
