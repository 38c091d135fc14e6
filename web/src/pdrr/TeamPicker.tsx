/**
 * For managers: choose a unit they manage (or, for the performance team, any unit) and a person
 * holding a role there, to see that person's objectives. The API has the last word on who may.
 */
import { useState } from 'react';
import { useOrgUnits } from '../api/queries.js';
import type { Account } from '../api/types.js';
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
        <div className="form-group">
          <label className="label" htmlFor="team-unit">
            Unit
          </label>
          <select
            id="team-unit"
            className="select"
            value={unitId ?? ''}
            onChange={(e) => {
              setUnit(e.target.value);
              onChoose(null);
            }}
          >
            {choices.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="team-person">
            Member of staff
          </label>
          <select
            id="team-person"
            className="select"
            value={chosen ?? ''}
            onChange={(e) => onChoose(e.target.value || null)}
          >
            <option value="">Choose someone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}, {p.jobTitle}
              </option>
            ))}
          </select>
        </div>
      </form>
      {members.data && people.length === 0 ? <p>No one else holds a role at this unit.</p> : null}
    </>
  );
}
