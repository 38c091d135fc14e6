/** Key actions with their RAG in words, progress and end date: on a thread item, or a measure's recovery plan. */
import { useActions } from '../api/queries.js';
import { StatusBadge } from './StatusBadge.js';

export function ActionList({ strategyItem, measure }: { strategyItem?: string; measure?: string }) {
  const actions = useActions({ ...(strategyItem ? { strategyItem } : {}), ...(measure ? { measure } : {}) });
  if (actions.isPending) return <p role="status">Loading the actions…</p>;
  if (actions.error) return <p>{actions.error.message}</p>;
  if (actions.data.length === 0) return <p>No actions are linked.</p>;
  return (
    <ul className="plain-list action-list">
      {actions.data.map(({ action, rag, overdue }) => (
        <li key={action.id}>
          <StatusBadge status={rag.status} sentence={rag.sentence} /> <strong>{action.title}</strong>{' '}
          <span className="muted">
            {action.id} · {action.responsibleOfficer} · {action.percentComplete}% complete · ends{' '}
            {action.proposedEndDate}
            {overdue ? ' · overdue' : ''}
          </span>
          {action.progressNote ? <div className="action-list__note">{action.progressNote}</div> : null}
        </li>
      ))}
    </ul>
  );
}
