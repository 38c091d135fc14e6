/**
 * One published measure for the public: how it is doing (the engine's status on approved figures),
 * its trend against target and England, its comparator councils, its wards, how it is produced,
 * when it was last updated and when the next figure is due. Figures withheld under the
 * small-number rule are null here, and any sentence that would quote one is left out.
 */
import type { MeasureStatus } from '../../domain/engine/index.js';
import type { Target } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import {
  enclosingPeriod,
  formatPeriod,
  nextPeriod,
  period as toPeriod,
  periodDueDate,
  periodLabel,
} from '../../domain/period.js';
import { DIRECTION_WORDS } from '../../domain/status/direction.js';
import { RAG_LABELS, type RagStatus } from '../../domain/status/labels.js';
import type { Store } from '../../store/connect.js';
import { listAreaGroups } from '../../store/areas.js';
import { currentTargets } from '../../store/targets.js';
import { measureReportWithWards } from '../status/index.js';
import { figureAt, latestFor, publicFigures } from './figures.js';
import { publicSummaryOf, type PublicMeasureSummary } from './measure-summary.js';
import type { Judging, PublicSite } from './site.js';

export interface PublicStatus {
  period: string | null;
  periodLabel: string | null;
  rag: RagStatus;
  ragWord: string;
  ragMeaning: string;
  /** The engine's sentences; null where they would quote a withheld figure. */
  sentence: string | null;
  summary: string | null;
  sinceLastPeriod: string | null;
  sinceLastYear: string | null;
}

export interface TrendRow {
  period: string;
  periodLabel: string;
  value: number | null;
  suppressed: boolean;
  provisional: boolean;
  target: number | null;
  england: number | null;
}

export interface AreaFigure {
  code: string;
  name: string;
  value: number | null;
  suppressed: boolean;
}

export interface WardRow extends AreaFigure {
  period: string | null;
  periodLabel: string | null;
  rag: RagStatus;
  ragWord: string;
}

export interface MeasureView {
  measure: PublicMeasureSummary;
  authority: { code: string; name: string };
  status: PublicStatus;
  trend: TrendRow[];
  benchmarks: { name: string; value: number | null; suppressed: boolean; comparison: string | null }[];
  comparators: {
    group: string;
    period: string;
    rows: (AreaFigure & { isAuthority: boolean })[];
    position: { rank: number; of: number; quartile: number } | null;
  } | null;
  wards: WardRow[];
  lastUpdated: string | null;
  nextUpdate: { period: string; periodLabel: string; dueDate: string } | null;
}

const COMPARISON_WORDS: Record<string, string> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  best: 'Much better',
  worst: 'Much worse',
  higher: 'Higher',
  lower: 'Lower',
};

function targetFor(targets: readonly Target[], periodText: string): number | null {
  const exact = targets.find((t) => t.period === periodText);
  if (exact) return exact.value;
  try {
    const year = formatPeriod(enclosingPeriod(toPeriod(periodText), 'financial-year'));
    return targets.find((t) => t.period === year)?.value ?? null;
  } catch {
    return null;
  }
}

function statusOf(s: MeasureStatus, quotesWithheld: boolean): PublicStatus {
  const label = RAG_LABELS[s.rag.status];
  const words = (text: string | null | undefined) => (quotesWithheld ? null : (text ?? null));
  const travel = (d: { direction: keyof typeof DIRECTION_WORDS; sentence?: string }) =>
    quotesWithheld ? DIRECTION_WORDS[d.direction] : (d.sentence ?? DIRECTION_WORDS[d.direction]);
  return {
    period: s.period,
    periodLabel: s.periodLabel,
    rag: s.rag.status,
    ragWord: label.word,
    ragMeaning: label.description,
    sentence: words(s.rag.sentence),
    summary: words(s.summary),
    sinceLastPeriod: s.period ? travel(s.direction.previousPeriod) : null,
    sinceLastYear: s.period ? travel(s.direction.samePeriodLastYear) : null,
  };
}

export async function measureView(
  store: Store,
  site: PublicSite,
  measure: Measure,
  when: Judging,
): Promise<MeasureView> {
  const authority = site.authority;
  if (!authority) throw new Error('The council has no authority area set');
  const [report, figuresById, targets, groups] = await Promise.all([
    measureReportWithWards(store, measure, { ...when, approvedOnly: true }),
    publicFigures(store, [measure]),
    currentTargets(store.db, [measure.id]),
    listAreaGroups(store.db),
  ]);
  const figures = figuresById.get(measure.id) ?? [];
  const own = figures.filter((f) => f.areaCode === authority.code);
  const englandCode = site.england?.code;
  const judged = report.authority.status;
  // A withheld figure in the authority's own series could be read back from a sentence about change.
  const status = statusOf(
    judged,
    own.some((f) => f.suppressed),
  );
  const at = judged.period;

  const benchmarks = judged.benchmarks.map((b) => {
    const f = at && b.areaCode ? figureAt(figures, b.areaCode, at) : null;
    return {
      name: b.name,
      value: b.areaCode ? (f?.value ?? null) : null,
      suppressed: f?.suppressed ?? false,
      comparison: b.comparison ? (COMPARISON_WORDS[b.comparison] ?? b.comparison) : null,
    };
  });

  const group = groups.find((g) => g.id === measure.comparatorGroupId);
  const comparators =
    group && at
      ? {
          group: group.name,
          period: at,
          rows: [authority.code, ...group.memberCodes.filter((c) => c !== authority.code)].map((code) => {
            const f = figureAt(figures, code, at);
            return {
              code,
              name: site.areaNames.get(code) ?? code,
              value: f?.value ?? null,
              suppressed: f?.suppressed ?? false,
              isAuthority: code === authority.code,
            };
          }),
          position: judged.groupPosition
            ? {
                rank: judged.groupPosition.rank,
                of: judged.groupPosition.of,
                quartile: judged.groupPosition.quantile,
              }
            : null,
        }
      : null;

  const wards = report.wards.map((w) => {
    // Each ward's latest published figure, even when the period judged has none yet.
    const f = latestFor(figures, w.area.code);
    return {
      code: w.area.code,
      name: w.area.name,
      value: f?.value ?? null,
      suppressed: f?.suppressed ?? false,
      period: f?.period ?? null,
      periodLabel: f ? periodLabel(toPeriod(f.period)) : null,
      rag: w.status.rag.status,
      ragWord: RAG_LABELS[w.status.rag.status].word,
    };
  });
  wards.sort((a, b) => a.name.localeCompare(b.name));

  const latest = own.at(-1) ?? null;
  let nextUpdate: MeasureView['nextUpdate'] = null;
  if (latest) {
    const next = nextPeriod(toPeriod(latest.period));
    nextUpdate = {
      period: formatPeriod(next),
      periodLabel: periodLabel(next),
      dueDate: periodDueDate(next, measure.dueLagDays),
    };
  }
  const lastUpdated = own.reduce<string | null>(
    (max, f) => (max === null || f.recordedAt > max ? f.recordedAt : max),
    null,
  );

  return {
    measure: publicSummaryOf(measure),
    authority: { code: authority.code, name: authority.name },
    status,
    trend: own.map((f) => ({
      period: f.period,
      periodLabel: periodLabel(toPeriod(f.period)),
      value: f.value,
      suppressed: f.suppressed,
      provisional: f.provisional,
      target: targetFor(targets, f.period),
      england: englandCode ? (figureAt(figures, englandCode, f.period)?.value ?? null) : null,
    })),
    benchmarks,
    comparators,
    wards,
    lastUpdated: lastUpdated?.slice(0, 10) ?? null,
    nextUpdate,
  };
}
