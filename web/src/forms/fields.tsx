/**
 * Labelled form fields in the GOV.UK pattern: a label, an optional hint and error message, each
 * tied to the control by `aria-describedby`, so every form reads the same to a screen reader.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldText {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the answer, in words; the field is marked invalid while there is one. */
  error?: string | null;
}

function describedBy({ id, hint, error }: FieldText): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A field's error message, `${id}-error` (the id its control's aria-describedby names); exported for
 * a fieldset that reports one error for its group of controls.
 */
export function ErrorMessage({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

function Field({ id, label, hint, error, children }: FieldText & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  short = false,
  ...input
}: FieldText & { short?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        className={short ? 'input input--short' : 'input'}
        id={id}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  ...area
}: FieldText & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        className="textarea"
        id={id}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
        {...area}
      />
    </Field>
  );
}

export interface Choice {
  value: string;
  text: ReactNode;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  choices,
  ...select
}: FieldText & { choices: readonly Choice[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        className="select"
        id={id}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </Field>
  );
}
