/** Key actions' progress: the framework's appendix columns, with each action's status in words. */
import type { Action } from '../../domain/action.js';
import type { ActionRag } from '../../domain/rollup/index.js';
import { formatDate } from '../../domain/status/format.js';
import * as cells from '../cells.js';
import type { Block, Cell, Section } from '../document.js';
import { ragTag } from '../tags.js';

const STATUS_WORDS: Record<Action['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
};

function row({ action, rag }: { action: Action; rag: ActionRag }): Cell[] {
  return [
    cells.text(action.title, true),
    cells.text(action.responsibleOfficer),
    cells.date(action.proposedEndDate),
    {
      kind: 'number',
      value: action.percentComplete,
      text: `${action.percentComplete}%`,
      decimals: 0,
      unit: '%',
    },
    {
      kind: 'status',
      tag: ragTag(rag.status),
      text: action.status === 'completed' ? rag.sentence : `${STATUS_WORDS[action.status]}. ${rag.sentence}`,
    },
    cells.text(action.progressNote ?? 'No progress note.'),
  ];
}

export function actionsSection(
  actions: readonly { action: Action; rag: ActionRag }[],
  today: string,
): Section {
  const late = actions.filter((a) => a.rag.status === 'red').length;
  const done = actions.filter((a) => a.action.status === 'completed').length;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text:
        actions.length === 0
          ? 'No key actions are linked to the plans this report covers.'
          : `${actions.length} key ${actions.length === 1 ? 'action' : 'actions'}: ${done} completed, ${late} past ${late === 1 ? 'its' : 'their'} end date and not completed, as at ${formatDate(today)}.`,
    },
  ];
  if (actions.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Key actions and their progress',
      columns: [
        { title: 'Action', width: 4 },
        { title: 'Responsible officer', width: 2.2 },
        { title: 'End date', width: 1.7 },
        { title: 'Done', width: 1, align: 'right' },
        { title: 'Status', width: 3.2 },
        { title: 'Progress', width: 4.5 },
      ],
      rows: actions.map(row),
    });
  return { id: 'actions', title: 'Key actions', newPage: true, sheet: 'Key actions', blocks };
}
