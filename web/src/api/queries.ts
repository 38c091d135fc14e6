/**
 * Each API read the app makes, as a react-query hook. Keys start with the resource, so that when
 * figures change (see live.ts) every read of figures and statuses is refreshed at once.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, getJson, query } from './client.js';
import type {
  ActionView,
  AppConfig,
  DataQuality,
  DueAnswer,
  FigureHistory,
  FigurePage,
  MeasureDetail,
  MeasureStatusAnswer,
  MeasureSummary,
  OrgUnit,
  Scorecard,
  Session,
  StrategyItem,
  Thread,
} from './types.js';

export const SESSION_KEY = ['session'] as const;

/** The signed-in account, or null when nobody is signed in (a 401 is an answer, not an error). */
export function useSession(): UseQueryResult<Session | null> {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await getJson<Session>('/api/v1/session');
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useAppConfig(): UseQueryResult<AppConfig> {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => getJson<AppConfig>('/app/config.json'),
    staleTime: Infinity,
  });
}

export interface ScorecardFilter {
  period?: string | undefined;
  orgUnit?: string | undefined;
  category?: string | undefined;
  strategyItem?: string | undefined;
  area?: string | undefined;
}

export function useScorecard(filter: ScorecardFilter, enabled = true): UseQueryResult<Scorecard> {
  const path = `/api/v1/status/measures${query({ ...filter })}`;
  return useQuery({
    queryKey: ['figures', 'scorecard', path],
    queryFn: () => getJson<Scorecard>(path),
    enabled,
  });
}

export function useThread(period: string | undefined, enabled = true): UseQueryResult<Thread> {
  const path = `/api/v1/status/thread${query({ period })}`;
  return useQuery({ queryKey: ['figures', 'thread', path], queryFn: () => getJson<Thread>(path), enabled });
}

export function useMeasureStatus(
  code: string,
  period: string | undefined,
  enabled = true,
): UseQueryResult<MeasureStatusAnswer> {
  const path = `/api/v1/status/measures/${encodeURIComponent(code)}${query({ period })}`;
  return useQuery({
    queryKey: ['figures', 'measure-status', path],
    queryFn: () => getJson<MeasureStatusAnswer>(path),
    enabled,
  });
}

export function useMeasure(code: string): UseQueryResult<MeasureDetail> {
  const path = `/api/v1/measures/${encodeURIComponent(code)}`;
  return useQuery({ queryKey: ['figures', 'measure', path], queryFn: () => getJson<MeasureDetail>(path) });
}

/** Every current figure of a measure for one area, following the pages to the end. */
export function useFigures(code: string, area: string | undefined): UseQueryResult<FigurePage['values']> {
  const first = `/api/v1/values${query({ measure: code, area, limit: '5000' })}`;
  return useQuery({
    queryKey: ['figures', 'values', first],
    queryFn: async () => {
      const all: FigurePage['values'] = [];
      let next: string | null = first;
      while (next) {
        const page: FigurePage = await getJson<FigurePage>(next);
        all.push(...page.values);
        next = page.next;
      }
      return all;
    },
  });
}

export function useFigureHistory(
  key: { measure: string; period: string; area: string } | null,
): UseQueryResult<FigureHistory> {
  const path = key ? `/api/v1/values/history${query(key)}` : '';
  return useQuery({
    queryKey: ['figures', 'history', path],
    queryFn: () => getJson<FigureHistory>(path),
    enabled: key !== null,
  });
}

export function useStrategy(): UseQueryResult<StrategyItem[]> {
  return useQuery({
    queryKey: ['strategy'],
    queryFn: async () => (await getJson<{ strategyItems: StrategyItem[] }>('/api/v1/strategy')).strategyItems,
    staleTime: 10 * 60_000,
  });
}

export function useOrgUnits(): UseQueryResult<OrgUnit[]> {
  return useQuery({
    queryKey: ['org-units'],
    queryFn: async () => (await getJson<{ orgUnits: OrgUnit[] }>('/api/v1/org-units')).orgUnits,
    staleTime: 10 * 60_000,
  });
}

export function useQuality(): UseQueryResult<DataQuality> {
  return useQuery({
    queryKey: ['figures', 'quality'],
    queryFn: () => getJson<DataQuality>('/api/v1/quality'),
  });
}

export function useDue(owner?: string): UseQueryResult<DueAnswer> {
  const path = `/api/v1/due${query({ owner })}`;
  return useQuery({ queryKey: ['figures', 'due', path], queryFn: () => getJson<DueAnswer>(path) });
}

export function useAreas(kind: 'ward' | 'authority'): UseQueryResult<{ code: string; name: string }[]> {
  return useQuery({
    queryKey: ['areas', kind],
    queryFn: async () =>
      (await getJson<{ areas: { code: string; name: string }[] }>(`/api/v1/areas?kind=${kind}`)).areas,
    staleTime: 60 * 60_000,
  });
}

export const useWards = () => useAreas('ward');

export function useMeasureList(): UseQueryResult<MeasureSummary[]> {
  return useQuery({
    queryKey: ['measures'],
    queryFn: async () => (await getJson<{ measures: MeasureSummary[] }>('/api/v1/measures')).measures,
    staleTime: 10 * 60_000,
  });
}

/** Key actions linked to a strategy item or a measure (a measure's recovery plan is among them). */
export function useActions(filter: {
  strategyItem?: string;
  measure?: string;
}): UseQueryResult<ActionView[]> {
  const path = `/api/v1/actions${query(filter)}`;
  return useQuery({
    queryKey: ['figures', 'actions', path],
    queryFn: async () => (await getJson<{ actions: ActionView[] }>(path)).actions,
  });
}
