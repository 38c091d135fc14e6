/**
 * "New dashboard": a title, and whether to start blank or from a copy of a dashboard the person
 * may see. The new one opens in the editor, ready for "Add card".
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { useCreateDashboard, type DashboardListItem } from './api.js';

export function NewDashboard({ dashboards }: { dashboards: DashboardListItem[] }) {
  const [title, setTitle] = useState('');
  const [copyFrom, setCopyFrom] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const create = useCreateDashboard();
  const navigate = useNavigate();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === '')
      return setProblems([{ field: 'new-dash-title', message: 'Enter a title for the new dashboard' }]);
    setProblems([]);
    create.mutate(
      { title: title.trim(), ...(copyFrom ? { copyFrom } : {}) },
      {
        onSuccess: (made) =>
          void navigate(`/app/dashboards/${encodeURIComponent(made.dashboard.id)}?edit=true`),
        onError: (error) => setProblems([{ field: null, message: messageOf(error) }]),
      },
    );
  };
  const titleProblem = problems.find((p) => p.field === 'new-dash-title');

  return (
    <section aria-labelledby="new-dash-heading" className="dash-new">
      <h2 id="new-dash-heading">New dashboard</h2>
      <ErrorSummary id="new-dash-errors" title="The dashboard was not made" problems={problems} />
      <form onSubmit={submit} noValidate>
        <div className={`form-group${titleProblem ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="new-dash-title">
            Title
          </label>
          <p className="hint" id="new-dash-title-hint">
            What the dashboard is about, such as “Burglary in the northern wards”.
          </p>
          {titleProblem ? (
            <p className="error-message" id="new-dash-title-error">
              <span className="visually-hidden">Error:</span> {titleProblem.message}
            </p>
          ) : null}
          <input
            className="input"
            id="new-dash-title"
            maxLength={120}
            value={title}
            aria-describedby={`new-dash-title-hint${titleProblem ? ' new-dash-title-error' : ''}`}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="new-dash-copy">
            Start from
          </label>
          <select
            className="select"
            id="new-dash-copy"
            value={copyFrom}
            onChange={(e) => setCopyFrom(e.target.value)}
          >
            <option value="">A blank dashboard</option>
            {dashboards.map((d) => (
              <option key={d.id} value={d.id}>
                A copy of “{d.title}”
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          Make the dashboard
        </button>
      </form>
    </section>
  );
}
