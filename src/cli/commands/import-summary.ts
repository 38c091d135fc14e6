/** The text `golden-thread import` prints: what was (or would be) created, changed and left alone. */
import type { FigureChange, FigureOutcome, ImportReport } from '../../domain/import/index.js';

const SHOWN = 20;

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function show(value: number | null): string {
  return value === null ? 'no figure' : String(value);
}

function listed(report: ImportReport, outcome: FigureOutcome, title: string): string[] {
  const total = report.figures[outcome];
  if (total === 0) return [];
  const sample = report.samples[outcome].slice(0, SHOWN);
  const line = (c: FigureChange) => {
    const what = outcome === 'changed' ? `${show(c.before)} → ${show(c.after)}` : show(c.after);
    return `  ${c.measureId} ${c.period} ${c.areaCode}: ${what} (row ${c.row})`;
  };
  const more =
    total > sample.length ? [`  … and ${(total - sample.length).toLocaleString('en-GB')} more`] : [];
  return [`${title}:`, ...sample.map(line), ...more];
}

export function importSummary(report: ImportReport): string {
  const dry = report.mode === 'dry-run';
  // Only a committed import did anything; otherwise say what it would have done.
  const would = !report.committed;
  const f = report.figures;
  const lines: string[] = [];
  lines.push(
    dry
      ? `Dry run of ${report.file} with profile "${report.profile}": nothing has been written.`
      : `Import of ${report.file} with profile "${report.profile}".`,
  );
  if (report.readAs.length > 0) lines.push(`Read as ${report.readAs.join('; ')}.`);
  if (report.sha256) lines.push(`SHA-256 ${report.sha256}`);
  lines.push(`${count(report.rows, 'row')} read, ${count(report.skippedRows, 'row')} passed over.`);
  const verbs = would ? ['would create', 'would change', 'would leave'] : ['created', 'changed', 'left'];
  lines.push(
    `Figures: ${verbs[0]} ${f.created.toLocaleString('en-GB')}, ${verbs[1]} ${f.changed.toLocaleString('en-GB')}, ${verbs[2]} ${f.unchanged.toLocaleString('en-GB')} unchanged.`,
  );
  if (report.flaggedFigures > 0) {
    lines.push(
      `Validation: ${count(report.flaggedFigures, 'figure')} ${would ? 'would be' : 'were'} flagged with warnings (recorded against the versions a commit writes).`,
    );
  }
  const measures = Object.entries(report.byMeasure);
  if (measures.length > 1) {
    for (const [id, c] of measures.slice(0, SHOWN)) {
      lines.push(`  ${id}: ${c.created} created, ${c.changed} changed, ${c.unchanged} unchanged`);
    }
    if (measures.length > SHOWN) lines.push(`  … and ${count(measures.length - SHOWN, 'more measure')}`);
  }
  lines.push(...listed(report, 'changed', would ? 'Would change' : 'Changed'));
  lines.push(...listed(report, 'created', would ? 'Would create' : 'Created'));
  if (report.newMeasures.length > 0) {
    lines.push(
      `${would ? 'Would create' : 'Created'} ${count(report.newMeasures.length, 'measure')} (the profile allows it):`,
    );
    for (const m of report.newMeasures) lines.push(`  ${m.id} "${m.title}" (${m.unit}, ${m.frequency})`);
  }
  if (report.newAreas.length > 0) {
    lines.push(
      `${would ? 'Would create' : 'Created'} ${count(report.newAreas.length, 'area')} (the profile allows it):`,
    );
    for (const a of report.newAreas) lines.push(`  ${a.code} ${a.name} (${a.kind})`);
  }
  for (const e of report.earlierImports.slice(0, 3)) {
    lines.push(
      `The same file was imported before: batch ${e.batchId}, ${e.fileName}, by ${e.by} at ${e.at}.`,
    );
  }
  if (report.errors > 0) {
    lines.push(
      `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}: nothing was imported.`,
    );
  } else if (dry) {
    lines.push(
      f.created + f.changed > 0 || report.newMeasures.length > 0
        ? 'Run again with --commit to import it.'
        : 'Nothing to import: the figures already match.',
    );
  } else {
    lines.push(
      report.committed
        ? `Committed as import batch ${report.batchId}.`
        : 'Nothing imported: every figure already matches.',
    );
  }
  return `${lines.join('\n')}\n`;
}
