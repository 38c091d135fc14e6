/**
 * The dashboard reads and the save. A dashboard — its cards, their places and all their data — is
 * one request, keyed
 * under 'figures' so that a newly entered figure refreshes an open dashboard (see api/live.ts).
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Card, DashboardVersion } from '@domain/dashboards/card.js';
import type { DashboardView } from '../../../src/app/dashboards/types.js';
import { getJson, request } from '../api/client.js';
import { dashboardDataUrl, preloadedOr } from './preload.js';

export interface DashboardAnswer {
  dashboard: DashboardVersion;
  canEdit: boolean;
}

export interface DashboardListItem {
  id: string;
  title: string;
  kind: 'objective' | 'directorate' | 'service' | 'custom';
  cardCount: number;
  version: number;
  changedBy: string | null;
  changedAt: string | null;
  canEdit: boolean;
}

const path = (id: string) => `/api/v1/dashboards/${encodeURIComponent(id)}`;

export function useDashboardList(): UseQueryResult<DashboardListItem[]> {
  return useQuery({
    queryKey: ['dashboards'],
    queryFn: async () =>
      (await getJson<{ dashboards: DashboardListItem[] }>('/api/v1/dashboards')).dashboards,
  });
}

export function useDashboardData(
  id: string,
  filter: { period: string | undefined; area: string | undefined },
  enabled: boolean,
): UseQueryResult<DashboardView> {
  const client = useQueryClient();
  const url = dashboardDataUrl(id, filter);
  const key = ['figures', 'dashboard', url];
  return useQuery({
    queryKey: key,
    // The answer asked for as the address opened, the first time only: a refresh asks afresh.
    queryFn: () =>
      client.getQueryData(key) === undefined
        ? preloadedOr(url, () => getJson<DashboardView>(url))
        : getJson<DashboardView>(url),
    // While another period or ward loads, the cards stay as they were rather than blanking.
    placeholderData: (previous) => (previous?.dashboardId === id ? previous : undefined),
    enabled,
  });
}

export function useSaveDashboard(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (edit: { version: number; title: string; cards: Card[] }) =>
      request<DashboardAnswer>('PUT', path(id), edit),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['dashboards'], exact: true }),
        client.invalidateQueries({ queryKey: ['figures', 'dashboard'] }),
        client.invalidateQueries({ queryKey: ['dashboard-history', id] }),
      ]),
  });
}

export interface HistoryVersion {
  version: number;
  title: string;
  cardCount: number;
  changedBy: string;
  changedAt: string;
  changes: string[];
  cards: Card[];
}

export function useDashboardHistory(id: string): UseQueryResult<HistoryVersion[]> {
  return useQuery({
    queryKey: ['dashboard-history', id],
    queryFn: async () => (await getJson<{ versions: HistoryVersion[] }>(`${path(id)}/history`)).versions,
  });
}

export function useDashboard(id: string): UseQueryResult<DashboardAnswer> {
  return useQuery({ queryKey: ['dashboard', id], queryFn: () => getJson<DashboardAnswer>(path(id)) });
}

/** Brings an earlier version back as a new one: the history keeps every version. */
export function useRestoreDashboard(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (restore: { current: number; from: HistoryVersion }) =>
      request<DashboardAnswer>('PUT', path(id), {
        version: restore.current,
        title: restore.from.title,
        cards: restore.from.cards,
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['dashboards'], exact: true }),
        client.invalidateQueries({ queryKey: ['dashboard', id] }),
        client.invalidateQueries({ queryKey: ['dashboard-history', id] }),
        client.invalidateQueries({ queryKey: ['figures', 'dashboard'] }),
      ]),
  });
}

export function useCreateDashboard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (made: { title: string; copyFrom?: string }) =>
      request<DashboardAnswer>('POST', '/api/v1/dashboards', made),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dashboards'], exact: true }),
  });
}
