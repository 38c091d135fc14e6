/**
 * Adding a key action with the appendix's columns — action/activity, responsible officer,
 * anticipated outcome, proposed start and end dates, who else is involved — and what it serves: a
 * plan or objective, a measure, the unit that holds it. The server decides who may add one where.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { postJson } from '../api/client.js';
import { useMeasureList, useOrgUnits, useStrategy } from '../api/queries.js';
import { SelectField, TextAreaField, TextField } from '../forms/fields.js';
import { Page } from '../layout/Page.js';
import { ErrorSummary, messageOf, problemFor, type FieldProblem } from '../reviews/ErrorSummary.js';
import type { KeyAction } from './api.js';
import './pdrr.css';

const FIELDS: Record<string, string> = {
  title: 'action-title',
  responsibleOfficer: 'action-officer',
  anticipatedOutcome: 'action-outcome',
  proposedStartDate: 'action-start',
  proposedEndDate: 'action-end',
  othersInvolved: 'action-others',
  strategyItemIds: 'action-serves',
  measureIds: 'action-measure',
  orgUnitId: 'action-unit',
};

/** `proposedEndDate: must be …` → the field it is about, so the summary links to it. */
function problemsOf(message: string): FieldProblem[] {
  return message.split('; ').map((part) => {
    const field = Object.keys(FIELDS).find((f) => part.startsWith(`${f}:`) || part.startsWith(`${f}.`));
    return { field: field ? FIELDS[field]! : null, message: part };
  });
}

export function NewActionPage() {
  const strategy = useStrategy();
  const measures = useMeasureList();
  const units = useOrgUnits();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const error = (id: string) => problemFor(problems, id);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const chosen = (name: string) => (text(name) ? [text(name)] : []);
    setBusy(true);
    try {
      const created = await postJson<KeyAction>('/api/v1/actions', {
        title: text('title'),
        responsibleOfficer: text('responsibleOfficer'),
        anticipatedOutcome: text('anticipatedOutcome'),
        proposedStartDate: text('proposedStartDate'),
        proposedEndDate: text('proposedEndDate'),
        othersInvolved: text('othersInvolved') || null,
        strategyItemIds: chosen('strategyItemIds'),
        measureIds: chosen('measureIds'),
        orgUnitId: text('orgUnitId') || null,
      });
      await client.invalidateQueries({ queryKey: ['figures', 'actions'] });
      await navigate(`/app/actions/${encodeURIComponent(created.id)}`);
    } catch (failure) {
      setProblems(problemsOf(messageOf(failure)));
    } finally {
      setBusy(false);
    }
  };

  const plans = (strategy.data ?? []).filter((i) => i.kind !== 'individual-objective');
  return (
    <Page title="Add a key action" lead="What will be done, by whom and by when, and what it serves.">
      <ErrorSummary id="action-errors" title="The action was not added" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="action-title" name="title" label="Action/activity" error={error('action-title')} />
        <TextField
          id="action-officer"
          name="responsibleOfficer"
          label="Responsible officer"
          hint="Their post, e.g. Head of Transformation"
          error={error('action-officer')}
        />
        <TextAreaField
          id="action-outcome"
          name="anticipatedOutcome"
          label="Anticipated outcome/result"
          error={error('action-outcome')}
        />
        <TextField
          id="action-start"
          name="proposedStartDate"
          label="Proposed start date"
          type="date"
          error={error('action-start')}
        />
        <TextField
          id="action-end"
          name="proposedEndDate"
          label="Proposed end date"
          type="date"
          error={error('action-end')}
        />
        <TextField
          id="action-others"
          name="othersInvolved"
          label="Who else is involved (optional)"
          error={error('action-others')}
        />
        <SelectField
          id="action-serves"
          name="strategyItemIds"
          label="Serving (optional)"
          hint="The plan or objective the action helps deliver"
          error={error('action-serves')}
          choices={[{ value: '', text: 'None' }, ...plans.map((i) => ({ value: i.id, text: i.title }))]}
        />
        <SelectField
          id="action-measure"
          name="measureIds"
          label="Measure (optional)"
          hint="The measure it should move"
          error={error('action-measure')}
          choices={[
            { value: '', text: 'None' },
            ...(measures.data ?? []).map((m) => ({ value: m.id, text: `${m.id}: ${m.title}` })),
          ]}
        />
        <SelectField
          id="action-unit"
          name="orgUnitId"
          label="Held by"
          hint="The directorate, service or team that answers for it"
          error={error('action-unit')}
          choices={[
            { value: '', text: 'The whole council' },
            ...(units.data ?? [])
              .filter((u) => u.parentId !== null)
              .map((u) => ({ value: u.id, text: u.name })),
          ]}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add the action'}
        </button>
      </form>
    </Page>
  );
}
