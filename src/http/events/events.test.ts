import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aValue, TEST_CHANGE } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { recordValue } from '../../store/values.js';
import { send, useCouncilServer } from '../test-server.js';

/** Reads server-sent events from a stream until `want` of them have arrived. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  want: number,
): Promise<{ event: string; data: string }[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: string }[] = [];
  let text = '';
  while (events.length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    const blocks = text.split('\n\n');
    text = blocks.pop() ?? '';
    for (const block of blocks) {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data !== undefined) events.push({ event, data });
    }
  }
  await reader.cancel();
  return events;
}

describe.each(DIALECTS)('live updates on %s', (dialect) => {
  const server = useCouncilServer(dialect);
  let base = '';
  beforeAll(async () => {
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const address = server.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => server.app.close());

  it('says where the figures stand, then figures-changed when a figure is recorded, by whatever route', async () => {
    const response = await fetch(`${base}/api/v1/events`, { headers: { cookie: server.admin.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const events = readEvents(response.body!, 2);
    // Written straight to the store, as an import or another server would: the stream still hears of it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await recordValue(server.database.store.db, aValue({ period: '2016/17-Q4', value: 61 }), TEST_CHANGE);
    const [first, second] = await events;
    expect(first!.event).toBe('figures-changed');
    expect(second!.event).toBe('figures-changed');
    expect(second!.data).not.toBe(first!.data);
  });

  it('answers once and closes when asked, and refuses anyone not signed in', async () => {
    const once = await send(server.app, { method: 'GET', url: '/api/v1/events?once=true' });
    expect(once.status).toBe(200);
    const publicAnswer = await send(server.app, { method: 'GET', url: '/api/v1/events?once=true', as: null });
    expect(publicAnswer.status).toBe(401);
  });
});
