/**
 * The engine's verdicts on the council's figures: a scorecard of measures as at a period, one
 * measure with its wards, and the golden thread rolled up. Councillors, partners and the public
 * are judged on approved figures only, as the Cabinet papers are.
 */
import { canSeeMeasure, visibleStrategyItems } from '../../domain/access/scope.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import { RAG_LABELS } from '../../domain/status/labels.js';
import { asAtFor, measureReportWithWards, measureReports, threadStatus } from '../../app/status/index.js';
import { getMeasure, listMeasures } from '../../store/measures.js';
import { listOrgUnits } from '../../store/organisation.js';
import { subtreeOf } from '../../domain/access/roles.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import { summaryOf } from '../measures/summary.js';
import type { ResourceRoutes } from '../resource.js';
import type { ThreadNode } from '../../app/status/index.js';
import type { MeasureStatus, MeasureVerdicts } from '../../domain/engine/index.js';
import {
  type EngineStatusJson,
  MeasureStatusParams,
  MeasureStatusQuery,
  MeasureStatusSchema,
  ScorecardQuery,
  ScorecardSchema,
  ThreadQuery,
  ThreadSchema,
} from './schema.js';

/** The engine's plain objects, for a schema that lists a few of their fields and passes the rest. */
const asJson = (status: MeasureStatus | MeasureVerdicts) => status as unknown as EngineStatusJson;

const area = (a: { code: string; name: string; kind: string }) => ({
  code: a.code,
  name: a.name,
  kind: a.kind,
});

export const statusRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function statusRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);

    app.get(
      '/status/measures',
      {
        config: { access: 'public', tokenScope: 'measures' },
        schema: {
          tags: ['status'],
          summary: 'A scorecard: each measure the reader may see, judged as at a period',
          querystring: ScorecardQuery,
          response: {
            200: described('The measures and their status', ScorecardSchema),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const scope = await scopeFor(request, store);
        const { period, strategyItem, category, orgUnit } = request.query;
        let units: Set<string> | null = null;
        if (orgUnit !== undefined) {
          const all = await listOrgUnits(store.db);
          if (!all.some((u) => u.id === orgUnit))
            throw new UserError('not-found', `orgUnit: there is no organisation unit with id "${orgUnit}"`);
          units = subtreeOf(all, orgUnit);
        }
        const measures = (await listMeasures(store.db, { category, strategyItemId: strategyItem })).filter(
          (m: Measure) =>
            canSeeMeasure(scope, m) && (units === null || (m.orgUnitId !== null && units.has(m.orgUnitId))),
        );
        const asAt = await asAtFor(store, period);
        const reports = await measureReports(
          store,
          measures,
          { asAt, today: today(), approvedOnly: scope.approvedOnly },
          request.query.area,
        );
        return {
          asAt: asAt ?? null,
          approvedOnly: scope.approvedOnly,
          area: area(reports[0]?.area ?? { code: request.query.area ?? '', name: '', kind: '' }),
          rows: reports.map((r) => ({ measure: summaryOf(r.measure), status: asJson(r.status) })),
        };
      },
    );

    app.get(
      '/status/measures/:code',
      {
        config: { access: 'public', tokenScope: 'measures' },
        schema: {
          tags: ['status'],
          summary: "One measure's status for the authority and for each of its wards",
          params: MeasureStatusParams,
          querystring: MeasureStatusQuery,
          response: {
            200: described('The measure and its status', MeasureStatusSchema),
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const { code } = request.params;
        const scope = await scopeFor(request, store);
        const measure = await getMeasure(store.db, code);
        if (!measure || !canSeeMeasure(scope, measure))
          throw new UserError('not-found', `There is no measure with code "${code}"`);
        const asAt = await asAtFor(store, request.query.period);
        const { authority, wards } = await measureReportWithWards(store, measure, {
          asAt,
          today: today(),
          approvedOnly: scope.approvedOnly,
        });
        return {
          asAt: asAt ?? null,
          approvedOnly: scope.approvedOnly,
          measure: summaryOf(measure),
          authority: { area: area(authority.area), status: asJson(authority.status) },
          wards: wards.map((w) => ({ area: area(w.area), status: asJson(w.status) })),
        };
      },
    );

    app.get(
      '/status/thread',
      {
        config: { access: 'public', tokenScope: 'strategy' },
        schema: {
          tags: ['status'],
          summary: 'The golden thread with each item’s rolled-up status and counts by status',
          querystring: ThreadQuery,
          response: {
            200: described('The thread, from each plan down', ThreadSchema),
            ...errorResponses(400),
          },
        },
      },
      async (request) => {
        const scope = await scopeFor(request, store);
        const asAt = await asAtFor(store, request.query.period);
        const thread = await threadStatus(
          store,
          {
            canSeeMeasure: (m) => canSeeMeasure(scope, m),
            canSeeItem: (items) => {
              const visible = visibleStrategyItems(scope, items);
              return items.filter((i) => visible.has(i.id));
            },
          },
          { asAt, today: today(), approvedOnly: scope.approvedOnly },
        );
        const node = (n: ThreadNode): unknown => ({
          id: n.item.id,
          kind: n.item.kind,
          title: n.item.title,
          status: n.status,
          measureIds: n.measureIds,
          actionIds: n.actionIds,
          children: n.children.map(node),
        });
        const measures: Record<string, { title: string; status: string; meaning: string }> = {};
        for (const [id, verdicts] of thread.verdicts) {
          measures[id] = {
            title: thread.measures.get(id)!.title,
            status: verdicts.rag.status,
            meaning: RAG_LABELS[verdicts.rag.status].description,
          };
        }
        return {
          asAt: asAt ?? null,
          approvedOnly: scope.approvedOnly,
          roots: thread.roots.map(node) as never,
          measures,
        };
      },
    );
  };
