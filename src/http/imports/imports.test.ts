import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil } from '../../../test/factories.js';
import { importSnapshot } from '../../../test/import-fixtures.js';
import { multipartBody, type FormFile } from '../../../test/multipart.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import type { CouncilBundle } from '../../domain/council.js';
import { currentValues } from '../../store/values.js';
import { addTestAccount, send, signIn, useCouncilServer, type Browser } from '../test-server.js';
import { WEB_IMPORT_BYTES } from './schema.js';

const HEADER = 'measure,period,area_code,value,numerator,denominator,status,source';

/** The small council with a second directorate whose measure only some may see. */
function aCouncilOfTwoDirectorates(): CouncilBundle {
  const council = aSmallCouncil();
  return {
    ...council,
    orgUnits: [
      ...council.orgUnits,
      { id: 'DIR-PEOPLE', kind: 'directorate', name: 'People', parentId: 'COUNCIL' },
    ],
    measures: [
      ...council.measures,
      aMeasure({
        id: 'CP-ADU-01',
        title: 'Adults supported to live at home',
        unit: 'number',
        orgUnitId: 'DIR-PEOPLE',
        ownerId: null,
        strategyItemIds: [],
        isPublic: false,
      }),
    ],
  };
}

// The council holds CP-ECO-01 for 2016/17-Q1 (64.5) and Q2 (65.1) in Wolverhampton.
const GOOD = [
  HEADER,
  'CP-ECO-01,2016/17-Q1,E08000031,64.5,645,1000,final,APS extract',
  'CP-ECO-01,2016/17-Q2,E08000031,65.3,653,1000,final,APS extract',
  'CP-ECO-01,2016/17-Q3,E08000031,66,660,1000,provisional,APS extract',
].join('\n');

