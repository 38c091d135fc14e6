/** Who attended a meeting, and (for those who minute it) adding someone, changing their attendance or removing them. */
import { useState, type FormEvent } from 'react';
import { SelectField, TextField, type Choice } from '../forms/fields.js';
import { useRecordAttendance, type Attendee, type MeetingRecord } from './api.js';
import { ErrorSummary, messageOf, type FieldProblem } from './ErrorSummary.js';

const WORDS: Record<Attendee['attendance'], string> = {
  present: 'Present',
  apologies: 'Sent apologies',
  absent: 'Absent',
};
const ATTENDANCE_CHOICES: readonly Choice[] = (Object.keys(WORDS) as Attendee['attendance'][]).map((w) => ({
  value: w,
  text: WORDS[w],
}));

export function AttendanceTable({ record, editable = false }: { record: MeetingRecord; editable?: boolean }) {
  const save = useRecordAttendance(record.meeting.id);
  const [problem, setProblem] = useState<FieldProblem[]>([]);
  if (record.attendance.length === 0) return <p>No attendance has been recorded.</p>;
  // The API keeps the list whole (PUT replaces it), so a change or removal sends the list as it should now be.
  const replace = async (list: Attendee[]) => {
    setProblem([]);
    try {
      await save.mutateAsync(list);
    } catch (error) {
      setProblem([{ field: null, message: messageOf(error) }]);
    }
  };
  const change = (name: string, attendance: Attendee['attendance']) =>
    replace(record.attendance.map((a) => (a.name === name ? { ...a, attendance } : a)));
  const remove = (name: string) => replace(record.attendance.filter((a) => a.name !== name));
  return (
    <>
      <ErrorSummary id="attendance-change-errors" title="The attendance was not changed" problems={problem} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Attendance</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Attendance</th>
              {editable ? <th scope="col">Change</th> : null}
            </tr>
          </thead>
          <tbody>
            {record.attendance.map((a, i) => (
              <tr key={`${a.name}:${a.personId ?? ''}`}>
                <td>{a.name}</td>
                <td>{a.role ?? ''}</td>
                <td>
                  {editable ? (
                    <>
                      <label className="visually-hidden" htmlFor={`attendance-${i}`}>
                        Attendance of {a.name}
                      </label>
                      <select
                        id={`attendance-${i}`}
                        className="select"
                        value={a.attendance}
                        disabled={save.isPending}
                        onChange={(e) => void change(a.name, e.target.value as Attendee['attendance'])}
                      >
                        {(Object.keys(WORDS) as Attendee['attendance'][]).map((w) => (
                          <option key={w} value={w}>
                            {WORDS[w]}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    WORDS[a.attendance]
                  )}
                </td>
                {editable ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={save.isPending}
                      onClick={() => void remove(a.name)}
                    >
                      Remove<span className="visually-hidden"> {a.name}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function AddAttendee({ record }: { record: MeetingRecord }) {
  const save = useRecordAttendance(record.meeting.id);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [attendance, setAttendance] = useState<Attendee['attendance']>('present');
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblems([{ field: 'attendee-name', message: 'Enter the attendee’s name' }]);
      return;
    }
    setProblems([]);
    try {
      await save.mutateAsync([
        ...record.attendance,
        { name: name.trim(), personId: null, role: role.trim() || null, attendance },
      ]);
      setName('');
      setRole('');
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary id="attendee-errors" title="The attendance was not recorded" problems={problems} />
      <form className="form filters" onSubmit={(e) => void submit(e)} noValidate aria-label="Add an attendee">
        <TextField id="attendee-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          id="attendee-role"
          label="Role (optional)"
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
        <SelectField
          id="attendee-attendance"
          label="Attendance"
          choices={ATTENDANCE_CHOICES}
          value={attendance}
          onChange={(e) => setAttendance(e.target.value as Attendee['attendance'])}
        />
        <div className="form-group">
          <button type="submit" className="button" disabled={save.isPending}>
            Add to the attendance
          </button>
        </div>
      </form>
    </>
  );
}
