/**
 * The worker thread that reads a large file while the main thread writes what it has read: the
 * two overlap, so an import costs little more than the database's own inserts. It sends a batch
 * only when the main thread has room for one (credits), so memory stays flat however far ahead
 * reading could run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatches, type ReadRequest } from './read-batches.js';
import type { WorkerMessage } from './worker-batches.js';

const port = parentPort!;
let credits = (workerData as { credits: number }).credits;
let wake: (() => void) | null = null;
port.on('message', (message: 'credit') => {
  if (message !== 'credit') return;
  credits += 1;
  wake?.();
  wake = null;
});

const send = (message: WorkerMessage) => port.postMessage(message);
try {
  for await (const batch of readBatches((workerData as { request: ReadRequest }).request)) {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits -= 1;
    send({ type: 'batch', batch });
  }
  send({ type: 'end' });
} catch (error) {
  send({ type: 'error', message: (error as Error).stack ?? String(error) });
}
port.close();
