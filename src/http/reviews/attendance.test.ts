/** A meeting's attendance is kept whole: sending the list again changes an entry or removes one. */
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { insertReviewMeeting } from '../../store/reviews.js';
import { send, useCouncilServer } from '../test-server.js';

describe.each(DIALECTS)('changing a meeting’s attendance on %s', (dialect) => {
  const server = useCouncilServer(dialect);
  const put = (attendance: object[]) =>
    send(server.app, { method: 'PUT', url: '/api/v1/reviews/RM-1/attendance', payload: { attendance } });

  it('changes one attendee’s attendance and removes another', async () => {
    await insertReviewMeeting(server.database.store.db, {
      id: 'RM-1',
      forum: 'cabinet',
      orgUnitId: null,
      title: 'Cabinet: performance review, 2017/18-Q2',
      meetingDate: '2017-11-22',
      asAt: '2017/18-Q2',
      createdBy: 'test',
      createdAt: '2017-11-22T18:00:00.000Z',
    });
    const alex = { name: 'Alex Morgan', personId: 'P1', role: 'Strategic Director', attendance: 'present' };
    const sam = { name: 'Sam Okafor', personId: null, role: 'Cabinet Member', attendance: 'present' };
    expect((await put([alex, sam])).status).toBe(200);
    const changed = await put([{ ...alex, attendance: 'apologies' }]);
    expect(changed.status).toBe(200);
    expect(changed.body.attendance).toEqual([{ ...alex, attendance: 'apologies' }]);
  });

  it('refuses a list naming someone twice, and keeps the list as it was', async () => {
    const before = await send(server.app, { method: 'GET', url: '/api/v1/reviews/RM-1' });
    const twice = { name: 'Alex Morgan', personId: null, role: null, attendance: 'absent' };
    const refused = await put([twice, twice]);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/Alex Morgan is listed twice/);
    const after = await send(server.app, { method: 'GET', url: '/api/v1/reviews/RM-1' });
    expect(after.body.attendance).toEqual(before.body.attendance);
  });
});
