/**
 * The main thread's side of the reading worker: its batches as an async iterable, one credit
 * returned for each batch taken, the worker stopped when the import stops early.
 */
import { Worker } from 'node:worker_threads';
import type { ReadBatch, ReadRequest } from './read-batches.js';

export type WorkerMessage =
  { type: 'batch'; batch: ReadBatch } | { type: 'end' } | { type: 'error'; message: string };

/** Batches the worker may read ahead of the writer. */
const CREDITS = 4;

export async function* batchesFromWorker(request: ReadRequest): AsyncGenerator<ReadBatch> {
  const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), {
    workerData: { request, credits: CREDITS },
  });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const arrive = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    arrive();
  });
  worker.on('error', (error) => {
    failure = error;
    arrive();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !failure) failure = new Error(`the reading worker stopped (exit code ${code})`);
    arrive();
  });
  try {
    for (;;) {
      const message = queue.shift();
      if (!message) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.type === 'end') return;
      if (message.type === 'error') throw new Error(`Reading the file failed: ${message.message}`);
      worker.postMessage('credit');
      yield message.batch;
    }
  } finally {
    await worker.terminate();
  }
}
