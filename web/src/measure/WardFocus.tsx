/** One ward's answer, at the top of the measure page when a ward was chosen: its status and why. */
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import type { MeasureStatusAnswer } from '../api/types.js';
import { StatusBadge } from '../status/StatusBadge.js';

export function WardFocus({ answer, ward }: { answer: MeasureStatusAnswer; ward: string }) {
  const location = useLocation();
  const box = useRef<HTMLElement>(null);
  const found = answer.wards.find((w) => w.area.code === ward);
  useEffect(() => {
    if (location.hash === '#ward-focus') box.current?.focus();
  }, [location.hash, ward]);
  const clear = new URLSearchParams(location.search);
  clear.delete('ward');
  if (!found) return <p className="notice">This measure has no figure for the ward {ward}.</p>;
  const s = found.status;
  return (
    <section
      className="notice ward-focus"
      id="ward-focus"
      tabIndex={-1}
      ref={box}
      aria-labelledby="ward-focus-title"
    >
      <h2 id="ward-focus-title">
        In {found.area.name}: <StatusBadge status={s.rag.status} sentence={s.rag.sentence} />
      </h2>
      <p>{s.rag.sentence}</p>
      {s.summary ? <p>{s.summary}</p> : null}
      <p>
        <Link to={`${location.pathname}${clear.size ? `?${clear.toString()}` : ''}`}>
          Back to the whole authority
        </Link>
      </p>
    </section>
  );
}
