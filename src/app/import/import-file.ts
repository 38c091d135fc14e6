/**
 * The import use case. A dry run reads the whole file and says what would be created, changed and
 * left alone, and every problem; it writes nothing. A commit does the same inside ONE transaction
 * and keeps it only if the file had no errors and changed something: a file with one bad row
 * writes nothing, and the same file imported again writes nothing either (not even a batch).
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Area } from '../../domain/area.js';
import {
  ImportTally,
  problem,
  type ImportProfile,
  type ImportReport,
  type OutcomeCounts,
} from '../../domain/import/index.js';
import type { Measure } from '../../domain/measure.js';
import { listAreas } from '../../store/areas.js';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import { finishImportBatch, listImportBatches, startImportBatch } from '../../store/imports.js';
import { listMeasures } from '../../store/measures.js';
import { measureValidations } from '../../store/validation-rules.js';
import { activeCrossRules } from '../values/validation-settings.js';
import { FigureWriter } from './figure-writer.js';
import { IMPORT_LIMITS, type ImportLimits } from './limits.js';
import { openSource } from './open-source.js';
import { resolveImportProfile } from './profiles.js';
import { readBatches } from './read-batches.js';
import { batchesFromWorker } from './worker-batches.js';

export type ImportMode = 'dry-run' | 'commit';

/** What a commit whose figures differ from its dry run's expects: the problem it reports says so. */
export const CHECK_AGAIN = 'the file checked again, to see what it would now change';

