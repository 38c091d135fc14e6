/**
 * Turns each row of a file into figures, as the profile maps it, or into problems pinned to the
 * row and column. Problems that repeat on every row of one measure or area (an unknown code) are
 * reported once, with the first row and a count, so that a whole file is not buried in one mistake.
 */
import type { Area } from '../area.js';
import type { MeasureValue } from '../figures.js';
import type { Measure } from '../measure.js';
import type { Period } from '../period.js';
import { columnLetter, type Cell, type ResolvedColumns } from './columns.js';
import { FigureKeys } from './figure-keys.js';
import { AreaFinder, MeasureFinder, type Match } from './matching.js';
import { areaFromFile, measureFromFile, newMeasureCode } from './new-records.js';
import { EXPECTED_NUMBER, readNumber } from './numbers.js';
import { PeriodCache, type ReadPeriod } from './period-cache.js';
import { EXPECTED_PERIOD, POOLED_ADVICE } from './period-forms.js';
import { problem, type ImportProblem } from './problems.js';
import type { ImportProfile, WideAcross } from './profile.js';
import { RepeatedProblems } from './repeated-problems.js';
import { cellText, isBlank, passesFilters, readQualityFlag, readStatus } from './row-parts.js';

export interface SheetRow {
  /** The row's number as a spreadsheet shows it. */
  number: number;
  cells: Cell[];
}

export interface FileFigure extends MeasureValue {
  row: number;
  /** The header of the column the value was read from, for problems the validation rules find. */
  column: string | null;
}

export interface RowResult {
  figures: FileFigure[];
  problems: ImportProblem[];
  /** Passed over: blank, filtered out by the profile, or naming something the profile skips. */
  skipped: boolean;
}

type Place = { file: string; row: number; column: string | null };
/** Not read: passed over as the profile says, or failed with a problem counted in `finish()`. */
type NotRead = 'skip' | 'failed';

type FigureParts = Pick<
  FileFigure,
  'numerator' | 'denominator' | 'status' | 'qualityFlag' | 'note' | 'source'
>;

const SKIPPED: RowResult = { figures: [], problems: [], skipped: true };
const FAILED: RowResult = { figures: [], problems: [], skipped: false };

export class RowReader {
  /** Measures and areas the file creates, in the order first met, for the caller to store first. */
  readonly newMeasures: Measure[] = [];
  readonly newAreas: Area[] = [];
  private readonly measures: MeasureFinder;
  private readonly areas: AreaFinder;
  private readonly keys = new FigureKeys();
  private readonly repeated = new RepeatedProblems();
  private readonly periods: PeriodCache;
  private readonly fingertips: boolean;
  private readonly across: WideAcross | null;
  private readonly filtered: boolean;

  constructor(
    private readonly profile: ImportProfile,
    private readonly columns: ResolvedColumns,
    catalogue: { measures: readonly Measure[]; areas: readonly Area[] },
    private readonly file: string,
  ) {
    this.measures = new MeasureFinder(profile, catalogue.measures);
    this.areas = new AreaFinder(profile, catalogue.areas);
    this.periods = new PeriodCache(profile);
    this.fingertips = profile.measures.match.includes('fingertips-id');
    this.across = profile.shape === 'wide' ? profile.across : null;
    this.filtered = columns.keep.length + columns.skip.length > 0;
  }

  /** Some row has had an error that `finish()` will report. */
  get failed(): boolean {
    return this.repeated.errorCount > 0;
  }

  /** Problems that were counted rather than repeated: unknown measures and areas, bad headers. */
  finish(): ImportProblem[] {
    return this.repeated.problems();
  }

