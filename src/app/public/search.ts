/**
 * Search of the public site: published measures (code, title, definition), wards and the
 * Corporate Plan's published items. Every word given must appear; nothing unpublished is searched.
 */
import type { Store } from '../../store/connect.js';
import { publishedMeasures, publishedStrategyItems } from './published.js';
import type { PublicSite } from './site.js';

export interface SearchHit {
  kind: 'measure' | 'ward' | 'plan';
  /** The measure's or ward's code, or the plan item's id. */
  code: string;
  title: string;
  description: string | null;
}

export const SEARCH_LIMIT = 50;

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
}

export async function searchPublicSite(store: Store, site: PublicSite, query: string): Promise<SearchHit[]> {
  const terms = words(query);
  if (terms.length === 0) return [];
  const matches = (...texts: (string | null)[]) => {
    const haystack = texts.filter(Boolean).join(' ').toLowerCase();
    return terms.every((t) => haystack.includes(t));
  };
  const [measures, items] = await Promise.all([publishedMeasures(store), publishedStrategyItems(store)]);
  const hits: SearchHit[] = [];
  for (const m of measures)
    if (matches(m.id, m.title, m.methodology.definition))
      hits.push({ kind: 'measure', code: m.id, title: m.title, description: m.methodology.definition });
  for (const w of site.wards)
    if (matches(w.code, w.name, 'ward'))
      hits.push({ kind: 'ward', code: w.code, title: w.name, description: null });
  for (const i of items)
    if (matches(i.title, i.description))
      hits.push({ kind: 'plan', code: i.id, title: i.title, description: i.description });
  return hits.slice(0, SEARCH_LIMIT);
}
