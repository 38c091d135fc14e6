/**
 * Rules across measures, for an import: a rule compares measures for one period and area, and a
 * file may give them on rows far apart, so the figures of measures some rule reads are gathered
 * as the file is read and the rules judged once it has all been read, with the database's figures
 * for whatever the file leaves out. Only those measures' figures are kept.
 */
import type { Kysely } from 'kysely';
import type { Figure } from '../../domain/formula/index.js';
import { problem, type FileFigure, type ImportProblem } from '../../domain/import/index.js';
import { parsePeriod } from '../../domain/period.js';
import type { CompiledRule } from '../../domain/validation/index.js';
import type { Database } from '../../store/database.js';
import { currentValues } from '../../store/values.js';
import { figureSlot, judgeRulesFor } from '../values/cross-checks.js';

interface Gathered {
  figure: Figure;
  row: number;
  column: string | null;
  /** The version the commit wrote; null when it wrote none (unchanged, or a dry run). */
  version: number | null;
}

export interface CrossWarning {
  measureId: string;
  period: string;
  areaCode: string;
  version: number;
  rule: string;
  message: string;
}

export class ImportCrossChecks {
  private readonly read = new Set<string>();
  /** By area, then by measure and period. */
  private readonly gathered = new Map<string, Map<string, Gathered>>();

  constructor(
    private readonly rules: readonly CompiledRule[],
    private readonly file: string,
  ) {
    for (const r of rules) for (const code of r.codes) this.read.add(code);
  }

  gather(f: FileFigure, version: number | null): void {
    if (!this.read.has(f.measureId)) return;
    let area = this.gathered.get(f.areaCode);
    if (!area) {
      area = new Map();
      this.gathered.set(f.areaCode, area);
    }
    area.set(figureSlot(f.measureId, f.period), { figure: f, row: f.row, column: f.column, version });
  }

  /** Judges every rule the file's figures touch; reports problems and returns the warnings to record. */
  async judge(db: Kysely<Database>, report: (p: ImportProblem) => void): Promise<CrossWarning[]> {
    if (this.gathered.size === 0) return [];
    const stored = await currentValues(db, {
      measureIds: [...this.read],
      areaCodes: [...this.gathered.keys()],
    });
    const warnings: CrossWarning[] = [];
    for (const [areaCode, inFile] of this.gathered) {
      const figures = new Map<string, Figure>();
      for (const v of stored) if (v.areaCode === areaCode) figures.set(figureSlot(v.measureId, v.period), v);
      for (const [slot, g] of inFile) figures.set(slot, g.figure);
      for (const rule of this.rules) {
        // Judge each period once, at the first row of the file that gives one of the rule's measures.
        const periods = new Map<string, Gathered & { measureId: string }>();
        for (const [slot, g] of inFile) {
          const [measureId, period] = slot.split('\u0000') as [string, string];
          if (!rule.codes.includes(measureId)) continue;
          const first = periods.get(period);
          if (!first || g.row < first.row) periods.set(period, { ...g, measureId });
        }
        for (const [period, first] of periods) {
          const parsed = parsePeriod(period);
          if (!parsed.ok) continue;
          for (const finding of judgeRulesFor(first.measureId, parsed.period, [rule], figures)) {
            report(
              problem(
                finding.severity,
                { file: this.file, row: first.row, column: first.column },
                finding.message,
                {
                  expected: `figures for which ${rule.rule.left} ${rule.rule.operator} ${rule.rule.right}`,
                },
              ),
            );
            if (finding.severity !== 'warning') continue;
            for (const code of rule.codes) {
              const g = inFile.get(figureSlot(code, period));
              if (g && g.version !== null) {
                warnings.push({
                  measureId: code,
                  period,
                  areaCode,
                  version: g.version,
                  rule: `cross-measure ${rule.rule.id}`,
                  message: finding.message,
                });
              }
            }
          }
        }
      }
    }
    return warnings;
  }
}
