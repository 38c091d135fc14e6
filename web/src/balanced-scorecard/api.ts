/** The balanced scorecard's reads and its one change, and the shapes the API gives. */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { RagShape, RagStatus } from '@domain/status/labels.js';
import { getJson, query, request } from '../api/client.js';

export interface ScorecardMeasure {
  id: string;
  title: string;
  category: string;
  unit: string;
  period: string | null;
  periodLabel: string | null;
  value: number | null;
  valueText: string | null;
  target: number | null;
  targetText: string | null;
  status: { status: RagStatus; word: string; shape: RagShape; symbol: string; sentence: string };
  direction: { direction: string; word: string; sentence: string };
}

export interface Perspective {
  name: string;
  description: string | null;
  counts: Record<RagStatus, number>;
  measures: ScorecardMeasure[];
}

export interface BalancedScorecard {
  asAt: string | null;
  approvedOnly: boolean;
  plan: { id: string; kind: string; title: string };
  setting: { version: number; changedBy: string; changedAt: string } | null;
  canEdit: boolean;
  perspectives: Perspective[];
  unplaced: Perspective | null;
  counts: Record<RagStatus, number>;
}

export interface PerspectiveChange {
  name: string;
  description: string | null;
  measures: string[];
}

const pathOf = (planId: string) => `/api/v1/balanced-scorecards/${encodeURIComponent(planId)}`;

export function useBalancedScorecard(
  planId: string | null,
  period: string | undefined,
  enabled: boolean,
): UseQueryResult<BalancedScorecard> {
  const path = planId === null ? '' : `${pathOf(planId)}${query({ period })}`;
  return useQuery({
    queryKey: ['figures', 'balanced-scorecard', path],
    queryFn: () => getJson<BalancedScorecard>(path),
    enabled: enabled && planId !== null,
  });
}

export function useSavePerspectives(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (perspectives: PerspectiveChange[]) =>
      request<BalancedScorecard>('PUT', `${pathOf(planId)}/perspectives`, { perspectives }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['figures', 'balanced-scorecard'] }),
  });
}
