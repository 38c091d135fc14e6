/**
 * For managers: choose a unit they manage (or, for the performance team, any unit) and a person
 * holding a role there, to see that person's objectives. The API has the last word on who may.
 */
import { useState } from 'react';
import { useOrgUnits } from '../api/queries.js';
import type { Account } from '../api/types.js';
import { SelectField } from '../forms/fields.js';
import { useUnitMembers } from './api.js';

const MANAGING = new Set(['director', 'service-director', 'head-of-service', 'team-manager']);

export function TeamPicker({
  account,
  chosen,
  onChoose,
}: {
  account: Account | null;
  chosen: string | null;
  onChoose: (personId: string | null) => void;
}) {
  const everywhere =
    !!account && (account.isAdmin || account.roles.some((r) => r.role === 'performance-officer'));
  const managed = (account?.roles ?? []).filter((r) => MANAGING.has(r.role) && r.orgUnitId !== null);
  const units = useOrgUnits();
  const choices = everywhere
    ? (units.data ?? [])
    : managed.map(
        (r) => units.data?.find((u) => u.id === r.orgUnitId) ?? { id: r.orgUnitId!, name: r.orgUnitId! },
      );
  const [unit, setUnit] = useState<string | null>(null);
  const unitId = unit ?? choices[0]?.id ?? null;
  const members = useUnitMembers(unitId);
  if (!everywhere && managed.length === 0) return null;
  const people = (members.data?.people ?? []).filter((p) => p.id !== account?.personId);
  return (
    <>
      <h2>Your people’s objectives</h2>
      <form className="filters" aria-label="Choose a member of staff" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="team-unit"
          label="Unit"
          choices={choices.map((u) => ({ value: u.id, text: u.name }))}
          value={unitId ?? ''}
          onChange={(e) => {
            setUnit(e.target.value);
            onChoose(null);
          }}
        />
        <SelectField
          id="team-person"
          label="Member of staff"
          choices={[
            { value: '', text: 'Choose someone' },
            ...people.map((p) => ({ value: p.id, text: `${p.name}, ${p.jobTitle}` })),
          ]}
          value={chosen ?? ''}
          onChange={(e) => onChoose(e.target.value || null)}
        />
      </form>
      {members.data && people.length === 0 ? <p>No one else holds a role at this unit.</p> : null}
    </>
  );
}
