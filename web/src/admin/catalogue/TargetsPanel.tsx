/**
 * A measure's targets: the one in force for each period, who set it, when and why, with its
 * earlier versions; a form to set or change one, and a way to withdraw one with a reason.
 */
import { useState, type FormEvent } from 'react';
import type { MeasureDetail } from '../../api/types.js';
import { TextField } from '../../forms/fields.js';
import { Loading, Problem } from '../../layout/Page.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { useSetTarget, useTargets, type MeasureTargets, type TargetValues } from './api.js';
import { WithdrawTarget } from './WithdrawTarget.js';
import { problemsFrom } from './words.js';

const TARGET_FIELDS: Record<string, string> = {
  period: 'target-period',
  value: 'target-value',
  lower: 'target-lower',
  upper: 'target-upper',
  tolerance: 'target-tolerance',
  reason: 'target-reason',
};

/** An example period of the kind the measure reports on. */
export function examplePeriod(m: Pick<MeasureDetail, 'frequency' | 'yearKind'>): string {
  if (m.frequency === 'monthly') return '2017-04';
  const year = { financial: '2017/18', calendar: '2017', academic: 'AY2017/18' }[m.yearKind] ?? '2017/18';
  if (m.frequency === 'annual') return year;
  return m.yearKind === 'calendar' ? '2017-Q2' : '2017/18-Q1';
}

const show = (n: number | null) => (n === null ? '' : String(n));

export function targetWords(t: TargetValues): string {
  const band = t.lower !== null && t.upper !== null ? `${t.lower} to ${t.upper}` : null;
  if (t.value !== null && band) return `${t.value} (band ${band})`;
  return band ?? (t.value === null ? 'None' : String(t.value));
}

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

export function TargetsPanel({ measure }: { measure: MeasureDetail }) {
  const targets = useTargets(measure.id);
  const [period, setPeriod] = useState('');
  const [values, setValues] = useState({ value: '', lower: '', upper: '', tolerance: '' });
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const save = useSetTarget(measure.id);
  const band = measure.polarity === 'within-band';
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.message ?? null;

  const change = (p: MeasureTargets['periods'][number]) => {
    setPeriod(p.period);
    const c = p.current;
    setValues({
      value: show(c?.value ?? null),
      lower: show(c?.lower ?? null),
      upper: show(c?.upper ?? null),
      tolerance: show(c?.tolerance ?? null),
    });
    setReason('');
    document.getElementById('target-period')?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    const num = (text: string, field: string): number | null => {
      if (text.trim() === '') return null;
      const n = Number(text.trim());
      if (!Number.isFinite(n))
        found.push({ field: TARGET_FIELDS[field]!, message: `Enter the ${field} as a number` });
      return Number.isFinite(n) ? n : null;
    };
    if (period.trim() === '')
      found.push({
        field: 'target-period',
        message: `Enter the period, for example ${examplePeriod(measure)}`,
      });
    if (reason.trim() === '') found.push({ field: 'target-reason', message: 'Say why the target is set' });
    const body = {
      period: period.trim(),
      value: num(values.value, 'value'),
      lower: num(values.lower, 'lower'),
      upper: num(values.upper, 'upper'),
      tolerance: num(values.tolerance, 'tolerance'),
      reason: reason.trim(),
    };
    setProblems(found);
    setDone(null);
    if (found.length > 0) return;
    try {
      await save.mutateAsync(body);
      setDone(`Target for ${body.period} set to ${targetWords(body)}.`);
      setPeriod('');
      setValues({ value: '', lower: '', upper: '', tolerance: '' });
      setReason('');
    } catch (error) {
      setProblems(problemsFrom(messageOf(error), TARGET_FIELDS));
    }
  };

  const box = (key: keyof typeof values, label: string, hint?: string) => (
    <TextField
      id={TARGET_FIELDS[key]!}
      label={label}
      hint={hint}
      value={values[key]}
      error={errorOf(TARGET_FIELDS[key]!)}
      inputMode="decimal"
      short
      onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
    />
  );

  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">Targets</h2>
      {done ? (
        <div className="notice notice--success" role="status">
          {done}
        </div>
      ) : null}
      {targets.isPending ? <Loading what="the targets" /> : null}
      {targets.error ? <Problem error={targets.error} /> : null}
      {targets.data && targets.data.periods.length === 0 ? <p>No targets have been set.</p> : null}
      {targets.data && targets.data.periods.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption>Targets by period, with who set each, when and why</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Target</th>
                <th scope="col">Tolerance</th>
                <th scope="col">Last change</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {targets.data.periods.map((p) => {
                const last = p.versions.at(-1)!;
                return (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td>{p.current ? targetWords(p.current) : 'Withdrawn'}</td>
                    <td>{p.current?.tolerance ?? 'The measure’s own'}</td>
                    <td>
                      {last.withdrawn ? 'Withdrawn' : `Version ${last.version}`} by {last.by}, {when(last.at)}
                      : {last.reason}
                      {p.versions.length > 1 ? (
                        <details>
                          <summary>Earlier versions ({p.versions.length - 1})</summary>
                          <ul className="history">
                            {p.versions.slice(0, -1).map((v) => (
                              <li key={v.version}>
                                {v.withdrawn ? 'Withdrawn' : targetWords(v)} by {v.by}, {when(v.at)}:{' '}
                                {v.reason}
                              </li>
                            ))}
                          </ul>
                        </details>
                      ) : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => change(p)}
                      >
                        {p.current ? 'Change' : 'Set again'}
                        <span className="visually-hidden"> the target for {p.period}</span>
                      </button>
                      {p.current ? (
                        <WithdrawTarget code={measure.id} period={p.period} onDone={setDone} />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      <h3>Set or change a target</h3>
      {measure.state === 'retired' ? (
        <p>A retired measure takes no new targets: reinstate it first.</p>
      ) : (
        <>
          <ErrorSummary id="target-errors" title="The target was not set" problems={problems} />
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <TextField
              id="target-period"
              label="Period"
              hint={`A period of the kind ${measure.id} reports, for example ${examplePeriod(measure)}`}
              value={period}
              error={errorOf('target-period')}
              short
              onChange={(e) => setPeriod(e.target.value)}
            />
            {band ? (
              <>
                {box('lower', 'Lower end of the band')}
                {box('upper', 'Upper end of the band')}
                {box('value', 'Target within the band (optional)')}
              </>
            ) : (
              box('value', 'Target', `In the measure’s unit (${measure.unit})`)
            )}
            {box('tolerance', 'Tolerance for this period (optional)', 'Leave empty to use the measure’s own')}
            <TextField
              id="target-reason"
              label="Why"
              hint="For example: agreed at Cabinet on 3 May 2017"
              value={reason}
              error={errorOf('target-reason')}
              onChange={(e) => setReason(e.target.value)}
            />
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Setting the target…' : 'Set the target'}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
