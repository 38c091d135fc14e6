/**
 * A measure's commentary as it was said over time: each period commented on, newest first, with
 * every version of what was said about it, the current one first and the ones it replaced marked.
 */
import { comparePeriods, parsePeriod, period, periodLabel } from '../domain/period.js';
import type { Store } from '../store/connect.js';
import { commentaryHistory, type CommentaryVersion } from '../store/commentary.js';
import { listPeople } from '../store/organisation.js';
import { councilAreas } from './status/index.js';

export interface CommentaryEntry extends CommentaryVersion {
  authorName: string | null;
  superseded: boolean;
}

export interface CommentaryPeriod {
  period: string;
  periodLabel: string;
  /** Newest first. */
  versions: CommentaryEntry[];
}

export interface MeasureCommentaryHistory {
  area: { code: string; name: string } | null;
  periods: CommentaryPeriod[];
}

const labelOf = (text: string) => {
  const parsed = parsePeriod(text);
  return parsed.ok ? periodLabel(parsed.period) : text;
};

export async function measureCommentaryHistory(
  store: Store,
  measureId: string,
): Promise<MeasureCommentaryHistory> {
  const [versions, people, areas] = await Promise.all([
    commentaryHistory(store.db, measureId),
    listPeople(store.db),
    councilAreas(store),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byPeriod = new Map<string, CommentaryVersion[]>();
  for (const v of versions) byPeriod.set(v.period, [...(byPeriod.get(v.period) ?? []), v]);
  const periods = [...byPeriod.entries()].map(([text, list]) => {
    const newestFirst = [...list].sort((a, b) => b.version - a.version);
    return {
      period: text,
      periodLabel: labelOf(text),
      versions: newestFirst.map((v, i) => ({
        ...v,
        authorName: v.authorId === null ? null : (names.get(v.authorId) ?? null),
        superseded: i > 0,
      })),
    };
  });
  // Periods of different kinds do not sort as text, so the domain orders them; unreadable ones last.
  periods.sort((a, b) => {
    const pa = parsePeriod(a.period);
    const pb = parsePeriod(b.period);
    if (!pa.ok || !pb.ok) return Number(!pa.ok) - Number(!pb.ok);
    return comparePeriods(period(b.period), period(a.period));
  });
  const authority = areas.authority;
  return { area: authority ? { code: authority.code, name: authority.name } : null, periods };
}