  read(row: SheetRow): RowResult {
    const cells = row.cells;
    if (isBlank(cells)) return SKIPPED;
    if (this.filtered && !passesFilters(cells, this.columns.keep, this.columns.skip)) return SKIPPED;
    const at = this.columns.at;
    const across = this.across;
    const problems: ImportProblem[] = [];
    const key = this.measureKey(cells);
    const found = this.measureOf(key, row.number);
    if (found === 'skip') return SKIPPED;
    if (found === 'failed') {
      // Still look for the area, so that an unknown area is reported beside an unknown measure.
      if (across !== 'area')
        this.areaOf(row.number, cellText(cells[at.area!]), cellText(cells[at.areaName!]));
      return FAILED;
    }
    let period: Period | null = null;
    let periodText = '';
    if (across !== 'period') {
      const cell = at.period === undefined ? null : cells[at.period];
      const read = this.periods.ofRow(cell, found === 'create' ? null : found.yearKind);
      if (read.period) {
        period = read.period;
        periodText = read.text;
      } else if (read.why !== null) {
        // A span of years is the same on every row of its period: said once, with a count.
        this.repeated.add(
          'error',
          this.place(row.number, at.period),
          read.why,
          cellText(cell),
          POOLED_ADVICE,
        );
        return FAILED;
      } else this.fail(problems, row, at.period, 'is not a period', EXPECTED_PERIOD);
    }
    const measure = found !== 'create' ? found : period ? this.createMeasure(key, cells, period) : null;
    let area: Area | null = null;
    if (across !== 'area') {
      const a = this.areaOf(row.number, cellText(cells[at.area!]), cellText(cells[at.areaName!]));
      if (a === 'skip') return SKIPPED;
      if (a === 'failed') return FAILED;
      area = a;
    }

    const status = readStatus(cells[at.status!], this.profile.defaults.status);
    if (!status.ok) this.fail(problems, row, at.status, 'is not a status', status.expected);
    const flag = readQualityFlag(cells[at.qualityFlag!]);
    if (!flag.ok) this.fail(problems, row, at.qualityFlag, 'is not a data-quality flag', flag.expected);
    const parts: FigureParts = {
      numerator: this.numberAt(problems, row, at.numerator),
      denominator: this.numberAt(problems, row, at.denominator),
      status: status.ok ? status.value : this.profile.defaults.status,
      qualityFlag: flag.ok ? flag.value : null,
      note: cellText(cells[at.note!]),
      source: at.source === undefined ? this.profile.defaults.source : cellText(cells[at.source]),
    };
    const figures: FileFigure[] = [];
    if (across === null) {
      const value = this.numberAt(problems, row, at.value);
      const column = this.header(at.value);
      this.add(figures, problems, row.number, measure, period, periodText, area, value, parts, column);
    }
    for (const column of this.columns.across) {
      if (cellText(cells[column.index]) === null) continue; // an empty cell in a grid is no figure at all
      const value = this.numberAt(problems, row, column.index);
      if (across === 'period') {
        const read = this.widePeriod(column, measure);
        this.add(
          figures,
          problems,
          row.number,
          measure,
          read?.period ?? null,
          read?.text ?? '',
          area,
          value,
          parts,
          column.header,
        );
      } else {
        this.add(
          figures,
          problems,
          row.number,
          measure,
          period,
          periodText,
          this.wideArea(column),
          value,
          parts,
          column.header,
        );
      }
    }
    if (problems.length === 0) return { figures, problems, skipped: false };
    const failed = problems.some((p) => p.severity === 'error');
    return { figures: failed ? [] : figures, problems, skipped: false };
  }

  private add(
    figures: FileFigure[],
    problems: ImportProblem[],
    row: number,
    measure: Measure | null,
    period: Period | null,
    periodText: string,
    area: Area | null,
    value: number | null,
    parts: FigureParts,
    column: string | null,
  ): void {
    if (!measure || !period || !area) return;
    const earlier = this.keys.seen(measure.id, area.code, period, row);
    if (earlier === null) {
      figures.push({
        measureId: measure.id,
        period: periodText,
        areaCode: area.code,
        value,
        numerator: parts.numerator,
        denominator: parts.denominator,
        status: parts.status,
        qualityFlag: parts.qualityFlag,
        note: parts.note,
        source: parts.source,
        row,
        column,
      });
      return;
    }
    problems.push(
      problem(
        'error',
        { file: this.file, row },
        `gives ${measure.id} for ${periodText} in ${area.code} a second time: row ${earlier} gave it already`,
        { expected: 'each measure, period and area once in a file' },
      ),
    );
  }

  private numberAt(problems: ImportProblem[], row: SheetRow, index: number | undefined): number | null {
    if (index === undefined) return null;
    const n = readNumber(row.cells[index] ?? null, this.profile.numbers);
    if (n.ok) return n.value;
    this.fail(problems, row, index, 'is not a number', EXPECTED_NUMBER);
    return null;
  }

  private fail(
    problems: ImportProblem[],
    row: SheetRow,
    index: number | undefined,
    message: string,
    expected: string,
  ) {
    const value = index === undefined ? null : cellText(row.cells[index]);
    problems.push(problem('error', this.place(row.number, index), message, { value, expected }));
  }

  private place(row: number, index: number | undefined): Place {
    return { file: this.file, row, column: this.header(index) };
  }

  private header(index: number | undefined): string | null {
    if (index === undefined) return null;
    return this.columns.headers[index] || columnLetter(index);
  }

