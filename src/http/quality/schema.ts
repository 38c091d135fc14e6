import { z } from 'zod';
import { METHODOLOGY_FIELDS } from '../../domain/quality/index.js';
import { queryObject, requiredText } from '../query.js';

const shareOf = (what: string) =>
  z.number().nullable().describe(`${what}, from 0 to 1; null where there is nothing to count`);

export const MeasureQualitySchema = z
  .object({
    measureId: z.string(),
    title: z.string(),
    orgUnitId: z.string().nullable(),
    expected: z.number().int().describe('Figures for the authority fallen due over the last four periods'),
    received: z.number().int(),
    onTime: z.number().int().describe('Of those received, how many arrived by their due date'),
    figures: z.number().int().describe('Current figures, every area'),
    flagged: z.number().int().describe('Current figures with a quality flag (validation warnings set one)'),
    completeness: shareOf('received / expected'),
    timeliness: shareOf('onTime / received'),
    warningShare: shareOf('flagged / figures'),
    methodologyMissing: z.array(z.enum(METHODOLOGY_FIELDS)).describe('Methodology fields left empty'),
    methodologyCompleteness: z.number(),
    lastUpdated: z.string().nullable(),
  })
  .meta({ id: 'MeasureQuality' });

export const DirectorateQualitySchema = z
  .object({
    directorateId: z.string().nullable(),
    name: z.string(),
    measures: z.number().int(),
    completeness: shareOf('Received over expected, summed over its measures'),
    timeliness: shareOf('On time over received'),
    warningShare: shareOf('Flagged over figures'),
    methodologyCompleteness: shareOf('Mean over its measures'),
    lastUpdated: z.string().nullable(),
  })
  .meta({ id: 'DirectorateQuality' });

export const DataQualitySchema = z
  .object({
    today: z.string(),
    measures: z.array(MeasureQualitySchema),
    directorates: z.array(DirectorateQualitySchema),
  })
  .meta({ id: 'DataQuality' });

export const DueQuery = queryObject({
  owner: requiredText('P1').optional().describe("Only this owner's measures (a person's id)"),
});

export const DueListSchema = z
  .object({
    today: z.string(),
    owners: z.array(
      z.object({
        ownerId: z.string().nullable(),
        ownerName: z.string(),
        figures: z.array(
          z.object({
            measureId: z.string(),
            title: z.string(),
            period: z.string(),
            dueDate: z.string(),
            state: z.enum(['due', 'late']),
            daysLate: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'DueList' });
