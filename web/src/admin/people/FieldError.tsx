/**
 * A field's own error message, beside the field as GOV.UK forms have it (the error summary at the
 * top links here), and the attributes that tie the message to the field for screen readers.
 */
import type { FieldProblem } from '../../reviews/ErrorSummary.js';

export function problemFor(problems: readonly FieldProblem[], field: string): string | null {
  return problems.find((p) => p.field === field)?.message ?? null;
}

export function FieldError({ field, problems }: { field: string; problems: readonly FieldProblem[] }) {
  const message = problemFor(problems, field);
  if (message === null) return null;
  return (
    <p className="error-message" id={`${field}-error`}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}

/** The form group's class, the field's aria-invalid and aria-describedby (its hint and its error). */
export function fieldState(problems: readonly FieldProblem[], field: string, hint = false) {
  const wrong = problemFor(problems, field) !== null;
  const described = [hint ? `${field}-hint` : null, wrong ? `${field}-error` : null]
    .filter(Boolean)
    .join(' ');
  return {
    group: wrong ? 'form-group form-group--error' : 'form-group',
    input: {
      'aria-invalid': wrong ? (true as const) : undefined,
      'aria-describedby': described || undefined,
    },
  };
}
