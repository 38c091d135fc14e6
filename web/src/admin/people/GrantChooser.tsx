/**
 * Choosing one role and, for roles held at a unit, the unit: the fields of "Add a role", used when
 * adding a person and on their page. The unit list appears only when the role needs one.
 */
import { ROLE_NAMES } from '@domain/access/role-words.js';
import { ACCESS_ROLES, needsUnit, type AccessRole } from '@domain/access/roles.js';
import { useOrgUnits } from '../../api/queries.js';
import type { FieldProblem } from '../../reviews/ErrorSummary.js';
import type { GrantChoice } from './api.js';
import { FieldError, fieldState } from './FieldError.js';

export interface GrantDraft {
  role: AccessRole | '';
  orgUnitId: string;
}

export const EMPTY_GRANT: GrantDraft = { role: '', orgUnitId: '' };

/** The grant the fields describe, or a problem in words for the field at fault. */
export function grantFrom(
  draft: GrantDraft,
  idPrefix: string,
): GrantChoice | { field: string; message: string } {
  if (draft.role === '') return { field: `${idPrefix}-role`, message: 'Choose a role' };
  if (needsUnit(draft.role) && draft.orgUnitId === '') {
    return {
      field: `${idPrefix}-unit`,
      message: `Choose the unit the ${ROLE_NAMES[draft.role].toLowerCase()} works at`,
    };
  }
  return { role: draft.role, orgUnitId: needsUnit(draft.role) ? draft.orgUnitId : null };
}

export function GrantChooser({
  idPrefix,
  draft,
  onChange,
  problems,
}: {
  idPrefix: string;
  draft: GrantDraft;
  onChange: (draft: GrantDraft) => void;
  problems: readonly FieldProblem[];
}) {
  const role = fieldState(problems, `${idPrefix}-role`, true);
  const unit = fieldState(problems, `${idPrefix}-unit`, true);
  const units = useOrgUnits();
  const unitNeeded = draft.role !== '' && needsUnit(draft.role);
  return (
    <>
      <div className={role.group}>
        <label className="label" htmlFor={`${idPrefix}-role`}>
          Role
        </label>
        <span className="hint" id={`${idPrefix}-role-hint`}>
          What each role may see and do is listed on the Roles page
        </span>
        <FieldError field={`${idPrefix}-role`} problems={problems} />
        <select
          id={`${idPrefix}-role`}
          className="select"
          value={draft.role}
          {...role.input}
          onChange={(e) => onChange({ role: e.target.value as AccessRole | '', orgUnitId: draft.orgUnitId })}
        >
          <option value="">Choose a role</option>
          {ACCESS_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_NAMES[role]}
            </option>
          ))}
        </select>
      </div>
      {unitNeeded ? (
        <div className={unit.group}>
          <label className="label" htmlFor={`${idPrefix}-unit`}>
            Unit
          </label>
          <span className="hint" id={`${idPrefix}-unit-hint`}>
            They see this unit and, for managers, every unit below it
          </span>
          <FieldError field={`${idPrefix}-unit`} problems={problems} />
          <select
            id={`${idPrefix}-unit`}
            className="select"
            value={draft.orgUnitId}
            {...unit.input}
            onChange={(e) => onChange({ role: draft.role, orgUnitId: e.target.value })}
          >
            <option value="">Choose a unit</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.kind})
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