  private measureKey(cells: Cell[]): string {
    const fixed = this.profile.fixed.measure;
    if (fixed !== null) return fixed;
    const columns = this.columns.measure;
    if (columns.length === 1) return cellText(cells[columns[0]!]) ?? '';
    return columns.map((i) => cellText(cells[i]) ?? '').join(' | ');
  }

  private measureOf(key: string, rowNumber: number): Measure | 'create' | NotRead {
    const column = this.profile.fixed.measure ? undefined : this.columns.measure[0];
    const match = this.measures.find(key);
    // A retired measure's figures are checked when they are compared: unchanged ones may come back.
    if ('found' in match) return match.found;
    if (key.replace(/[\s|]/g, '') === '') {
      this.repeated.add(
        'error',
        this.place(rowNumber, column),
        'has no measure',
        null,
        'the measure named in every row',
      );
      return 'failed';
    }
    const earlier = this.measures.byId(newMeasureCode(key, this.fingertips));
    if (earlier && this.profile.measures.unknown === 'create') return earlier;
    return this.unknown(match, 'measures', this.place(rowNumber, column), key);
  }

  private unknown(
    match: Exclude<Match<unknown>, { found: unknown }>,
    what: 'measures' | 'areas',
    place: Place,
    key: string,
  ): 'create' | NotRead {
    if ('ambiguous' in match) {
      this.repeated.add('error', place, match.ambiguous, key);
      return 'failed';
    }
    const choice = this.profile[what].unknown;
    if (choice === 'create') return 'create';
    if (choice === 'skip') {
      this.repeated.add(
        'warning',
        place,
        `${match.unknown}: its rows are passed over, as profile "${this.profile.name}" says`,
        key,
      );
      return 'skip';
    }
    const thing = what === 'measures' ? 'a measure' : 'an area';
    this.repeated.add(
      'error',
      place,
      match.unknown,
      key,
      `${thing} of this council, or a profile that maps it (or creates unknown ${what})`,
    );
    return 'failed';
  }

  private createMeasure(key: string, cells: Cell[], period: Period): Measure {
    const at = this.columns.at;
    const measure = measureFromFile({
      code: newMeasureCode(key, this.fingertips),
      title: cellText(cells[at.measureName!]) ?? key,
      unit: cellText(cells[at.unit!]),
      period,
      category: this.profile.measures.category,
      source: this.profile.defaults.source,
      origin: `${this.file} (profile ${this.profile.name})`,
      fingertipsId: this.fingertips && /^\d+$/.test(key.trim()) ? key.trim() : null,
    });
    this.measures.add(measure);
    this.newMeasures.push(measure);
    return measure;
  }

  private areaOf(
    rowNumber: number,
    code: string | null,
    name: string | null,
    column?: string,
  ): Area | NotRead {
    const fixed = this.profile.fixed.area;
    const match = fixed ? this.areas.find(fixed, null) : this.areas.find(code, name);
    if ('found' in match) return match.found;
    const place: Place = {
      file: this.file,
      row: rowNumber,
      column: fixed ? null : (column ?? this.header(this.columns.at.area ?? this.columns.at.areaName)),
    };
    if (!fixed && code === null && name === null) {
      this.repeated.add('error', place, 'has no area', null, 'an area code or name in every row');
      return 'failed';
    }
    const choice = this.unknown(match, 'areas', place, fixed ?? code ?? name ?? '');
    if (choice !== 'create') return choice;
    const made = areaFromFile(code, name);
    if ('refused' in made) {
      this.repeated.add('error', place, made.refused, code ?? name, 'an ONS GSS code such as E08000031');
      return 'failed';
    }
    this.areas.add(made.area);
    this.newAreas.push(made.area);
    return made.area;
  }

  private widePeriod(column: { index: number; header: string }, measure: Measure | null): ReadPeriod | null {
    const read = this.periods.ofHeader(column.header, measure?.yearKind ?? null);
    if (read.period) return read;
    if (read.why !== null) {
      const place = { file: this.file, row: this.profile.headerRow, column: column.header };
      this.repeated.add(
        'error',
        place,
        read.why,
        column.header,
        `${POOLED_ADVICE}, or the column listed in ignoreColumns`,
      );
      return null;
    }
    const place = { file: this.file, row: this.profile.headerRow, column: column.header };
    this.repeated.add(
      'error',
      place,
      'heads a column of figures but is not a period',
      column.header,
      `${EXPECTED_PERIOD}, or the column listed in the profile's ignoreColumns`,
    );
    return null;
  }

  private wideArea(column: { index: number; header: string }): Area | null {
    const area = this.areaOf(this.profile.headerRow, column.header, null, column.header);
    return typeof area === 'string' ? null : area;
  }
}
