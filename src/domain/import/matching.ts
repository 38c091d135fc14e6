/**
 * Finds the council's measure or area that a file's row names, the ways the profile allows, in
 * the profile's order. A name that fits two things is reported, never settled by a guess.
 */
import type { Area } from '../area.js';
import type { Measure } from '../measure.js';
import type { ImportProfile } from './profile.js';

export type Match<T> = { found: T } | { unknown: string } | { ambiguous: string };

/** Names compared as people write them: no case, single spaces, "&" as "and". */
export function looseName(text: string): string {
  return text.trim().toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ');
}

/** The Fingertips indicator a national reference names: "PHOF 2.06ii (Fingertips 90323)" → "90323". */
export function fingertipsId(reference: string | null): string | null {
  const m =
    reference === null ? null : /\bfingertips\s*(?:indicator\s*)?(?:id\s*)?[:#]?\s*(\d+)\b/i.exec(reference);
  return m ? m[1]! : null;
}

class Index<T> {
  private readonly entries = new Map<string, T[]>();
  add(key: string | null, item: T): void {
    if (key === null || key === '') return;
    const list = this.entries.get(key);
    if (list) list.push(item);
    else this.entries.set(key, [item]);
  }
  get(key: string): T[] {
    return this.entries.get(key) ?? [];
  }
}

export class MeasureFinder {
  private readonly byCode = new Map<string, Measure>();
  private readonly byTitle = new Index<Measure>();
  private readonly byReference = new Index<Measure>();
  private readonly byFingertips = new Index<Measure>();
  private readonly cache = new Map<string, Match<Measure>>();

  constructor(
    private readonly profile: ImportProfile,
    measures: readonly Measure[],
  ) {
    for (const m of measures) this.add(m);
  }

  /** Adds a measure created from the file, so that later rows find it. */
  add(m: Measure): void {
    this.byCode.set(m.id.toUpperCase(), m);
    this.byTitle.add(looseName(m.title), m);
    this.byReference.add(m.nationalReference === null ? null : looseName(m.nationalReference), m);
    this.byFingertips.add(fingertipsId(m.nationalReference), m);
    this.cache.clear();
  }

  byId(code: string): Measure | null {
    return this.byCode.get(code.toUpperCase()) ?? null;
  }

  find(key: string): Match<Measure> {
    let match = this.cache.get(key);
    if (!match) {
      match = this.look(key);
      this.cache.set(key, match);
    }
    return match;
  }

  private look(key: string): Match<Measure> {
    const mapped = this.profile.measures.map[key];
    if (mapped !== undefined) {
      const m = this.byId(mapped);
      return m
        ? { found: m }
        : { unknown: `is mapped by the profile to "${mapped}", which is not a measure` };
    }
    for (const how of this.profile.measures.match) {
      const found =
        how === 'code'
          ? [this.byId(key)].filter((m): m is Measure => m !== null)
          : how === 'title'
            ? this.byTitle.get(looseName(key))
            : how === 'national-reference'
              ? this.byReference.get(looseName(key))
              : this.byFingertips.get(key.trim());
      if (found.length === 1) return { found: found[0]! };
      if (found.length > 1) {
        return {
          ambiguous: `matches ${found.length} measures by ${how} (${found.map((m) => m.id).join(', ')})`,
        };
      }
    }
    return {
      unknown: `is not a measure of this council (looked for it by ${this.profile.measures.match.join(', ') || 'the profile map'})`,
    };
  }
}

export class AreaFinder {
  private readonly byCode = new Map<string, Area>();
  private readonly byName = new Index<Area>();
  private readonly cache = new Map<string, Match<Area>>();

  constructor(
    private readonly profile: ImportProfile,
    areas: readonly Area[],
  ) {
    for (const a of areas) this.add(a);
  }

  add(a: Area): void {
    this.byCode.set(a.code.toUpperCase(), a);
    this.byName.add(looseName(a.name), a);
    this.cache.clear();
  }

  byId(code: string): Area | null {
    return this.byCode.get(code.trim().toUpperCase()) ?? null;
  }

  /** `code` is the text of the area column, `name` that of the area name column. */
  find(code: string | null, name: string | null): Match<Area> {
    // Most files give only a code: cache by it alone, without building a key for every row.
    const key = name === null ? (code ?? '') : `${code ?? ''}\u0000${name}\u0000`;
    let match = this.cache.get(key);
    if (!match) {
      match = this.look(code, name);
      this.cache.set(key, match);
    }
    return match;
  }

  private look(code: string | null, name: string | null): Match<Area> {
    for (const text of [code, name]) {
      const mapped = text === null ? undefined : this.profile.areas.map[text];
      if (mapped === undefined) continue;
      const a = this.byId(mapped);
      return a ? { found: a } : { unknown: `is mapped by the profile to "${mapped}", which is not an area` };
    }
    for (const how of this.profile.areas.match) {
      if (how === 'code' && code !== null) {
        const a = this.byId(code);
        if (a) return { found: a };
      }
      const text = name ?? code;
      if (how === 'name' && text !== null) {
        const found = this.byName.get(looseName(text));
        if (found.length === 1) return { found: found[0]! };
        if (found.length > 1) {
          return {
            ambiguous: `is the name of ${found.length} areas (${found.map((a) => a.code).join(', ')}): give the GSS code`,
          };
        }
      }
    }
    return {
      unknown: `is not an area known to this council (looked for it by ${this.profile.areas.match.join(', ')})`,
    };
  }
}
