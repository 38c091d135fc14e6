/** Customer insight: the complaints log with counts by cause, for the review step's learning. */
import { UserError } from '../../domain/errors.js';
import {
  complaintProblems,
  countByCause,
  type CauseCount,
  type Complaint,
} from '../../domain/pdrr/complaints.js';
import { listComplaints, saveComplaint } from '../../store/complaints.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits } from '../../store/organisation.js';
import { nextId, type Change } from './ids.js';

export interface ComplaintsLog {
  complaints: Complaint[];
  byCause: CauseCount[];
}

export async function complaintsLog(
  store: Store,
  filter: { from?: string | undefined; to?: string | undefined } = {},
  include: (c: Complaint) => boolean = () => true,
): Promise<ComplaintsLog> {
  const complaints = (
    await listComplaints(store.db, {
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    })
  ).filter(include);
  return { complaints, byCause: countByCause(complaints) };
}

export type ComplaintInput = Omit<Complaint, 'id'> & { id?: string | undefined };

async function check(store: Store, c: ComplaintInput): Promise<void> {
  const problems = complaintProblems(c);
  if (problems.length > 0) throw new UserError('invalid-input', problems[0]!);
  if (!(await listOrgUnits(store.db)).some((u) => u.id === c.orgUnitId))
    throw new UserError('invalid-input', `orgUnitId: there is no organisation unit with id "${c.orgUnitId}"`);
}

export async function recordComplaint(
  store: Store,
  input: ComplaintInput,
  change: Change,
): Promise<Complaint> {
  await check(store, input);
  const existing = await listComplaints(store.db);
  if (input.id !== undefined && existing.some((c) => c.id === input.id))
    throw new UserError('conflict', `id: a complaint "${input.id}" already exists`);
  const complaint: Complaint = {
    ...input,
    id:
      input.id ??
      nextId(
        existing.map((c) => c.id),
        'CMP',
      ),
  };
  await saveComplaint(store.db, complaint, change, true);
  return complaint;
}

export async function reviseComplaint(
  store: Store,
  id: string,
  patch: Partial<ComplaintInput>,
  change: Change,
): Promise<Complaint> {
  const current = (await listComplaints(store.db)).find((c) => c.id === id);
  if (!current) throw new UserError('not-found', `There is no complaint with id "${id}"`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'id'));
  const complaint: Complaint = { ...current, ...defined };
  await check(store, complaint);
  await saveComplaint(store.db, complaint, change, false);
  return complaint;
}
