/**
 * Key actions and milestones with the appendix's columns — action/activity, responsible officer,
 * anticipated outcome, proposed start and end dates, who else is involved — and each action's
 * status, % complete and RAG in words and shape; overdue actions flagged. Filters live in the address.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMeasureList, useSession, useStrategy } from '../api/queries.js';
import { SelectField } from '../forms/fields.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { useKeyActions, type KeyActionList } from './api.js';
import { mayChangePlans } from './may-change.js';
import { ACTION_STATUS_WORDS, dateInWords } from './words.js';
import './pdrr.css';

function Filters() {
  const [params, setParams] = useSearchParams();
  const strategy = useStrategy();
  const measures = useMeasureList();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const plans = (strategy.data ?? []).filter((i) => i.kind !== 'individual-objective');
  return (
    <form className="filters" aria-label="Filter the actions" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="filter-item"
        label="Serving"
        choices={[
          { value: '', text: 'Any plan or objective' },
          ...plans.map((i) => ({ value: i.id, text: i.title })),
        ]}
        value={params.get('strategyItem') ?? ''}
        onChange={(e) => set('strategyItem', e.target.value)}
      />
      <SelectField
        id="filter-measure"
        label="Measure"
        choices={[
          { value: '', text: 'Any measure' },
          ...(measures.data ?? []).map((m) => ({ value: m.id, text: `${m.id}: ${m.title}` })),
        ]}
        value={params.get('measure') ?? ''}
        onChange={(e) => set('measure', e.target.value)}
      />
      <div className="form-group">
        <label className="checkbox" htmlFor="filter-overdue">
          <input
            id="filter-overdue"
            type="checkbox"
            checked={params.get('overdue') === 'true'}
            onChange={(e) => set('overdue', e.target.checked ? 'true' : '')}
          />
          Only overdue actions
        </label>
      </div>
    </form>
  );
}

function Summary({ list }: { list: KeyActionList }) {
  const { summary } = list;
  if (summary.total === 0) return <p>No actions match.</p>;
  return (
    <p>
      {summary.total} action{summary.total === 1 ? '' : 's'}: {summary.completed} completed
      {summary.meanPercentComplete === null
        ? ''
        : `, ${Math.round(summary.meanPercentComplete)}% complete on average`}
      .
      {summary.overdue > 0 ? (
        <strong>
          {' '}
          {summary.overdue} {summary.overdue === 1 ? 'is' : 'are'} overdue.
        </strong>
      ) : null}
    </p>
  );
}

export function ActionsPage() {
  const [params] = useSearchParams();
  const filter = useMemo(
    () => ({
      strategyItem: params.get('strategyItem') ?? undefined,
      measure: params.get('measure') ?? undefined,
      overdue: params.get('overdue') === 'true' ? ('true' as const) : undefined,
    }),
    [params],
  );
  const list = useKeyActions(filter);
  const session = useSession();
  return (
    <Page
      title="Key actions"
      lead="Key actions and milestones: who is doing what, by when, and how far they have got."
    >
      {mayChangePlans(session.data?.account) ? (
        <p>
          <Link className="button button--secondary" to="/app/actions/new">
            Add a key action
          </Link>
        </p>
      ) : null}
      <Filters />
      {list.error ? <Problem error={list.error} /> : null}
      {list.isPending ? <Loading what="the actions" /> : null}
      {list.data ? (
        <>
          <Summary list={list.data} />
          {list.data.actions.length > 0 ? (
            <div className="table-wrap">
              <table className="table actions-table">
                <caption className="visually-hidden">Key actions and milestones</caption>
                <thead>
                  <tr>
                    <th scope="col">Action/activity</th>
                    <th scope="col">Responsible officer</th>
                    <th scope="col">Anticipated outcome/result</th>
                    <th scope="col">Proposed start</th>
                    <th scope="col">Proposed end</th>
                    <th scope="col">Who else is involved</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Complete
                    </th>
                    <th scope="col">RAG</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.actions.map(({ action, rag, overdue }) => (
                    <tr key={action.id} className={overdue ? 'row--overdue' : undefined}>
                      <td>
                        <Link to={`/app/actions/${encodeURIComponent(action.id)}`}>{action.title}</Link>
                        <br />
                        <span className="muted">{action.id}</span>
                      </td>
                      <td>{action.responsibleOfficer}</td>
                      <td>{action.anticipatedOutcome}</td>
                      <td>{dateInWords(action.proposedStartDate)}</td>
                      <td>
                        {dateInWords(action.proposedEndDate)}
                        {overdue ? <strong className="overdue"> Overdue</strong> : null}
                      </td>
                      <td>{action.othersInvolved ?? 'No one else named'}</td>
                      <td>{ACTION_STATUS_WORDS[action.status]}</td>
                      <td className="num">{action.percentComplete}%</td>
                      <td>
                        <StatusBadge status={rag.status} sentence={rag.sentence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
