/** Dashboards: their definitions, an edit, and the data of every card in one answer. */
import { z } from 'zod';
import {
  CARD_KINDS,
  GRID_COLUMNS,
  MAX_CARD_HEIGHT,
  MAX_CARDS,
  MAX_TITLE_LENGTH,
} from '../../domain/dashboards/card.js';
import { gssCode, oneOf, periodText, queryObject, requiredText } from '../query.js';

const cell = (what: string, max: number) =>
  z
    .number({ error: `must be a whole number of grid cells (${what})` })
    .int({ error: `must be a whole number of grid cells (${what})` })
    .min(0, { error: `must be 0 or more (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });

const nullableText = (example: string) => requiredText(example).nullable();

export const CardSchema = z
  .strictObject(
    {
      id: requiredText('c1').max(40, { error: 'must be at most 40 characters' }),
      kind: oneOf(CARD_KINDS),
      measureId: nullableText('CP-ECO-01').describe('The measure, for measure cards; null for the others'),
      areaCode: gssCode
        .nullable()
        .describe('A ward, for headline, trend and SPC cards; null for the authority'),
      strategyItemId: nullableText('OB-ECO-JOBS').describe(
        'For status counts, actions and risks: a narrower item',
      ),
      title: z.string().max(MAX_TITLE_LENGTH).nullable().describe("Null for the measure's own title"),
      column: cell(`0 to ${GRID_COLUMNS - 1}`, GRID_COLUMNS - 1),
      row: cell('0 or more', 1000),
      width: cell(`1 to ${GRID_COLUMNS}`, GRID_COLUMNS),
      height: cell(`1 to ${MAX_CARD_HEIGHT}`, MAX_CARD_HEIGHT),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not part of a card; expected id, kind, measureId, areaCode, strategyItemId, title, column, row, width, height'
          : undefined,
    },
  )
  .meta({ id: 'DashboardCard' });

const ScopeSchema = z.object({ kind: z.enum(['strategy-item', 'org-unit']), id: z.string() });

export const DashboardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    ownerOrgUnitId: z.string().nullable(),
    scope: ScopeSchema,
    cards: z.array(CardSchema),
    version: z.number().int().describe('0 for a dashboard generated from the thread and not yet edited'),
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
  })
  .meta({ id: 'Dashboard' });

export const DashboardAnswerSchema = z.object({
  dashboard: DashboardSchema,
  canEdit: z.boolean().describe('Whether this reader may change and save it'),
});

export const DashboardListSchema = z.object({
  dashboards: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(['objective', 'directorate', 'service', 'custom']),
      scope: ScopeSchema,
      ownerOrgUnitId: z.string().nullable(),
      cardCount: z.number().int(),
      version: z.number().int(),
      changedBy: z.string().nullable(),
      changedAt: z.string().nullable(),
      canEdit: z.boolean(),
    }),
  ),
});

export const DashboardParams = z.object({ id: requiredText('objective-OB-ECO-JOBS') });

export const DashboardEditSchema = z
  .strictObject(
    {
      version: z
        .number({ error: 'is required: the version you started from, as GET gave it' })
        .int({ error: 'must be a whole number' }),
      title: requiredText('Jobs and skills').max(MAX_TITLE_LENGTH, {
        error: `must be at most ${MAX_TITLE_LENGTH} characters`,
      }),
      cards: z.array(CardSchema).max(MAX_CARDS, { error: `a dashboard holds at most ${MAX_CARDS} cards` }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not part of a dashboard edit; expected version, title, cards'
          : undefined,
    },
  )
  .meta({ id: 'DashboardEdit' });

export const DashboardDataQuery = queryObject({
  period: periodText
    .optional()
    .describe('Judge each card as at this period; by default each measure’s latest'),
  area: gssCode.optional().describe('A ward for the headline, trend and SPC cards; the authority by default'),
});

export const DashboardDataSchema = z
  .object({
    dashboardId: z.string(),
    asAt: z.string().nullable(),
    approvedOnly: z.boolean(),
    area: z.object({ code: z.string(), name: z.string() }),
    cards: z.array(
      z.looseObject({
        cardId: z.string(),
        kind: z.enum(CARD_KINDS),
        title: z.string(),
        notice: z.string().nullable(),
      }),
    ),
    wardGeometry: z.unknown().describe('The ward shapes (GeoJSON), when a card draws a ward map'),
    dashboard: DashboardSchema.describe('The cards and their places, so that one request draws the page'),
    canEdit: z.boolean(),
  })
  .meta({
    id: 'DashboardData',
    description: 'Each card with its figures, words, chart and table alternative',
  });

export const DashboardHistorySchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int().describe('0 for the dashboard as generated from the thread'),
      title: z.string(),
      cardCount: z.number().int(),
      changedBy: z.string(),
      changedAt: z.string(),
      changes: z.array(z.string()).describe('What this version changed, in words'),
      cards: z.array(CardSchema).describe('The cards of this version, to view it or bring it back'),
    }),
  ),
});

export const DashboardCreateSchema = z
  .strictObject(
    {
      title: requiredText('Burglary in the north wards').max(MAX_TITLE_LENGTH, {
        error: `must be at most ${MAX_TITLE_LENGTH} characters`,
      }),
      copyFrom: requiredText('objective-OB-COM-CHILDSAFE')
        .optional()
        .describe('A dashboard to copy (its cards, subject and owner); a blank one when left out'),
      ownerOrgUnitId: requiredText('DIR-PEOPLE')
        .optional()
        .describe('For a blank dashboard: the unit that owns it; by default your own unit, else the council'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not part of a new dashboard; expected title, copyFrom, ownerOrgUnitId'
          : undefined,
    },
  )
  .meta({ id: 'DashboardCreate' });
