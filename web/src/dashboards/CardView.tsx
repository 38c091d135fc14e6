/** One card as a reader sees it: its heading, its figure or chart, and its words. */
import { RAG_LABELS } from '@domain/status/labels.js';
import { Link } from 'react-router';
import type { CardData, WardGeometry } from '../../../src/app/dashboards/types.js';
import { query } from '../api/client.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { WardMap, WardTable } from '../maps/WardMap.js';
import { Sparkline } from '../charts/Sparkline.js';
import { CardChart } from './CardChart.js';

/** Pixels per grid row: a card's chart fills what its heading and words leave. */
export const ROW_HEIGHT = 260;

function measureLink(data: CardData, period: string | undefined, area?: string) {
  return `/app/measures/${encodeURIComponent(data.measureId ?? '')}${query({ period, ward: area })}`;
}

function Headline({ data, period }: { data: CardData; period: string | undefined }) {
  const h = data.headline!;
  return (
    <>
      <p className="dash-headline">
        <span className="dash-headline__figure">{h.valueText ?? 'No figure'}</span>{' '}
        <span className="dash-headline__period">{h.periodLabel ?? ''}</span>
      </p>
      <p className="dash-headline__status">
        <StatusBadge status={h.status} sentence={h.sentence} />
        {h.targetText ? <span className="dash-headline__target"> Target {h.targetText}</span> : null}
      </p>
      {data.chart ? <Sparkline spec={data.chart} /> : null}
      <p className="dash-card__more">
        <Link to={measureLink(data, period)}>
          Why {RAG_LABELS[h.status].word.toLowerCase()}?<span className="visually-hidden"> {data.title}</span>
        </Link>
      </p>
    </>
  );
}

function Actions({ data }: { data: CardData }) {
  const list = data.actions!;
  return (
    <>
      <ul className="dash-actions">
        {list.rows.map((a) => (
          <li key={a.id}>
            <span className="dash-actions__title">{a.title}</span>
            <span className="dash-actions__meta">
              {a.responsibleOfficer} · {a.status.replace('-', ' ')}, {a.percentComplete}% · due{' '}
              {a.proposedEndDate}
            </span>
          </li>
        ))}
      </ul>
      {list.more > 0 ? <p className="dash-card__more">and {list.more} more open actions</p> : null}
    </>
  );
}

export function CardBody({
  data,
  height,
  period,
  geometry,
}: {
  data: CardData;
  height: number;
  period: string | undefined;
  geometry: WardGeometry | null;
}) {
  if (data.kind === 'headline' && data.headline) return <Headline data={data} period={period} />;
  if (data.kind === 'ward-map' && data.wards)
    return (
      <WardMap
        measureCode={data.measureId ?? ''}
        period={period}
        wards={data.wards}
        geometry={geometry}
        height={height * ROW_HEIGHT - 150}
        title={data.title}
      />
    );
  if (data.kind === 'ward-table' && data.wards)
    return (
      <div className="dash-card__scroll">
        <WardTable
          wards={data.wards}
          measureCode={data.measureId ?? ''}
          period={period}
          caption={`${data.title}, by ward`}
          hideCaption
        />
      </div>
    );
  if (data.kind === 'actions' && data.actions) return <Actions data={data} />;
  return (
    <>
      {data.headline && data.kind !== 'comparators' ? (
        <p className="dash-headline__status">
          <StatusBadge status={data.headline.status} sentence={data.headline.sentence} />{' '}
          {data.headline.valueText ?? ''} {data.headline.periodLabel ?? ''}
        </p>
      ) : null}
      {data.chart ? (
        <CardChart
          spec={data.chart}
          height={Math.max(150, height * ROW_HEIGHT - (data.headline ? 120 : 90))}
        />
      ) : null}
    </>
  );
}
