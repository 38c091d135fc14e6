/**
 * A form's error summary: a titled box that takes focus when it appears, so a screen reader says
 * what went wrong at once; each problem links to the field it is about where there is one.
 */
import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the field the problem is about, or null for the form as a whole. */
  field: string | null;
  message: string;
}

export function ErrorSummary({
  id,
  title,
  problems,
}: {
  id: string;
  title: string;
  problems: FieldProblem[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const text = problems.map((p) => p.message).join('\n');
  useEffect(() => {
    if (text) box.current?.focus();
  }, [text]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="error-summary__title">
        {title}
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field ?? ''}:${p.message}`}>
            {p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong: try again';

/** A field's problem from the form's list, for the field's own message beside it. */
export function problemFor(problems: readonly FieldProblem[], field: string): string | null {
  return problems.find((p) => p.field === field)?.message ?? null;
}
