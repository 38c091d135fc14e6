/**
 * Reminders to data owners: one email per owner listing the figures due soon or late (from
 * `dueByOwner`), each figure mentioned once per period and owner, ever. The email is written whole
 * and kept as a delivery, so it is sent, retried and shown like any report.
 */
import { parsePeriod, periodLabel } from '../../domain/period.js';
import { formatDate } from '../../domain/status/format.js';
import type { Store } from '../../store/connect.js';
import { addReminder, remindedAlready } from '../../store/deliveries.js';
import { listMeasures } from '../../store/measures.js';
import { listPeople } from '../../store/organisation.js';
import { dueByOwner, type OwnerDue } from '../values/data-quality.js';

export interface ReminderRound {
  /** Reminder emails made. */
  made: number;
  /** Figures owned by nobody, or by someone with no email address: the performance team's to chase. */
  unreachable: number;
}

const labelOf = (period: string) => {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.period) : period;
};

function reminderText(name: string, figures: OwnerDue['figures']): string {
  const late = figures.filter((f) => f.state === 'late');
  const due = figures.filter((f) => f.state === 'due');
  const line = (f: OwnerDue['figures'][number]) =>
    f.state === 'late'
      ? `- LATE: ${f.measureId} ${f.title}, ${labelOf(f.period)}: was due on ${formatDate(f.dueDate)}, ${f.daysLate} day${f.daysLate === 1 ? '' : 's'} ago`
      : `- DUE: ${f.measureId} ${f.title}, ${labelOf(f.period)}: due by ${formatDate(f.dueDate)}`;
  return [
    `Dear ${name},`,
    '',
    `You own measures in Golden Thread with figures ${late.length > 0 ? 'late or due soon' : 'due soon'}:`,
    '',
    ...late.map(line),
    ...due.map(line),
    '',
    'Please enter or import them, or tell the performance team why they will be late.',
    'You are reminded once about each figure.',
    '',
  ].join('\n');
}

/** Makes the reminder emails due on `today`; sending them is the runner's ordinary work. */
export async function makeReminders(store: Store, now: Date, today: string): Promise<ReminderRound> {
  const [owners, people] = await Promise.all([
    dueByOwner(store, await listMeasures(store.db), today),
    listPeople(store.db),
  ]);
  const emails = new Map(people.map((p) => [p.id, p.email]));
  let made = 0;
  let unreachable = 0;
  for (const owner of owners) {
    const email = owner.ownerId === null ? null : (emails.get(owner.ownerId) ?? null);
    if (owner.ownerId === null || email === null) {
      unreachable += owner.figures.length;
      continue;
    }
    const already = await remindedAlready(store.db, owner.ownerId, owner.figures);
    const fresh = owner.figures.filter((f) => !already.has(`${f.measureId}|${f.period}`));
    if (fresh.length === 0) continue;
    const at = now.toISOString();
    const late = fresh.filter((f) => f.state === 'late').length;
    const id = await addReminder(
      store.db,
      {
        kind: 'reminder',
        scheduleId: null,
        title: `Reminder to ${owner.ownerName}`,
        period: null,
        recipients: [email],
        scheduledFor: at,
        requestedBy: null,
        createdAt: at,
        subject: `Golden Thread: ${fresh.length} figure${fresh.length === 1 ? '' : 's'} to enter${late > 0 ? ` (${late} late)` : ''}`,
        body: reminderText(owner.ownerName, fresh),
      },
      owner.ownerId,
      fresh,
    );
    if (id !== null) made += 1;
  }
  return { made, unreachable };
}
