/**
 * A person's full name and email address: the fields and their checks, the same when adding a
 * person and when changing their details.
 */
import { TextField } from '../../forms/fields.js';
import { problemFor, type FieldProblem } from '../../reviews/ErrorSummary.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the name and email, each against its field `${idPrefix}-name` / `-email`. */
export function nameAndEmailProblems(idPrefix: string, name: string, email: string): FieldProblem[] {
  const found: FieldProblem[] = [];
  if (!name.trim()) found.push({ field: `${idPrefix}-name`, message: 'Enter their full name' });
  if (!EMAIL.test(email.trim()))
    found.push({
      field: `${idPrefix}-email`,
      message: 'Enter their email address, like jo.bloggs@council.gov.uk',
    });
  return found;
}

export function NameAndEmail({
  idPrefix,
  name,
  email,
  onName,
  onEmail,
  problems,
  emailHint,
  autoComplete,
}: {
  idPrefix: string;
  name: string;
  email: string;
  onName: (name: string) => void;
  onEmail: (email: string) => void;
  problems: readonly FieldProblem[];
  emailHint?: string;
  autoComplete?: string;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label="Full name"
        error={problemFor(problems, `${idPrefix}-name`)}
        autoComplete={autoComplete}
        value={name}
        onChange={(e) => onName(e.target.value)}
      />
      <TextField
        id={`${idPrefix}-email`}
        label="Email address"
        hint={emailHint}
        error={problemFor(problems, `${idPrefix}-email`)}
        type="email"
        autoComplete={autoComplete}
        spellCheck={false}
        value={email}
        onChange={(e) => onEmail(e.target.value)}
      />
    </>
  );
}
