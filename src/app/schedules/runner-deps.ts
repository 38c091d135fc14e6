/** What a schedule runner works with: everything with a side effect is passed in. */
import type { Store } from '../../store/connect.js';
import type { Mailer } from './mailer.js';
import type { ReportProducer } from './producer.js';

export interface Runner {
  store: Store;
  mailer: Mailer;
  produce: ReportProducer;
  /** Names this runner in the claims it takes (host and process, say), for people reading the table. */
  runnerId: string;
  clock: () => Date;
}

/** How long a claim holds before another runner may take the delivery over. */
export const LEASE_MINUTES = 10;

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export const minutesAfter = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * 60_000);
