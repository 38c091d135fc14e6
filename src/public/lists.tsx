/** The lists a visitor browses from: every published measure, and every ward. */
import type { Area } from '../domain/area.js';
import type { PublicMeasureSummary } from '../app/public/measure-summary.js';
import { Downloads } from './components.js';
import { renderPage, type PageFrame } from './layout.js';

export function measuresPage(frame: PageFrame, measures: readonly PublicMeasureSummary[]): string {
  const { links } = frame;
  const byCategory = new Map<string, PublicMeasureSummary[]>();
  for (const m of measures) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  return renderPage({
    frame,
    title: 'Measures',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Measures</h1>
        <p className="govuk-body-l">The {measures.length} measures the council publishes, by category.</p>
        {[...byCategory].map(([category, list]) => (
          <section key={category}>
            <h2 className="govuk-heading-m">{category}</h2>
            <ul className="govuk-list">
              {list.map((m) => (
                <li key={m.code}>
                  <a className="govuk-link" href={links.measure(m.code)}>
                    {m.title}
                  </a>{' '}
                  <span className="govuk-body-s gt-secondary">({m.code})</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <Downloads links={links} id="measures" what="the list of measures" />
      </>
    ),
  });
}

export function wardsPage(frame: PageFrame, wards: readonly Area[], authorityName: string): string {
  const { links } = frame;
  return renderPage({
    frame,
    title: 'Ward profiles',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Ward profiles</h1>
        <p className="govuk-body-l">
          Choose a ward of {authorityName} to see every published ward-level figure for it, beside the city
          and England.
        </p>
        <ul className="govuk-list gt-columns">
          {wards.map((w) => (
            <li key={w.code}>
              <a className="govuk-link" href={links.ward(w.code)}>
                {w.name}
              </a>
            </li>
          ))}
        </ul>
      </>
    ),
  });
}
