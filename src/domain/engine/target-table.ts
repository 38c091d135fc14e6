/**
 * Targets by the first month of their period: a small map that can be emptied and refilled for
 * each measure without allocating (clearing a Map costs more than judging the measure's figures).
 * A measure has a handful of targets, which are searched in turn; past a few dozen, a Map.
 */
import type { TargetInput } from './series.js';

const SEARCHED_IN_TURN = 32;

export class TargetTable {
  private readonly months: number[] = [];
  private readonly targets: TargetInput[] = [];
  private count = 0;
  private many: Map<number, TargetInput> | null = null;

  get size(): number {
    return this.many?.size ?? this.count;
  }

  clear(): void {
    this.count = 0;
    this.many = null;
  }

  /** As Map.set: a later target for the same month replaces the earlier. */
  set(month: number, target: TargetInput): void {
    if (this.many !== null) {
      this.many.set(month, target);
      return;
    }
    const i = this.indexOf(month);
    if (i >= 0) {
      this.targets[i] = target;
    } else if (this.count < SEARCHED_IN_TURN) {
      this.months[this.count] = month;
      this.targets[this.count] = target;
      this.count++;
    } else {
      this.many = new Map();
      for (let k = 0; k < this.count; k++) this.many.set(this.months[k]!, this.targets[k]!);
      this.many.set(month, target);
    }
  }

  get(month: number): TargetInput | undefined {
    if (this.many !== null) return this.many.get(month);
    const i = this.indexOf(month);
    return i >= 0 ? this.targets[i] : undefined;
  }

  private indexOf(month: number): number {
    for (let i = 0; i < this.count; i++) if (this.months[i] === month) return i;
    return -1;
  }
}
