/** Who attended a meeting, and (for those who minute it) adding someone to the list. */
import { useState, type FormEvent } from 'react';
import { useRecordAttendance, type Attendee, type MeetingRecord } from './api.js';
import { ErrorSummary, messageOf, type FieldProblem } from './ErrorSummary.js';

const WORDS: Record<Attendee['attendance'], string> = {
  present: 'Present',
  apologies: 'Sent apologies',
  absent: 'Absent',
};

export function AttendanceTable({ record }: { record: MeetingRecord }) {
  if (record.attendance.length === 0) return <p>No attendance has been recorded.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Attendance</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {record.attendance.map((a) => (
            <tr key={`${a.name}:${a.personId ?? ''}`}>
              <td>{a.name}</td>
              <td>{a.role ?? ''}</td>
              <td>{WORDS[a.attendance]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
        <div className="form-group">
          <label className="label" htmlFor="attendee-name">
            Name
          </label>
          <input
            id="attendee-name"
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="attendee-role">
            Role (optional)
          </label>
          <input
            id="attendee-role"
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="attendee-attendance">
            Attendance
          </label>
          <select
            id="attendee-attendance"
            className="select"
            value={attendance}
            onChange={(e) => setAttendance(e.target.value as Attendee['attendance'])}
          >
            {(Object.keys(WORDS) as Attendee['attendance'][]).map((a) => (
              <option key={a} value={a}>
                {WORDS[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <button type="submit" className="button" disabled={save.isPending}>
            Add to the attendance
          </button>
        </div>
      </form>
    </>
  );
}
