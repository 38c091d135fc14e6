/**
 * Data entry and sign-off for data owners: pick a measure (or follow a link from its page or the
 * due list), enter the figure, then check and approve it. The measure, period and area chosen are
 * in the address.
 */
import { Link, useSearchParams } from 'react-router';
import { useDue, useMeasureList, useMeasureStatus, useSession, useWards } from '../api/queries.js';
import { Loading, Page } from '../layout/Page.js';
import { EntryForm, type FigureKey } from './EntryForm.js';
import { SignoffPanel } from './SignoffPanel.js';

function DueList({ personId }: { personId: string | null }) {
  const due = useDue(personId ?? undefined);
  const figures = (due.data?.owners ?? []).flatMap((o) => o.figures).slice(0, 15);
  if (!personId) return null;
  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title">Your figures due or late</h2>
      {due.isPending ? <Loading what="your figures due" /> : null}
      {due.data && figures.length === 0 ? <p>Nothing is due.</p> : null}
      <ul className="plain-list">
        {figures.map((f) => (
          <li key={`${f.measureId}-${f.period}`}>
            <Link
              to={`/app/entry?measure=${encodeURIComponent(f.measureId)}&at=${encodeURIComponent(f.period)}`}
            >
              {f.title}, {f.period}
            </Link>{' '}
            <span className={f.state === 'late' ? 'status status--red' : 'muted'}>
              {f.state === 'late' ? `${f.daysLate} days late` : `due ${f.dueDate}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EntryPage() {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const measures = useMeasureList();
  const wards = useWards();
  const code = params.get('measure') ?? '';
  // The council's own area, as the status service names it: where figures go when no ward is named.
  const own = useMeasureStatus(code, undefined, code !== '').data?.authority.area;
  const AUTHORITY = {
    code: own?.code ?? '',
    name: own ? `${own.name} (the whole authority)` : 'The whole authority',
  };
  const measure = measures.data?.find((m) => m.id === code) ?? null;
  const areas = [AUTHORITY, ...(measure?.byWard ? (wards.data ?? []) : [])];
  const chosen: FigureKey | null =
    measure && params.get('at')
      ? { measure: measure.id, period: params.get('at')!, area: params.get('area') ?? AUTHORITY.code }
      : null;
  const set = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  return (
    <Page title="Enter and sign off figures">
      <DueList personId={session.data?.account.personId ?? null} />
      <h2>Choose a measure</h2>
      <div className="form-group">
        <label className="label" htmlFor="entry-measure">
          Measure
        </label>
        <select
          className="select"
          id="entry-measure"
          value={code}
          onChange={(e) => set({ measure: e.target.value, at: null, area: null })}
        >
          <option value="">Choose a measure</option>
          {(measures.data ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.id} — {m.title}
            </option>
          ))}
        </select>
      </div>
      {measure && own ? (
        <>
          <p>
            <Link to={`/app/measures/${encodeURIComponent(measure.id)}`}>
              See {measure.title}: its figures, charts and status
            </Link>
          </p>
          <h2>Enter a figure for {measure.title}</h2>
          <EntryForm
            key={`${measure.id}-${params.get('at') ?? ''}`}
            measure={measure}
            areas={areas}
            initial={{ period: params.get('at') ?? '', area: params.get('area') ?? AUTHORITY.code }}
            onSaved={(key) => set({ at: key.period, area: key.area })}
          />
          {chosen ? (
            <SignoffPanel
              figure={chosen}
              areaName={areas.find((a) => a.code === chosen.area)?.name ?? chosen.area}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
