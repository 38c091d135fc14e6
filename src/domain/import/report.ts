/**
 * What an import did, or would do in a dry run: figures created, changed and left alone (counted,
 * with the first few of each to show), measures and areas created, and every problem. A file of a
 * million rows is summarised in a bounded amount of memory: counts are exact, lists are capped.
 */
import type { Area } from '../area.js';
import type { Measure } from '../measure.js';
import type { ImportProblem } from './problems.js';

export type FigureOutcome = 'created' | 'changed' | 'unchanged';
export const FIGURE_OUTCOMES: readonly FigureOutcome[] = ['created', 'changed', 'unchanged'];

export interface FigureChange {
  measureId: string;
  period: string;
  areaCode: string;
  row: number;
  /** The current figure's value before the import (null when it has none or there is no figure). */
  before: number | null;
  after: number | null;
}

export type OutcomeCounts = Record<FigureOutcome, number>;

export interface ImportReport {
  file: string;
  sha256: string | null;
  profile: string;
  mode: 'dry-run' | 'commit';
  /** How the file was read: its format, encoding, separator or sheet. */
  readAs: string[];
  rows: number;
  skippedRows: number;
  figures: OutcomeCounts;
  samples: Record<FigureOutcome, FigureChange[]>;
  byMeasure: Record<string, OutcomeCounts>;
  newMeasures: Pick<Measure, 'id' | 'title' | 'unit' | 'frequency'>[];
  newAreas: Area[];
  /** The first problems found (all errors before any warning), up to a limit. */
  problems: ImportProblem[];
  errors: number;
  warnings: number;
  /** Figures the validation rules flagged with a warning (recorded against the version a commit writes). */
  flaggedFigures: number;
  /** The figures were written (a commit with no errors that changed something). */
  committed: boolean;
  batchId: number | null;
  /** Earlier imports of a file with the same SHA-256. */
  earlierImports: { batchId: number; at: string; by: string; fileName: string }[];
}

export const SAMPLES_KEPT = 50;
export const PROBLEMS_KEPT = 500;

export class ImportTally {
  readonly figures: OutcomeCounts = { created: 0, changed: 0, unchanged: 0 };
  readonly samples: Record<FigureOutcome, FigureChange[]> = { created: [], changed: [], unchanged: [] };
  readonly byMeasure: Record<string, OutcomeCounts> = {};
  rows = 0;
  skippedRows = 0;
  errors = 0;
  warnings = 0;
  flagged = 0;
  private readonly errorList: ImportProblem[] = [];
  private readonly warningList: ImportProblem[] = [];

  /** Counts a figure's outcome; `describe` is called only while examples are still wanted. */
  figure(outcome: FigureOutcome, measureId: string, describe: () => FigureChange): void {
    this.figures[outcome] += 1;
    const counts = (this.byMeasure[measureId] ??= { created: 0, changed: 0, unchanged: 0 });
    counts[outcome] += 1;
    if (this.samples[outcome].length < SAMPLES_KEPT) this.samples[outcome].push(describe());
  }

  problem(p: ImportProblem): void {
    if (p.severity === 'error') {
      this.errors += 1;
      if (this.errorList.length < PROBLEMS_KEPT) this.errorList.push(p);
    } else {
      this.warnings += 1;
      if (this.warningList.length < PROBLEMS_KEPT) this.warningList.push(p);
    }
  }

  /** Whether a problem of this severity would still be listed (or only counted). */
  wants(severity: 'error' | 'warning'): boolean {
    return (severity === 'error' ? this.errorList : this.warningList).length < PROBLEMS_KEPT;
  }

  /** Counts a problem that is not listed. */
  count(severity: 'error' | 'warning'): void {
    if (severity === 'error') this.errors += 1;
    else this.warnings += 1;
  }

  /** Errors before warnings, each in the file's order (the whole file first, then by row). */
  problems(): ImportProblem[] {
    const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);
    return [...this.errorList.sort(byRow), ...this.warningList.sort(byRow)].slice(0, PROBLEMS_KEPT);
  }

  /** Something would be written: a figure created or changed. */
  get writes(): boolean {
    return this.figures.created + this.figures.changed > 0;
  }
}
