/**
 * New figures appear without a reload: the server sends `figures-changed` on /api/v1/events when
 * a figure is entered, signed off or imported (on any instance), and every open read of figures
 * and statuses is fetched again. EventSource reconnects by itself after a dropped connection.
 */
import type { QueryClient } from '@tanstack/react-query';

export const EVENTS_PATH = '/api/v1/events';

export function followFigureChanges(client: QueryClient): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(EVENTS_PATH, { withCredentials: true });
  let seen: string | null = null;
  source.addEventListener('figures-changed', (event) => {
    const version = (event as MessageEvent<string>).data;
    // The first event on (re)connection says where things stand; only a change needs a refresh.
    if (seen !== null && version !== seen) void client.invalidateQueries({ queryKey: ['figures'] });
    seen = version;
  });
  return () => source.close();
}
