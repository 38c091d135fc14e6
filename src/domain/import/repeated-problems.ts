/**
 * Problems that would repeat on many rows (an unknown measure code on every row of a measure) are
 * kept once, with the first row and how many rows had them.
 */
import { problem, type ImportProblem, type ProblemSeverity } from './problems.js';

interface Repeated {
  severity: ProblemSeverity;
  place: { file: string; row: number; column: string | null };
  message: string;
  value: string | null;
  expected: string | null;
  rows: number;
}

export class RepeatedProblems {
  private readonly seen = new Map<string, Repeated>();
  private errors = 0;

  add(
    severity: ProblemSeverity,
    place: { file: string; row: number; column: string | null },
    message: string,
    value: string | null,
    expected: string | null = null,
  ): void {
    const key = `${severity}\u0000${place.column}\u0000${value}\u0000${message}`;
    const found = this.seen.get(key);
    if (found) {
      found.rows += 1;
      return;
    }
    this.seen.set(key, { severity, place, message, value, expected, rows: 1 });
    if (severity === 'error') this.errors += 1;
  }

  get errorCount(): number {
    return this.errors;
  }

  problems(): ImportProblem[] {
    return [...this.seen.values()].map((r) => {
      const more =
        r.rows > 1
          ? ` (and on ${(r.rows - 1).toLocaleString('en-GB')} more row${r.rows > 2 ? 's' : ''})`
          : '';
      return problem(r.severity, r.place, `${r.message}${more}`, { value: r.value, expected: r.expected });
    });
  }
}
