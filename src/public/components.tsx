/** Small pieces the public pages share: status tags, figures, tables that scroll, downloads. */
import type { ReactNode } from 'react';
import { RAG_LABELS, type RagStatus } from '../domain/status/labels.js';
import { SUPPRESSED_MARK } from '../app/public/suppression.js';
import { figureText, type FigureStyleOf } from './format.js';
import type { SiteLinks } from './links.js';

/** A status: its word and its shape, coloured too, but never by colour alone. */
export function StatusTag({ status }: { status: RagStatus }) {
  const label = RAG_LABELS[status];
  return (
    <strong className={`govuk-tag gt-rag gt-rag--${status}`} title={label.description}>
      <span aria-hidden="true">{label.symbol} </span>
      {label.word}
    </strong>
  );
}

/** A figure, "*" when withheld as a small number, or a dash when there is none. */
export function Figure({
  value,
  suppressed,
  style,
}: {
  value: number | null;
  suppressed: boolean;
  style: FigureStyleOf;
}) {
  if (suppressed)
    return (
      <span>
        {SUPPRESSED_MARK}
        <span className="govuk-visually-hidden"> (withheld: small number)</span>
      </span>
    );
  if (value === null)
    return (
      <span>
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">no figure</span>
      </span>
    );
  return <>{figureText(value, style)}</>;
}

/** A table that scrolls sideways on a narrow screen, reachable by keyboard. */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="gt-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function Downloads({ links, id, what }: { links: SiteLinks; id: string; what: string }) {
  return (
    <p className="govuk-body-s gt-downloads">
      Download {what}:{' '}
      <a className="govuk-link" href={links.data(id, 'csv')}>
        CSV<span className="govuk-visually-hidden"> of {what}</span>
      </a>
      {' · '}
      <a className="govuk-link" href={links.data(id, 'csv-metadata.json')}>
        CSV metadata (CSVW)<span className="govuk-visually-hidden"> of {what}</span>
      </a>
      {' · '}
      <a className="govuk-link" href={links.data(id, 'json')}>
        JSON<span className="govuk-visually-hidden"> of {what}</span>
      </a>
    </p>
  );
}

export function SuppressionNote() {
  return (
    <p className="govuk-body-s">
      {SUPPRESSED_MARK} A small number withheld so that no one can be identified.
    </p>
  );
}

export function SearchForm({ links, value }: { links: SiteLinks; value?: string }) {
  return (
    <form action={links.search()} method="get" role="search" className="gt-search">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="search-q">
          Search measures, wards and the Corporate Plan
        </label>
        <div className="gt-search__row">
          <input
            className="govuk-input"
            id="search-q"
            name="q"
            type="search"
            defaultValue={value ?? ''}
            maxLength={200}
          />
          <button type="submit" className="govuk-button gt-search__button" data-module="govuk-button">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}
