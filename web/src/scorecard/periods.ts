/** The periods a person can judge the scorecard at: financial years and their quarters, newest first. */
import { parsePeriod } from '@domain/period.js';

/** The financial year (by its first calendar year) in which a period ends. */
function financialYearOf(text: string | null | undefined): number | null {
  if (!text) return null;
  const parsed = parsePeriod(text);
  if (!parsed.ok) return null;
  const lastMonth = parsed.period.startMonth + parsed.period.months - 1;
  const year = Math.floor(lastMonth / 12);
  return lastMonth % 12 >= 3 ? year : year - 1;
}

export function periodChoices(
  seen: readonly (string | null | undefined)[],
  years = 6,
): { value: string; text: string }[] {
  const found = seen.map(financialYearOf).filter((y): y is number => y !== null);
  if (found.length === 0) return [];
  const latest = Math.max(...found);
  const choices: { value: string; text: string }[] = [];
  for (let year = latest; year > latest - years; year -= 1) {
    const fy = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    for (let q = 4; q >= 1; q -= 1) choices.push({ value: `${fy}-Q${q}`, text: `${fy} quarter ${q}` });
    choices.push({ value: fy, text: `${fy} (whole year)` });
  }
  return choices;
}