describe.each(DIALECTS)('importing figures over HTTP on %s', (dialect) => {
  const council = useCouncilServer(dialect, { council: aCouncilOfTwoDirectorates() });
  const as: Record<'officer' | 'owner' | 'ownerWhoSeesAll' | 'councillor', Browser> = {} as never;
  beforeAll(async () => {
    const store = council.database.store;
    const accounts = {
      officer: [{ role: 'performance-officer', orgUnitId: null }],
      owner: [{ role: 'data-owner', orgUnitId: 'DIR-PLACE' }],
      ownerWhoSeesAll: [
        { role: 'data-owner', orgUnitId: 'DIR-PLACE' },
        { role: 'cabinet-member', orgUnitId: null },
      ],
      councillor: [{ role: 'cabinet-member', orgUnitId: null }],
    } as const;
    for (const [name, grants] of Object.entries(accounts)) {
      await addTestAccount(store, { email: `${name}@example.org`, grants: [...grants] });
      as[name as keyof typeof as] = await signIn(council.app, `${name}@example.org`);
    }
  });

  const upload = (who: Browser | null, file: FormFile | null, fields: Record<string, string> = {}) =>
    send(council.app, { method: 'POST', url: '/api/v1/imports', as: who, ...multipartBody(fields, file) });
  const snapshot = () => importSnapshot(council.database.store);
  const figuresOf = async (measureId: string) =>
    (await currentValues(council.database.store.db, { measureIds: [measureId] })).map(
      (v) => `${v.period} ${v.value}`,
    );

  describe('a good file', () => {
    let token: string;

    it('is checked first: a dry run counts what would change, shows old → new, and writes nothing', async () => {
      const before = await snapshot();
      const answer = await upload(as.officer, { name: 'quarters.csv', content: GOOD });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body).toMatchObject({
        file: 'quarters.csv',
        mode: 'dry-run',
        profile: 'default',
        rows: 3,
        figures: { created: 1, changed: 1, unchanged: 1 },
        errors: 0,
        committed: false,
        byMeasure: [{ measureId: 'CP-ECO-01', created: 1, changed: 1, unchanged: 1 }],
      });
      expect((answer.body.samples as { changed: unknown[] }).changed).toEqual([
        {
          measureId: 'CP-ECO-01',
          period: '2016/17-Q2',
          areaCode: 'E08000031',
          row: 3,
          before: 65.1,
          after: 65.3,
        },
      ]);
      token = String(answer.body.previewToken);
      expect(token).toMatch(/^v1\.[0-9a-f]{64}\.default\.1\.1\.1$/);
      expect(await snapshot()).toEqual(before);
    });

    it('is then imported with its preview token, all of it, and answers what was written', async () => {
      const answer = await upload(
        as.officer,
        { name: 'quarters.csv', content: GOOD },
        {
          dryRun: 'false',
          previewToken: token,
        },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body).toMatchObject({
        mode: 'commit',
        committed: true,
        figures: { created: 1, changed: 1, unchanged: 1 },
        previewToken: null,
      });
      expect(answer.body.batchId).toEqual(expect.any(Number));
      expect(await figuresOf('CP-ECO-01')).toEqual(['2016/17-Q1 64.5', '2016/17-Q2 65.3', '2016/17-Q3 66']);
    });

    it('is listed among recent imports with who, when and what it did', async () => {
      const answer = await send(council.app, { method: 'GET', url: '/api/v1/imports', as: as.officer });
      expect(answer.status).toBe(200);
      expect((answer.body.imports as unknown[])[0]).toMatchObject({
        fileName: 'quarters.csv',
        by: 'officer@example.org',
        created: 1,
        changed: 1,
        unchanged: 1,
      });
      // A data owner sees only their own imports.
      const own = await send(council.app, { method: 'GET', url: '/api/v1/imports', as: as.owner });
      expect(own.body.imports).toEqual([]);
    });

    it('is not imported twice by the same token: the figures it would write are no longer those shown', async () => {
      const before = await snapshot();
      const answer = await upload(
        as.officer,
        { name: 'quarters.csv', content: GOOD },
        {
          dryRun: 'false',
          previewToken: token,
        },
      );
      expect(answer.status).toBe(409);
      expect(answer.body.error?.message).toMatch(/other figures than when it was checked/);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('writes nothing at all when someone changed a figure between the check and the import', async () => {
    const file = {
      name: 'q4.csv',
      content: `${HEADER}\nCP-ECO-01,2016/17-Q4,E08000031,67,670,1000,final,APS extract\nCP-ECO-01,2017/18-Q1,E08000031,68,680,1000,final,APS extract\n`,
    };
    const preview = await upload(as.officer, file);
    expect(preview.body.figures).toEqual({ created: 2, changed: 0, unchanged: 0 });
    const entered = await send(council.app, {
      method: 'POST',
      url: '/api/v1/values',
      as: as.officer,
      payload: {
        measure: 'CP-ECO-01',
        period: '2016/17-Q4',
        area: 'E08000031',
        value: 66.6,
        numerator: 666,
        denominator: 1000,
      },
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const before = await snapshot();
    const answer = await upload(as.officer, file, {
      dryRun: 'false',
      previewToken: String(preview.body.previewToken),
    });
    expect(answer.status).toBe(409);
    expect(await snapshot()).toEqual(before);
    expect(await figuresOf('CP-ECO-01')).not.toContain('2017/18-Q1 68');
  });

  describe('a file with errors', () => {
    const bad = {
      name: 'bad.csv',
      content: `${HEADER}\nCP-ECO-01,2016/17-Q3,E08000031,66.5,665,1000,final,APS extract\nCP-ECO-01,2017/18-Q2,E08000031,lots,,,final,APS extract\n`,
    };

    it('is shown with each error’s row, column, value and the form expected, and no preview token', async () => {
      const answer = await upload(as.officer, bad);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBe(1);
      expect(answer.body.previewToken).toBeNull();
      const [first] = answer.body.problems as {
        row: number;
        column: string;
        value: string;
        expected: string;
        text: string;
      }[];
      expect(first).toMatchObject({ severity: 'error', row: 3, column: 'value', value: 'lots' });
      expect(first!.expected).toMatch(/number/);
      expect(first!.text).toMatch(/^bad\.csv:3:value: value "lots"/);
    });

    it('is refused as an import, naming the first error, and nothing of it is written', async () => {
      const before = await snapshot();
      const sha = String((await upload(as.officer, bad)).body.sha256);
      const answer = await upload(as.officer, bad, {
        dryRun: 'false',
        previewToken: `v1.${sha}.default.1.0.0`,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(/^Nothing was imported: bad\.csv:3:value: value "lots"/);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('measures outside the person’s reach', () => {
    const both = {
      name: 'both.csv',
      content: `${HEADER}\nCP-ECO-01,2017/18-Q3,E08000031,70,700,1000,final,APS extract\nCP-ADU-01,2017/18-Q3,E08000031,412,,,final,APS extract\n`,
    };

    it('are errors naming the measure, as unknown when the person may not see it', async () => {
      const answer = await upload(as.owner, both);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBe(1);
      expect(answer.body.previewToken).toBeNull();
      expect((answer.body.problems as { text: string }[])[0]!.text).toMatch(
        /^both\.csv:3:measure: value "CP-ADU-01" is not a measure of this council/,
      );
    });

    it('are errors naming the measure as one whose figures the person may not enter when they see it', async () => {
      const answer = await upload(as.ownerWhoSeesAll, both);
      expect(answer.body.errors).toBe(1);
      const [first] = answer.body.problems as { row: number; value: string; message: string }[];
      expect(first).toMatchObject({ row: 3, value: 'CP-ADU-01' });
      expect(first!.message).toMatch(/CP-ADU-01, whose figures you may not enter/);
    });

    it('lets a data owner import their own measure’s figures', async () => {
      const own = {
        name: 'own.csv',
        content: `${HEADER}\nCP-ECO-01,2017/18-Q3,E08000031,70,700,1000,final,APS extract\n`,
      };
      const preview = await upload(as.owner, own);
      expect(preview.body.errors).toBe(0);
      const answer = await upload(as.owner, own, {
        dryRun: 'false',
        previewToken: String(preview.body.previewToken),
      });
      expect(answer.body.committed).toBe(true);
      expect(await figuresOf('CP-ECO-01')).toContain('2017/18-Q3 70');
    });

    it('refuses someone who enters no figures at all', async () => {
      const answer = await upload(as.councillor, both);
      expect(answer.status).toBe(403);
      expect(answer.body.error?.message).toMatch(/Only people who enter figures may import them/);
      const profiles = await send(council.app, {
        method: 'GET',
        url: '/api/v1/import-profiles',
        as: as.councillor,
      });
      expect(profiles.status).toBe(403);
    });
  });

  describe('the import is refused, writing nothing,', () => {
    it('for a file larger than the web import takes, with the limit named (413)', async () => {
      const before = await snapshot();
      const line = 'CP-ECO-01,2016/17-Q1,E08000031,64.5,645,1000,final,APS extract\n';
      const content = HEADER + '\n' + line.repeat(Math.ceil(WEB_IMPORT_BYTES / line.length) + 1);
      const answer = await upload(as.officer, { name: 'huge.csv', content });
      expect(answer.status).toBe(413);
      expect(answer.body.error?.message).toMatch(/larger than 20 MiB, the most the web import takes/);
      expect(await snapshot()).toEqual(before);
    });

    it('without a preview token, or with one for another file', async () => {
      const missing = await upload(as.officer, { name: 'quarters.csv', content: GOOD }, { dryRun: 'false' });
      expect(missing.status).toBe(400);
      expect(missing.body.error?.message).toMatch(/^previewToken: is required to import/);
      const other = await upload(
        as.officer,
        { name: 'quarters.csv', content: GOOD },
        {
          dryRun: 'false',
          previewToken: `v1.${'0'.repeat(64)}.default.1.0.0`,
        },
      );
      expect(other.status).toBe(409);
      expect(other.body.error?.message).toMatch(/is not the file that was checked/);
    });

    it('when the request is not a form with a file, or names a profile that does not exist', async () => {
      const json = await send(council.app, {
        method: 'POST',
        url: '/api/v1/imports',
        as: as.officer,
        payload: {},
      });
      expect(json.status).toBe(400);
      expect(json.body.error?.message).toMatch(/multipart\/form-data/);
      const noFile = await upload(as.officer, null, { profile: 'default' });
      expect(noFile.body.error?.message).toMatch(/^file: is required/);
      const profile = await upload(as.officer, { name: 'q.csv', content: GOOD }, { profile: 'nonesuch' });
      expect(profile.status).toBe(400);
      expect(profile.body.error?.message).toMatch(/^profile: There is no import profile "nonesuch"/);
      const field = await upload(as.officer, { name: 'q.csv', content: GOOD }, { dryRun: 'maybe' });
      expect(field.body.error?.message).toBe('dryRun: must be true or false');
    });

    it('for a workbook named .csv, saying what the file really is', async () => {
      const zip = Buffer.from('504b0304', 'hex');
      const answer = await upload(as.officer, {
        name: 'figures.csv',
        content: Buffer.concat([zip, Buffer.alloc(40)]),
      });
      expect(answer.status).toBe(200);
      expect((answer.body.problems as { message: string }[])[0]!.message).toMatch(/really an Excel workbook/);
    });
  });

  it('lists the import profiles to choose from', async () => {
    const answer = await send(council.app, { method: 'GET', url: '/api/v1/import-profiles', as: as.owner });
    expect(answer.status).toBe(200);
    const names = (answer.body.profiles as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['default', 'tidy', 'fingertips']));
  });

  afterAll(() => undefined);
});
