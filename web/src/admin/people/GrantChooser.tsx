/**
 * Choosing one role and, for roles held at a unit, the unit: the fields of "Add a role", used when
 * adding a person and on their page. The unit list appears only when the role needs one.
 */
import { ROLE_NAMES } from '@domain/access/role-words.js';
import { ACCESS_ROLES, needsUnit, type AccessRole } from '@domain/access/roles.js';
import { useOrgUnits } from '../../api/queries.js';
import { SelectField } from '../../forms/fields.js';
import { problemFor, type FieldProblem } from '../../reviews/ErrorSummary.js';
import type { GrantChoice } from './api.js';

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
  const units = useOrgUnits();
  const unitNeeded = draft.role !== '' && needsUnit(draft.role);
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label="Role"
        hint="What each role may see and do is listed on the Roles page"
        error={problemFor(problems, `${idPrefix}-role`)}
        value={draft.role}
        choices={[
          { value: '', text: 'Choose a role' },
          ...ACCESS_ROLES.map((role) => ({ value: role, text: ROLE_NAMES[role] })),
        ]}
        onChange={(e) => onChange({ role: e.target.value as AccessRole | '', orgUnitId: draft.orgUnitId })}
      />
      {unitNeeded ? (
        <SelectField
          id={`${idPrefix}-unit`}
          label="Unit"
          hint="They see this unit and, for managers, every unit below it"
          error={problemFor(problems, `${idPrefix}-unit`)}
          value={draft.orgUnitId}
          choices={[
            { value: '', text: 'Choose a unit' },
            ...(units.data ?? []).map((u) => ({ value: u.id, text: `${u.name} (${u.kind})` })),
          ]}
          onChange={(e) => onChange({ role: draft.role, orgUnitId: e.target.value })}
        />
      ) : null}
    </>
  );
}
