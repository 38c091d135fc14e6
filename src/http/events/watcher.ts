/**
 * Watches the figures' fingerprint for the browsers listening on this server. It asks the
 * database (not this process's memory) once a second, and only while someone is listening, so
 * a change made through any server sharing the database reaches every open page.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../../store/connect.js';
import { figuresVersion } from '../../store/figures-version.js';

export type Listener = (version: string) => void;

export class FiguresWatcher {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private last: string | null = null;
  private checking = false;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly everyMs = 1000,
  ) {}

  current(): Promise<string> {
    return figuresVersion(this.store.db);
  }

  listen(listener: Listener, startingAt: string): () => void {
    this.listeners.add(listener);
    this.last ??= startingAt;
    if (!this.timer) {
      this.timer = setInterval(() => void this.check(), this.everyMs);
      this.timer.unref();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.last = null;
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const version = await this.current();
      if (version !== this.last) {
        this.last = version;
        for (const listener of this.listeners) listener(version);
      }
    } catch (error) {
      this.log.warn({ err: error }, 'could not read the figures version for live updates');
    } finally {
      this.checking = false;
    }
  }
}
