/**
 * The period figures are judged as at: the one in the address (`?period=2017/18-Q2`), or the
 * council's default (the quarter of its latest figures). `latest` asks for the engine's own
 * default: each measure's period due by today.
 */
import { useSearchParams } from 'react-router';
import { query } from './client.js';
import { useAppConfig } from './queries.js';

export const LATEST = 'latest';

export function usePeriod(): { period: string | undefined; chosen: string | null; ready: boolean } {
  const [params] = useSearchParams();
  const config = useAppConfig();
  const chosen = params.get('period');
  if (chosen) return { period: chosen === LATEST ? undefined : chosen, chosen, ready: true };
  return { period: config.data?.defaultPeriod ?? undefined, chosen: null, ready: !config.isPending };
}

/** `?period=…` to carry a chosen period to another page; empty when the default applies. */
export function usePeriodQuery(): string {
  const { chosen } = usePeriod();
  return query({ period: chosen });
}
