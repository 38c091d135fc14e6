/**
 * The public pages, server-rendered and cached. An unknown or unpublished code gets the same
 * "Page not found" page with status 404, so the answer never says which codes exist.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { comparisonsView } from '../../app/public/comparisons-view.js';
import { measureView } from '../../app/public/measure-view.js';
import { planView } from '../../app/public/plan-view.js';
import { publishedMeasure, publishedMeasures } from '../../app/public/published.js';
import { publicSummaryOf } from '../../app/public/measure-summary.js';
import { searchPublicSite } from '../../app/public/search.js';
import { wardProfile } from '../../app/public/ward-view.js';
import { wardShapes } from '../../app/public/ward-shapes.js';
import { accessibilityPage } from '../../public/accessibility.js';
import { comparisonsPage } from '../../public/comparisons.js';
import { homePage } from '../../public/home.js';
import { measuresPage, wardsPage } from '../../public/lists.js';
import { measurePage } from '../../public/measure.js';
import {
  drawMeasureChart,
  drawWardMap,
  MEASURE_CHARTS,
  measureChartImages,
  type MeasureChart,
} from '../../public/charts.js';
import { notFoundPage } from '../../public/not-found.js';
import { openDataPage } from '../../public/open-data.js';
import { planPage } from '../../public/plan.js';
import { searchPage } from '../../public/search.js';
import { wardPage } from '../../public/ward.js';
import type { PublicSite } from '../../app/public/site.js';
import type { Answer } from './cache.js';
import { HTML, type PublicContext } from './context.js';

const PAGE = { schema: { hide: true }, config: { access: 'public' as const } };
const MAX_QUERY = 200;

type Make = (site: PublicSite) => Promise<string | null>;

export async function notFoundAnswer(ctx: PublicContext): Promise<Answer> {
  const site = await ctx.site();
  return { status: 404, type: HTML, body: notFoundPage(ctx.frame(site)) };
}

export function pageRoutes(app: FastifyInstance, ctx: PublicContext): void {
  const base = ctx.options.basePath;
  const page = (path: string, make: (request: FastifyRequest) => Make) =>
    app.get(path, PAGE, (request: FastifyRequest, reply: FastifyReply) =>
      ctx.cache.answer(request, reply, async () => {
        const site = await ctx.site();
        const body = await make(request)(site);
        return body === null ? notFoundAnswer(ctx) : { status: 200, type: HTML, body };
      }),
    );

  page(base === '' ? '/' : `${base}/`, () => async (site) => {
    const [plan, measures] = await Promise.all([
      planView(ctx.store, await ctx.judging()),
      publishedMeasures(ctx.store),
    ]);
    return homePage(ctx.frame(site), { plan, measureCount: measures.length, wardCount: site.wards.length });
  });
  page(
    `${base}/plan`,
    () => async (site) => planPage(ctx.frame(site), await planView(ctx.store, await ctx.judging())),
  );
  page(
    `${base}/measures`,
    () => async (site) =>
      measuresPage(ctx.frame(site), (await publishedMeasures(ctx.store)).map(publicSummaryOf)),
  );
  page(`${base}/measures/:code`, (request) => async (site) => {
    const { code } = request.params as { code: string };
    const measure = await publishedMeasure(ctx.store, code);
    if (!measure || !site.authority) return null;
    const view = await measureView(ctx.store, site, measure, await ctx.judging());
    return measurePage(
      ctx.frame(site),
      view,
      measureChartImages(view, (chart) => ctx.links.chart(measure.id, chart)),
    );
  });
  page(
    `${base}/wards`,
    () => async (site) => wardsPage(ctx.frame(site), site.wards, site.authority?.name ?? site.councilName),
  );
  app.get(`${base}/charts/measures/:code/:chart`, PAGE, (request, reply) =>
    ctx.cache.answer(request, reply, async () => {
      const { code, chart } = request.params as { code: string; chart: string };
      const name = chart.replace(/\.svg$/, '') as MeasureChart;
      const measure = await publishedMeasure(ctx.store, code);
      const site = await ctx.site();
      if (!measure || !site.authority || !chart.endsWith('.svg') || !MEASURE_CHARTS.includes(name))
        return notFoundAnswer(ctx);
      const view = await measureView(ctx.store, site, measure, await ctx.judging());
      const svg =
        name === 'map' ? drawWardMap(view, await wardShapes(ctx.store)) : drawMeasureChart(view, name);
      return svg === null
        ? notFoundAnswer(ctx)
        : { status: 200, type: 'image/svg+xml; charset=utf-8', body: svg };
    }),
  );
  page(`${base}/wards/:code`, (request) => async (site) => {
    const { code } = request.params as { code: string };
    const profile = await wardProfile(ctx.store, site, code);
    return profile ? wardPage(ctx.frame(site), profile) : null;
  });
  page(
    `${base}/comparisons`,
    () => async (site) =>
      comparisonsPage(
        ctx.frame(site),
        await comparisonsView(ctx.store, site, await ctx.judging()),
        site.authority?.name ?? site.councilName,
      ),
  );
  page(`${base}/search`, (request) => async (site) => {
    const raw = (request.query as { q?: unknown }).q;
    const q = (Array.isArray(raw) ? String(raw[0] ?? '') : typeof raw === 'string' ? raw : '').slice(
      0,
      MAX_QUERY,
    );
    return searchPage(ctx.frame(site), q, await searchPublicSite(ctx.store, site, q));
  });
  page(`${base}/accessibility`, () => async (site) => accessibilityPage(ctx.frame(site)));
  page(`${base}/open-data`, () => async (site) => openDataPage(ctx.frame(site)));
}
