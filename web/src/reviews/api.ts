/**
 * The Plan–Do–Review–Revise reads and writes the review pages make: meetings, decisions,
 * attendance, recovery plans and the risk register. Changes refresh the meeting and the measure's
 * decisions, so a decision recorded shows at once on the measure's page.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { AgendaKind, ReviewForum } from '@domain/pdrr/review.js';
import type { ReportingLevel } from '@domain/pdrr/levels.js';
import { getJson, postJson, query, request } from '../api/client.js';

export interface Meeting {
  id: string;
  forum: ReviewForum;
  orgUnitId: string | null;
  title: string;
  meetingDate: string;
  asAt: string;
  createdBy: string;
  createdAt: string;
}

export interface Decision {
  id: number;
  meetingId: string;
  text: string;
  measureId: string | null;
  actionId: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface Attendee {
  name: string;
  personId: string | null;
  role: string | null;
  attendance: 'present' | 'apologies' | 'absent';
}

export interface MeetingRecord {
  meeting: Meeting;
  pack: {
    id: number;
    takenAt: string;
    reportFile: string | null;
    recordedBy: string;
    content: Record<string, unknown>;
  } | null;
  packs: number;
  agenda: { kind: AgendaKind; subjectId: string; title: string; detail: string }[];
  decisions: Decision[];
  attendance: Attendee[];
}

export interface MeasureDecision extends Decision {
  meeting: Pick<Meeting, 'id' | 'forum' | 'title' | 'meetingDate' | 'asAt' | 'orgUnitId'>;
}

export interface RecoveryPlanReport {
  plan: {
    id: string;
    measureId: string;
    title: string;
    reviewDate: string;
    startLevel: ReportingLevel;
    status: 'open' | 'closed';
    escalations: {
      fromLevel: ReportingLevel;
      toLevel: ReportingLevel;
      detail: string;
      escalatedOn: string;
    }[];
  };
  measure: { id: string; title: string; orgUnitId: string | null };
  ownerName: string | null;
  checks: { period: string; expected: number; actual: number | null; onTrajectory: boolean | null }[];
  health: {
    level: ReportingLevel;
    onTrajectory: boolean | null;
    reviewOverdue: boolean;
    escalationDue: { fromLevel: ReportingLevel; toLevel: ReportingLevel; detail: string } | null;
    sentence: string;
  };
}

export interface RequiredPlans {
  asAt: string | null;
  periods: number;
  measures: {
    measure: { id: string; title: string; orgUnitId: string | null };
    period: string | null;
    reasons: string[];
    openPlanId: string | null;
    missing: boolean;
  }[];
}

export interface Risk {
  id: string;
  title: string;
  ownerName: string | null;
  inherentScore: number;
  inherentBand: string | null;
  residualLikelihood: number;
  residualImpact: number;
  residualScore: number;
  residualBand: string | null;
  reviewDate: string;
  reviewOverdue: boolean;
  status: string;
  /** The strategy items the risk threatens. */
  strategyItemIds: string[];
}

export interface RiskRegister {
  today: string;
  risks: Risk[];
  overdueReviews: string[];
}

export function useMeetings(): UseQueryResult<Meeting[]> {
  return useQuery({
    queryKey: ['reviews'],
    queryFn: async () => (await getJson<{ meetings: Meeting[] }>('/api/v1/reviews')).meetings,
  });
}

export function useMeeting(id: string): UseQueryResult<MeetingRecord> {
  return useQuery({
    queryKey: ['reviews', id],
    queryFn: () => getJson<MeetingRecord>(`/api/v1/reviews/${encodeURIComponent(id)}`),
  });
}

export function useMeasureDecisions(code: string): UseQueryResult<MeasureDecision[]> {
  return useQuery({
    queryKey: ['decisions', code],
    queryFn: async () =>
      (
        await getJson<{ decisions: MeasureDecision[] }>(
          `/api/v1/measures/${encodeURIComponent(code)}/decisions`,
        )
      ).decisions,
  });
}

export function useRecoveryPlans(period: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['figures', 'recovery-plans', period ?? ''],
    queryFn: () => getJson<{ plans: RecoveryPlanReport[] }>(`/api/v1/recovery-plans${query({ period })}`),
    enabled,
  });
}

export function useRequiredPlans(period: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['figures', 'recovery-plans-required', period ?? ''],
    queryFn: () => getJson<RequiredPlans>(`/api/v1/recovery-plans/required${query({ period })}`),
    enabled,
  });
}

export function useRiskRegister(enabled = true): UseQueryResult<RiskRegister> {
  return useQuery({ queryKey: ['risks'], queryFn: () => getJson<RiskRegister>('/api/v1/risks'), enabled });
}

export interface NewMeeting {
  forum: ReviewForum;
  orgUnitId: string | null;
  title?: string;
  meetingDate: string;
  asAt: string;
}

export function useNewMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMeeting) => postJson<MeetingRecord>('/api/v1/reviews', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews'] }),
  });
}

export function useRecordDecision(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; measureId: string | null }) =>
      postJson<Decision>(`/api/v1/reviews/${encodeURIComponent(meetingId)}/decisions`, body),
    onSuccess: async (decision) => {
      await client.invalidateQueries({ queryKey: ['reviews', meetingId] });
      if (decision.measureId) await client.invalidateQueries({ queryKey: ['decisions', decision.measureId] });
    },
  });
}

export function useRecordAttendance(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attendance: Attendee[]) =>
      request<unknown>('PUT', `/api/v1/reviews/${encodeURIComponent(meetingId)}/attendance`, { attendance }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews', meetingId] }),
  });
}
