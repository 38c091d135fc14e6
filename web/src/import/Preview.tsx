/**
 * What a checked file would do: the counts, an error summary linking to each error's row in the
 * problems table, warnings, and a sample of the changes (old → new). The import button appears only
 * when there is something to import and nothing is wrong.
 */
import { ErrorSummary } from '../reviews/ErrorSummary.js';
import type { FigureChange, ImportAnswer, ImportProblem } from './api.js';

export interface Names {
  measure: (code: string) => string;
  area: (code: string) => string;
}

const number = (n: number) => n.toLocaleString('en-GB');
const figure = (n: number | null) => (n === null ? 'no figure' : number(n));
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;
const problemId = (i: number) => `import-problem-${i + 1}`;
const SUMMARISED = 10;

function Counts({ answer }: { answer: ImportAnswer }) {
  const f = answer.figures;
  const would = !answer.committed;
  const items: [string, number, string?][] = [
    [would ? 'New figures' : 'Figures added', f.created],
    [would ? 'Figures that would change' : 'Figures changed', f.changed],
    ['Figures unchanged', f.unchanged],
    ['Flagged by warnings', answer.flaggedFigures],
    ['Errors', answer.errors, answer.errors > 0 ? 'import-count--error' : undefined],
  ];
  return (
    <dl className="import-counts">
      {items.map(([label, n, modifier]) => (
        <div key={label} className={`import-count ${modifier ?? ''}`}>
          <dt>{label}</dt>
          <dd>{number(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Problems({ problems, total }: { problems: ImportProblem[]; total: number }) {
  if (problems.length === 0) return null;
  return (
    // Focusable, so that a keyboard can scroll it sideways on a narrow screen.
    <div className="table-wrap" role="region" aria-labelledby="import-problems-caption" tabIndex={0}>
      <table className="table">
        <caption id="import-problems-caption">
          Problems in the file
          {total > problems.length ? ` (the first ${number(problems.length)} of ${number(total)})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${i}-${p.text}`} id={problemId(i)} tabIndex={-1}>
              <td>
                <span
                  className={p.severity === 'error' ? 'import-severity--error' : 'import-severity--warning'}
                >
                  {p.severity === 'error' ? 'Error' : 'Warning'}
                </span>
              </td>
              <td className="num">{p.row ?? 'whole file'}</td>
              <td>{p.column ?? '—'}</td>
              <td>{p.value === null ? '—' : <code>{p.value}</code>}</td>
              <td>{p.message}</td>
              <td>{p.expected ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ answer, names }: { answer: ImportAnswer; names: Names }) {
  const rows: FigureChange[] = [...answer.samples.changed, ...answer.samples.created];
  if (rows.length === 0) return null;
  const shown = answer.samples.changed.length + answer.samples.created.length;
  const total = answer.figures.changed + answer.figures.created;
  return (
    <div className="table-wrap" role="region" aria-labelledby="import-changes-caption" tabIndex={0}>
      <table className="table">
        <caption id="import-changes-caption">
          {answer.committed ? 'Figures imported' : 'Figures it would add or change'}
          {total > shown ? ` (${number(shown)} of ${number(total)} shown)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Measure</th>
            <th scope="col">Period</th>
            <th scope="col">Area</th>
            <th scope="col" className="num">
              {answer.committed ? 'Was' : 'Now'}
            </th>
            <th scope="col" className="num">
              {answer.committed ? 'Is' : 'Would be'}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={`${c.measureId} ${c.period} ${c.areaCode}`}>
              <td className="num">{c.row}</td>
              <td>
                {c.measureId} <span className="muted">{names.measure(c.measureId)}</span>
              </td>
              <td>{c.period}</td>
              <td>{names.area(c.areaCode)}</td>
              <td className="num">{figure(c.before)}</td>
              <td className="num">
                <strong>{figure(c.after)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Preview({
  answer,
  names,
  busy,
  onImport,
}: {
  answer: ImportAnswer;
  names: Names;
  busy: boolean;
  onImport: () => void;
}) {
  const errors = answer.problems.filter((p) => p.severity === 'error');
  const warnings = answer.problems.filter((p) => p.severity === 'warning');
  const toImport = answer.figures.created + answer.figures.changed;
  return (
    <section aria-labelledby="preview-title" className="import-preview">
      {errors.length > 0 ? (
        <ErrorSummary
          id="import-errors"
          title={`${answer.file} cannot be imported: ${plural(answer.errors, 'error')}`}
          problems={errors.slice(0, SUMMARISED).map((p, i) => ({
            field: problemId(i),
            message:
              p.row === null
                ? p.text
                : `Row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.value === null ? '' : `“${p.value}” `}${p.message}`,
          }))}
        />
      ) : null}
      <h2 id="preview-title">What {answer.file} would do</h2>
      <p>
        {plural(answer.rows, 'row')} read
        {answer.skippedRows > 0 ? `, ${plural(answer.skippedRows, 'row')} passed over` : ''} with profile “
        {answer.profile}”{answer.readAs.length > 0 ? ` (${answer.readAs.join('; ')})` : ''}. Nothing has been
        written yet.
      </p>
      <Counts answer={answer} />
      {answer.earlierImports.length > 0 ? (
        <p className="notice">
          This file was imported before, by {answer.earlierImports[0]!.by} on{' '}
          {answer.earlierImports[0]!.at.slice(0, 10)}.
        </p>
      ) : null}
      {answer.errors > 0 ? (
        <p className="notice notice--warning">
          <strong>Nothing can be imported until the errors are fixed.</strong> Correct the file and check it
          again.
        </p>
      ) : null}
      {warnings.length > 0 && answer.errors === 0 ? (
        <p>
          {plural(answer.warnings, 'warning')}: the figures can be imported, and those flagged are marked for
          their owners to check.
        </p>
      ) : null}
      <Problems problems={answer.problems} total={answer.errors + answer.warnings} />
      <Changes answer={answer} names={names} />
      {answer.previewToken ? (
        <button type="button" className="button" disabled={busy} onClick={onImport}>
          Import {plural(toImport, 'figure')}
        </button>
      ) : answer.errors === 0 ? (
        <p className="notice">
          Nothing to import: every figure in the file already matches what is recorded.
        </p>
      ) : null}
    </section>
  );
}
