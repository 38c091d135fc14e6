/**
 * The validation rules, run on every figure a file gives, in the dry run and the commit alike:
 * the period must be of the measure's kind, and each measure's own rules (range, numerator within
 * denominator, commentary when red, outliers, jumps) are judged with its settings. An error is a
 * problem that blocks the commit; a warning is counted, listed, and recorded against the version
 * the commit writes.
 */
import type { Kysely } from 'kysely';
import type { Target } from '../../domain/figures.js';
import { problem, type FileFigure, type ImportProfile, type ImportTally } from '../../domain/import/index.js';
import type { Measure } from '../../domain/measure.js';
import { parsePeriod, type Period } from '../../domain/period.js';
import { ragStatus } from '../../domain/status/index.js';
import {
  periodKindMismatch,
  validateFigure,
  type Finding,
  type ValidationSettings,
} from '../../domain/validation/index.js';
import { currentCommentary } from '../../store/commentary.js';
import type { Database } from '../../store/database.js';
import { AUTHORITY_CODE, getSetting } from '../../store/settings.js';
import { currentTargets } from '../../store/targets.js';
import type { StoredMeasureValidation } from '../../store/validation-rules.js';
import { settingsOf } from '../values/validation-settings.js';
import { SeriesHistory } from './series-history.js';

/** What each rule expects, for the report's "expected …". */
function expectedBy(finding: Finding, settings: ValidationSettings): string {
  switch (finding.rule) {
    case 'range':
      return `a figure from ${settings.minimum ?? '−∞'} to ${settings.maximum ?? '∞'}`;
    case 'numerator-within-denominator':
      return 'a numerator no larger than its denominator';
    case 'commentary-when-red':
      return 'a note saying what happened, why and what next';
    case 'outlier-z-score':
    case 'outlier-modified-z-score':
      return `a score of at most ${settings.outlierThreshold} against the measure's own history, or a figure checked and confirmed`;
    case 'jump-from-last-period':
      return `a change of at most ${Math.round(settings.jumpShare * 100)}% from the last period, or one checked and confirmed`;
  }
}

/** `value: 104.2 is outside …` → the field and the words after the value, as the report reads. */
function splitMessage(message: string, shown: string | null): { field: string | null; words: string } {
  const m = /^(\w+): (.*)$/.exec(message);
  if (!m) return { field: null, words: message };
  const rest = m[2]!;
  const words = shown !== null && rest.startsWith(`${shown} `) ? rest.slice(shown.length + 1) : rest;
  return { field: m[1]!, words };
}

export interface CheckedBatch {
  /** Validation warnings by the figure's place in the batch, for the warning records. */
  warnings: Map<number, { rule: string; message: string }[]>;
  /** Figures with at least one warning. */
  flagged: number;
}

