/**
 * A strategy item's status from its measures, actions and child items, by the item's rule:
 * - worst: the worst judged status;
 * - majority: the most common judged status, a tie going to the worse;
 * - weighted: the weighted mean of scores (green 1, amber ½, red 0), rounded to the nearest
 *   status, a tie going to the worse.
 * Only green, amber, red and overdue are judged. Overdue counts as red: a missing figure past its
 * due date must not lift the item above one that reported a red. 'No data' (not yet due),
 * 'no target' and 'neutral' are counted but not judged; with nothing judged the item has no data.
 */
import { RAG_LABELS, RAG_STATUSES, type RagStatus } from '../status/labels.js';
import type { RollupRule } from '../strategy.js';

/** One measure's, action's or child item's status. */
export interface RollupEntry {
  id: string;
  status: RagStatus;
  /** For the weighted rule; 1 by default. */
  weight?: number;
}

export type StatusCounts = Record<RagStatus, number>;

/** What a strategy item's status can be. */
export type RolledUpStatus = Extract<RagStatus, 'green' | 'amber' | 'red' | 'no-data'>;

export interface RollupInput {
  children?: readonly RollupEntry[];
  measures?: readonly RollupEntry[];
  actions?: readonly RollupEntry[];
  rule: RollupRule;
  /** Weights by entry id, overriding each entry's own. */
  weights?: Readonly<Record<string, number>>;
}

export interface RollupReason {
  rule: RollupRule;
  /** How many inputs were judged (green, amber, red or overdue). */
  judged: number;
  /** Overdue inputs, counted as red. */
  overdueAsRed: number;
  notJudged: number;
  /** For the weighted rule: the weighted score from 0 (all red) to 1 (all green). */
  score: number | null;
}

export interface RollupResult {
  status: RolledUpStatus;
  counts: StatusCounts;
  bySource: { children: StatusCounts; measures: StatusCounts; actions: StatusCounts };
  total: number;
  reason: RollupReason;
  sentence: string;
}

/** How bad each judged status is; statuses not listed are not judged. */
const SEVERITY: Partial<Record<RagStatus, number>> = { green: 0, amber: 1, red: 2, overdue: 2 };
const BY_SEVERITY: readonly RolledUpStatus[] = ['green', 'amber', 'red'];
const SCORE = [1, 0.5, 0];

export function emptyCounts(): StatusCounts {
  return { green: 0, amber: 0, red: 0, 'no-target': 0, 'no-data': 0, overdue: 0, neutral: 0 };
}

export function rollUpStatus(input: RollupInput): RollupResult {
  const bySource = {
    children: countOf(input.children ?? []),
    measures: countOf(input.measures ?? []),
    actions: countOf(input.actions ?? []),
  };
  const counts = emptyCounts();
  for (const s of RAG_STATUSES) counts[s] = bySource.children[s] + bySource.measures[s] + bySource.actions[s];
  const total = RAG_STATUSES.reduce((n, s) => n + counts[s], 0);
  const tally = [counts.green, counts.amber, counts.red + counts.overdue];
  const judged = tally[0]! + tally[1]! + tally[2]!;
  const reason: RollupReason = {
    rule: input.rule,
    judged,
    overdueAsRed: counts.overdue,
    notJudged: total - judged,
    score: null,
  };

  let status: RolledUpStatus = 'no-data';
  if (judged > 0 && input.rule === 'worst') {
    status = BY_SEVERITY[tally[2]! > 0 ? 2 : tally[1]! > 0 ? 1 : 0]!;
  } else if (judged > 0 && input.rule === 'majority') {
    let best = 2;
    for (const level of [1, 0]) if (tally[level]! > tally[best]!) best = level;
    status = BY_SEVERITY[best]!;
  } else if (judged > 0) {
    reason.score = weightedScore(input);
    if (reason.score !== null) status = reason.score > 0.75 ? 'green' : reason.score > 0.25 ? 'amber' : 'red';
  }
  return { status, counts, bySource, total, reason, sentence: sentenceOf(status, counts, reason, total) };
}

function countOf(entries: readonly RollupEntry[]): StatusCounts {
  const counts = emptyCounts();
  for (const e of entries) counts[e.status]++;
  return counts;
}

function weightedScore(input: RollupInput): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const entries of [input.children, input.measures, input.actions]) {
    for (const e of entries ?? []) {
      const severity = SEVERITY[e.status];
      const weight = input.weights?.[e.id] ?? e.weight ?? 1;
      if (severity === undefined || !(weight > 0) || !Number.isFinite(weight)) continue;
      weighted += weight * SCORE[severity]!;
      totalWeight += weight;
    }
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

function countsText(counts: StatusCounts, statuses: readonly RagStatus[]): string {
  return statuses
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${RAG_LABELS[s].word.toLowerCase()}`)
    .join(', ');
}

function sentenceOf(
  status: RolledUpStatus,
  counts: StatusCounts,
  reason: RollupReason,
  total: number,
): string {
  const word = RAG_LABELS[status].word;
  const unjudged = countsText(counts, ['no-data', 'no-target', 'neutral']);
  if (total === 0) return `${word}: there are no measures, actions or child items to roll up.`;
  if (reason.judged === 0)
    return `${word}: none of the ${total} measures, actions and child items can be judged yet (${unjudged}).`;
  const how =
    reason.rule === 'worst'
      ? 'the worst of'
      : reason.rule === 'majority'
        ? 'the most common of'
        : reason.score === null
          ? 'no weighted score (every weight is 0) from'
          : `a weighted score of ${Math.round(reason.score * 100)}% from`;
  const parts = [
    `${word}: ${how} ${reason.judged} judged (${countsText(counts, ['red', 'overdue', 'amber', 'green'])})`,
  ];
  if (reason.overdueAsRed > 0) parts.push(`overdue figures count as red`);
  if (reason.notJudged > 0) parts.push(`${reason.notJudged} not judged (${unjudged})`);
  return `${parts.join('; ')}.`;
}
