/**
 * Key actions and milestones: the list with each action's RAG and overdue flag (what the reports
 * read as `actionsProgress`), and creating, revising and recording progress on one.
 */
import type { ActionStatus, Milestone } from '../../domain/action.js';
import { UserError } from '../../domain/errors.js';
import {
  actionProblems,
  progressProblems,
  summariseActions,
  viewAction,
  type ActionView,
  type ActionsProgress,
  type KeyAction,
} from '../../domain/pdrr/action-progress.js';
import type { Kysely } from 'kysely';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import {
  getKeyAction,
  insertKeyAction,
  listActionProgress,
  listKeyActions,
  recordActionProgress,
  updateKeyAction,
} from '../../store/key-actions.js';
import { listMeasures } from '../../store/measures.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import { listStrategyItems } from '../../store/strategy.js';
import { nextId, type Change } from './ids.js';

export async function actionsProgress(
  store: Store,
  today: string,
): Promise<{ actions: ActionView[]; summary: ActionsProgress }> {
  const [actions, updates] = await Promise.all([listKeyActions(store.db), listActionProgress(store.db)]);
  const views = actions.map((a) =>
    viewAction(
      a,
      updates.filter((u) => u.actionId === a.id),
      today,
    ),
  );
  return { actions: views, summary: summariseActions(views) };
}

export async function keyAction(store: Store, id: string, today: string): Promise<ActionView | null> {
  const action = await getKeyAction(store.db, id);
  if (!action) return null;
  return viewAction(action, await listActionProgress(store.db, id), today);
}

export interface KeyActionInput {
  id?: string | undefined;
  title: string;
  responsibleOfficer: string;
  responsiblePersonId: string | null;
  anticipatedOutcome: string;
  proposedStartDate: string;
  proposedEndDate: string;
  othersInvolved: string | null;
  status: ActionStatus;
  percentComplete: number;
  milestones: Milestone[];
  strategyItemIds: string[];
  measureIds: string[];
  orgUnitId: string | null;
}

const invalid = (message: string) => new UserError('invalid-input', message);

/** Checks that everything an action names exists, naming the first that does not. */
async function checkReferences(db: Kysely<Database>, a: KeyActionInput): Promise<void> {
  const problems = actionProblems(a);
  if (problems.length > 0) throw invalid(problems[0]!);
  const [people, items, measures, units] = await Promise.all([
    listPeople(db),
    listStrategyItems(db),
    listMeasures(db, { includeRetired: true }),
    listOrgUnits(db),
  ]);
  if (a.responsiblePersonId !== null && !people.some((p) => p.id === a.responsiblePersonId))
    throw invalid(`responsiblePersonId: there is no person with id "${a.responsiblePersonId}"`);
  for (const id of a.strategyItemIds)
    if (!items.some((i) => i.id === id))
      throw invalid(`strategyItemIds: there is no strategy item with id "${id}"`);
  for (const id of a.measureIds)
    if (!measures.some((m) => m.id === id))
      throw invalid(`measureIds: there is no measure with code "${id}"`);
  if (a.orgUnitId !== null && !units.some((u) => u.id === a.orgUnitId))
    throw invalid(`orgUnitId: there is no organisation unit with id "${a.orgUnitId}"`);
}

function toAction(id: string, input: KeyActionInput, progressNote: string | null): KeyAction {
  return {
    id,
    title: input.title,
    responsibleOfficer: input.responsibleOfficer,
    responsiblePersonId: input.responsiblePersonId,
    anticipatedOutcome: input.anticipatedOutcome,
    proposedStartDate: input.proposedStartDate,
    proposedEndDate: input.proposedEndDate,
    othersInvolved: input.othersInvolved,
    status: input.status,
    percentComplete: input.percentComplete,
    progressNote,
    milestones: input.milestones,
    strategyItemIds: [...new Set(input.strategyItemIds)],
    measureIds: [...new Set(input.measureIds)],
    orgUnitId: input.orgUnitId,
  };
}

export async function createKeyAction(
  store: Store,
  input: KeyActionInput,
  change: Change,
): Promise<KeyAction> {
  const id = await store.db.transaction().execute((trx) => addKeyAction(trx, input, change));
  return (await getKeyAction(store.db, id))!;
}

/**
 * Checks and writes a new action with its first progress entry, inside the caller's transaction,
 * so a use case that writes more (a decision with its action arising) lands whole or not at all.
 * Returns the new action's id.
 */
export async function addKeyAction(
  trx: Kysely<Database>,
  input: KeyActionInput,
  change: Change,
): Promise<string> {
  await checkReferences(trx, input);
  const existing = await listKeyActions(trx);
  if (input.id !== undefined && existing.some((a) => a.id === input.id))
    throw new UserError('conflict', `id: a key action "${input.id}" already exists`);
  const action = toAction(
    input.id ??
      nextId(
        existing.map((a) => a.id),
        'KA',
      ),
    input,
    null,
  );
  await insertKeyAction(trx, action);
  await recordActionProgress(trx, {
    actionId: action.id,
    asOf: change.at.slice(0, 10),
    status: action.status,
    percentComplete: action.percentComplete,
    note: 'Action added.',
    recordedBy: change.by,
    recordedAt: change.at,
  });
  return action.id;
}

/** Revises an action's plan (title, dates, links…); its progress is recorded as an update instead. */
export async function reviseKeyAction(
  store: Store,
  id: string,
  patch: Partial<Omit<KeyActionInput, 'id' | 'status' | 'percentComplete'>>,
): Promise<KeyAction> {
  const current = await getKeyAction(store.db, id);
  if (!current) throw new UserError('not-found', `There is no key action with id "${id}"`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const input: KeyActionInput = { ...current, ...defined };
  await checkReferences(store.db, input);
  await store.db
    .transaction()
    .execute((trx) => updateKeyAction(trx, toAction(id, input, current.progressNote)));
  return (await getKeyAction(store.db, id))!;
}

export async function recordProgress(
  store: Store,
  id: string,
  update: { asOf?: string | undefined; status: ActionStatus; percentComplete: number; note: string },
  change: Change,
): Promise<ActionView> {
  const current = await getKeyAction(store.db, id);
  if (!current) throw new UserError('not-found', `There is no key action with id "${id}"`);
  const problems = progressProblems(update);
  if (problems.length > 0) throw invalid(problems[0]!);
  const asOf = update.asOf ?? change.at.slice(0, 10);
  await store.db.transaction().execute((trx) =>
    recordActionProgress(trx, {
      actionId: id,
      asOf,
      status: update.status,
      percentComplete: update.percentComplete,
      note: update.note,
      recordedBy: change.by,
      recordedAt: change.at,
    }),
  );
  return (await keyAction(store, id, change.at.slice(0, 10)))!;
}
