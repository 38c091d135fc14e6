/** Figures for a measure × period × area, their targets and their commentary. */

/** A figure may be provisional until its owner confirms it final. */
export const VALUE_STATUSES = ['provisional', 'final'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** A data-quality flag, set by the owner or by validation. */
export const QUALITY_FLAGS = ['estimated', 'incomplete', 'suspect', 'revised-methodology'] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** One figure as it stands now: the latest version of its history. */
export interface MeasureValue {
  measureId: string;
  /** Canonical period text, e.g. "2016/17-Q2". */
  period: string;
  areaCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: ValueStatus;
  qualityFlag: QualityFlag | null;
  note: string | null;
  source: string | null;
}

/** Who made a change, when and why: recorded on every version. */
export interface ChangeRecord {
  by: string;
  at: string;
  reason: string;
}

/** One version in a figure's history. Versions are numbered from 1 and never rewritten. */
export interface ValueVersion extends MeasureValue, ChangeRecord {
  version: number;
  /** The figure was withdrawn in this version: it no longer counts, but its history stays. */
  withdrawn: boolean;
}

export interface Target {
  measureId: string;
  period: string;
  /** The target value; for 'within-band' measures, the band is lower..upper. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Overrides the measure's default tolerance for this period. */
  tolerance: number | null;
}

export interface Commentary {
  measureId: string;
  period: string;
  /** What happened. */
  summary: string;
  /** Why it happened. */
  reasons: string | null;
  /** What is being done next. */
  nextSteps: string | null;
  authorId: string | null;
}
