/** The public API's parameters and answers, for validation and the OpenAPI document. */
import { z } from 'zod';
import { requiredText } from '../query.js';

export const PUBLIC_API_PREFIX = '/api/public/v1';

export const CodeParams = z.object({ code: requiredText('CP-ECO-01').max(100) });
export const WardParams = z.object({ code: requiredText('E05001321').max(20) });

const Column = z.object({
  name: z.string(),
  title: z.string(),
  datatype: z.enum(['string', 'decimal', 'integer', 'boolean', 'date']),
  description: z.string().optional(),
  unit: z.string().optional(),
});

export const PublicTableSchema = z
  .object({
    id: z.string().describe('The table’s id; its CSV is at /data/<id>.csv'),
    title: z.string(),
    description: z.string(),
    columns: z.array(Column),
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .describe(
        'One object per row, keyed by column name; `withheld` lists columns withheld as small numbers',
      ),
    suppressedMark: z.string(),
  })
  .meta({
    id: 'PublicTable',
    description: 'A public table: its columns (with datatypes and units) and rows',
  });

export const PublicMeasureSchema = z
  .looseObject({
    measure: z.looseObject({ code: z.string(), title: z.string() }),
    authority: z.object({ code: z.string(), name: z.string() }),
    status: z.looseObject({ rag: z.string(), ragWord: z.string(), period: z.string().nullable() }),
    trend: z.array(
      z.looseObject({ period: z.string(), value: z.number().nullable(), suppressed: z.boolean() }),
    ),
    benchmarks: z.array(z.unknown()),
    comparators: z.unknown(),
    wards: z.array(z.unknown()),
    lastUpdated: z.string().nullable(),
    nextUpdate: z.unknown(),
  })
  .meta({
    id: 'PublicMeasure',
    description: 'A published measure: status, trend, benchmarks, wards, methodology',
  });

export const PublicWardsSchema = z.object({
  authority: z.object({ code: z.string(), name: z.string() }).nullable(),
  wards: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const PublicPlanSchema = z
  .looseObject({ plans: z.array(z.unknown()), statuses: z.array(z.unknown()) })
  .meta({ id: 'PublicPlan', description: 'The Corporate Plan’s published items with statuses and counts' });