export class FigureChecks {
  private readonly targets = new Map<string, Map<string, Target>>();
  private readonly commentary = new Map<string, Set<string>>();
  private readonly history: SeriesHistory;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly measures: Map<string, Measure>,
    private readonly stored: Map<string, StoredMeasureValidation>,
    private readonly profile: ImportProfile,
    private readonly file: string,
    private readonly today: string,
    hadFigures: (measureId: string) => boolean,
  ) {
    this.history = new SeriesHistory(db, hadFigures);
  }

  addMeasures(measures: readonly Measure[]): void {
    for (const m of measures) this.measures.set(m.id, m);
  }

  async check(figures: readonly FileFigure[], tally: ImportTally): Promise<CheckedBatch> {
    const warnings = new Map<number, { rule: string; message: string }[]>();
    let flagged = 0;
    for (let i = 0; i < figures.length; i += 1) {
      const f = figures[i]!;
      const measure = this.measures.get(f.measureId);
      const parsed = parsePeriod(f.period);
      if (!measure || !parsed.ok) continue;
      const wrongKind = periodKindMismatch(measure, parsed.period);
      if (wrongKind) {
        const column =
          this.profile.shape === 'wide' && this.profile.across === 'period'
            ? f.column
            : this.profile.columns.period;
        tally.problem(
          problem('error', { file: this.file, row: f.row, column }, wrongKind.is, {
            value: f.period,
            expected: wrongKind.expected,
          }),
        );
        continue;
      }
      const found = await this.findingsOf(f, measure, parsed.period);
      this.history.remember(f.measureId, f.areaCode, parsed.period, f.value);
      if (found.findings.length === 0) continue;
      const own: { rule: string; message: string }[] = [];
      for (const finding of found.findings) {
        if (finding.severity === 'warning') own.push({ rule: finding.rule, message: finding.message });
        // A million-row file may flag many figures: only the first few are described in full.
        if (!tally.wants(finding.severity)) {
          tally.count(finding.severity);
          continue;
        }
        const shown = finding.message.startsWith('value:')
          ? f.value
          : finding.message.startsWith('numerator:')
            ? f.numerator
            : null;
        const { field, words } = splitMessage(
          finding.message,
          shown === null ? null : String(Math.round(shown * 100) / 100),
        );
        const column =
          field === 'value'
            ? f.column
            : field === null
              ? null
              : (this.profile.columns[field as 'note'] ?? field);
        tally.problem(
          problem(
            finding.severity,
            { file: this.file, row: f.row, column },
            `${words} (rule ${finding.rule})`,
            {
              value: shown,
              expected: expectedBy(finding, found.settings),
            },
          ),
        );
      }
      if (own.length > 0) {
        warnings.set(i, own);
        flagged += 1;
      }
    }
    return { warnings, flagged };
  }

  private async findingsOf(f: FileFigure, measure: Measure, period: Period) {
    const settings = settingsOf(measure.unit, this.stored.get(measure.id));
    const { history, previous } =
      this.history.ofFileOnly(f.measureId, f.areaCode, period) ??
      (await this.history.of(f.measureId, f.areaCode, period));
    // Targets and commentary are the authority's own, so only its figure is judged red against them.
    const ownFigure = await this.isAuthorityFigure(f.areaCode);
    const target = ownFigure
      ? ((this.targets.get(measure.id) ?? (await this.targetsOf(measure.id))).get(f.period) ?? null)
      : null;
    const rag = target
      ? ragStatus({
          value: f.value,
          target: target.value,
          lower: target.lower,
          upper: target.upper,
          polarity: measure.polarity,
          tolerance: target.tolerance ?? measure.tolerance,
          toleranceKind: measure.toleranceKind,
          unit: measure.unit,
          decimals: measure.decimals,
          ratePer: measure.ratePer,
          today: this.today,
        }).status
      : null;
    const hasCommentary =
      Boolean(f.note?.trim()) || (rag === 'red' && (await this.commentaryOf(measure.id)).has(f.period));
    const findings = validateFigure(
      { value: f.value, numerator: f.numerator, denominator: f.denominator, hasCommentary },
      { isProportion: measure.unit === 'percent', rag, history, previous },
      settings,
    );
    return { findings, settings };
  }

  private authorityCode: Promise<string | null> | null = null;

  /** True for the council's own figure, or for every figure when the council has not said which area it is. */
  private async isAuthorityFigure(areaCode: string): Promise<boolean> {
    this.authorityCode ??= getSetting(this.db, AUTHORITY_CODE);
    const authority = await this.authorityCode;
    return authority === null || authority === areaCode;
  }

  private async targetsOf(measureId: string): Promise<Map<string, Target>> {
    let found = this.targets.get(measureId);
    if (!found) {
      found = new Map((await currentTargets(this.db, [measureId])).map((t) => [t.period, t]));
      this.targets.set(measureId, found);
    }
    return found;
  }

  private async commentaryOf(measureId: string): Promise<Set<string>> {
    let found = this.commentary.get(measureId);
    if (!found) {
      found = new Set((await currentCommentary(this.db, measureId)).map((c) => c.period));
      this.commentary.set(measureId, found);
    }
    return found;
  }
}
