/**
 * Arrays of numbers reused from one status to the next. A status for every measure reads every
 * figure, and a fresh array for each would be much of what the engine allocates. A reused array
 * holds numbers only, so that V8 keeps it as plain doubles (after one null every number read from
 * it would be boxed); a series with a gap gets an array of its own instead.
 *
 * Whatever reads one must be done with it before the next status is worked out: nothing may keep it.
 */
export class ReusedNumbers {
  private readonly array: number[] = [];

  /** The array, `length` long; the caller overwrites every entry. */
  take(length: number): number[] {
    const array = this.array;
    while (array.length < length) array.push(0);
    if (array.length > length) array.length = length;
    return array;
  }
}
