/**
 * Exceptions: measures beyond tolerance, overdue, forecast to miss their year-end target, or
 * showing special-cause concern, each with the reason, the owner's account and the recovery
 * actions linked to it.
 */
import type { Action } from '../../domain/action.js';
import { formatDate } from '../../domain/status/format.js';
import { parsePeriod, periodLabel } from '../../domain/period.js';
import * as cells from '../cells.js';
import { actionRagStatus } from '../../domain/rollup/index.js';
import type { Block, Section } from '../document.js';
import { ragTag } from '../tags.js';
import type { MeasureLine } from '../gather.js';
import { commentaryBlocks, measureFacts, measureTitle } from './measure-detail.js';

/** Why a measure is an exception, in words; null when it is not one. */
export function exceptionReason(line: MeasureLine): string | null {
  const s = line.status;
  if (s.rag.status === 'red') return 'Beyond tolerance of its target';
  if (s.rag.status === 'overdue') return 'Its figure is overdue';
  if (s.forecast?.atRisk) return 'At risk: the year-end forecast misses the target';
  if (s.spc?.variation === 'special_cause_concern') return 'At risk: special-cause variation of concern';
  return null;
}

function labelOf(period: string): string {
  const p = parsePeriod(period);
  return p.ok ? periodLabel(p.period) : period;
}

const PLAN_STATUS: Record<string, string> = { open: 'Open', closed: 'Closed' };

function actionsTable(caption: string, actions: readonly Action[], today: string): Block {
  return {
    kind: 'table',
    caption,
    columns: [
      { title: 'Action', width: 4 },
      { title: 'Responsible officer', width: 2.2 },
      { title: 'End date', width: 1.8 },
      { title: 'Progress', width: 1.2, align: 'right' },
      { title: 'Status', width: 3 },
    ],
    rows: actions.map((a) => {
      const rag = actionRagStatus(a, today);
      return [
        { kind: 'text', text: a.title },
        { kind: 'text', text: a.responsibleOfficer },
        { kind: 'date', iso: a.proposedEndDate, text: formatDate(a.proposedEndDate) },
        { kind: 'number', value: a.percentComplete, text: `${a.percentComplete}%`, decimals: 0, unit: '%' },
        { kind: 'status', tag: ragTag(rag.status), text: rag.sentence },
      ];
    }),
    emptyText: 'The plan has no actions yet.',
  };
}

/** The measure's recovery plans (from src/app/pdrr), or the actions linked to it where it has none. */
function recoveryBlocks(line: MeasureLine, today: string): Block[] {
  const blocks: Block[] = [];
  for (const { plan, ownerName, checks, health, actions } of line.recoveryPlans) {
    blocks.push({
      kind: 'paragraph',
      text: `${plan.title}. ${PLAN_STATUS[plan.status] ?? plan.status}; owner ${ownerName ?? 'not named'}; opened ${formatDate(plan.openedOn)}, review by ${formatDate(plan.reviewDate)}.`,
    });
    if (plan.causeAnalysis) blocks.push({ kind: 'paragraph', text: `Cause: ${plan.causeAnalysis}` });
    blocks.push({
      kind: 'paragraph',
      style: health.onTrajectory === false || health.reviewOverdue ? 'warning' : 'normal',
      text: health.sentence,
    });
    const recent = checks.filter((c) => c.actual !== null).slice(-4);
    if (recent.length > 0)
      blocks.push({
        kind: 'table',
        caption: `Trajectory for ${line.measure.id}`,
        columns: [
          { title: 'Period', width: 2 },
          { title: 'Expected', width: 1.5, align: 'right' },
          { title: 'Actual', width: 1.5, align: 'right' },
          { title: 'On trajectory', width: 2 },
        ],
        rows: recent.map((c) => [
          cells.text(labelOf(c.period)),
          cells.figure(c.expected, line.measure),
          cells.figure(c.actual, line.measure),
          cells.text(c.onTrajectory === null ? 'Not judged' : c.onTrajectory ? 'Yes' : 'No'),
        ]),
      });
    blocks.push(
      actionsTable(
        `Actions in the plan for ${line.measure.id}`,
        actions.map((a) => a.action),
        today,
      ),
    );
  }
  if (blocks.length > 0) return blocks;
  if (line.actions.length > 0)
    return [
      {
        kind: 'paragraph',
        style: 'note',
        text: 'No recovery plan has been recorded; these actions are linked to the measure.',
      },
      actionsTable(`Actions linked to ${line.measure.id}`, line.actions, today),
    ];
  return [
    {
      kind: 'paragraph',
      style: 'note',
      text: 'No recovery plan or linked action has been recorded for this measure.',
    },
  ];
}

export function exceptionsSection(lines: readonly MeasureLine[], today: string): Section {
  const exceptions = lines.filter((l) => exceptionReason(l) !== null);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text:
        exceptions.length === 0
          ? 'No measure is beyond tolerance, overdue or at risk this period.'
          : `${exceptions.length} ${exceptions.length === 1 ? 'measure needs' : 'measures need'} attention: beyond tolerance of target, with an overdue figure, forecast to miss the year-end target, or showing a significant change for the worse.`,
    },
  ];
  for (const line of exceptions) {
    blocks.push({ kind: 'heading', level: 3, text: measureTitle(line), id: `exception-${line.measure.id}` });
    blocks.push({
      kind: 'paragraph',
      style: 'warning',
      text: `${exceptionReason(line)}. ${line.status.rag.sentence}`,
    });
    blocks.push(measureFacts(line));
    blocks.push(...commentaryBlocks(line));
    blocks.push({ kind: 'paragraph', style: 'label', text: 'Recovery plan' });
    blocks.push(...recoveryBlocks(line, today));
  }
  return {
    id: 'exceptions',
    title: 'Exceptions and recovery plans',
    newPage: true,
    sheet: 'Exceptions',
    blocks,
  };
}
