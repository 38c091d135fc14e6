/**
 * The API's answers as the app reads them (see docs/api.md and src/http/*\/schema.ts). Only the
 * fields the app uses are listed; the engine's status keeps its own types from src/domain.
 */
import type { AccessRole } from '@domain/access/roles.js';
import type { MeasureStatus } from '@domain/engine/types.js';
import type { RagStatus } from '@domain/status/labels.js';

export interface Account {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  personId?: string | null;
  roles: { role: AccessRole; orgUnitId: string | null }[];
}

export interface Session {
  account: Account;
  csrfToken: string;
}

export interface MeasureSummary {
  id: string;
  title: string;
  unit: 'number' | 'percent' | 'currency' | 'rate' | 'days' | 'ratio' | 'score';
  ratePer: number | null;
  polarity: 'higher-better' | 'lower-better' | 'within-band' | 'neutral';
  frequency: 'monthly' | 'quarterly' | 'annual';
  yearKind: string;
  decimals: number;
  category: string;
  ownerId: string | null;
  orgUnitId: string | null;
  byWard: boolean;
  isPublic: boolean;
  state: string;
  strategyItemIds: string[];
}

export interface Area {
  code: string;
  name: string;
  kind: string;
}

export interface ScorecardRow {
  measure: MeasureSummary;
  status: MeasureStatus;
}

export interface Scorecard {
  asAt: string | null;
  approvedOnly: boolean;
  area: Area;
  rows: ScorecardRow[];
}

export interface MeasureStatusAnswer {
  asAt: string | null;
  approvedOnly: boolean;
  measure: MeasureSummary;
  authority: { area: Area; status: MeasureStatus };
  wards: { area: Area; status: MeasureStatus }[];
}

export type StatusCounts = Record<RagStatus, number>;

export interface RolledUpStatus {
  status: RagStatus;
  counts: StatusCounts;
  total: number;
  sentence: string;
}

export interface ThreadNode {
  id: string;
  kind: string;
  title: string;
  status: RolledUpStatus;
  measureIds: string[];
  actionIds: string[];
  children: ThreadNode[];
}

export interface Thread {
  asAt: string | null;
  approvedOnly: boolean;
  roots: ThreadNode[];
  measures: Record<string, { title: string; status: RagStatus; meaning: string }>;
}

export interface Methodology {
  definition: string | null;
  numerator: string | null;
  denominator: string | null;
  sourceSystem: string | null;
  calculation: string | null;
  caveats: string | null;
}

export interface MeasureDetail extends MeasureSummary {
  methodology: Methodology;
  aggregation: string;
  nationalReference: string | null;
  comparatorGroupId: string | null;
  formula: string | null;
  tolerance: number | null;
  toleranceKind: string;
  dueLagDays: number;
  targets: {
    period: string;
    value: number | null;
    lower: number | null;
    upper: number | null;
    tolerance: number | null;
  }[];
  latestCommentary: {
    period: string;
    summary: string | null;
    reasons: string | null;
    nextSteps: string | null;
    authorId: string | null;
  } | null;
}

export interface Figure {
  measureId: string;
  period: string;
  areaCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: 'provisional' | 'final';
  qualityFlag: string | null;
  note: string | null;
  source: string | null;
  version: number;
  by: string;
  at: string;
  reason: string;
}

export interface FigurePage {
  values: Figure[];
  next: string | null;
}

export interface FigureHistory {
  measureId: string;
  period: string;
  areaCode: string;
  versions: (Figure & { withdrawn: boolean })[];
  signoff: {
    state: 'entered' | 'checked' | 'approved';
    events: { state: string; by: string; at: string; version: number; reason: string | null }[];
  };
}

export interface StrategyItem {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  parentId: string | null;
  ownerId: string | null;
  orgUnitId: string | null;
}

export interface OrgUnit {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
}

export interface DueFigure {
  measureId: string;
  title: string;
  period: string;
  dueDate: string;
  state: 'due' | 'late';
  daysLate: number | null;
}

export interface DueAnswer {
  today: string;
  owners: { ownerId: string | null; ownerName: string | null; figures: DueFigure[] }[];
}

export interface AppConfig {
  sso: boolean;
  /** The quarter figures are judged as at unless the person chooses another. */
  defaultPeriod: string | null;
}

export interface MeasureQuality {
  measureId: string;
  title: string;
  orgUnitId: string | null;
  expected: number;
  received: number;
  onTime: number;
  figures: number;
  flagged: number;
  completeness: number | null;
  timeliness: number | null;
  warningShare: number | null;
  methodologyMissing: string[];
  methodologyCompleteness: number;
  lastUpdated: string | null;
}

export interface DirectorateQuality {
  directorateId: string | null;
  name: string;
  measures: number;
  completeness: number | null;
  timeliness: number | null;
  warningShare: number | null;
  methodologyCompleteness: number | null;
  lastUpdated: string | null;
}

export interface DataQuality {
  today: string;
  measures: MeasureQuality[];
  directorates: DirectorateQuality[];
}

export interface EnteredFigure {
  outcome: 'created' | 'changed' | 'unchanged';
  value: Figure;
  signoff: 'entered' | 'checked' | 'approved';
  warnings: { rule: string; message: string }[];
  unlocked: boolean;
}

export interface SignoffAnswer {
  measureId: string;
  period: string;
  areaCode: string;
  version: number;
  state: 'entered' | 'checked' | 'approved';
}

export interface ActionView {
  action: {
    id: string;
    title: string;
    responsibleOfficer: string;
    anticipatedOutcome: string;
    proposedEndDate: string;
    status: string;
    percentComplete: number;
    progressNote: string | null;
  };
  rag: { status: import('@domain/status/labels.js').RagStatus; sentence: string };
  overdue: boolean;
}
