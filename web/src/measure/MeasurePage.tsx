/**
 * One measure: its status in words, the plain-English summary, a chosen ward's answer, the trend
 * against target and tolerance, the SPC chart, benchmarks, wards (table, chart, map and funnel),
 * methodology, commentary and the data with its history. `?period=` and `?ward=` are in the address.
 */
import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePeriod } from '../api/period.js';
import { useFigures, useMeasure, useMeasureStatus, useSession } from '../api/queries.js';
import { levelOf } from '../home/level.js';
import { ChartFigure } from '../charts/ChartFigure.js';
import { fileNameOf } from '../charts/download.js';
import { AsAt } from '../layout/AsAt.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { ActionList } from '../status/ActionList.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { FigureData } from './FigureData.js';
import { KeyFacts } from './KeyFacts.js';
import { MeasureDecisions } from './MeasureDecisions.js';
import { Commentary, Methodology } from './Methodology.js';
import { CommentaryForm } from './CommentaryForm.js';
import { CommentaryHistory } from './CommentaryHistory.js';
import { benchmarkSpec, seriesOf, spcSpec, trendSpec, wardSpecs } from './series.js';
import { WardFocus } from './WardFocus.js';
import { WardTable } from './WardTable.js';

export interface WardMapProps {
  measureCode: string;
  period?: string;
  wards: { code: string; name: string; value: number | null; status: string; label: string }[];
}

// The dashboards helper's ward map, when it has been written; the page works without it.
const maps = import.meta.glob<{ WardMap: ComponentType<WardMapProps> }>('../maps/WardMap.tsx');
const loadMap = maps['../maps/WardMap.tsx'];
const WardMap = loadMap ? lazy(async () => ({ default: (await loadMap()).WardMap })) : null;

export function MeasurePage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const ward = params.get('ward');
  const { period, ready } = usePeriod();
  const answer = useMeasureStatus(code, period, ready);
  const measure = useMeasure(code);
  const figures = useFigures(code, answer.data?.authority.area.code);
  const session = useSession();
  // The server decides who may write; the form is offered to those whose roles enter figures.
  const writes = session.data ? levelOf(session.data.account).entersFigures : false;
  const series = useMemo(
    () =>
      measure.data && figures.data
        ? seriesOf(figures.data, measure.data, answer.data?.authority.status.period ?? null)
        : [],
    [measure.data, figures.data, answer.data],
  );
  const specs = useMemo(() => {
    if (!measure.data || !answer.data) return null;
    return {
      trend: series.length > 0 ? trendSpec(measure.data, series) : null,
      spc: spcSpec(measure.data, answer.data, series),
      benchmark: benchmarkSpec(measure.data, answer.data),
      wards: wardSpecs(measure.data, answer.data),
    };
  }, [measure.data, answer.data, series]);

  const title = measure.data?.title ?? answer.data?.measure.title ?? code;
  if (answer.error || measure.error)
    return (
      <Page title="Measure not found">
        <Problem error={answer.error ?? measure.error} />
      </Page>
    );
  if (!answer.data || !measure.data)
    return (
      <Page title={title}>
        <Loading what="the measure" />
      </Page>
    );
  const a = answer.data;
  const m = measure.data;
  const s = a.authority.status;
  const file = (what: string) => fileNameOf(m.id, s.period ?? 'latest', what);
  return (
    <>
      <Breadcrumbs strategyItemIds={m.strategyItemIds} title={m.title} />
      <Page title={m.title}>
        <p className="measure-status">
          <span className="muted">
            {m.id} · {a.authority.area.name} ·{' '}
          </span>
          <StatusBadge status={s.rag.status} sentence={s.rag.sentence} />
        </p>
        <AsAt />
        {ward ? <WardFocus answer={a} ward={ward} /> : null}
        <h2>In short</h2>
        <p className="summary">{s.summary ?? s.rag.sentence}</p>
        {a.approvedOnly ? <p className="notice">Judged on figures approved for publication only.</p> : null}
        <nav className="section-nav" aria-label="On this page">
          <ul>
            <li>
              <a href="#status">Status</a>
            </li>
            <li>
              <a href="#charts">Trend and SPC</a>
            </li>
            {specs?.benchmark ? (
              <li>
                <a href="#benchmarks">Benchmarks</a>
              </li>
            ) : null}
            {a.wards.length > 0 ? (
              <li>
                <a href="#wards">Wards</a>
              </li>
            ) : null}
            <li>
              <a href="#methodology">Methodology</a>
            </li>
            <li>
              <a href="#commentary">Commentary</a>
            </li>
            <li>
              <a href="#actions">Actions</a>
            </li>
            <li>
              <a href="#decisions">Decisions</a>
            </li>
            <li>
              <a href="#data">The data</a>
            </li>
            <li>
              <Link to={`/app/entry?measure=${encodeURIComponent(m.id)}`}>Enter a figure</Link>
            </li>
          </ul>
        </nav>
        <h2 id="status">Status</h2>
        <KeyFacts answer={a} measure={m} />
        <h2 id="charts">Trend and statistical process control</h2>
        {figures.isPending ? <Loading what="the figures" /> : null}
        {specs?.trend ? <ChartFigure spec={specs.trend} fileName={file('trend')} /> : <p>No figures yet.</p>}
        {specs?.spc ? <ChartFigure spec={specs.spc} fileName={file('spc')} /> : null}
        {specs?.benchmark ? (
          <>
            <h2 id="benchmarks">Benchmarks</h2>
            <ChartFigure spec={specs.benchmark} fileName={file('benchmarks')} height={260} />
          </>
        ) : null}
        {a.wards.length > 0 ? (
          <>
            <h2 id="wards">Wards</h2>
            <WardTable answer={a} measure={m} ward={ward} />
            {WardMap ? (
              <Suspense fallback={<Loading what="the ward map" />}>
                <WardMap
                  measureCode={m.id}
                  period={s.period ?? undefined}
                  wards={a.wards.map((w) => ({
                    code: w.area.code,
                    name: w.area.name,
                    value: w.status.figure?.value ?? null,
                    status: w.status.rag.status,
                    label: w.status.rag.sentence,
                  }))}
                />
              </Suspense>
            ) : null}
            {specs?.wards ? (
              <ChartFigure spec={specs.wards.bar} fileName={file('wards')} height={520} />
            ) : null}
            {specs?.wards?.funnel ? (
              <ChartFigure spec={specs.wards.funnel} fileName={file('funnel')} height={400} />
            ) : null}
          </>
        ) : null}
        <h2 id="methodology">Methodology</h2>
        <Methodology measure={m} />
        <h2 id="commentary">Commentary</h2>
        <Commentary measure={m} />
        {writes ? <CommentaryForm measure={m.id} period={s.period ?? null} /> : null}
        <CommentaryHistory measure={m.id} />
        <h2 id="actions">Actions and recovery plan</h2>
        <ActionList measure={m.id} />
        <h2 id="decisions">Decisions about this measure</h2>
        <MeasureDecisions measure={m.id} />
        <h2 id="data">The data</h2>
        <FigureData measure={m} series={series} area={a.authority.area.code} />
      </Page>
    </>
  );
}
