/**
 * One page's heading and title. The document title names the page first, so a screen-reader user
 * and a browser tab both say where they are; after a navigation the heading takes focus so the
 * page is announced from its start.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

let firstPage = true;

export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} – Golden Thread`;
  }, [title]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, [pathname]);
  return (
    <>
      <h1 className="page-heading" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Problem({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Something went wrong';
  return (
    <div className="problem" role="alert">
      <h2>There is a problem</h2>
      <p>{message}</p>
    </div>
  );
}
