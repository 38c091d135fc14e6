/**
 * The report download's query: level, period, format, the unit or person for a level below the
 * council, and whether the one-page infographic (SVG or PNG) is wanted instead of the pack.
 */
import { z } from 'zod';
import { INFOGRAPHIC_FORMATS, PNG_WIDTH_RANGE, REPORT_FORMATS, REPORT_LEVELS } from '../../reports/index.js';
import { oneOf, periodText, queryObject, requiredText, trueOrFalse } from '../query.js';

export const ReportQuery = queryObject({
  level: oneOf(REPORT_LEVELS).describe('The reporting level, after the framework’s Diagram 5'),
  period: periodText.describe('The period reported, e.g. 2017/18-Q2'),
  format: oneOf([...REPORT_FORMATS, ...INFOGRAPHIC_FORMATS])
    .optional()
    .describe(
      'The file format: pdf (the default), docx, xlsx, csv or html; svg (the default) or png with infographic=true',
    ),
  unit: requiredText('DIR-PLACE')
    .optional()
    .describe('The directorate, service or team a management report is about'),
  person: requiredText('P001').optional().describe('The employee whose page it is (by default, your own)'),
  provisional: trueOrFalse.describe(
    'Include figures not yet approved, marked provisional (council-wide reports use approved figures only by default)',
  ),
  infographic: trueOrFalse.describe('Send the one-page infographic of the report instead of the pack'),
  width: z
    .string({ error: 'must be given once' })
    .regex(/^\d+$/, { error: 'must be a whole number of pixels, e.g. 1600' })
    .transform(Number)
    .refine((n) => n >= PNG_WIDTH_RANGE.min && n <= PNG_WIDTH_RANGE.max, {
      error: `must be from ${PNG_WIDTH_RANGE.min} to ${PNG_WIDTH_RANGE.max} pixels`,
    })
    .optional()
    .describe('Width in pixels of a PNG infographic (default 800)'),
});
