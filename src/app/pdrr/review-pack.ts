/**
 * A review meeting's pack: the scorecard and its exceptions as they stood when the pack was taken,
 * for the forum's measures (Cabinet and Scrutiny: the Corporate Plan's, on approved figures; a
 * directorate, service or team: its own units' measures, as entered). Frozen as JSON when taken.
 */
import { subtreeOf } from '../../domain/access/roles.js';
import { RAG_LABELS } from '../../domain/status/labels.js';
import { actionOverdue } from '../../domain/pdrr/action-progress.js';
import {
  buildAgenda,
  COUNCIL_FORUMS,
  type AgendaItem,
  type Exceptions,
  type ReviewForum,
} from '../../domain/pdrr/review.js';
import type { Store } from '../../store/connect.js';
import { listKeyActions } from '../../store/key-actions.js';
import { listMeasures } from '../../store/measures.js';
import { listOrgUnits } from '../../store/organisation.js';
import { listStrategyItems } from '../../store/strategy.js';
import { recoveryPlansForPeriod, recoveryRequirements, type RecoveryPlanReport } from './recovery-plans.js';
import { riskRegister } from './risk-register.js';

export interface PackRequest {
  forum: ReviewForum;
  orgUnitId: string | null;
  asAt: string;
  /** The date the pack judges overdue actions and reviews by. */
  today: string;
}

export interface ScorecardRow {
  measureId: string;
  title: string;
  period: string | null;
  rag: string;
  ragWord: string;
  sentence: string;
  runLength: number;
  specialCause: string | null;
  forecastAtRisk: boolean | null;
  summary: string | null;
}

export interface PackRecoveryPlan {
  id: string;
  measureId: string;
  title: string;
  level: string;
  sentence: string;
  onTrajectory: boolean | null;
  escalations: number;
  actions: { id: string; title: string; rag: string; percentComplete: number; overdue: boolean }[];
}

export interface PackContent {
  forum: ReviewForum;
  orgUnitId: string | null;
  asAt: string;
  judgedOn: string;
  approvedOnly: boolean;
  scorecard: ScorecardRow[];
  exceptions: Exceptions;
  recoveryPlans: PackRecoveryPlan[];
}

function planSummary(r: RecoveryPlanReport): PackRecoveryPlan {
  return {
    id: r.plan.id,
    measureId: r.plan.measureId,
    title: r.plan.title,
    level: r.health.level,
    sentence: r.health.sentence,
    onTrajectory: r.health.onTrajectory,
    escalations: r.plan.escalations.length,
    actions: r.actions.map((a) => ({
      id: a.action.id,
      title: a.action.title,
      rag: a.rag.status,
      percentComplete: a.action.percentComplete,
      overdue: a.overdue,
    })),
  };
}

export async function buildReviewPack(
  store: Store,
  request: PackRequest,
): Promise<{ content: PackContent; agenda: AgendaItem[] }> {
  const council = COUNCIL_FORUMS.has(request.forum);
  const [units, allMeasures, actions, items] = await Promise.all([
    listOrgUnits(store.db),
    listMeasures(store.db),
    listKeyActions(store.db),
    listStrategyItems(store.db),
  ]);
  const reach = council || request.orgUnitId === null ? null : subtreeOf(units, request.orgUnitId);
  const inReach = (unit: string | null) => reach === null || (unit !== null && reach.has(unit));
  const measures = allMeasures.filter((m) =>
    council ? m.category === 'corporate-plan' : m.category !== 'hr' && inReach(m.orgUnitId),
  );
  const measureIds = new Set(measures.map((m) => m.id));
  const approvedOnly = council;
  const rows = await recoveryRequirements(store, {
    asAt: request.asAt,
    today: request.today,
    approvedOnly,
    measures,
    words: true,
  });
  const judgedWithWords = new Map(rows.map((r) => [r.measure.id, r.judged.status]));
  const plans = (await recoveryPlansForPeriod(store, request.asAt, request.today, { approvedOnly })).filter(
    (p) => measureIds.has(p.plan.measureId) && p.plan.openedOn <= request.today,
  );
  const itemUnit = new Map(items.map((i) => [i.id, i.orgUnitId]));
  const actionsInReach = actions.filter(
    (a) =>
      reach === null ||
      inReach(a.orgUnitId) ||
      a.measureIds.some((id) => measureIds.has(id)) ||
      a.strategyItemIds.some((id) => inReach(itemUnit.get(id) ?? null)),
  );
  const register = await riskRegister(store, request.today, (r) => reach === null || inReach(r.orgUnitId));
  const scorecard: ScorecardRow[] = rows.map((r) => {
    const s = judgedWithWords.get(r.measure.id)!;
    const sentence = 'sentence' in s.rag ? s.rag.sentence : `${RAG_LABELS[s.rag.status].word}.`;
    return {
      measureId: r.measure.id,
      title: r.measure.title,
      period: s.period,
      rag: s.rag.status,
      ragWord: RAG_LABELS[s.rag.status].word,
      sentence,
      runLength: s.rag.runLength,
      specialCause: s.spc?.specialCause ?? null,
      forecastAtRisk: s.forecast?.atRisk ?? null,
      summary: 'summary' in s ? s.summary : null,
    };
  });
  const byId = new Map(scorecard.map((s) => [s.measureId, s]));
  const exceptions: Exceptions = {
    red: scorecard
      .filter((s) => s.rag === 'red')
      .map((s) => ({ measureId: s.measureId, title: s.title, sentence: s.sentence })),
    spcConcern: scorecard
      .filter((s) => s.specialCause === 'concern')
      .map((s) => ({
        measureId: s.measureId,
        title: s.title,
        sentence: 'The SPC chart shows a special cause of concern.',
      })),
    atRisk: scorecard
      .filter((s) => s.forecastAtRisk === true)
      .map((s) => ({
        measureId: s.measureId,
        title: s.title,
        sentence: 'The year-end forecast puts the target at risk.',
      })),
    missingRecoveryPlans: rows
      .filter(
        (r) =>
          r.requirement.required &&
          !plans.some((p) => p.plan.measureId === r.measure.id && p.plan.status === 'open'),
      )
      .map((r) => ({
        measureId: r.measure.id,
        title: byId.get(r.measure.id)!.title,
        reasons: r.requirement.reasons,
      })),
    recoveryPlans: plans
      .filter((p) => p.plan.status === 'open')
      .map((p) => ({
        planId: p.plan.id,
        title: p.plan.title,
        sentence: p.health.sentence,
        needsAttention:
          p.health.onTrajectory === false ||
          p.health.reviewOverdue ||
          p.health.escalationDue !== null ||
          p.plan.escalations.length > 0,
      })),
    overdueActions: actionsInReach
      .filter((a) => actionOverdue(a, request.today))
      .map((a) => ({
        actionId: a.id,
        title: a.title,
        sentence: `Due by ${a.proposedEndDate}; ${a.percentComplete}% complete.`,
      })),
    overdueRiskReviews: register.risks
      .filter((r) => r.reviewOverdue)
      .map((r) => ({ riskId: r.risk.id, title: r.risk.title, reviewDate: r.risk.reviewDate })),
  };
  const content: PackContent = {
    forum: request.forum,
    orgUnitId: council ? null : request.orgUnitId,
    asAt: request.asAt,
    judgedOn: request.today,
    approvedOnly,
    scorecard,
    exceptions,
    recoveryPlans: plans.map(planSummary),
  };
  return { content, agenda: buildAgenda(exceptions) };
}
