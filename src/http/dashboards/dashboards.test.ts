import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { buildDemoCouncil } from '../../demo/index.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

const messageOf = (answer: JsonAnswer) => (answer.body.error as { message: string }).message;
const CHILDSAFE = 'objective-OB-COM-CHILDSAFE';

interface CardJson {
  id: string;
  kind: string;
  measureId: string | null;
  column: number;
  row: number;
  width: number;
  height: number;
  [key: string]: unknown;
}

describe.each(DIALECTS)('dashboards of the demo council on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: buildDemoCouncil() });
  const ask = (method: 'GET' | 'PUT', url: string, payload?: object, as?: Browser | null) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}), ...(as !== undefined ? { as } : {}) });
  const dashboard = async (id: string, as?: Browser | null) => {
    const answer = await ask('GET', `/api/v1/dashboards/${id}`, undefined, as);
    return answer.body as {
      dashboard: { version: number; title: string; cards: CardJson[] };
      canEdit: boolean;
    };
  };

  it('lists a thematic dashboard for each Corporate Plan objective and one for each service', async () => {
    const answer = await ask('GET', '/api/v1/dashboards');
    expect(answer.status).toBe(200);
    const list = answer.body.dashboards as { id: string; kind: string; cardCount: number }[];
    expect(list.filter((d) => d.kind === 'objective')).toHaveLength(18);
    expect(list.filter((d) => d.kind === 'service')).toHaveLength(12);
    expect(list.find((d) => d.id === CHILDSAFE)?.cardCount).toBe(20);
  });

  it('answers every card of a twenty-card dashboard in one request, each with words and a table', async () => {
    const answer = await ask('GET', `/api/v1/dashboards/${CHILDSAFE}/data?period=2017/18-Q2`);
    expect(answer.status).toBe(200);
    const cards = answer.body.cards as {
      kind: string;
      notice: string | null;
      chart: { description: string; table: { rows: unknown[] } } | null;
      headline: { status: string; sentence: string } | null;
      wards: { code: string; status: string }[] | null;
    }[];
    expect(cards).toHaveLength(20);
    for (const card of cards.filter((c) => c.kind === 'headline')) {
      expect(card.headline?.sentence).toMatch(/\w/);
      expect(card.chart?.table.rows.length).toBeGreaterThan(0);
    }
    const map = cards.find((c) => c.kind === 'ward-map')!;
    expect(map.wards).toHaveLength(20);
    expect(
      (answer.body.wardGeometry as { kind: string; geojson: { features: unknown[] } }).geojson.features,
    ).toHaveLength(20);
    for (const kind of ['trend', 'spc', 'comparators', 'status-counts', 'risks'])
      expect(cards.find((c) => c.kind === kind)?.chart?.description, kind).toMatch(/\w/);
  });

  it('judges headline cards for one ward when the reader picks a ward, where the measure is counted by ward', async () => {
    const answer = await ask('GET', `/api/v1/dashboards/objective-OB-ECO-JOBS/data?area=E05001324`);
    expect(answer.status).toBe(200);
    expect(answer.body.area).toEqual({ code: 'E05001324', name: 'Bushbury North' });
    type Shown = {
      kind: string;
      measureId: string;
      notice: string | null;
      headline: { areaName: string } | null;
    };
    const headlines = (answer.body.cards as Shown[]).filter((c) => c.kind === 'headline');
    expect(headlines.find((c) => c.measureId === 'CP-ECO-01')?.headline?.areaName).toBe('Bushbury North');
    // A measure not counted by ward keeps the authority's figure, and says so rather than showing a gap.
    const wardless = headlines.find((c) => c.headline?.areaName === 'City of Wolverhampton');
    expect(wardless?.notice).toMatch(/Not counted by ward: these are City of Wolverhampton’s figures/);
  });

  it('refuses a period, area or parameter it cannot read, naming it', async () => {
    const bad = await ask('GET', `/api/v1/dashboards/${CHILDSAFE}/data?period=2017-Q9`);
    expect(bad.status).toBe(400);
    expect(messageOf(bad)).toMatch(/^period: /);
    const england = await ask('GET', `/api/v1/dashboards/${CHILDSAFE}/data?area=E92000001`);
    expect(england.status).toBe(400);
    expect(messageOf(england)).toMatch(/area: "E92000001" is not City of Wolverhampton or one of its wards/);
    expect((await ask('GET', `/api/v1/dashboards/${CHILDSAFE}/data?perod=2017/18-Q2`)).status).toBe(400);
    expect((await ask('GET', '/api/v1/dashboards/objective-NOPE')).status).toBe(404);
  });

  it('saves an edit as a new version for everyone, and refuses a save over a newer version', async () => {
    const before = await dashboard('service-SVC-ECON');
    const cards = before.dashboard.cards.filter((c) => c.id !== before.dashboard.cards[0]!.id);
    const saved = await ask('PUT', '/api/v1/dashboards/service-SVC-ECON', {
      version: before.dashboard.version,
      title: 'City Economy at a glance',
      cards,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const after = await dashboard('service-SVC-ECON');
    expect(after.dashboard).toMatchObject({ title: 'City Economy at a glance', version: 1 });
    expect(after.dashboard.cards).toHaveLength(cards.length);
    const stale = await ask('PUT', '/api/v1/dashboards/service-SVC-ECON', {
      version: 0,
      title: 'Again',
      cards,
    });
    expect(stale.status).toBe(409);
    expect(messageOf(stale)).toMatch(
      /was saved by admin@example.org \(version 1\) after you opened version 0/,
    );
    const history = await ask('GET', '/api/v1/dashboards/service-SVC-ECON/history');
    expect(history.body.versions).toEqual([
      expect.objectContaining({ version: 0, changes: ['Generated from the golden thread'] }),
      expect.objectContaining({
        version: 1,
        title: 'City Economy at a glance',
        changedBy: 'admin@example.org',
        changes: [
          expect.stringMatching(/^Renamed from “.+” to “City Economy at a glance”$/),
          expect.stringMatching(/^Removed “.+”$/),
        ],
      }),
    ]);
  });

  it('names every problem with an edited dashboard at once, and saves nothing', async () => {
    const before = await dashboard('service-SVC-EDU');
    const first = before.dashboard.cards[0]!;
    const answer = await ask('PUT', '/api/v1/dashboards/service-SVC-EDU', {
      version: before.dashboard.version,
      title: 'Education',
      cards: [
        {
          ...first,
          id: 'x1',
          kind: 'headline',
          measureId: 'NO-SUCH',
          column: 0,
          row: 0,
          width: 1,
          height: 1,
        },
        {
          ...first,
          id: 'x2',
          kind: 'ward-map',
          measureId: 'CP-CYP-01',
          areaCode: null,
          column: 0,
          row: 0,
          width: 2,
          height: 2,
        },
      ],
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(
      /card "x1" \(Headline figure with sparkline\): there is no measure with code "NO-SUCH"/,
    );
    expect(messageOf(answer)).toMatch(/cards "x1" and "x2" overlap/);
    const shape = await ask('PUT', '/api/v1/dashboards/service-SVC-EDU', {
      version: 0,
      title: 'Education',
      cards: [{ ...first, kind: 'pie-chart' }],
    });
    expect(shape.status).toBe(400);
    expect(messageOf(shape)).toMatch(/kind/);
    expect((await dashboard('service-SVC-EDU')).dashboard.version).toBe(0);
  });

  it('lets a unit’s managers edit its dashboard but not another unit’s, and shows them only their units', async () => {
    await addTestAccount(server.database.store, {
      email: 'head-econ@example.org',
      grants: [{ role: 'head-of-service', orgUnitId: 'SVC-ECON' }],
    });
    const head = await signIn(server.app, 'head-econ@example.org');
    const own = await dashboard('service-SVC-ECON', head);
    expect(own.canEdit).toBe(true);
    expect((await ask('GET', '/api/v1/dashboards/service-SVC-CYP', undefined, head)).status).toBe(404);
    const objective = await dashboard(CHILDSAFE, head);
    expect(objective.canEdit).toBe(false);
    const refused = await ask(
      'PUT',
      `/api/v1/dashboards/${CHILDSAFE}`,
      { version: objective.dashboard.version, title: 'Mine now', cards: [] },
      head,
    );
    expect(refused.status).toBe(403);
    // A Corporate Plan objective is seen by all, but cards of measures outside the reader's scope show nothing.
    const data = await ask('GET', `/api/v1/dashboards/${CHILDSAFE}/data`, undefined, head);
    const notices = (data.body.cards as { kind: string; notice: string | null }[]).filter(
      (c) => c.kind === 'headline',
    );
    expect(notices.some((c) => /not one you may see/.test(c.notice ?? ''))).toBe(true);
    expect((await ask('GET', '/api/v1/dashboards', undefined, null)).status).toBe(401);
  });
});
