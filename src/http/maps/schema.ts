/** Ward maps: the shapes the wards are drawn with, and an administrator's upload of real boundaries. */
import { z } from 'zod';
import { requiredText } from '../query.js';

/** Large enough for a metropolitan borough's wards at full detail; a national file is refused. */
export const BOUNDARY_FILE_LIMIT = 8 * 1024 * 1024;

export const WardGeometrySchema = z
  .object({
    kind: z.enum(['hex', 'boundaries']).describe('A hex map (the default) or uploaded boundaries'),
    geojson: z
      .unknown()
      .describe('A GeoJSON FeatureCollection: one feature per ward, with properties code and name'),
    source: z.string().describe('Where the shapes came from, for a caption'),
  })
  .meta({ id: 'WardGeometry' });

export const BoundaryUploadSchema = z
  .strictObject(
    {
      geojson: z.unknown().describe('The GeoJSON FeatureCollection, as an object'),
      fileName: requiredText('wards-2013.geojson').max(200).optional(),
      codeProperty: requiredText('WD13CD')
        .max(100)
        .optional()
        .describe('The property holding GSS codes; found by itself when left out'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not part of an upload; expected geojson, fileName, codeProperty'
          : undefined,
    },
  )
  .meta({ id: 'WardBoundaryUpload' });

export const BoundaryResultSchema = z.object({
  wards: z.number().int().describe('How many wards now have a boundary'),
  codeProperty: z.string().describe('The property the ward codes were read from'),
});

export const WardMapHistorySchema = z
  .object({
    versions: z.array(
      z.object({
        kind: z.enum(['boundaries', 'hex']).describe('Boundaries uploaded, or the hex map put back'),
        fileName: z.string().nullable(),
        wards: z.number().int().describe('How many wards the upload drew; 0 for the hex map'),
        changedBy: z.string(),
        changedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'WardMapHistory' });
