/**
 * The frame of every public page: GOV.UK Frontend's template and patterns with the council's own
 * header (its name, not the crown), a skip link, breadcrumbs and a footer. Rendered on the server;
 * the page needs no JavaScript.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SiteLinks } from './links.js';

export interface PageFrame {
  councilName: string;
  links: SiteLinks;
}

export interface Crumb {
  text: string;
  href: string;
}

interface LayoutProps {
  frame: PageFrame;
  title: string;
  breadcrumbs?: Crumb[];
  children: ReactNode;
}

function Header({ frame }: { frame: PageFrame }) {
  const { links } = frame;
  return (
    <header className="gt-header" role="banner">
      <div className="govuk-width-container gt-header__container">
        <a
          href={links.home}
          className="gt-header__council govuk-link govuk-link--inverse govuk-link--no-underline"
        >
          {frame.councilName}
        </a>
        <span className="gt-header__service">Performance and open data</span>
      </div>
      <nav className="gt-nav" aria-label="Main">
        <ul className="govuk-width-container gt-nav__list">
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.plan}>
              Corporate Plan
            </a>
          </li>
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.measures}>
              Measures
            </a>
          </li>
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.wards}>
              Wards
            </a>
          </li>
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.comparisons}>
              Comparisons
            </a>
          </li>
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.openData}>
              Open data
            </a>
          </li>
          <li>
            <a className="govuk-link govuk-link--no-visited-state" href={links.search()}>
              Search
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}

function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((c) => (
          <li className="govuk-breadcrumbs__list-item" key={c.href}>
            <a className="govuk-breadcrumbs__link" href={c.href}>
              {c.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Footer({ frame }: { frame: PageFrame }) {
  const { links } = frame;
  return (
    <footer className="govuk-footer" role="contentinfo">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={links.accessibility}>
                  Accessibility statement
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={links.openData}>
                  Open data and API
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href="/app/">
                  Staff sign in
                </a>
              </li>
            </ul>
            <p className="govuk-body-s gt-footer__licence">
              Figures are published once approved by the council. All content is available under the{' '}
              <a
                className="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated.
            </p>
          </div>
          <div className="govuk-footer__meta-item">© {frame.councilName}</div>
        </div>
      </div>
    </footer>
  );
}

function Layout({ frame, title, breadcrumbs, children }: LayoutProps) {
  const { links } = frame;
  return (
    <html lang="en-GB" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <title>{`${title} – ${frame.councilName}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <link rel="stylesheet" href={links.asset('govuk-frontend.css')} />
        <link rel="stylesheet" href={links.asset('site.css')} />
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <Header frame={frame} />
        <div className="govuk-width-container">
          {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} /> : null}
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <Footer frame={frame} />
      </body>
    </html>
  );
}

/** A whole page as HTML text. */
export function renderPage(props: LayoutProps): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<Layout {...props} />)}`;
}
