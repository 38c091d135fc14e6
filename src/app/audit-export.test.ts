import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './audit-export.js';

describe('the audit trail as CSV', () => {
  it('keeps text a stranger typed from running as a spreadsheet formula', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://evil.example","x")')).toBe(
      `'=HYPERLINK("http://evil.example","x")`,
    );
    expect(spreadsheetSafe('+44 1902 000000')).toBe(`'+44 1902 000000`);
    expect(spreadsheetSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(spreadsheetSafe('a.person@council.gov.uk')).toBe('a.person@council.gov.uk');
    expect(spreadsheetSafe(null)).toBe('');
  });
});
