/** The Corporate Plan and how it is doing: each priority's measures counted by status, in words. */
import type { PlanItem, PlanView } from '../app/public/plan-view.js';
import { Downloads, StatusTag } from './components.js';
import { renderPage, type PageFrame } from './layout.js';
import { StatusCountsTable } from './status-counts.js';
import type { SiteLinks } from './links.js';

function Measures({ item, links }: { item: PlanItem; links: SiteLinks }) {
  if (item.measures.length === 0) return null;
  return (
    <ul className="govuk-list gt-measure-list">
      {item.measures.map((m) => (
        <li key={m.code}>
          <StatusTag status={m.rag} />{' '}
          <a className="govuk-link" href={links.measure(m.code)}>
            {m.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Branch({ item, links, level }: { item: PlanItem; links: SiteLinks; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="gt-plan-item" id={item.id}>
      <Heading className={level === 3 ? 'govuk-heading-m' : 'govuk-heading-s'}>
        <span className="govuk-caption-m">{item.kindLabel}</span>
        {item.title}
      </Heading>
      {item.status ? (
        <p className="govuk-body">
          <StatusTag status={item.status} /> {item.sentence}
        </p>
      ) : null}
      <Measures item={item} links={links} />
      {item.children.map((c) => (
        <Branch key={c.id} item={c} links={links} level={4} />
      ))}
    </div>
  );
}

export function planPage(frame: PageFrame, view: PlanView): string {
  const { links } = frame;
  const plan = view.plans[0];
  return renderPage({
    frame,
    title: plan ? plan.title : 'Corporate Plan',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">{plan ? plan.title : 'Corporate Plan'}</h1>
        {view.asAtLabel ? (
          <p className="govuk-body">
            How each priority is doing in {view.asAtLabel}, the latest quarter with approved figures.
          </p>
        ) : null}
        {!plan ? <p className="govuk-body">The council has not published its Corporate Plan yet.</p> : null}
        {view.plans.map((p) => (
          <section key={p.id}>
            {p.description ? <p className="govuk-body-l">{p.description}</p> : null}
            {p.status ? (
              <p className="govuk-body">
                Overall: <StatusTag status={p.status} /> {p.sentence}
              </p>
            ) : null}
            <StatusCountsTable
              caption="Measures by status, for each priority"
              rows={p.children.map((c) => ({
                title: c.title,
                href: `#${c.id}`,
                counts: c.measureCounts,
                total: c.measureTotal,
              }))}
            />
            <h2 className="govuk-heading-l">The priorities</h2>
            {p.children.map((c) => (
              <Branch key={c.id} item={c} links={links} level={3} />
            ))}
          </section>
        ))}
        <h2 className="govuk-heading-m">What the statuses mean</h2>
        <dl className="govuk-summary-list">
          {view.statuses.map((s) => (
            <div className="govuk-summary-list__row" key={s.status}>
              <dt className="govuk-summary-list__key">
                <StatusTag status={s.status} />
              </dt>
              <dd className="govuk-summary-list__value">{s.meaning}</dd>
            </div>
          ))}
        </dl>
        <Downloads links={links} id="plan" what="the Corporate Plan’s statuses" />
      </>
    ),
  });
}
