/**
 * Adding an item below another, or changing one (its parent too). The kinds offered are those the
 * framework lets hang from the parent; the API checks the same and says why when it refuses.
 */
import { useState, type FormEvent } from 'react';
import {
  STRATEGY_KIND_LABELS,
  STRATEGY_PARENT_KINDS,
  STRATEGY_KINDS,
  type StrategyKind,
} from '@domain/strategy.js';
import { useOrgUnits } from '../../api/queries.js';
import type { StrategyItem } from '../../api/types.js';
import { SelectField, TextAreaField, TextField } from '../../forms/fields.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { useCreateItem, useEditItem } from './api.js';
import { OwnerField } from './OwnerField.js';
import { problemsFrom } from './words.js';

const kindWords = (kind: string) => STRATEGY_KIND_LABELS[kind as StrategyKind] ?? kind;

export function StrategyItemForm({
  mode,
  item,
  items,
  below,
  onDone,
}: {
  mode: 'add' | 'edit';
  /** The item changed, or the parent added below. */
  item: StrategyItem;
  items: readonly StrategyItem[];
  /** Ids below `item`, which may not become its parent. */
  below: ReadonlySet<string>;
  onDone: (message: string) => void;
}) {
  const kinds = STRATEGY_KINDS.filter((k) => STRATEGY_PARENT_KINDS[k].includes(item.kind as StrategyKind));
  const prefix = `item-${mode}`;
  const [kind, setKind] = useState<string>(kinds[0] ?? '');
  const [id, setId] = useState('');
  const [title, setTitle] = useState(mode === 'edit' ? item.title : '');
  const [description, setDescription] = useState(mode === 'edit' ? (item.description ?? '') : '');
  const [parentId, setParentId] = useState(item.parentId ?? '');
  const [orgUnitId, setOrgUnitId] = useState(item.orgUnitId ?? '');
  const [ownerId, setOwnerId] = useState(mode === 'edit' ? (item.ownerId ?? '') : '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const units = useOrgUnits();
  const create = useCreateItem();
  const edit = useEditItem(item.id);
  const fields: Record<string, string> = {
    id: `${prefix}-id`,
    kind: `${prefix}-kind`,
    title: `${prefix}-title`,
    description: `${prefix}-description`,
    parentId: `${prefix}-parent`,
    orgUnitId: `${prefix}-unit`,
    ownerId: `${prefix}-owner`,
  };
  const errorOf = (field: string) => problems.find((p) => p.field === fields[field])?.message ?? null;
  const parents = items.filter(
    (p) =>
      p.id !== item.id &&
      !below.has(p.id) &&
      STRATEGY_PARENT_KINDS[item.kind as StrategyKind]?.includes(p.kind as StrategyKind),
  );
  if (mode === 'add' && kinds.length === 0) {
    return (
      <p className="admin-panel">
        Nothing hangs below {kindWords(item.kind).toLowerCase()}s in the golden thread.
      </p>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (mode === 'add' && id.trim() === '')
      found.push({ field: fields['id']!, message: 'Enter a code for the item, for example OBJ-HOMES' });
    if (title.trim() === '') found.push({ field: fields['title']!, message: 'Enter the item’s title' });
    setProblems(found);
    if (found.length > 0) return;
    const common = {
      title: title.trim(),
      description: description.trim() || null,
      orgUnitId: orgUnitId || null,
      ownerId: ownerId || null,
    };
    try {
      if (mode === 'add') {
        await create.mutateAsync({ ...common, id: id.trim(), kind, parentId: item.id });
        onDone(`${kindWords(kind)} “${common.title}” added below “${item.title}”.`);
      } else {
        await edit.mutateAsync({ ...common, parentId: parentId || null });
        onDone(`“${common.title}” saved.`);
      }
    } catch (error) {
      setProblems(problemsFrom(messageOf(error), fields));
    }
  };

  return (
    <div className="admin-panel">
      <ErrorSummary id={`${prefix}-errors`} title="There is a problem" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h3>{mode === 'add' ? `Add an item below “${item.title}”` : `Change “${item.title}”`}</h3>
        {mode === 'add' ? (
          <>
            <SelectField
              id={fields['kind']!}
              label="Kind"
              error={errorOf('kind')}
              value={kind}
              choices={kinds.map((k) => ({ value: k, text: kindWords(k) }))}
              onChange={(e) => setKind(e.target.value)}
            />
            <TextField
              id={fields['id']!}
              label="Code"
              hint="Its stable key: letters, digits and dashes, for example OBJ-HOMES"
              error={errorOf('id')}
              value={id}
              short
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setId(e.target.value)}
            />
          </>
        ) : item.parentId !== null ? (
          <SelectField
            id={fields['parentId']!}
            label="Links upward to"
            hint={`The ${kindWords(item.kind).toLowerCase()} moves there with everything below it`}
            error={errorOf('parentId')}
            value={parentId}
            choices={parents.map((p) => ({ value: p.id, text: `${kindWords(p.kind)}: ${p.title}` }))}
            onChange={(e) => setParentId(e.target.value)}
          />
        ) : null}
        <TextField
          id={fields['title']!}
          label="Title"
          error={errorOf('title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          id={fields['description']!}
          label="Description (optional)"
          error={errorOf('description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <SelectField
          id={fields['orgUnitId']!}
          label="Organisation unit"
          error={errorOf('orgUnitId')}
          value={orgUnitId}
          choices={[
            { value: '', text: 'None' },
            ...(units.data ?? []).map((u) => ({ value: u.id, text: `${u.name} (${u.kind})` })),
          ]}
          onChange={(e) => setOrgUnitId(e.target.value)}
        />
        <OwnerField
          id={fields['ownerId']!}
          unitId={orgUnitId || null}
          value={ownerId}
          error={errorOf('ownerId')}
          onChange={setOwnerId}
        />
        <button type="submit" className="button" disabled={create.isPending || edit.isPending}>
          {mode === 'add' ? 'Add the item' : 'Save changes'}
        </button>
      </form>
    </div>
  );
}
