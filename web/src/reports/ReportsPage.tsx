/**
 * Reports: choose the level, the period, the unit where the level is about one, and the format,
 * then download. The report is fetched first so that a refusal (no figures for the period, a unit
 * of the wrong kind) is shown in words on the page rather than as a broken download.
 * The choices are in the address, so a report can be bookmarked.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useAppConfig, useOrgUnits } from '../api/queries.js';
import { Page } from '../layout/Page.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { SelectField, TextField } from '../forms/fields.js';
import {
  FORMAT_LABELS,
  REPORT_FORMATS,
  REPORT_LEVEL_LABELS,
  REPORT_LEVELS,
  isReportFormat,
  isReportLevel,
  reportAddress,
  unitKindOf,
  type ReportFormat,
  type ReportLevel,
} from './choices.js';

interface Ready {
  url: string;
  fileName: string;
  type: string;
  bytes: number;
}

async function fetchReport(address: string): Promise<Blob & { fileName: string }> {
  const response = await fetch(address, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'unknown',
      body?.error?.message ?? `The report could not be written (the server answered ${response.status})`,
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'report';
  return Object.assign(await response.blob(), { fileName });
}

export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const config = useAppConfig();
  const units = useOrgUnits();
  const level: ReportLevel = isReportLevel(params.get('level'))
    ? (params.get('level') as ReportLevel)
    : 'cabinet';
  const format: ReportFormat = isReportFormat(params.get('format'))
    ? (params.get('format') as ReportFormat)
    : 'pdf';
  const [period, setPeriod] = useState(params.get('period') ?? '');
  const unit = params.get('unit') ?? '';
  const kind = unitKindOf(level);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState<Ready | null>(null);

  // The council's reporting period, once known, unless one was chosen.
  useEffect(() => {
    if (!period && config.data?.defaultPeriod) setPeriod(config.data.defaultPeriod);
  }, [config.data, period]);
  useEffect(() => () => (ready ? URL.revokeObjectURL(ready.url) : undefined), [ready]);

  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'level') next.delete('unit');
    setParams(next, { replace: true });
    setReady(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!period.trim())
      found.push({ field: 'report-period', message: 'Enter the period, for example 2017/18-Q2' });
    if (kind && !unit)
      found.push({ field: 'report-unit', message: `Choose the ${kind} the report is about` });
    setProblems(found);
    setReady(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const blob = await fetchReport(
        reportAddress({ level, period: period.trim(), format, unit: kind ? unit : null }),
      );
      setReady({
        url: URL.createObjectURL(blob),
        fileName: blob.fileName,
        type: blob.type,
        bytes: blob.size,
      });
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const choices = (units.data ?? [])
    .filter((u) => u.kind === kind)
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Page
      title="Reports"
      lead="Write a performance report for a reporting level and period, in the format you need."
    >
      <ErrorSummary id="report-errors" title="The report could not be written" problems={problems} />
      {ready ? (
        <div className="notice notice--success" role="status">
          <h2>Your report is ready</h2>
          <p>
            <a className="button" href={ready.url} download={ready.fileName}>
              Download {ready.fileName}
            </a>{' '}
            <span className="muted">({Math.max(1, Math.round(ready.bytes / 1024))} KB)</span>
          </p>
        </div>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="report-level"
          label="Reporting level"
          value={level}
          onChange={(e) => choose('level', e.target.value)}
          choices={REPORT_LEVELS.map((l) => ({ value: l, text: REPORT_LEVEL_LABELS[l] }))}
        />
        <TextField
          id="report-period"
          label="Period"
          hint="A quarter such as 2017/18-Q2, a month such as 2017-09, or a year such as 2017/18"
          short
          value={period}
          aria-invalid={problems.some((p) => p.field === 'report-period') || undefined}
          onChange={(e) => {
            setPeriod(e.target.value);
            setReady(null);
          }}
        />
        {kind ? (
          <SelectField
            id="report-unit"
            label={kind === 'directorate' ? 'Directorate' : kind === 'service' ? 'Service' : 'Team'}
            value={unit}
            aria-invalid={problems.some((p) => p.field === 'report-unit') || undefined}
            onChange={(e) => choose('unit', e.target.value)}
            choices={[
              { value: '', text: 'Choose one' },
              ...choices.map((u) => ({ value: u.id, text: u.name })),
            ]}
          />
        ) : null}
        <fieldset className="fieldset form-group">
          <legend className="label">Format</legend>
          {REPORT_FORMATS.map((f) => (
            <div className="radio" key={f}>
              <input
                type="radio"
                id={`report-format-${f}`}
                name="format"
                value={f}
                checked={format === f}
                onChange={() => choose('format', f)}
              />
              <label htmlFor={`report-format-${f}`}>{FORMAT_LABELS[f]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Writing the report…' : 'Write the report'}
        </button>
      </form>
    </Page>
  );
}
