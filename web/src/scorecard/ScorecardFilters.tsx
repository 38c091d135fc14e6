/**
 * The scorecard's filters. Each writes to the address, so a filtered scorecard can be bookmarked,
 * shared and reached again with Back.
 */
import { MEASURE_CATEGORIES, MEASURE_CATEGORY_LABELS } from '@domain/measure.js';
import { RAG_LABELS, RAG_STATUSES } from '@domain/status/labels.js';
import type { SetURLSearchParams } from 'react-router';
import { LATEST } from '../api/period.js';
import { useOrgUnits, useWards } from '../api/queries.js';

export function ScorecardFilters({
  params,
  setParams,
  periods,
  period,
}: {
  params: URLSearchParams;
  setParams: SetURLSearchParams;
  periods: { value: string; text: string }[];
  /** The period judged now: chosen, or the council's default. */
  period: string;
}) {
  const units = useOrgUnits();
  const wards = useWards();
  const set = (name: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q' },
    );
  const depth = new Map<string, number>();
  for (const u of units.data ?? []) depth.set(u.id, u.parentId ? (depth.get(u.parentId) ?? 0) + 1 : 0);
  const periodOptions =
    period === LATEST || periods.some((p) => p.value === period)
      ? periods
      : [{ value: period, text: period }, ...periods];

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the measures"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="form-group">
        <label className="label" htmlFor="filter-q">
          Search
        </label>
        <input
          className="input"
          id="filter-q"
          type="search"
          defaultValue={params.get('q') ?? ''}
          onChange={(e) => set('q', e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-period">
          Period
        </label>
        <select
          className="select"
          id="filter-period"
          value={period}
          onChange={(e) => set('period', e.target.value)}
        >
          <option value={LATEST}>Each measure’s period due by today</option>
          {periodOptions.map((p) => (
            <option key={p.value} value={p.value}>
              {p.text}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-unit">
          Directorate, service or team
        </label>
        <select
          className="select"
          id="filter-unit"
          value={params.get('orgUnit') ?? ''}
          onChange={(e) => set('orgUnit', e.target.value)}
        >
          <option value="">The whole council</option>
          {(units.data ?? [])
            .filter((u) => u.parentId !== null)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {'\u00a0\u00a0'.repeat(Math.max(0, (depth.get(u.id) ?? 1) - 1))}
                {u.name}
              </option>
            ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-category">
          Category
        </label>
        <select
          className="select"
          id="filter-category"
          value={params.get('category') ?? ''}
          onChange={(e) => set('category', e.target.value)}
        >
          <option value="">All categories</option>
          {MEASURE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {MEASURE_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-area">
          Area
        </label>
        <select
          className="select"
          id="filter-area"
          value={params.get('area') ?? ''}
          onChange={(e) => set('area', e.target.value)}
        >
          <option value="">The whole authority</option>
          {(wards.data ?? []).map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="filter-status">
          Status
        </label>
        <select
          className="select"
          id="filter-status"
          value={params.get('status') ?? ''}
          onChange={(e) => set('status', e.target.value)}
        >
          <option value="">Any status</option>
          {RAG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {RAG_LABELS[s].word}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
