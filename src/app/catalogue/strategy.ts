/**
 * Administering the golden thread: adding an item under the parent its kind allows, changing one
 * (moving it too, never under itself), and retiring one rather than deleting it, so that the
 * measures, actions and history that point at it stay. Every change goes in the audit trail.
 */
import { CATALOGUE_CODE, CATALOGUE_CODE_WORDS } from '../../domain/catalogue/measure-rules.js';
import { placementProblem, retirementProblem } from '../../domain/catalogue/strategy-rules.js';
import { UserError } from '../../domain/errors.js';
import type { StrategyItem } from '../../domain/strategy.js';
import { recordAuditEvent, type AuditAction } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import {
  listAdministeredStrategyItems,
  listStrategyItems,
  type AdministeredStrategyItem,
} from '../../store/strategy.js';
import {
  insertStrategyItem,
  measuresLinkedTo,
  retireStrategyItem,
  updateStrategyItem,
} from '../../store/strategy-admin.js';
import type { Kysely } from 'kysely';
import type { CatalogueChange } from './measures.js';
import { ownerAndUnitProblems } from './references.js';
import { refusingRaces } from './same-moment.js';

export type StrategyEdit = Partial<Omit<StrategyItem, 'id' | 'kind'>>;

function itemProblems(item: StrategyItem): string[] {
  const problems: string[] = [];
  if (!CATALOGUE_CODE.test(item.id)) problems.push(`id: must be a code of ${CATALOGUE_CODE_WORDS}`);
  if (item.title.trim() === '') problems.push('title: must not be empty, e.g. A stronger economy');
  if (item.startDate !== null && item.endDate !== null && item.endDate < item.startDate)
    problems.push(
      `endDate: ${item.endDate} is before the start ${item.startDate}; expected a date on or after it`,
    );
  if (!(item.weight > 0)) problems.push('weight: must be above 0, e.g. 1');
  return problems;
}

async function checked(db: Kysely<Database>, item: StrategyItem): Promise<void> {
  const inUse = await listStrategyItems(db);
  const problems = itemProblems(item);
  const placement = placementProblem(inUse, item, item.parentId);
  if (placement) problems.push(placement);
  problems.push(...(await ownerAndUnitProblems(db, item)));
  if (problems.length > 0) throw new UserError('invalid-input', problems.join('; '));
}

async function itemNamed(db: Kysely<Database>, id: string): Promise<AdministeredStrategyItem> {
  const item = (await listAdministeredStrategyItems(db)).find((i) => i.id === id);
  if (!item) throw new UserError('not-found', `There is no strategy item with id "${id}"`);
  return item;
}

export async function createStrategyItem(
  store: Store,
  item: StrategyItem,
  change: CatalogueChange,
): Promise<StrategyItem> {
  return refusingRaces(`Strategy item ${item.id}`, () =>
    store.db.transaction().execute(async (trx) => {
      const taken = (await listAdministeredStrategyItems(trx)).find((i) => i.id === item.id);
      if (taken) {
        const retired = taken.state === 'retired' ? ' (retired, but its code stays taken)' : '';
        throw new UserError(
          'conflict',
          `id: there is already a strategy item with id "${item.id}"${retired}; choose another`,
        );
      }
      await checked(trx, item);
      await insertStrategyItem(trx, item);
      await audit(trx, 'strategy-item-created', change, item.id, null, item);
      return item;
    }),
  );
}

export async function editStrategyItem(
  store: Store,
  id: string,
  edit: StrategyEdit,
  change: CatalogueChange,
): Promise<StrategyItem> {
  return store.db.transaction().execute(async (trx) => {
    const { state, retiredAt: _at, retiredReason: _why, ...before } = await itemNamed(trx, id);
    if (state === 'retired') throw new UserError('refused', `${id} is retired and can no longer be changed`);
    const after: StrategyItem = { ...before, ...edit };
    await checked(trx, after);
    await updateStrategyItem(trx, after);
    const changed = (Object.keys(edit) as (keyof StrategyItem)[]).filter((k) => before[k] !== after[k]);
    await audit(
      trx,
      'strategy-item-changed',
      change,
      id,
      Object.fromEntries(changed.map((k) => [k, before[k]])),
      Object.fromEntries(changed.map((k) => [k, after[k]])),
    );
    return after;
  });
}

/** What retiring left behind: the measures in use still linked to the item, named so they can be relinked. */
export interface Retirement {
  item: AdministeredStrategyItem;
  measuresStillLinked: string[];
}

export async function retireItem(
  store: Store,
  id: string,
  reason: string,
  change: CatalogueChange,
): Promise<Retirement> {
  if (reason.trim() === '')
    throw new UserError(
      'invalid-input',
      'reason: say why the item is retired, e.g. the plan ended in March 2018',
    );
  return store.db.transaction().execute(async (trx) => {
    const item = await itemNamed(trx, id);
    if (item.state === 'retired') throw new UserError('refused', `${id} is already retired`);
    const problem = retirementProblem(await listStrategyItems(trx), id);
    if (problem) throw new UserError('refused', problem);
    await retireStrategyItem(trx, id, change.at, reason.trim());
    const measures = await measuresLinkedTo(trx, id);
    await audit(
      trx,
      'strategy-item-retired',
      change,
      id,
      { state: 'active' },
      {
        state: 'retired',
        reason: reason.trim(),
        measuresStillLinked: measures,
      },
    );
    return {
      item: { ...item, state: 'retired', retiredAt: change.at, retiredReason: reason.trim() },
      measuresStillLinked: measures,
    };
  });
}

async function audit(
  db: Kysely<Database>,
  action: Extract<AuditAction, `strategy-item-${string}`>,
  change: CatalogueChange,
  objectId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await recordAuditEvent(db, {
    at: change.at,
    actor: change.by,
    action,
    objectType: 'strategy-item',
    objectId,
    before,
    after,
    ip: change.ip ?? null,
  });
}