export interface ImportProgress {
  /** Checking: the first pass (hash, encoding, workbook guard). Reading: rows being imported. */
  phase: 'checking' | 'reading';
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ImportFileOptions {
  /** A profile, or the name of a built-in or saved one. */
  profile: ImportProfile | string;
  mode: ImportMode;
  /** Who is importing: recorded on the batch and on every figure version it writes. */
  by: string;
  now: Date;
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
  /** The name reports give the file; its base name by default. */
  fileName?: string;
  /** Read the file in a worker thread (by default, for files of 4 MiB and more). */
  worker?: boolean;
  /**
   * Whose import it is, for the web: measures they may not see are read as unknown, and a row for a
   * measure they may see but not enter is an error naming it. Everything when left out (the command line).
   */
  reach?: ImportReach;
  /**
   * The counts a dry run of this file showed: a commit whose figures would now come out otherwise
   * (someone changed them in between) writes nothing and says so, so what is imported is what was seen.
   */
  expectFigures?: OutcomeCounts;
}

export interface ImportReach {
  sees: (measure: Measure) => boolean;
  enters: (measure: Measure) => boolean;
}

const FLUSH_FIGURES = 1000;
/**
 * Files this large are read in a worker thread while this one writes, where there is a second core;
 * smaller ones are not worth starting a thread for.
 */
const WORKER_BYTES = 4 * 1024 * 1024;

interface RunOutcome {
  newMeasures: Measure[];
  newAreas: Area[];
  batchId: number | null;
}

/** Thrown inside the transaction to undo it, carrying what the run found for the report. */
class UndoImport extends Error {
  constructor(readonly outcome: RunOutcome) {
    super('import undone');
  }
}

export async function importFile(
  store: Store,
  file: string,
  options: ImportFileOptions,
): Promise<ImportReport> {
  const db = store.db;
  const profile =
    typeof options.profile === 'string' ? await resolveImportProfile(db, options.profile) : options.profile;
  const name = options.fileName ?? basename(file);
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const tally = new ImportTally();
  const report = (
    source: { sha256: string | null; readAs: string[] },
    extra: Partial<ImportReport> = {},
  ): ImportReport => ({
    file: name,
    sha256: source.sha256,
    profile: profile.name,
    mode: options.mode,
    readAs: source.readAs,
    rows: tally.rows,
    skippedRows: tally.skippedRows,
    figures: tally.figures,
    samples: tally.samples,
    byMeasure: tally.byMeasure,
    newMeasures: [],
    newAreas: [],
    problems: tally.problems(),
    errors: tally.errors,
    warnings: tally.warnings,
    flaggedFigures: tally.flagged,
    committed: false,
    batchId: null,
    earlierImports: [],
    ...extra,
  });

  const progress = options.onProgress ?? (() => {});
  const opened = await openSource(file, profile, limits, (bytes, totalBytes) =>
    progress({ phase: 'checking', bytes, totalBytes, rows: 0 }),
  );
  if ('refused' in opened) {
    tally.problem(problem('error', { file: name, row: null }, opened.refused, { expected: opened.expected }));
    return report({ sha256: opened.sha256, readAs: [] });
  }
  const source = opened.source;
  const earlierImports = (await listImportBatches(db, source.sha256)).map((b) => ({
    batchId: b.id,
    at: b.at,
    by: b.by,
    fileName: b.fileName,
  }));
  const change = {
    by: options.by,
    at: options.now.toISOString(),
    reason: `Imported from ${name} (SHA-256 ${source.sha256.slice(0, 12)}…, profile ${profile.name})`,
  };
  const run = async (trx: Kysely<Database>, write: boolean): Promise<RunOutcome> => {
    const batchId = write
      ? await startImportBatch(trx, {
          fileName: name,
          sha256: source.sha256,
          profile: profile.name,
          by: options.by,
          at: change.at,
        })
      : null;
    const [measures, areas] = await Promise.all([
      listMeasures(trx, { includeRetired: true }),
      listAreas(trx),
    ]);
    const retired = new Set(measures.filter((m) => m.state === 'retired').map((m) => m.id));
    const [settings, rules] = await Promise.all([
      measureValidations(trx),
      activeCrossRules(trx, new Set(measures.map((m) => m.id))),
    ]);
    const reach = options.reach;
    const writer = new FigureWriter(trx, tally, write ? { batchId: batchId!, change } : null, retired, name, {
      measures,
      settings,
      rules,
      profile,
      today: change.at.slice(0, 10),
      enters: reach ? (measure) => reach.enters(measure) : null,
    });
    const request = {
      source,
      profile,
      catalogue: { measures: reach ? measures.filter((m) => reach.sees(m)) : measures, areas },
      file: name,
      figuresPerBatch: FLUSH_FIGURES,
    };
    const newMeasures: Measure[] = [];
    const newAreas: Area[] = [];
    const inWorker = options.worker ?? (source.bytes >= WORKER_BYTES && availableParallelism() > 1);
    for await (const batch of inWorker ? batchesFromWorker(request) : readBatches(request)) {
      await writer.take(batch);
      newMeasures.push(...batch.newMeasures);
      newAreas.push(...batch.newAreas);
      progress({ phase: 'reading', bytes: batch.bytesRead, totalBytes: source.bytes, rows: tally.rows });
    }
    await writer.finish();
    const outcome = { newMeasures, newAreas };
    // Kept only if the transaction is; undone with it otherwise.
    if (batchId !== null) {
      await finishImportBatch(trx, batchId, {
        rowsRead: tally.rows,
        ...tally.figures,
        skipped: tally.skippedRows,
      });
    }
    return { ...outcome, batchId };
  };

  let outcome: RunOutcome;
  let committed = false;
  if (options.mode === 'dry-run') {
    outcome = await run(db, false);
  } else {
    try {
      outcome = await db.transaction().execute(async (trx) => {
        const done = await run(trx, true);
        const created = done.newMeasures.length + done.newAreas.length > 0;
        if (tally.errors > 0) throw new UndoImport(done);
        const differs = changedSincePreview(tally.figures, options.expectFigures);
        if (differs) {
          tally.problem(problem('error', { file: name, row: null }, differs, { expected: CHECK_AGAIN }));
          throw new UndoImport(done);
        }
        if (!tally.writes && !created) throw new UndoImport(done);
        return done;
      });
      committed = true;
    } catch (error) {
      if (!(error instanceof UndoImport)) throw error;
      outcome = error.outcome;
    }
  }
  return report(source, {
    newMeasures: outcome.newMeasures.map((m) => ({
      id: m.id,
      title: m.title,
      unit: m.unit,
      frequency: m.frequency,
    })),
    newAreas: outcome.newAreas,
    committed,
    batchId: committed ? outcome.batchId : null,
    earlierImports,
  });
}

/** Why a commit's figures are not those its dry run showed, or null when they are. */
function changedSincePreview(found: OutcomeCounts, expected: OutcomeCounts | undefined): string | null {
  if (!expected) return null;
  const same = (['created', 'changed', 'unchanged'] as const).every((k) => found[k] === expected[k]);
  if (same) return null;
  const say = (c: OutcomeCounts) => `${c.created} new, ${c.changed} changed, ${c.unchanged} unchanged`;
  return `gives other figures than when it was checked (then ${say(expected)}; now ${say(found)}): someone has entered or imported figures since, so nothing was imported`;
}
