/** Shared set-up for the schedule runner's tests: a small council whose data owner has an address. */
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import type { TestSmtpServer } from '../../../test/smtp-server.js';
import type { TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import type { Store } from '../../store/connect.js';
import { smtpMailer } from './mailer.js';
import { reportProducer, type ReportProducer } from './producer.js';
import type { Runner } from './runner-deps.js';

export const OWNER_EMAIL = 'alex.morgan@wolverhampton.example.org';

export async function councilWithOwnerEmail(t: TestDatabase): Promise<void> {
  const council = aSmallCouncil();
  council.people = council.people.map((p) => ({ ...p, email: OWNER_EMAIL }));
  await writeCouncilBundle(t.store.db, council, TEST_CHANGE);
}

export interface TestClock {
  now: Date;
  (): Date;
}

export function aClock(start: string): TestClock {
  const clock = (() => clock.now) as TestClock;
  clock.now = new Date(start);
  return clock;
}

export function aRunner(
  store: Store,
  smtpUrl: string | TestSmtpServer,
  clock: () => Date,
  name = 'runner-a',
  produce: ReportProducer = reportProducer,
): Runner {
  const url = typeof smtpUrl === 'string' ? smtpUrl : smtpUrl.url;
  return {
    store,
    mailer: smtpMailer({ url, from: 'Golden Thread <reports@wolverhampton.example.org>' }),
    produce,
    runnerId: name,
    clock,
  };
}
