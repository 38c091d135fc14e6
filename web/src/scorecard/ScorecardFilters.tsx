/**
 * The scorecard's filters. Each writes to the address, so a filtered scorecard can be bookmarked,
 * shared and reached again with Back.
 */
import { MEASURE_CATEGORIES, MEASURE_CATEGORY_LABELS } from '@domain/measure.js';
import { RAG_LABELS, RAG_STATUSES } from '@domain/status/labels.js';
import type { ChangeEvent } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { LATEST } from '../api/period.js';
import { useOrgUnits, useWards } from '../api/queries.js';
import { SelectField, TextField } from '../forms/fields.js';

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
  // A filter's select shows what the address says and writes its choice back to it.
  const chosen = (name: string) => ({
    value: params.get(name) ?? '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) => set(name, e.target.value),
  });
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
      <TextField
        id="filter-q"
        label="Search"
        type="search"
        defaultValue={params.get('q') ?? ''}
        onChange={(e) => set('q', e.target.value)}
      />
      <SelectField
        id="filter-period"
        label="Period"
        value={period}
        onChange={(e) => set('period', e.target.value)}
        choices={[{ value: LATEST, text: 'Each measure’s period due by today' }, ...periodOptions]}
      />
      <SelectField
        id="filter-unit"
        label="Directorate, service or team"
        {...chosen('orgUnit')}
        choices={[
          { value: '', text: 'The whole council' },
          ...(units.data ?? [])
            .filter((u) => u.parentId !== null)
            .map((u) => ({
              value: u.id,
              text: `${'\u00a0\u00a0'.repeat(Math.max(0, (depth.get(u.id) ?? 1) - 1))}${u.name}`,
            })),
        ]}
      />
      <SelectField
        id="filter-category"
        label="Category"
        {...chosen('category')}
        choices={[
          { value: '', text: 'All categories' },
          ...MEASURE_CATEGORIES.map((c) => ({ value: c, text: MEASURE_CATEGORY_LABELS[c] })),
        ]}
      />
      <SelectField
        id="filter-area"
        label="Area"
        {...chosen('area')}
        choices={[
          { value: '', text: 'The whole authority' },
          ...(wards.data ?? []).map((w) => ({ value: w.code, text: w.name })),
        ]}
      />
      <SelectField
        id="filter-status"
        label="Status"
        {...chosen('status')}
        choices={[
          { value: '', text: 'Any status' },
          ...RAG_STATUSES.map((s) => ({ value: s, text: RAG_LABELS[s].word })),
        ]}
      />
    </form>
  );
}
