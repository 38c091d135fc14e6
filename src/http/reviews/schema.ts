import { z } from 'zod';
import { AGENDA_KINDS, ATTENDANCE, REVIEW_FORUMS } from '../../domain/pdrr/review.js';
import { oneOf, periodText, requiredText } from '../query.js';
import { bodyObject, dateField, idField, optionalTextField, textField } from '../actions/fields.js';
import { NewActionSchema } from '../actions/schema.js';

export const MeetingSchema = z
  .object({
    id: z.string(),
    forum: z.enum(REVIEW_FORUMS),
    orgUnitId: z.string().nullable(),
    title: z.string(),
    meetingDate: z.string(),
    asAt: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReviewMeeting' });

const AgendaItemSchema = z.object({
  kind: z.enum(AGENDA_KINDS),
  subjectId: z.string(),
  title: z.string(),
  detail: z.string(),
});

export const DecisionSchema = z
  .object({
    id: z.number().int(),
    meetingId: z.string(),
    text: z.string(),
    measureId: z.string().nullable(),
    actionId: z.string().nullable().describe('The key action arising, where one was set'),
    recordedBy: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Decision' });

const AttendeeSchema = z.object({
  name: z.string(),
  personId: z.string().nullable(),
  role: z.string().nullable(),
  attendance: z.enum(ATTENDANCE),
});

const PackSchema = z
  .object({
    id: z.number().int(),
    takenAt: z.string(),
    reportFile: z.string().nullable(),
    recordedBy: z.string(),
    content: z
      .looseObject({})
      .describe('The scorecard, exceptions and recovery plans as they stood when the pack was taken'),
  })
  .meta({ id: 'ReviewPack' });

export const MeetingRecordSchema = z
  .object({
    meeting: MeetingSchema,
    pack: PackSchema.nullable().describe('The pack the meeting reviewed (the latest taken)'),
    packs: z.number().int(),
    agenda: z.array(AgendaItemSchema).describe('Built from the exceptions, worst first'),
    decisions: z.array(DecisionSchema),
    attendance: z.array(AttendeeSchema),
  })
  .meta({ id: 'ReviewMeetingRecord' });

export const MeetingListSchema = z.object({ meetings: z.array(MeetingSchema) });

export const MeetingParams = z.object({ id: idField('RM-CAB-2017-Q2') });
export const MeasureParams = z.object({ code: requiredText('CP-HOU-01') });

export const NewMeetingSchema = bodyObject(
  {
    id: idField('RM-DLT-2017-Q2').optional(),
    forum: oneOf(REVIEW_FORUMS),
    orgUnitId: idField('DIR-PEOPLE').nullable().default(null),
    title: textField(300, 'Cabinet: performance review, quarter two').optional(),
    meetingDate: dateField,
    asAt: periodText,
  },
  'a review meeting',
).meta({ id: 'NewReviewMeeting' });

export const NewDecisionSchema = bodyObject(
  {
    text: textField(5000, 'Cabinet agreed the revised trajectory'),
    measureId: idField('CP-HOU-01').nullable().default(null),
    actionArising: NewActionSchema.nullable().default(null),
  },
  'a decision',
).meta({ id: 'NewDecision' });

export const AttendanceBodySchema = bodyObject(
  {
    attendance: z
      .array(
        bodyObject(
          {
            name: textField(200, 'Cllr Roger Lawrence'),
            personId: idField('P148').nullable().default(null),
            role: optionalTextField(200, 'their role at the meeting').default(null),
            attendance: oneOf(ATTENDANCE),
          },
          'an attendee',
        ),
        { error: 'must be a list of attendees' },
      )
      .max(200),
  },
  'attendance',
).meta({ id: 'Attendance' });

export const ReportFileSchema = bodyObject(
  {
    fileName: textField(300, 'cabinet-2017-18-q2.pdf').refine((t) => !/[\\/]/.test(t), {
      error: 'must be a file name without folders, e.g. cabinet-2017-18-q2.pdf',
    }),
  },
  'a report file',
).meta({ id: 'ReportFile' });

export const MeasureDecisionsSchema = z
  .object({
    measureId: z.string(),
    decisions: z.array(
      DecisionSchema.extend({
        meeting: MeetingSchema.pick({
          id: true,
          forum: true,
          title: true,
          meetingDate: true,
          asAt: true,
          orgUnitId: true,
        }),
      }),
    ),
  })
  .meta({ id: 'MeasureDecisions' });
