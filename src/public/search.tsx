/** Search results: measures, wards and Corporate Plan items whose words match. */
import type { SearchHit } from '../app/public/search.js';
import { SEARCH_LIMIT } from '../app/public/search.js';
import { SearchForm } from './components.js';
import { renderPage, type PageFrame } from './layout.js';
import type { SiteLinks } from './links.js';

const KIND_WORDS: Record<SearchHit['kind'], string> = {
  measure: 'Measure',
  ward: 'Ward',
  plan: 'Corporate Plan',
};

function hrefOf(hit: SearchHit, links: SiteLinks): string {
  if (hit.kind === 'measure') return links.measure(hit.code);
  if (hit.kind === 'ward') return links.ward(hit.code);
  return `${links.plan}#${encodeURIComponent(hit.code)}`;
}

export function searchPage(frame: PageFrame, query: string, hits: readonly SearchHit[]): string {
  const { links } = frame;
  const asked = query.trim() !== '';
  return renderPage({
    frame,
    title: asked ? `Search results for “${query}”` : 'Search',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Search</h1>
        <SearchForm links={links} value={query} />
        {asked ? (
          <>
            <h2 className="govuk-heading-m" id="results">
              {hits.length === 0
                ? `No results for “${query}”`
                : `${hits.length}${hits.length === SEARCH_LIMIT ? '+' : ''} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`}
            </h2>
            {hits.length === 0 ? (
              <p className="govuk-body">Check the spelling, or try fewer or different words.</p>
            ) : (
              <ul className="govuk-list gt-results">
                {hits.map((h) => (
                  <li key={`${h.kind}:${h.code}`}>
                    <span className="govuk-caption-m">{KIND_WORDS[h.kind]}</span>
                    <a className="govuk-link govuk-!-font-weight-bold" href={hrefOf(h, links)}>
                      {h.title}
                    </a>
                    {h.description ? <p className="govuk-body-s">{h.description}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </>
    ),
  });
}
