/** What every public route shares: the store, the cache, the day, the links and the page frame. */
import type { Store } from '../../store/connect.js';
import { publicSite, type Judging, type PublicSite } from '../../app/public/site.js';
import { publicAsAt } from '../../app/public/as-at.js';
import { publishedMeasures } from '../../app/public/published.js';
import type { PageFrame } from '../../public/layout.js';
import { siteLinks, type SiteLinks } from '../../public/links.js';
import type { PublicCache } from './cache.js';
import type { PublicSiteOptions } from './options.js';

export interface PublicContext {
  store: Store;
  cache: PublicCache;
  options: PublicSiteOptions;
  links: SiteLinks;
  today: () => string;
  /** The council as the pages name it: read again when the data version changes. */
  site(): Promise<PublicSite>;
  /** Today, and the quarter the site judges as at (moves when newer figures are approved). */
  judging(): Promise<Judging>;
  frame(site: PublicSite): PageFrame;
}

export function publicContext(
  store: Store,
  cache: PublicCache,
  options: PublicSiteOptions,
  today: () => string,
): PublicContext {
  const links = siteLinks(options.basePath);
  // Both are worked out once per data version, not once per page made.
  let siteMemo: { version: string; site: Promise<PublicSite> } | null = null;
  let asAtMemo: { version: string; asAt: Promise<string | undefined> } | null = null;
  const site = async () => {
    const version = await cache.version();
    if (siteMemo?.version !== version) siteMemo = { version, site: publicSite(store) };
    return siteMemo.site;
  };
  return {
    store,
    cache,
    options,
    links,
    today,
    site,
    async judging() {
      const version = await cache.version();
      if (asAtMemo?.version !== version) {
        const asAt = site().then(async (s) =>
          s.authority ? publicAsAt(store, await publishedMeasures(store), s.authority.code) : undefined,
        );
        asAtMemo = { version, asAt };
      }
      return { today: today(), asAt: await asAtMemo.asAt };
    },
    frame: (site) => ({ councilName: site.councilName, links }),
  };
}

export const HTML = 'text/html; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
