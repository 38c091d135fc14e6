/**
 * The Leader's annual report to stakeholders: for each priority, how its measures stand, what went
 * well and what did not, in words for residents and partners; then the key actions delivered.
 */
import { RAG_LABELS } from '../../domain/status/labels.js';
import type { Block, Section } from '../document.js';
import type { MeasureLine } from '../gather.js';
import type { TemplateContext } from '../templates.js';
import { actionsSection } from './actions.js';
import { dataQualitySection } from './data-quality.js';
import { groupByThread } from './grouping.js';
import { countsBy, summarySection } from './summary.js';
import { trendBlock } from './measure-detail.js';
import { ragTag } from '../tags.js';

function story(title: string, lines: readonly MeasureLine[], empty: string): Block[] {
  return [
    { kind: 'heading', level: 3, text: title },
    lines.length === 0
      ? { kind: 'paragraph', style: 'note', text: empty }
      : {
          kind: 'list',
          // Stakeholders get the headline, not the analyst's detail: the status and the year's change.
          items: lines.map(
            (l) =>
              `${l.measure.title}: ${l.status.rag.sentence} ${l.status.direction.samePeriodLastYear.sentence}`,
          ),
        },
  ];
}

export function leaderSections(ctx: TemplateContext): Section[] {
  const groups = groupByThread(ctx.facts.lines, ctx.facts.items);
  const priorities = [...new Set(groups.map((g) => g.parentTitle ?? 'Other measures'))];
  const prioritySections = priorities.map((p, i): Section => {
    const lines = groups
      .filter((g) => (g.parentTitle ?? 'Other measures') === p)
      .flatMap((g) => g.subgroups.flatMap((s) => s.lines));
    const counts = countsBy(lines, (l) => l.status.rag.status);
    const wentWell = lines.filter(
      (l) =>
        l.status.rag.status === 'green' && l.status.direction.samePeriodLastYear.direction === 'improving',
    );
    const notWell = lines.filter((l) => l.status.rag.status === 'red');
    const best = wentWell[0] ?? lines.find((l) => l.status.rag.status === 'green');
    const chart = best ? trendBlock(best) : null;
    return {
      id: `priority-${i + 1}`,
      title: p,
      newPage: true,
      sheet: null,
      blocks: [
        {
          kind: 'tiles',
          items: (['green', 'amber', 'red'] as const).map((s) => ({
            label: RAG_LABELS[s].description,
            value: String(counts.get(s) ?? 0),
            tag: ragTag(s),
          })),
        },
        ...story(
          'What went well',
          wentWell.slice(0, 6),
          'No measure both met its target and improved on last year.',
        ),
        ...(chart ? [chart] : []),
        ...story(
          'Where we must do better',
          notWell.slice(0, 6),
          'No measure under this priority missed its target beyond tolerance.',
        ),
      ],
    };
  });
  return [
    summarySection(ctx.facts, ctx.periodLabel, ctx.previousLabel),
    ...prioritySections,
    actionsSection(ctx.facts.actions, ctx.today),
    dataQualitySection(ctx.facts.lines, ctx.approvedOnly),
  ];
}
