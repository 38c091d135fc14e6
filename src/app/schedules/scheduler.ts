/**
 * The scheduler the server runs: a round now, then one a minute, until stopped. Stopping waits for
 * the round in progress, so a server shutting down never leaves a report half-sent by its own hand
 * (a claim left by a crash is released when its lease ends).
 */
import { runRound, type Round, type RoundOptions } from './runner.js';
import type { Runner } from './runner-deps.js';

export interface SchedulerOptions extends RoundOptions {
  intervalMs?: number;
  /** Told about each round and about a round that failed; the scheduler carries on either way. */
  onRound?: (round: Round) => void;
  onError?: (error: unknown) => void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(runner: Runner, options: SchedulerOptions = {}): Scheduler {
  const interval = options.intervalMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const round = async () => {
    try {
      const result = await runRound(runner, options);
      options.onRound?.(result);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, interval);
    timer.unref();
  };
  running = round().then(schedule);

  return {
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
