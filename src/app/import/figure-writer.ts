/**
 * Takes the batches a file is read into and compares them with the database (a dry run), or
 * records them (a commit, inside the import's transaction), counting every outcome. Once any error
 * is known it stops writing, since the transaction will be undone, and only compares.
 */
import type { Kysely } from 'kysely';
import { problem, type ImportProfile, type ImportTally } from '../../domain/import/index.js';
import type { Measure } from '../../domain/measure.js';
import type { CompiledRule } from '../../domain/validation/index.js';
import type { Database } from '../../store/database.js';
import { insertImportedAreas, insertImportedMeasures } from '../../store/imports.js';
import {
  recordValueWarnings,
  type StoredMeasureValidation,
  type ValueWarning,
} from '../../store/validation-rules.js';
import { compareValues, measuresWithFigures, recordValues } from '../../store/values.js';
import { unlockCorrected } from '../values/unlock-corrected.js';
import { ImportCrossChecks } from './cross-checks.js';
import { FigureChecks } from './figure-checks.js';
import type { ReadBatch } from './read-batches.js';

export interface Writing {
  batchId: number;
  change: { by: string; at: string; reason: string };
}

/** What the validation rules need: the measures, their settings and the rules across measures. */
export interface ImportValidation {
  measures: readonly Measure[];
  settings: Map<string, StoredMeasureValidation>;
  rules: readonly CompiledRule[];
  profile: ImportProfile;
  today: string;
  /** Whether the person importing may enter a measure's figures; null when they may enter any. */
  enters: ((measure: Measure) => boolean) | null;
}

export class FigureWriter {
  /** Measures known to have had no figures before this import: their figures need no look-up. */
  private readonly withoutFigures = new Set<string>();
  private readonly asked = new Set<string>();
  private failed = false;
  /** New or changed figures for retired measures: the first row and how many, by measure. */
  private readonly toRetired = new Map<string, { row: number; count: number }>();
  /** Rows for measures the person may see but not enter: the first row and how many, by measure. */
  private readonly notTheirs = new Map<string, { row: number; count: number }>();
  private readonly measures: Map<string, Measure>;
  private readonly enters: ((measure: Measure) => boolean) | null;
  private readonly checks: FigureChecks;
  private readonly cross: ImportCrossChecks;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly tally: ImportTally,
    private readonly writing: Writing | null,
    private readonly retired: ReadonlySet<string>,
    private readonly file: string,
    validation: ImportValidation,
  ) {
    this.measures = new Map(validation.measures.map((m) => [m.id, m]));
    this.enters = validation.enters;
    this.checks = new FigureChecks(
      db,
      new Map(this.measures),
      validation.settings,
      validation.profile,
      file,
      validation.today,
      (id) => !this.withoutFigures.has(id),
    );
    this.cross = new ImportCrossChecks(validation.rules, file);
  }

  /** Problems found only by comparing, and the rules across measures: call once every batch has been taken. */
  async finish(): Promise<void> {
    const crossWarnings = await this.cross.judge(this.db, (p) => this.tally.problem(p));
    if (this.writing !== null && this.tally.errors === 0 && !this.failed) {
      await recordValueWarnings(
        this.db,
        crossWarnings.map((w) => ({ ...w, at: this.writing!.change.at })),
      );
    }
    for (const [measureId, { row, count }] of this.notTheirs) {
      const more = count > 1 ? ` (and ${(count - 1).toLocaleString('en-GB')} more)` : '';
      this.tally.problem(
        problem(
          'error',
          { file: this.file, row },
          `gives a figure for ${measureId}${more}, whose figures you may not enter`,
          {
            value: measureId,
            expected:
              'figures only for measures you enter: those you own or are a data owner of, or that your unit or one below it owns',
          },
        ),
      );
    }
    for (const [measureId, { row, count }] of this.toRetired) {
      const more = count > 1 ? ` (and ${(count - 1).toLocaleString('en-GB')} more)` : '';
      this.tally.problem(
        problem(
          'error',
          { file: this.file, row },
          `gives a new figure for ${measureId}${more}, which is retired and takes no new figures`,
          {
            expected: 'figures for measures in use (a retired measure keeps the figures it has)',
          },
        ),
      );
    }
  }

  async take(batch: ReadBatch): Promise<void> {
    const tally = this.tally;
    tally.rows += batch.rows;
    tally.skippedRows += batch.skipped;
    for (const p of batch.problems) tally.problem(p);
    this.failed ||= batch.failed;
    this.checks.addMeasures(batch.newMeasures);
    if (this.writing !== null && tally.errors === 0 && !this.failed) {
      await insertImportedMeasures(this.db, batch.newMeasures, this.writing.change.at);
      await insertImportedAreas(this.db, batch.newAreas);
    }
    const figures = batch.figures;
    if (figures.length === 0) return;
    if (this.enters !== null) this.refuseNotTheirs(figures);
    const unasked: string[] = [];
    for (const f of figures) {
      if (!this.asked.has(f.measureId)) {
        this.asked.add(f.measureId);
        unasked.push(f.measureId);
      }
    }
    if (unasked.length > 0) {
      const found = await measuresWithFigures(this.db, unasked);
      for (const id of unasked) if (!found.has(id)) this.withoutFigures.add(id);
    }
    const checked = await this.checks.check(figures, tally);
    tally.flagged += checked.flagged;
    const write = this.writing !== null && tally.errors === 0 && !this.failed;
    const options = { measuresWithoutFigures: this.withoutFigures };
    const compared = write
      ? await recordValues(this.db, figures, this.writing.change, this.writing.batchId, options)
      : await compareValues(this.db, figures, options);
    if (write) {
      const replaced = compared.flatMap((c) => (c.outcome === 'changed' && c.current ? [c.current] : []));
      await unlockCorrected(this.db, replaced, this.writing.change);
      const warnings: ValueWarning[] = [];
      for (const [i, found] of checked.warnings) {
        const f = figures[i]!;
        const version = compared[i]!.nextVersion;
        if (version === null) continue;
        // One record per version, naming every rule, keeps a noisy file's writes few.
        warnings.push({
          measureId: f.measureId,
          period: f.period,
          areaCode: f.areaCode,
          version,
          rule: found.map((w) => w.rule).join(', '),
          message: found.map((w) => w.message).join('; '),
          at: this.writing.change.at,
        });
      }
      await recordValueWarnings(this.db, warnings);
    }
    for (let i = 0; i < figures.length; i += 1) {
      const f = figures[i]!;
      const c = compared[i]!;
      if (c.outcome !== 'unchanged' && this.retired.has(f.measureId)) this.refuseRetired(f.measureId, f.row);
      this.cross.gather(f, write ? c.nextVersion : null);
      tally.figure(c.outcome, f.measureId, () => ({
        measureId: f.measureId,
        period: f.period,
        areaCode: f.areaCode,
        row: f.row,
        before: c.current?.value ?? null,
        after: f.value,
      }));
    }
  }

  private refuseNotTheirs(figures: ReadBatch['figures']): void {
    for (const f of figures) {
      const measure = this.measures.get(f.measureId);
      // A measure the file creates is the performance function's, who may enter any.
      if (!measure || this.enters!(measure)) continue;
      const seen = this.notTheirs.get(f.measureId);
      if (seen) seen.count += 1;
      else this.notTheirs.set(f.measureId, { row: f.row, count: 1 });
      this.failed = true;
    }
  }

  private refuseRetired(measureId: string, row: number): void {
    const seen = this.toRetired.get(measureId);
    if (seen) seen.count += 1;
    else this.toRetired.set(measureId, { row, count: 1 });
    this.failed = true;
  }
}
