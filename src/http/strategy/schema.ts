import { z } from 'zod';
import { ROLLUP_RULES, STRATEGY_KINDS } from '../../domain/strategy.js';
import { MeasureSummarySchema } from '../measures/schema.js';
import { oneOf, queryObject, requiredText } from '../query.js';

export const StrategyItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(STRATEGY_KINDS),
    title: z.string(),
    description: z.string().nullable(),
    parentId: z
      .string()
      .nullable()
      .describe('The item this one links upward to; null for the Corporate Plan'),
    ownerId: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    rollupRule: z.enum(ROLLUP_RULES),
    weight: z.number(),
  })
  .meta({ id: 'StrategyItem' });

export const StrategyListQuery = queryObject({
  kind: oneOf(STRATEGY_KINDS).optional().describe('Only items of this kind'),
});

export const StrategyListSchema = z
  .object({
    strategyItems: z
      .array(StrategyItemSchema)
      .describe('The golden thread as a flat list, every item after its parent'),
  })
  .meta({ id: 'StrategyItemList' });

export const StrategyItemParams = z.object({ id: requiredText('OBJ-JOBS') });

export const StrategyItemDetailSchema = StrategyItemSchema.extend({
  ancestors: z
    .array(StrategyItemSchema)
    .describe('The thread upward, from the Corporate Plan down to the parent'),
  children: z.array(StrategyItemSchema),
  measures: z.array(MeasureSummarySchema).describe('Measures in use that evidence this item'),
}).meta({ id: 'StrategyItemDetail' });

export type StrategyItemDetail = z.infer<typeof StrategyItemDetailSchema>;
