/**
 * The catalogue's reads and changes for the administration pages: every measure (retired ones
 * too), a measure's targets with their history, and the changes to measures, targets and the
 * strategy tree. A change refreshes what it touches, so every page shows it at once.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { getJson, postJson, request } from '../../api/client.js';
import type { MeasureDetail, MeasureSummary, StrategyItem } from '../../api/types.js';

export interface TargetValues {
  value: number | null;
  lower: number | null;
  upper: number | null;
  tolerance: number | null;
}

export interface TargetVersion extends TargetValues {
  period: string;
  version: number;
  withdrawn: boolean;
  by: string;
  at: string;
  reason: string;
}

export interface MeasureTargets {
  measureId: string;
  periods: {
    period: string;
    current: (TargetValues & { period: string }) | null;
    versions: TargetVersion[];
  }[];
}

/** A measure as the form sends it: every field, blank text as null. */
export type MeasureBody = Omit<
  MeasureDetail,
  'targets' | 'latestCommentary' | 'state' | 'comparatorGroupId' | 'formula'
>;

const path = (code: string) => `/api/v1/measures/${encodeURIComponent(code)}`;

export function useCatalogue(): UseQueryResult<MeasureSummary[]> {
  return useQuery({
    queryKey: ['measures', 'catalogue'],
    queryFn: async () =>
      (await getJson<{ measures: MeasureSummary[] }>('/api/v1/measures?includeRetired=true')).measures,
  });
}

export function useTargets(code: string, enabled = true): UseQueryResult<MeasureTargets> {
  return useQuery({
    queryKey: ['figures', 'targets', code],
    queryFn: () => getJson<MeasureTargets>(`${path(code)}/targets`),
    enabled,
  });
}

/** After a change to a measure: the lists of measures and every read of its figures and status. */
function useRefresh() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['measures'] });
    await client.invalidateQueries({ queryKey: ['figures'] });
  };
}

export function useCreateMeasure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MeasureBody) => postJson<MeasureDetail>('/api/v1/measures', body),
    onSuccess: refresh,
  });
}

export function useEditMeasure(code: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Partial<MeasureBody> & { state?: string; reason?: string | null }) =>
      request<MeasureDetail>('PATCH', path(code), body),
    onSuccess: refresh,
  });
}

export function useSetTarget(code: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TargetValues & { period: string; reason: string }) =>
      request<MeasureTargets>('PUT', `${path(code)}/targets`, body),
    onSuccess: refresh,
  });
}

export function useWithdrawTarget(code: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { period: string; reason: string }) =>
      postJson<MeasureTargets>(`${path(code)}/targets/withdraw`, body),
    onSuccess: refresh,
  });
}

export interface StrategyItemBody {
  title: string;
  description: string | null;
  parentId: string | null;
  ownerId: string | null;
  orgUnitId: string | null;
}

/** After a change to the tree: the tree, and the thread's statuses that hang from it. */
function useRefreshTree() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['strategy'] });
    await client.invalidateQueries({ queryKey: ['figures'] });
  };
}

export function useCreateItem() {
  const refresh = useRefreshTree();
  return useMutation({
    mutationFn: (body: StrategyItemBody & { id: string; kind: string }) =>
      postJson<StrategyItem>('/api/v1/strategy', body),
    onSuccess: refresh,
  });
}

export function useEditItem(id: string) {
  const refresh = useRefreshTree();
  return useMutation({
    mutationFn: (body: Partial<StrategyItemBody>) =>
      request<StrategyItem>('PATCH', `/api/v1/strategy/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}

export function useRetireItem(id: string) {
  const refresh = useRefreshTree();
  return useMutation({
    mutationFn: (reason: string) =>
      postJson<{ measuresStillLinked: string[] }>(`/api/v1/strategy/${encodeURIComponent(id)}/retire`, {
        reason,
      }),
    onSuccess: refresh,
  });
}

/** The people who hold a role at a unit: the owners a form offers for it. */
export function useUnitPeople(
  unitId: string | null,
): UseQueryResult<{ id: string; name: string; jobTitle: string }[]> {
  return useQuery({
    queryKey: ['org-units', 'people', unitId],
    queryFn: async () =>
      (
        await getJson<{ people: { id: string; name: string; jobTitle: string }[] }>(
          `/api/v1/org-units/${encodeURIComponent(unitId ?? '')}`,
        )
      ).people,
    enabled: unitId !== null && unitId !== '',
    staleTime: 10 * 60_000,
  });
}
