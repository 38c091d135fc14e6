import { z } from 'zod';
import { COMPLAINT_CAUSES, COMPLAINT_OUTCOMES } from '../../domain/pdrr/complaints.js';
import { oneOf, queryObject } from '../query.js';
import {
  bodyObject,
  changeFields,
  dateField,
  idField,
  optionalTextField,
  textField,
} from '../actions/fields.js';

export const ComplaintSchema = z
  .object({
    id: z.string(),
    receivedOn: z.string(),
    orgUnitId: z.string(),
    cause: z.enum(COMPLAINT_CAUSES),
    summary: z.string(),
    outcome: z.enum(COMPLAINT_OUTCOMES),
    respondedOn: z.string().nullable(),
    learning: z.string().nullable().describe('What the service learned and changed'),
  })
  .meta({ id: 'Complaint' });

export const ComplaintsLogSchema = z
  .object({
    complaints: z.array(ComplaintSchema),
    byCause: z.array(
      z.object({ cause: z.enum(COMPLAINT_CAUSES), received: z.number().int(), upheld: z.number().int() }),
    ),
  })
  .meta({ id: 'ComplaintsLog' });

export const ComplaintsQuery = queryObject({
  from: dateField.optional().describe('Received on or after this date'),
  to: dateField.optional().describe('Received on or before this date'),
});

export const ComplaintParams = z.object({ id: idField('CMP-001') });

const fields = {
  receivedOn: dateField,
  orgUnitId: idField('TEAM-CUSTOMER'),
  cause: oneOf(COMPLAINT_CAUSES),
  summary: textField(2000, 'Bin not collected'),
  outcome: oneOf(COMPLAINT_OUTCOMES).default('open'),
  respondedOn: dateField.nullable().default(null),
  learning: optionalTextField(3000, 'what was learned and changed').default(null),
};

export const NewComplaintSchema = bodyObject(
  { id: idField('CMP-100').optional(), ...fields },
  'a complaint',
).meta({ id: 'NewComplaint' });

export const ComplaintPatchSchema = bodyObject(changeFields(fields), 'a change to a complaint').meta({
  id: 'ComplaintChange',
});
