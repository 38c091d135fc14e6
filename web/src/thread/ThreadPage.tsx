/**
 * The golden-thread explorer: the Corporate Plan down to individual objectives, each item with
 * its rolled-up status and counts, opened one level at a time or all at once by a search. Which
 * items are open, the search and the period are all in the address.
 */
import { useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { usePeriod, usePeriodQuery } from '../api/period.js';
import { useThread } from '../api/queries.js';
import { AsAt } from '../layout/AsAt.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { ThreadNodeView, type TreeState } from './ThreadNodeView.js';
import { searchThread } from './tree.js';

export function ThreadPage() {
  const [params, setParams] = useSearchParams();
  const { period, ready } = usePeriod();
  const periodQuery = usePeriodQuery();
  const thread = useThread(period, ready);
  const text = params.get('q') ?? '';
  const openParam = params.get('open');
  const roots = thread.data?.roots;
  // Until the person opens or closes something, the plans themselves are open.
  const openIds = useMemo(
    () =>
      openParam === null
        ? new Set((roots ?? []).map((r) => r.id))
        : new Set(openParam.split(',').filter(Boolean)),
    [openParam, roots],
  );
  const search = useMemo(
    () => (thread.data ? searchThread(thread.data.roots, text, thread.data.measures) : null),
    [thread.data, text],
  );
  const update = (change: (next: URLSearchParams) => void, replace = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        change(next);
        return next;
      },
      { replace },
    );
  const toggle = (id: string) =>
    update((next) => {
      const ids = new Set(openIds);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      next.set('open', [...ids].join(','));
    }, true);

  // Arriving from a link to one item (#thread-item-ID), bring it into view and put focus on it.
  const { hash } = useLocation();
  const loaded = thread.data !== undefined;
  useEffect(() => {
    if (!loaded || !hash.startsWith('#thread-item-')) return;
    const item = document.getElementById(decodeURIComponent(hash.slice(1)));
    item?.scrollIntoView({ block: 'start' });
    item?.querySelector<HTMLElement>('.tree__toggle, .tree__title')?.focus();
  }, [loaded, hash]);

  const state: TreeState | null = thread.data
    ? {
        open: openIds,
        toggle,
        search,
        measures: thread.data.measures,
        periodQuery,
      }
    : null;
  return (
    <Page
      title="The golden thread"
      lead="From the Corporate Plan to each person’s objectives: open an item to see what sits below it, its measures, its actions and the risks to it."
    >
      <AsAt />
      <form
        className="filters"
        role="search"
        aria-label="Search the golden thread"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="form-group">
          <label className="label" htmlFor="thread-q">
            Search plans, objectives and measures
          </label>
          <input
            className="input"
            id="thread-q"
            type="search"
            defaultValue={text}
            onChange={(e) =>
              update((next) => (e.target.value ? next.set('q', e.target.value) : next.delete('q')), true)
            }
          />
        </div>
      </form>
      {search ? (
        <p role="status">
          {search.matches} {search.matches === 1 ? 'item matches' : 'items match'} “{text}”
        </p>
      ) : null}
      {thread.isPending ? <Loading what="the golden thread" /> : null}
      {thread.error ? <Problem error={thread.error} /> : null}
      {thread.data && state ? (
        <>
          {thread.data.approvedOnly ? (
            <p className="notice">Judged on figures approved for publication only.</p>
          ) : null}
          <ul className="tree" aria-label="The golden thread">
            {thread.data.roots.map((root) => (
              <ThreadNodeView key={root.id} node={root} state={state} />
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}
