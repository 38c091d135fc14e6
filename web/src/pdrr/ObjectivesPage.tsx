/**
 * Individual objectives set at appraisal: "My objectives" with progress and how each contributes
 * (the thread upward to the Corporate Plan), a form to record progress; and, for managers, the
 * objectives of the people in the units they manage.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useObjectives, type Objective, type PersonObjectives } from './api.js';
import { ObjectiveProgressForm } from './ObjectiveProgressForm.js';
import { TeamPicker } from './TeamPicker.js';
import { dateInWords, STRATEGY_KIND_LABELS } from './words.js';
import './pdrr.css';

function ObjectiveCard({ objective, mayRecord }: { objective: Objective; mayRecord: boolean }) {
  const [open, setOpen] = useState(false);
  const latest = objective.progress.at(-1);
  const headingId = `objective-${objective.id}`;
  return (
    <section className="objective" aria-labelledby={headingId}>
      <h3 id={headingId}>{objective.title}</h3>
      {objective.description ? <p>{objective.description}</p> : null}
      <p>
        {objective.percentComplete === null ? (
          'No progress recorded yet.'
        ) : (
          <>
            <span id={`${objective.id}-complete`}>{objective.percentComplete}% complete</span>{' '}
            <progress
              className="progress-bar"
              max={100}
              value={objective.percentComplete}
              aria-hidden="true"
            />
          </>
        )}
        {latest ? (
          <>
            <br />
            <span className="muted">
              Latest, {dateInWords(latest.asOf)}: {latest.note}
            </span>
          </>
        ) : null}
      </p>
      {objective.successMeasure ? <p>Success looks like: {objective.successMeasure}</p> : null}
      <h4>How this work contributes</h4>
      <ol className="thread-up">
        {objective.thread.map((item) => (
          <li key={item.id}>
            {STRATEGY_KIND_LABELS[item.kind]}: {item.title}
          </li>
        ))}
      </ol>
      <p className="muted">
        Set at appraisal{objective.appraisalDate ? ` on ${dateInWords(objective.appraisalDate)}` : ''}
        {objective.endDate ? `; due ${dateInWords(objective.endDate)}` : ''}.
      </p>
      {mayRecord ? (
        open ? (
          <ObjectiveProgressForm objective={objective} onDone={() => setOpen(false)} />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            Record progress<span className="visually-hidden"> on {objective.title}</span>
          </button>
        )
      ) : null}
    </section>
  );
}

function ObjectiveList({ data, mayRecord }: { data: PersonObjectives; mayRecord: boolean }) {
  if (data.objectives.length === 0)
    return <p>No objectives are recorded for {data.person.name} yet. They are set at appraisal.</p>;
  return (
    <>
      {data.objectives.map((o) => (
        <ObjectiveCard key={o.id} objective={o} mayRecord={mayRecord} />
      ))}
    </>
  );
}

export function ObjectivesPage() {
  const session = useSession();
  const account = session.data?.account ?? null;
  const [params, setParams] = useSearchParams();
  const hasPerson = !!account?.personId;
  const mine = useObjectives(null, hasPerson);
  const person = params.get('person');
  const theirs = useObjectives(person, person !== null && person !== account?.personId);
  return (
    <Page
      title="Objectives"
      lead="Objectives set at appraisal, and how each one contributes to the Corporate Plan."
    >
      <h2>My objectives</h2>
      {!hasPerson ? (
        <p>Your account is not linked to a person in the organisation, so it has no objectives.</p>
      ) : null}
      {mine.error ? <Problem error={mine.error} /> : null}
      {hasPerson && mine.isPending ? <Loading what="your objectives" /> : null}
      {mine.data ? <ObjectiveList data={mine.data} mayRecord /> : null}
      <TeamPicker
        account={account}
        chosen={person}
        onChoose={(id) => {
          const next = new URLSearchParams(params);
          if (id) next.set('person', id);
          else next.delete('person');
          setParams(next, { replace: true });
        }}
      />
      {person !== null && person !== account?.personId ? (
        <>
          {theirs.error ? <Problem error={theirs.error} /> : null}
          {theirs.isPending ? <Loading what="their objectives" /> : null}
          {theirs.data ? (
            <>
              <h2>
                {theirs.data.person.name}, {theirs.data.person.jobTitle}
              </h2>
              <ObjectiveList data={theirs.data} mayRecord />
            </>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
