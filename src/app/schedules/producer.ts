/**
 * What the runner asks for when a report falls due: a producer that builds the report for a level,
 * period and scope and writes it in a format. It is passed in, so the runner does not depend on how
 * reports are made; `reportProducer` is the real one, built on src/reports.
 */
import { buildReport, isReportFormat, renderReport } from '../../reports/index.js';
import type { Store } from '../../store/connect.js';

export interface ReportRun {
  level: string;
  /** Canonical period ("2017/18-Q2"). */
  period: string;
  orgUnitId: string | null;
  personId: string | null;
  format: string;
  /** Today's date (YYYY-MM-DD). */
  today: string;
  /** Only approved figures; false when the schedule sends unapproved figures marked provisional. */
  approvedOnly: boolean;
}

export interface ProducedReport {
  bytes: Uint8Array;
  mediaType: string;
  /** Without the dot: "pdf". */
  extension: string;
}

export type ReportProducer = (store: Store, run: ReportRun) => Promise<ProducedReport>;

/** The real producer: src/reports builds the document and writes it in the schedule's format. */
export const reportProducer: ReportProducer = async (store, run) => {
  if (!isReportFormat(run.format)) throw new Error(`"${run.format}" is not a report format`);
  const doc = await buildReport(store, {
    level: run.level,
    period: run.period,
    scope: { orgUnitId: run.orgUnitId, personId: run.personId, viewer: null },
    today: run.today,
    approvedOnly: run.approvedOnly,
  });
  const rendered = await renderReport(doc, run.format);
  return { bytes: rendered.bytes, mediaType: rendered.mediaType, extension: rendered.extension };
};
