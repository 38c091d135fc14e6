/**
 * Remembers which measure × period × area a file has already given, and on which row, so that a
 * figure given twice is reported. A file of a million rows must not need a million strings, so
 * each key is packed into one number (measure, area and period each numbered on first sight) and
 * kept in an open-addressing table of typed arrays: about 24 bytes a figure.
 */
import { PERIOD_KINDS, type Period } from '../period.js';

const AREA_BITS = 2 ** 17;
const PERIOD_BITS = 2 ** 19;
const MONTH_SPAN = 2 ** 16;
const EMPTY = -1;

export class FigureKeys {
  private readonly measures = new Map<string, number>();
  private readonly areas = new Map<string, number>();
  private keys = new Float64Array(1024).fill(EMPTY);
  private rows = new Int32Array(1024);
  private size = 0;
  /** Keys that do not pack (more than 131,072 measures or areas, or years beyond 5000). */
  private readonly overflow = new Map<string, number>();

  /** Records the key; returns the row that gave it before, or null the first time. */
  seen(measureId: string, areaCode: string, period: Period, row: number): number | null {
    const m = this.number(this.measures, measureId);
    const a = this.number(this.areas, areaCode);
    const month = period.startMonth;
    if (m >= AREA_BITS || a >= AREA_BITS || month < 0 || month >= MONTH_SPAN) {
      const key = `${measureId}\u0000${areaCode}\u0000${period.kind}\u0000${month}`;
      const before = this.overflow.get(key);
      if (before === undefined) this.overflow.set(key, row);
      return before ?? null;
    }
    const p = PERIOD_KINDS.indexOf(period.kind) * MONTH_SPAN + month;
    return this.insert((m * AREA_BITS + a) * PERIOD_BITS + p, row);
  }

  private number(names: Map<string, number>, name: string): number {
    let n = names.get(name);
    if (n === undefined) {
      n = names.size;
      names.set(name, n);
    }
    return n;
  }

  private slot(key: number, mask: number): number {
    const low = key % 4_294_967_296;
    const high = Math.floor(key / 4_294_967_296);
    return ((Math.imul(low | 0, 0x9e3779b1) ^ Math.imul(high | 0, 0x85ebca6b)) >>> 0) & mask;
  }

  private insert(key: number, row: number): number | null {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = this.slot(key, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === EMPTY) {
        this.keys[i] = key;
        this.rows[i] = row;
        this.size += 1;
        return null;
      }
      if (k === key) return this.rows[i]!;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i += 1) {
      if (oldKeys[i] !== EMPTY) this.insert(oldKeys[i]!, oldRows[i]!);
    }
  }
}
