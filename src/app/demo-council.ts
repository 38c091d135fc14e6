/** Loads the deterministic demo council into an empty database, or replaces everything with it. */
import { buildDemoCouncil } from '../demo/index.js';
import { loadDemoPdrr } from './pdrr/demo.js';
import { arrangeDemoScorecard } from './scorecards/demo.js';
import { writeCouncilBundle } from '../store/bundle.js';
import type { Store } from '../store/connect.js';
import { migrateToEmpty, migrateToLatest } from '../store/migrate.js';
import { isEmptyCouncil } from '../store/organisation.js';
import { approveFinalFirstVersions } from '../store/signoff-bulk.js';
import type { CouncilBundle } from '../domain/council.js';

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
  await approveFinalFigures(store, bundle, now.toISOString());
  await loadDemoPdrr(store, bundle);
  await arrangeDemoScorecard(store, bundle, now.toISOString());
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

/**
 * The demo's final figures come signed off, checked by each measure's owner and approved by a
 * performance officer, so that councillors and the public (who see approved figures only) see the
 * council's story; provisional figures stay at entered, as they would in a real council.
 */
async function approveFinalFigures(store: Store, bundle: CouncilBundle, at: string): Promise<void> {
  const officer = bundle.roles.find((r) => r.role === 'performance-officer');
  const email = officer && bundle.people.find((p) => p.id === officer.personId)?.email;
  await store.db
    .transaction()
    .execute((trx) => approveFinalFirstVersions(trx, { approvedBy: email ?? 'golden-thread demo', at }));
}
