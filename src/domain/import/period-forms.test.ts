import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, period, PERIOD_KINDS, periodContainingMonth, type Period } from '../period.js';
import { CANONICAL_READING, readPeriod, type PeriodReading } from './period-forms.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function read(text: string | number, reading: Partial<PeriodReading> = {}): string {
  const result = readPeriod(text, { ...CANONICAL_READING, ...reading });
  if (!result.ok) throw new Error(result.error);
  return formatPeriod(result.period);
}

const pad = (n: number) => String(n).padStart(2, '0');
const yy = (year: number) => pad(year % 100);

/** Every way a council might write this period, with the reading a profile would need for it. */
function councilForms(p: Period): { text: string | number; reading: Partial<PeriodReading> }[] {
  const year = Math.floor(p.startMonth / 12);
  const month = p.startMonth % 12;
  const canonical = { text: formatPeriod(p), reading: {} };
  switch (p.kind) {
    case 'month': {
      const name = MONTH_NAMES[month]!;
      const serial = (Date.UTC(year, month, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;
      const forms: { text: string | number; reading: Partial<PeriodReading> }[] = [
        canonical,
        { text: `${name} ${year}`, reading: {} },
        { text: `${name.slice(0, 3)} ${year}`, reading: {} },
        { text: `${year} ${name}`, reading: {} },
        { text: `15/${pad(month + 1)}/${year}`, reading: {} },
        { text: `${year}-${pad(month + 1)}-28`, reading: {} },
        { text: `1-${name.slice(0, 3)}-${year}`, reading: {} },
        { text: serial, reading: { dates: 'month' } },
        { text: String(serial), reading: { dates: 'month' } },
      ];
      if (year >= 1930 && year <= 2029) forms.push({ text: `${name.slice(0, 3)}-${yy(year)}`, reading: {} });
      return forms;
    }
    case 'financial-year':
      return [
        canonical,
        { text: `${year}-${yy(year + 1)}`, reading: { ambiguousDash: 'year' } },
        { text: `${year}/${year + 1}`, reading: {} },
        { text: `${year} to ${year + 1}`, reading: {} },
        { text: `FY${year}/${yy(year + 1)}`, reading: { yearSpan: 'academic' } },
        { text: `${year}`, reading: { bareYear: 'financial' } },
        { text: year, reading: { bareYear: 'financial' } },
      ];
    case 'academic-year':
      return [
        canonical,
        { text: `${year}/${yy(year + 1)}`, reading: { yearSpan: 'academic' } },
        { text: `${year}-${yy(year + 1)}`, reading: { yearSpan: 'academic', ambiguousDash: 'year' } },
        { text: `Academic year ${year}/${yy(year + 1)}`, reading: {} },
        { text: `${year}`, reading: { bareYear: 'academic' } },
      ];
    case 'financial-quarter': {
      const fy = month >= 3 ? year : year - 1;
      const q = Math.floor((p.startMonth - (fy * 12 + 3)) / 3) + 1;
      return [
        canonical,
        { text: `Q${q} ${fy}/${yy(fy + 1)}`, reading: {} },
        { text: `${fy}/${yy(fy + 1)} Q${q}`, reading: {} },
        { text: `Q${q} ${fy}-${yy(fy + 1)}`, reading: {} },
        { text: `Quarter ${q} ${fy}/${yy(fy + 1)}`, reading: {} },
      ];
    }
    case 'calendar-quarter': {
      const q = Math.floor(month / 3) + 1;
      return [canonical, { text: `Q${q} ${year}`, reading: {} }, { text: `${year} Q${q}`, reading: {} }];
    }
    case 'calendar-year':
      return [canonical, { text: year, reading: {} }];
  }
}

const anyPeriod = fc
  .tuple(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 1990 * 12, max: 2099 * 12 + 11 }))
  .map(([kind, month]) => periodContainingMonth(kind, month));

describe('reading periods as councils write them', () => {
  it('gives back the period from every council form of its canonical text', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        for (const form of councilForms(p))
          expect([form.text, read(form.text, form.reading)]).toEqual([form.text, formatPeriod(p)]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads each form the issue lists', () => {
    expect(read('2017-06')).toBe('2017-06');
    expect(read('Jun-17')).toBe('2017-06');
    expect(read('June 2017')).toBe('2017-06');
    expect(read('Sept 2017')).toBe('2017-09');
    expect(read('2017/18')).toBe('2017/18');
    expect(read('2017-18')).toBe('2017/18');
    expect(read('Q1 2017/18')).toBe('2017/18-Q1');
    expect(read('2017/18 Q1')).toBe('2017/18-Q1');
    expect(read('2017')).toBe('2017');
    expect(read('AY2017/18')).toBe('AY2017/18');
  });

  it('lets the profile say whether a bare year or a span of years is financial or academic', () => {
    expect(read('2017', { bareYear: 'financial' })).toBe('2017/18');
    expect(read('2017', { bareYear: 'academic' })).toBe('AY2017/18');
    expect(read('2017-18', { yearSpan: 'academic' })).toBe('AY2017/18');
    expect(read('2017/18', { yearSpan: 'academic' })).toBe('AY2017/18');
  });

  it('reads 2011-12 as December 2011 or as the year 2011/12, as the profile says', () => {
    expect(read('2011-12', { ambiguousDash: 'month' })).toBe('2011-12');
    expect(read('2011-12', { ambiguousDash: 'year' })).toBe('2011/12');
    expect(read('2017-06', { ambiguousDash: 'year' })).toBe('2017-06');
  });

  it('reads Excel date serials, as workbooks store dates, as the period containing the day', () => {
    // 42887 is 1 June 2017 in Excel's 1900 date system; 43190 is 31 March 2018.
    expect(read(42887)).toBe('2017-06');
    expect(read(43190, { dates: 'financial-year' })).toBe('2017/18');
    expect(read(43191, { dates: 'financial-quarter' })).toBe('2018/19-Q1');
    // Serial 60 is Excel's phantom 29 February 1900; 61 is 1 March 1900.
    expect(read(61)).toBe('1900-03');
  });

  it('refuses what is not a period, naming the forms it expected', () => {
    for (const bad of ['', 'Q5 2017', '2017/19', 'Juny 2017', '31/02/2017', 'last year', 0, 1e9]) {
      const result = readPeriod(bad, CANONICAL_READING);
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/expected a period such as 2017-06, Jun-17/);
    }
  });

  it('keeps canonical text to its canonical meaning under the canonical reading', () => {
    for (const text of ['2015-04', '2015/16-Q1', '2015/16', '2015-Q3', '2015', 'AY2015/16']) {
      expect(read(text)).toBe(formatPeriod(period(text)));
    }
  });
});
