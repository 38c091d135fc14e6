/**
 * A preview token ties an import to the dry run a person looked at: the file's SHA-256, the profile
 * and the counts shown. The import is refused if the file or profile differ, and undone if the
 * figures would come out otherwise, so what is imported is exactly what was seen. It is not a
 * secret: forging one only skips a look at the preview, never a rule.
 */
import type { ImportReport, OutcomeCounts } from '../../domain/import/index.js';

export interface PreviewToken {
  sha256: string;
  profile: string;
  figures: OutcomeCounts;
}

const FORM = /^v1\.([0-9a-f]{64})\.([a-z0-9-]{1,40})\.(\d{1,12})\.(\d{1,12})\.(\d{1,12})$/;

/** The token of a dry run that found no errors and something to import; null otherwise. */
export function previewTokenOf(report: ImportReport): string | null {
  const f = report.figures;
  const something = f.created + f.changed > 0 || report.newMeasures.length + report.newAreas.length > 0;
  if (report.mode !== 'dry-run' || report.errors > 0 || !something || report.sha256 === null) return null;
  return ['v1', report.sha256, report.profile, f.created, f.changed, f.unchanged].join('.');
}

export function readPreviewToken(text: string): PreviewToken | null {
  const m = FORM.exec(text);
  if (!m) return null;
  return {
    sha256: m[1]!,
    profile: m[2]!,
    figures: { created: Number(m[3]), changed: Number(m[4]), unchanged: Number(m[5]) },
  };
}
