/**
 * The choices of the report download form: which levels need a unit (and which kind), and the
 * formats in words. The levels and their names come from the reports themselves.
 */
import {
  LEVEL_SUBJECT,
  REPORT_FORMATS,
  REPORT_LEVEL_LABELS,
  REPORT_LEVELS,
  type ReportFormat,
  type ReportLevel,
} from '../../../src/reports/levels.js';

export { REPORT_FORMATS, REPORT_LEVEL_LABELS, REPORT_LEVELS, type ReportFormat, type ReportLevel };

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  csv: 'CSV (figures only)',
  html: 'Web page (HTML)',
};

/** The kind of organisation unit a level's report is about; null when it needs none. */
export function unitKindOf(level: ReportLevel): 'directorate' | 'service' | 'team' | null {
  const subject = LEVEL_SUBJECT[level];
  return subject === 'council' || subject === 'person' ? null : subject;
}

export function isReportLevel(text: string | null): text is ReportLevel {
  return text !== null && (REPORT_LEVELS as readonly string[]).includes(text);
}

export function isReportFormat(text: string | null): text is ReportFormat {
  return text !== null && (REPORT_FORMATS as readonly string[]).includes(text);
}

/** The API address of one report. */
export function reportAddress(choice: {
  level: ReportLevel;
  period: string;
  format: ReportFormat;
  unit: string | null;
}): string {
  const search = new URLSearchParams({ level: choice.level, period: choice.period, format: choice.format });
  if (choice.unit) search.set('unit', choice.unit);
  return `/api/v1/reports?${search.toString()}`;
}
