/**
 * An action's status in RAG terms, so that it can roll up with measures: completed actions are
 * green; one past its end date and not completed is red; one on hold, not started after its start
 * date, or with a milestone past due, is amber; otherwise it is on track (green). A cancelled
 * action is not judged.
 */
import type { Action } from '../action.js';
import { formatDate } from '../status/format.js';
import { RAG_LABELS, type RagStatus } from '../status/labels.js';

export interface ActionRag {
  status: RagStatus;
  sentence: string;
}

export function actionRagStatus(action: Action, today: string): ActionRag {
  const say = (status: RagStatus, why: string): ActionRag => ({
    status,
    sentence: `${RAG_LABELS[status].word}: ${why}.`,
  });
  switch (action.status) {
    case 'completed':
      return say('green', 'completed');
    case 'cancelled':
      return say('neutral', 'cancelled, so not judged');
  }
  if (today > action.proposedEndDate) {
    return say('red', `not completed by its end date, ${formatDate(action.proposedEndDate)}`);
  }
  if (action.status === 'on-hold') return say('amber', 'on hold');
  if (action.status === 'not-started' && today > action.proposedStartDate) {
    return say('amber', `not started, though due to start on ${formatDate(action.proposedStartDate)}`);
  }
  const late = action.milestones.filter((m) => m.completedDate === null && today > m.dueDate);
  if (late.length > 0) {
    const first = late[0]!;
    const more = late.length > 1 ? ` and ${late.length - 1} more` : '';
    return say('amber', `milestone "${first.title}" was due on ${formatDate(first.dueDate)}${more}`);
  }
  return say('green', 'on track');
}
