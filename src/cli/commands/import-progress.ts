/**
 * A progress bar on standard error while a large file is imported, redrawn in place. Only on a
 * terminal: in a log or a pipe it would be noise, so there it says once what it is doing.
 */
import type { ImportProgress } from '../../app/import/import-file.js';
import type { Output } from '../output.js';

export const LARGE_FILE_BYTES = 5 * 1024 * 1024;
const WIDTH = 30;
const REDRAW_MS = 100;

export interface ProgressBar {
  update(progress: ImportProgress): void;
  done(): void;
}

export function progressBar(output: Output, terminal: NodeJS.WriteStream | null): ProgressBar {
  let last = 0;
  let drawn = false;
  let announced = false;
  return {
    update(p) {
      if (p.totalBytes < LARGE_FILE_BYTES) return;
      if (!terminal) {
        if (!announced) output.info(`Reading ${(p.totalBytes / 1024 / 1024).toFixed(0)} MiB…`);
        announced = true;
        return;
      }
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      const share = Math.min(1, p.bytes / p.totalBytes);
      const filled = Math.round(share * WIDTH);
      const label = p.phase === 'checking' ? 'checking' : `${p.rows.toLocaleString('en-GB')} rows`;
      terminal.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${label}   `,
      );
      drawn = true;
    },
    done() {
      if (drawn && terminal) terminal.write('\r\x1b[K');
    },
  };
}
