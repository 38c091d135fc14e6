/** Recording a decision of a meeting, about one measure or about the meeting's business generally. */
import { useState, type FormEvent } from 'react';
import { useMeasureList } from '../api/queries.js';
import { SelectField, TextAreaField } from '../forms/fields.js';
import { useRecordDecision, type MeetingRecord } from './api.js';
import { ErrorSummary, messageOf, type FieldProblem } from './ErrorSummary.js';

export function DecisionForm({ record }: { record: MeetingRecord }) {
  const measures = useMeasureList();
  const save = useRecordDecision(record.meeting.id);
  const [text, setText] = useState('');
  const [measure, setMeasure] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  // Measures on the agenda first: most decisions are about them.
  const onAgenda = new Set(record.agenda.map((a) => a.subjectId));
  const list = [...(measures.data ?? [])].sort(
    (a, b) => Number(onAgenda.has(b.id)) - Number(onAgenda.has(a.id)) || a.id.localeCompare(b.id),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!text.trim()) {
      setProblems([{ field: 'decision-text', message: 'Enter what the meeting decided' }]);
      return;
    }
    setProblems([]);
    try {
      const decision = await save.mutateAsync({ text: text.trim(), measureId: measure || null });
      setText('');
      setMeasure('');
      setSaved(decision.measureId ? `Decision recorded about ${decision.measureId}` : 'Decision recorded');
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary id="decision-errors" title="The decision was not recorded" problems={problems} />
      {saved ? (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="record-decision">
        <TextAreaField
          id="decision-text"
          label="Decision"
          value={text}
          aria-invalid={problems.some((p) => p.field === 'decision-text') || undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          id="decision-measure"
          label="About a measure (optional)"
          choices={[
            { value: '', text: 'Not about one measure' },
            ...list.map((m) => ({ value: m.id, text: `${m.id}: ${m.title}` })),
          ]}
          value={measure}
          onChange={(e) => setMeasure(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Recording…' : 'Record the decision'}
        </button>
      </form>
    </>
  );
}
