/**
 * Individual objectives: a person's objectives from their appraisal, with progress and the thread
 * from each up to the Corporate Plan ("how my work contributes").
 */
import { UserError } from '../../domain/errors.js';
import {
  OBJECTIVE_PARENT_KINDS,
  threadUpwards,
  type IndividualObjective,
} from '../../domain/pdrr/objectives.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import {
  insertObjective,
  listAppraisalRecords,
  listObjectiveProgress,
  recordObjectiveProgress,
} from '../../store/objectives.js';
import { listPeople } from '../../store/organisation.js';
import { listStrategyItems } from '../../store/strategy.js';
import { nextId, type Change } from './ids.js';

export async function objectivesOf(store: Store, personId: string): Promise<IndividualObjective[]> {
  const [items, records, progress] = await Promise.all([
    listStrategyItems(store.db),
    listAppraisalRecords(store.db),
    listObjectiveProgress(store.db),
  ]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const recordOf = new Map(records.map((r) => [r.objectiveId, r]));
  return items
    .filter((i) => i.kind === 'individual-objective' && i.ownerId === personId)
    .map((item) => {
      const updates = progress.filter((p) => p.objectiveId === item.id);
      return {
        item,
        appraisalDate: recordOf.get(item.id)?.appraisalDate ?? null,
        successMeasure: recordOf.get(item.id)?.successMeasure ?? null,
        progress: updates,
        percentComplete: updates.at(-1)?.percentComplete ?? null,
        thread: threadUpwards(item, byId),
      };
    });
}

export interface ObjectiveInput {
  id?: string | undefined;
  personId: string;
  title: string;
  description: string | null;
  parentId: string;
  appraisalDate: string;
  successMeasure: string | null;
  endDate: string | null;
}

const invalid = (message: string) => new UserError('invalid-input', message);

/** Sets an objective at appraisal, linked to a team, service or project plan item. */
export async function setObjective(store: Store, input: ObjectiveInput): Promise<StrategyItem> {
  const [items, people] = await Promise.all([listStrategyItems(store.db), listPeople(store.db)]);
  if (!people.some((p) => p.id === input.personId))
    throw invalid(`personId: there is no person with id "${input.personId}"`);
  const parent = items.find((i) => i.id === input.parentId);
  if (!parent) throw invalid(`parentId: there is no strategy item with id "${input.parentId}"`);
  if (!(OBJECTIVE_PARENT_KINDS as readonly string[]).includes(parent.kind))
    throw invalid(
      `parentId: an individual objective links to a team, service or project plan, not a ${parent.kind}`,
    );
  if (input.id !== undefined && items.some((i) => i.id === input.id))
    throw new UserError('conflict', `id: a strategy item "${input.id}" already exists`);
  const item: StrategyItem = {
    id:
      input.id ??
      nextId(
        items.map((i) => i.id),
        `IO-${input.personId}`,
      ),
    kind: 'individual-objective',
    title: input.title,
    description: input.description,
    parentId: parent.id,
    ownerId: input.personId,
    orgUnitId: parent.orgUnitId,
    startDate: input.appraisalDate,
    endDate: input.endDate,
    rollupRule: 'worst',
    weight: 1,
  };
  await store.db.transaction().execute((trx) =>
    insertObjective(trx, item, {
      appraisalDate: input.appraisalDate,
      successMeasure: input.successMeasure,
    }),
  );
  return item;
}

export async function recordObjectiveUpdate(
  store: Store,
  objectiveId: string,
  update: { asOf?: string | undefined; percentComplete: number; note: string },
  change: Change,
): Promise<void> {
  const items = await listStrategyItems(store.db);
  const item = items.find((i) => i.id === objectiveId && i.kind === 'individual-objective');
  if (!item) throw new UserError('not-found', `There is no individual objective with id "${objectiveId}"`);
  if (!Number.isInteger(update.percentComplete) || update.percentComplete < 0 || update.percentComplete > 100)
    throw invalid('percentComplete: must be a whole number from 0 to 100');
  await recordObjectiveProgress(store.db, {
    objectiveId,
    asOf: update.asOf ?? change.at.slice(0, 10),
    percentComplete: update.percentComplete,
    note: update.note,
    recordedBy: change.by,
    recordedAt: change.at,
  });
}
