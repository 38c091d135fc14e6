import { z } from 'zod';
import { STRATEGY_KINDS } from '../../domain/strategy.js';
import {
  bodyObject,
  dateField,
  idField,
  optionalTextField,
  percentField,
  textField,
} from '../actions/fields.js';

const ThreadItemSchema = z.object({
  id: z.string(),
  kind: z.enum(STRATEGY_KINDS),
  title: z.string(),
  orgUnitId: z.string().nullable(),
});

export const ObjectiveSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    parentId: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    appraisalDate: z.string().nullable(),
    successMeasure: z.string().nullable(),
    percentComplete: z.number().int().nullable().describe('The latest progress; null before any is recorded'),
    progress: z.array(
      z.object({
        asOf: z.string(),
        percentComplete: z.number().int(),
        note: z.string(),
        recordedBy: z.string(),
      }),
    ),
    thread: z.array(ThreadItemSchema).describe('The items above, nearest first, up to the Corporate Plan'),
  })
  .meta({ id: 'IndividualObjective' });

export const PersonObjectivesSchema = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), jobTitle: z.string() }),
    objectives: z.array(ObjectiveSchema),
  })
  .meta({ id: 'PersonObjectives' });

export const PersonParams = z.object({ id: idField('P073') });
export const ObjectiveParams = z.object({ id: idField('IO-P073-01') });

export const NewObjectiveSchema = bodyObject(
  {
    id: idField('IO-P073-04').optional(),
    personId: idField('P073'),
    title: textField(500, 'Review every care package on my caseload within twelve months'),
    description: optionalTextField(2000, 'more about the objective').default(null),
    parentId: idField('TP-ADASS'),
    appraisalDate: dateField,
    successMeasure: optionalTextField(1000, 'how success will be judged').default(null),
    endDate: dateField.nullable().default(null),
  },
  'an individual objective',
).meta({ id: 'NewIndividualObjective' });

export const ObjectiveProgressBody = bodyObject(
  {
    asOf: dateField.optional(),
    percentComplete: percentField,
    note: textField(2000, 'Seventeen of 38 reviews done at mid-year'),
  },
  'progress on an objective',
).meta({ id: 'NewObjectiveProgress' });
