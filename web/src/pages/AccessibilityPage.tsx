/** The accessibility statement public bodies must publish (Public Sector Bodies Accessibility Regulations 2018). */
import { Page } from '../layout/Page.js';

export function AccessibilityPage() {
  return (
    <Page title="Accessibility statement">
      <p>
        This statement applies to the Golden Thread staff application, where council staff and councillors see
        how the Corporate Plan is performing, explore its measures and enter figures.
      </p>
      <h2>How accessible this application is</h2>
      <p>We want as many people as possible to be able to use it. You should be able to:</p>
      <ul>
        <li>use every page and every task with a keyboard alone, with the focus always visible</li>
        <li>zoom in up to 400% without text spilling off the screen or needing to scroll sideways</li>
        <li>use it with a screen reader: pages have headings, landmarks and labelled controls</li>
        <li>read every status as a word and a shape, never by colour alone</li>
        <li>read every chart as a table and a sentence beside it</li>
        <li>get every explanation of a status on hover and on keyboard focus, and close it with Escape</li>
      </ul>
      <p>
        Every page is checked against WCAG 2.2 level AA with axe-core in our automated browser tests, which
        fail on any violation.
      </p>
      <h2>What we know is not yet accessible</h2>
      <ul>
        <li>
          The charts themselves are drawn on a canvas: their figures are in the table below each chart, and
          each chart has a written summary.
        </li>
        <li>Downloaded pictures of charts have no text alternative of their own: download the CSV too.</li>
      </ul>
      <h2>Feedback and contact information</h2>
      <p>
        If you find a problem not listed here, or need information in a different format, tell your council’s
        performance team, who run this application.
      </p>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with
        how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>
      <h2>Technical information about this application’s accessibility</h2>
      <p>
        This application is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA
        standard, due to the items listed above.
      </p>
    </Page>
  );
}
