/** Says which period the figures on a page are judged as at, and lets the person change it. */
import { parsePeriod, periodLabel } from '@domain/period.js';
import { useLocation, useNavigate } from 'react-router';
import { LATEST, usePeriod } from '../api/period.js';
import { periodChoices } from '../scorecard/periods.js';

export function periodWords(period: string | undefined): string {
  if (!period) return 'each measure’s period due by today';
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.period) : period;
}

export function AsAt() {
  const { period } = usePeriod();
  const navigate = useNavigate();
  const location = useLocation();
  const choices = periodChoices([period]);
  const value = period ?? LATEST;
  const options =
    choices.some((c) => c.value === value) || value === LATEST
      ? choices
      : [{ value, text: value }, ...choices];
  return (
    <form className="as-at" onSubmit={(e) => e.preventDefault()}>
      <label className="label" htmlFor="as-at">
        Figures as at
      </label>
      <select
        className="select"
        id="as-at"
        value={value}
        onChange={(e) => {
          const next = new URLSearchParams(location.search);
          next.set('period', e.target.value);
          void navigate({ pathname: location.pathname, search: `?${next.toString()}` });
        }}
      >
        <option value={LATEST}>each measure’s period due by today</option>
        {options.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </form>
  );
}
