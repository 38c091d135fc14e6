/**
 * The reports Golden Thread writes: the six regular reporting levels of the framework's Diagram 5
 * (with Scrutiny Board beside Cabinet), the individual employee's page and the Leader's annual
 * report to stakeholders; and the formats each can be written in.
 */
export const REPORT_LEVELS = [
  'cabinet',
  'scrutiny',
  'directorate',
  'service-director',
  'head-of-service',
  'team-manager',
  'employee',
  'leader-annual',
] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export const REPORT_LEVEL_LABELS: Record<ReportLevel, string> = {
  cabinet: 'Cabinet quarterly performance report',
  scrutiny: 'Scrutiny Board quarterly performance report',
  directorate: 'Directorate performance overview',
  'service-director': 'Service Director performance report',
  'head-of-service': 'Head of Service performance report',
  'team-manager': 'Team performance report',
  employee: 'My objectives and performance',
  'leader-annual': "Leader's annual report to stakeholders",
};

/** What kind of organisation unit (or person) a level is about; null for the whole council. */
export const LEVEL_SUBJECT: Record<ReportLevel, 'council' | 'directorate' | 'service' | 'team' | 'person'> = {
  cabinet: 'council',
  scrutiny: 'council',
  directorate: 'directorate',
  'service-director': 'service',
  'head-of-service': 'service',
  'team-manager': 'team',
  employee: 'person',
  'leader-annual': 'council',
};

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportLevel(text: string): text is ReportLevel {
  return (REPORT_LEVELS as readonly string[]).includes(text);
}

export function isReportFormat(text: string): text is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(text);
}
