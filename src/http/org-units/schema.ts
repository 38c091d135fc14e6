import { z } from 'zod';
import { ORG_UNIT_KINDS, ROLES } from '../../domain/organisation.js';
import { oneOf, queryObject, requiredText } from '../query.js';

export const OrgUnitSchema = z
  .object({
    id: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    name: z.string(),
    parentId: z.string().nullable().describe('The unit above; null for the council'),
  })
  .meta({ id: 'OrgUnit' });

export const OrgUnitListQuery = queryObject({
  kind: oneOf(ORG_UNIT_KINDS).optional().describe('Only units of this kind'),
});

export const OrgUnitListSchema = z
  .object({
    orgUnits: z.array(OrgUnitSchema).describe('The tree as a flat list, every unit after its parent'),
  })
  .meta({ id: 'OrgUnitList' });

export const OrgUnitParams = z.object({ id: requiredText('DIR-PLACE') });

export const MemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    jobTitle: z.string(),
    email: z.string().nullable(),
    roles: z.array(z.enum(ROLES)).describe('The roles this person holds at this unit'),
  })
  .meta({ id: 'OrgUnitMember' });

export const OrgUnitDetailSchema = OrgUnitSchema.extend({
  ancestors: z.array(OrgUnitSchema).describe('From the council down to the parent'),
  children: z.array(OrgUnitSchema),
  people: z.array(MemberSchema).describe('People holding a role at this unit'),
}).meta({ id: 'OrgUnitDetail' });

export type OrgUnitBody = z.infer<typeof OrgUnitSchema>;
export type OrgUnitDetail = z.infer<typeof OrgUnitDetailSchema>;
export type OrgUnitMember = z.infer<typeof MemberSchema>;
