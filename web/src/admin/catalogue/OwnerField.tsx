/** The owner: one of the people who hold a role at the chosen unit, or nobody. */
import { SelectField } from '../../forms/fields.js';
import { useUnitPeople } from './api.js';

export function OwnerField({
  id,
  unitId,
  value,
  error,
  onChange,
}: {
  id: string;
  unitId: string | null;
  value: string;
  error: string | null;
  onChange: (ownerId: string) => void;
}) {
  const people = useUnitPeople(unitId);
  const list = people.data ?? [];
  const choices = [
    { value: '', text: 'Nobody named' },
    ...list.map((p) => ({ value: p.id, text: `${p.name}, ${p.jobTitle}` })),
  ];
  // An owner from elsewhere in the organisation stays chosen until someone else is.
  if (value && !list.some((p) => p.id === value))
    choices.push({ value, text: `The current owner (${value})` });
  return (
    <SelectField
      id={id}
      label="Owner"
      hint={unitId ? 'People who hold a role in the chosen unit' : 'Choose the organisation unit first'}
      error={error}
      value={value}
      choices={choices}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
