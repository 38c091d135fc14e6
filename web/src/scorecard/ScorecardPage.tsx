/**
 * The scorecard: every measure the person may see, judged as at a period, for the council or one
 * ward, filtered by unit, category, status and words. All of it lives in the address.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { query } from '../api/client.js';
import { LATEST, usePeriod } from '../api/period.js';
import { useScorecard } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { periodChoices } from './periods.js';
import { ScorecardFilters } from './ScorecardFilters.js';
import { ScorecardTable } from './ScorecardTable.js';
import { filterRows, SORT_KEYS, sortRows, type SortKey } from './sort.js';
import { countStatuses, StatusCounts } from './StatusCounts.js';

export function ScorecardPage() {
  const [params, setParams] = useSearchParams();
  const { period, chosen, ready } = usePeriod();
  const filter = {
    period,
    orgUnit: params.get('orgUnit') ?? undefined,
    category: params.get('category') ?? undefined,
    strategyItem: params.get('strategyItem') ?? undefined,
    area: params.get('area') ?? undefined,
  };
  const scorecard = useScorecard(filter, ready);
  const sortParam = params.get('sort');
  const sort: SortKey = SORT_KEYS.includes(sortParam as SortKey) ? (sortParam as SortKey) : 'status';
  const descending = params.get('order') === 'descending';
  const rows = useMemo(
    () =>
      sortRows(
        filterRows(scorecard.data?.rows ?? [], params.get('q') ?? '', params.get('status')),
        sort,
        descending,
      ),
    [scorecard.data, params, sort, descending],
  );
  const periods = useMemo(
    () =>
      periodChoices([
        filter.period,
        scorecard.data?.asAt,
        ...(scorecard.data?.rows ?? []).map((r) => r.status.period),
      ]),
    [scorecard.data, filter.period],
  );
  const onSort = (key: SortKey) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      const flip = sort === key && !descending;
      next.set('sort', key);
      if (flip) next.set('order', 'descending');
      else next.delete('order');
      return next;
    });
  const data = scorecard.data;
  const where = data?.area.name || 'the authority';
  const caption = `${rows.length} of ${data?.rows.length ?? 0} measures for ${where}${data?.asAt ? `, as at ${data.asAt}` : ', latest figures'}`;
  return (
    <Page title="Scorecard">
      <ScorecardFilters params={params} setParams={setParams} periods={periods} period={period ?? LATEST} />
      {scorecard.isPending ? <Loading what="the scorecard" /> : null}
      {scorecard.error ? <Problem error={scorecard.error} /> : null}
      {data ? (
        <>
          {data.approvedOnly ? (
            <p className="notice">Judged on figures approved for publication only.</p>
          ) : null}
          <h2>Measures by status</h2>
          <StatusCounts
            counts={countStatuses(rows.map((r) => r.status.rag.status))}
            label="Measures by status"
          />
          <p role="status" className="visually-hidden">
            {caption}
          </p>
          <ScorecardTable
            rows={rows}
            sort={sort}
            descending={descending}
            onSort={onSort}
            caption={caption}
            areaQuery={query({ period: chosen, ward: filter.area })}
          />
        </>
      ) : null}
    </Page>
  );
}
