/**
 * The reads and writes of the key actions, objectives and complaints pages. A change refreshes
 * what shows it: an action's progress its list, its page and the thread; an objective's progress
 * the person's objectives; a complaint the log.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { ActionStatus } from '@domain/action.js';
import type { ComplaintCause, ComplaintOutcome } from '@domain/pdrr/complaints.js';
import type { StrategyKind } from '@domain/strategy.js';
import type { RagStatus } from '@domain/status/labels.js';
import { getJson, postJson, query } from '../api/client.js';

export interface KeyAction {
  id: string;
  title: string;
  responsibleOfficer: string;
  responsiblePersonId: string | null;
  anticipatedOutcome: string;
  proposedStartDate: string;
  proposedEndDate: string;
  othersInvolved: string | null;
  status: ActionStatus;
  percentComplete: number;
  progressNote: string | null;
  milestones: { title: string; dueDate: string; completedDate: string | null }[];
  strategyItemIds: string[];
  measureIds: string[];
  orgUnitId: string | null;
}

export interface ProgressUpdate {
  asOf: string;
  status: ActionStatus;
  percentComplete: number;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface KeyActionView {
  action: KeyAction;
  rag: { status: RagStatus; sentence: string };
  overdue: boolean;
  updates: ProgressUpdate[];
}

export interface KeyActionList {
  today: string;
  summary: {
    total: number;
    byRag: Record<string, number>;
    overdue: number;
    completed: number;
    meanPercentComplete: number | null;
  };
  actions: KeyActionView[];
}

export interface ActionFilter {
  strategyItem?: string | undefined;
  measure?: string | undefined;
  overdue?: 'true' | undefined;
}

export function useKeyActions(filter: ActionFilter): UseQueryResult<KeyActionList> {
  const path = `/api/v1/actions${query({ ...filter })}`;
  return useQuery({ queryKey: ['figures', 'actions', path], queryFn: () => getJson<KeyActionList>(path) });
}

export function useKeyAction(id: string): UseQueryResult<KeyActionView> {
  return useQuery({
    queryKey: ['figures', 'actions', 'one', id],
    queryFn: () => getJson<KeyActionView>(`/api/v1/actions/${encodeURIComponent(id)}`),
  });
}

export interface NewProgress {
  status: ActionStatus;
  percentComplete: number;
  note: string;
}

export function useRecordActionProgress(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProgress) =>
      postJson<KeyActionView>(`/api/v1/actions/${encodeURIComponent(id)}/progress`, body),
    onSuccess: async (view) => {
      client.setQueryData(['figures', 'actions', 'one', id], view);
      await client.invalidateQueries({ queryKey: ['figures', 'actions'] });
    },
  });
}

export interface Objective {
  id: string;
  title: string;
  description: string | null;
  parentId: string | null;
  orgUnitId: string | null;
  startDate: string | null;
  endDate: string | null;
  appraisalDate: string | null;
  successMeasure: string | null;
  percentComplete: number | null;
  progress: { asOf: string; percentComplete: number; note: string; recordedBy: string }[];
  thread: { id: string; kind: StrategyKind; title: string; orgUnitId: string | null }[];
}

export interface PersonObjectives {
  person: { id: string; name: string; jobTitle: string };
  objectives: Objective[];
}

/** One's own objectives (`personId` null) or a member of staff's. */
export function useObjectives(personId: string | null, enabled = true): UseQueryResult<PersonObjectives> {
  const path =
    personId === null
      ? '/api/v1/objectives/mine'
      : `/api/v1/people/${encodeURIComponent(personId)}/objectives`;
  return useQuery({
    queryKey: ['objectives', personId ?? 'mine'],
    queryFn: () => getJson<PersonObjectives>(path),
    enabled,
    retry: false,
  });
}

export function useRecordObjectiveProgress(objectiveId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { percentComplete: number; note: string }) =>
      postJson<PersonObjectives>(`/api/v1/objectives/${encodeURIComponent(objectiveId)}/progress`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['objectives'] }),
  });
}

export interface UnitMembers {
  id: string;
  name: string;
  people: { id: string; name: string; jobTitle: string }[];
}

export function useUnitMembers(unitId: string | null): UseQueryResult<UnitMembers> {
  return useQuery({
    queryKey: ['org-units', 'members', unitId],
    queryFn: () => getJson<UnitMembers>(`/api/v1/org-units/${encodeURIComponent(unitId ?? '')}`),
    enabled: unitId !== null,
  });
}

export interface Complaint {
  id: string;
  receivedOn: string;
  orgUnitId: string;
  cause: ComplaintCause;
  summary: string;
  outcome: ComplaintOutcome;
  respondedOn: string | null;
  learning: string | null;
}

export interface ComplaintsLog {
  complaints: Complaint[];
  byCause: { cause: ComplaintCause; received: number; upheld: number }[];
}

export function useComplaints(range: { from?: string | undefined; to?: string | undefined }) {
  const path = `/api/v1/complaints${query(range)}`;
  return useQuery({ queryKey: ['complaints', path], queryFn: () => getJson<ComplaintsLog>(path) });
}

export interface NewComplaint {
  receivedOn: string;
  orgUnitId: string;
  cause: ComplaintCause;
  summary: string;
  outcome: ComplaintOutcome;
  respondedOn: string | null;
  learning: string | null;
}

export function useLogComplaint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewComplaint) => postJson<Complaint>('/api/v1/complaints', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['complaints'] }),
  });
}
