/**
 * The individual employee's page: their own objectives with the thread above each (how their work
 * leads up to the Corporate Plan), the measures they own and the actions they are responsible for.
 */
import { STRATEGY_KIND_LABELS, type StrategyItem } from '../../domain/strategy.js';
import * as cells from '../cells.js';
import type { Block, Section } from '../document.js';
import type { TemplateContext } from '../templates.js';
import { actionsSection } from './actions.js';
import { measureTable } from './measure-table.js';

function threadAbove(item: StrategyItem, byId: ReadonlyMap<string, StrategyItem>): string {
  const path: string[] = [];
  let next = item.parentId === null ? undefined : byId.get(item.parentId);
  while (next) {
    path.push(`${STRATEGY_KIND_LABELS[next.kind]}: ${next.title}`);
    next = next.parentId === null ? undefined : byId.get(next.parentId);
  }
  return path.length === 0 ? 'Not linked to a plan above it.' : `Contributes to ${path.join(' → ')}.`;
}

export function employeeSections(ctx: TemplateContext): Section[] {
  const person = ctx.person;
  const byId = new Map(ctx.facts.items.map((i) => [i.id, i]));
  const own = ctx.facts.items.filter((i) => person !== null && i.ownerId === person.id);
  const objectives: Block[] =
    own.length === 0
      ? [
          {
            kind: 'paragraph',
            style: 'note',
            text: 'No objectives are recorded for you yet: they are set at your appraisal.',
          },
        ]
      : [
          {
            kind: 'table',
            caption: 'My objectives and what they contribute to',
            columns: [
              { title: 'Objective', width: 4 },
              { title: 'Kind', width: 1.6 },
              { title: 'Due', width: 1.6 },
              { title: 'Contributes to', width: 7 },
            ],
            rows: own.map((i) => [
              cells.text(i.title, true),
              cells.text(STRATEGY_KIND_LABELS[i.kind]),
              i.endDate ? cells.date(i.endDate) : cells.text('No end date'),
              cells.text(threadAbove(i, byId)),
            ]),
          },
        ];
  const actions = ctx.facts.actions.filter(
    (a) => person !== null && a.action.responsiblePersonId === person.id,
  );
  return [
    { id: 'objectives', title: 'My objectives', newPage: false, sheet: 'My objectives', blocks: objectives },
    {
      id: 'measures',
      title: 'Measures I own',
      newPage: false,
      sheet: 'My measures',
      blocks: [
        ctx.facts.lines.length === 0
          ? { kind: 'paragraph', style: 'note', text: 'You do not own any measures.' }
          : measureTable(
              `Measures owned by ${person?.name ?? 'me'}, as at ${ctx.periodLabel}`,
              ctx.facts.lines,
            ),
      ],
    },
    { ...actionsSection(actions, ctx.today), title: 'Actions I am responsible for', newPage: false },
  ];
}
