/** The page for an address that shows nothing: unknown, mistyped or unpublished, all alike. */
import { SearchForm } from './components.js';
import { renderPage, type PageFrame } from './layout.js';

export function notFoundPage(frame: PageFrame): string {
  const { links } = frame;
  return renderPage({
    frame,
    title: 'Page not found',
    children: (
      <>
        <h1 className="govuk-heading-xl">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          A measure that is no longer published is no longer shown. You can{' '}
          <a className="govuk-link" href={links.measures}>
            browse all published measures
          </a>{' '}
          or search:
        </p>
        <SearchForm links={links} />
      </>
    ),
  });
}
