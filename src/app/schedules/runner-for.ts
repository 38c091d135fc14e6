/** A runner for this process: the real mailer and report producer, named after the host and process. */
import { hostname } from 'node:os';
import type { Store } from '../../store/connect.js';
import { smtpMailer, type SmtpSettings } from './mailer.js';
import { reportProducer } from './producer.js';
import type { Runner } from './runner-deps.js';

export function processRunner(store: Store, smtp: SmtpSettings): Runner {
  return {
    store,
    mailer: smtpMailer(smtp),
    produce: reportProducer,
    runnerId: `${hostname()}:${process.pid}`,
    clock: () => new Date(),
  };
}
