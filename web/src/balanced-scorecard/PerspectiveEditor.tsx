/**
 * Editing a plan's perspectives: rename, describe, reorder, add and remove them, and choose for
 * each measure the perspective it sits in. Every control is a plain field or button, so the whole
 * form works from the keyboard; problems are named in an error summary linked to their fields.
 */
import { useEffect, useRef, useState } from 'react';
import { TextAreaField, TextField } from '../forms/fields.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import type { BalancedScorecard, PerspectiveChange } from './api.js';
import { useSavePerspectives } from './api.js';
import { MeasurePlacement, NONE } from './MeasurePlacement.js';

interface Draft {
  key: string;
  name: string;
  description: string;
}

function initial(scorecard: BalancedScorecard) {
  const drafts: Draft[] = scorecard.perspectives.map((p, i) => ({
    key: `p${i}`,
    name: p.name,
    description: p.description ?? '',
  }));
  const placement = new Map<string, string>();
  const measures: { id: string; title: string }[] = [];
  scorecard.perspectives.forEach((p, i) =>
    p.measures.forEach((m) => {
      placement.set(m.id, `p${i}`);
      measures.push({ id: m.id, title: m.title });
    }),
  );
  for (const m of scorecard.unplaced?.measures ?? []) {
    placement.set(m.id, NONE);
    measures.push({ id: m.id, title: m.title });
  }
  return { drafts, placement, measures };
}

/** Problems the browser can see before asking the server: empty and repeated names. */
function draftProblems(drafts: readonly Draft[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  drafts.forEach((d, i) => {
    const name = d.name.trim();
    const field = `perspective-name-${d.key}`;
    if (name === '') problems.push({ field, message: `Enter a name for perspective ${i + 1}` });
    else if (seen.has(name.toLocaleLowerCase('en-GB')))
      problems.push({
        field,
        message: `Perspective ${i + 1} has the same name as another: give each its own name`,
      });
    seen.add(name.toLocaleLowerCase('en-GB'));
  });
  if (drafts.length === 0) problems.push({ field: null, message: 'Add at least one perspective' });
  return problems;
}

export function PerspectiveEditor({
  scorecard,
  onDone,
}: {
  scorecard: BalancedScorecard;
  onDone: (saved: boolean) => void;
}) {
  const [start] = useState(() => initial(scorecard));
  const [drafts, setDrafts] = useState<Draft[]>(start.drafts);
  const [placement, setPlacement] = useState(start.placement);
  const [next, setNext] = useState(start.drafts.length);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSavePerspectives(scorecard.plan.id);
  // Where focus goes after a perspective is added (its name) or removed (the add button), so a
  // keyboard user is never left on a button that has gone.
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNext === null) return;
    if (focusNext === 'add') addButton.current?.focus();
    else document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const change = (key: string, field: 'name' | 'description', value: string) =>
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, [field]: value } : d)));
  const move = (index: number, by: -1 | 1) => {
    const key = drafts[index]!.key;
    const to = index + by;
    setDrafts((all) => {
      const moved = [...all];
      const [d] = moved.splice(index, 1);
      moved.splice(to, 0, d!);
      return moved;
    });
    // At the top or the bottom the button pressed is switched off: keep focus on its twin.
    if (to === 0) setFocusNext(`move-down-${key}`);
    else if (to === drafts.length - 1) setFocusNext(`move-up-${key}`);
  };
  const remove = (key: string) => {
    setDrafts((all) => all.filter((d) => d.key !== key));
    setPlacement((all) => new Map([...all].map(([m, k]) => [m, k === key ? NONE : k])));
    setFocusNext('add');
  };
  const add = () => {
    setDrafts((all) => [...all, { key: `n${next}`, name: '', description: '' }]);
    setFocusNext(`perspective-name-n${next}`);
    setNext((n) => n + 1);
  };
  const labelOf = (d: Draft, i: number) => d.name.trim() || `Perspective ${i + 1} (no name yet)`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = draftProblems(drafts);
    setProblems(found);
    if (found.length > 0) return;
    const body: PerspectiveChange[] = drafts.map((d) => ({
      name: d.name.trim(),
      description: d.description.trim() === '' ? null : d.description.trim(),
      measures: start.measures.filter((m) => placement.get(m.id) === d.key).map((m) => m.id),
    }));
    save.mutate(body, {
      onSuccess: () => onDone(true),
      onError: (error) => setProblems([{ field: null, message: messageOf(error) }]),
    });
  };

  return (
    <form
      className="form perspective-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby="edit-perspectives"
    >
      <h2 id="edit-perspectives">Edit perspectives</h2>
      <ErrorSummary id="perspective-problems" title="There is a problem" problems={problems} />
      <p className="hint">
        Each perspective needs its own name. Measures not placed in a perspective are shown apart, under “Not
        yet in a perspective”.
      </p>
      {drafts.map((d, i) => (
        <fieldset className="fieldset perspective-editor__item" key={d.key}>
          <legend className="fieldset__legend">{labelOf(d, i)}</legend>
          <TextField
            id={`perspective-name-${d.key}`}
            label="Name"
            value={d.name}
            maxLength={80}
            onChange={(e) => change(d.key, 'name', e.target.value)}
          />
          <TextAreaField
            id={`perspective-description-${d.key}`}
            label="Description (optional)"
            value={d.description}
            maxLength={400}
            onChange={(e) => change(d.key, 'description', e.target.value)}
          />
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary button--small"
              id={`move-up-${d.key}`}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              Move up<span className="visually-hidden"> {labelOf(d, i)}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              id={`move-down-${d.key}`}
              disabled={i === drafts.length - 1}
              onClick={() => move(i, 1)}
            >
              Move down<span className="visually-hidden"> {labelOf(d, i)}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => remove(d.key)}
            >
              Remove<span className="visually-hidden"> {labelOf(d, i)}</span>
            </button>
          </div>
        </fieldset>
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={add} ref={addButton}>
          Add a perspective
        </button>
      </p>
      <MeasurePlacement
        measures={start.measures}
        perspectives={drafts.map((d, i) => ({ key: d.key, label: labelOf(d, i) }))}
        placement={placement}
        onPlace={(measure, key) => setPlacement((all) => new Map(all).set(measure, key))}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save perspectives'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
