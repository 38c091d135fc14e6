import { z } from 'zod';
import { AREA_GROUP_KINDS, AREA_KINDS } from '../../domain/area.js';
import { oneOf, queryObject } from '../query.js';

export const AreaSchema = z
  .object({
    code: z.string().describe('ONS GSS code, e.g. E08000031'),
    name: z.string(),
    kind: z.enum(AREA_KINDS),
    parentCode: z.string().nullable().describe('The area containing this one'),
  })
  .meta({ id: 'Area' });

export const AreaListQuery = queryObject({
  kind: oneOf(AREA_KINDS).optional().describe('Only areas of this kind, e.g. ward'),
});

export const AreaListSchema = z.object({ areas: z.array(AreaSchema) }).meta({ id: 'AreaList' });

export const AreaGroupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(AREA_GROUP_KINDS),
    memberCodes: z.array(z.string()).describe('GSS codes of the member areas'),
  })
  .meta({ id: 'AreaGroup' });

export const AreaGroupListQuery = queryObject({});

export const AreaGroupListSchema = z
  .object({ areaGroups: z.array(AreaGroupSchema) })
  .meta({ id: 'AreaGroupList' });

export type AreaBody = z.infer<typeof AreaSchema>;
export type AreaGroupBody = z.infer<typeof AreaGroupSchema>;
