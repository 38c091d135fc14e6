/**
 * The dashboard reads and the save. A dashboard — its cards, their places and all their data — is
 * one request, keyed
 * under 'figures' so that a newly entered figure refreshes an open dashboard (see api/live.ts).
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Card, DashboardVersion } from '@domain/dashboards/card.js';
import type { DashboardView } from '../../../src/app/dashboards/types.js';
import { getJson, query, request } from '../api/client.js';

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
  const url = `${path(id)}/data${query(filter)}`;
  return useQuery({
    queryKey: ['figures', 'dashboard', url],
    queryFn: () => getJson<DashboardView>(url),
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
      ]),
  });
}
