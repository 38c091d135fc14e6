/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for. */
import { renderPage, type PageFrame } from './layout.js';

export function accessibilityPage(frame: PageFrame): string {
  const { links } = frame;
  const council = frame.councilName;
  return renderPage({
    frame,
    title: 'Accessibility statement',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Accessibility statement</h1>
        <p className="govuk-body">
          This statement applies to {council}’s performance and open data site. We want as many people as
          possible to be able to use it. You should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate the whole site using just a keyboard or speech recognition software</li>
          <li>listen to the whole site using a screen reader</li>
          <li>use the site without JavaScript: every page is complete without it</li>
        </ul>
        <h2 className="govuk-heading-m">How accessible this site is</h2>
        <p className="govuk-body">
          The site is built to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
          Every page is checked automatically with axe-core before each release. A status is always given as a
          word and a shape, never by colour alone, and every chart has a table with the same figures.
        </p>
        <p className="govuk-body">
          Some tables are wide: on a small screen they scroll sideways, and can be scrolled with the keyboard
          once selected.
        </p>
        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information on this site in a different format, or find a problem not listed here,
          contact the council’s performance team. We’ll consider your request and get back to you within 10
          working days.
        </p>
        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility
          regulations. If you’re not happy with how we respond to your complaint, contact the{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>
        <h2 className="govuk-heading-m">Technical information about this site’s accessibility</h2>
        <p className="govuk-body">
          {council} is committed to making its website accessible, in accordance with the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. This website is fully
          compliant with the Web Content Accessibility Guidelines version 2.2 AA standard as far as automated
          testing can tell; it has not yet had a manual audit.
        </p>
      </>
    ),
  });
}
