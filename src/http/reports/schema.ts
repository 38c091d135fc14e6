/** The report download's query: level, period, format, and the unit or person for a level below the council. */
import { REPORT_FORMATS, REPORT_LEVELS } from '../../reports/index.js';
import { oneOf, periodText, queryObject, requiredText, trueOrFalse } from '../query.js';

export const ReportQuery = queryObject({
  level: oneOf(REPORT_LEVELS).describe('The reporting level, after the framework’s Diagram 5'),
  period: periodText.describe('The period reported, e.g. 2017/18-Q2'),
  format: oneOf(REPORT_FORMATS).default('pdf'),
  unit: requiredText('DIR-PLACE')
    .optional()
    .describe('The directorate, service or team a management report is about'),
  person: requiredText('P001').optional().describe('The employee whose page it is (by default, your own)'),
  provisional: trueOrFalse.describe(
    'Include figures not yet approved, marked provisional (council-wide reports use approved figures only by default)',
  ),
});
