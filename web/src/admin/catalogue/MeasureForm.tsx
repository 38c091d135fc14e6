/**
 * The form that defines a measure or changes one: what it counts and how (the methodology), how it
 * is judged and reported, who owns it, whether it is published, and the strategy items it
 * evidences. Problems are listed in an error summary and shown beside each field.
 */
import { useState, type FormEvent } from 'react';
import { useOrgUnits, useStrategy } from '../../api/queries.js';
import { SelectField, TextAreaField, TextField } from '../../forms/fields.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import type { MeasureBody } from './api.js';
import { bodyOf, FIELD_IDS, type MeasureDraft } from './draft.js';
import { StrategyLinks } from './StrategyLinks.js';
import { OwnerField } from './OwnerField.js';
import {
  AGGREGATION_CHOICES,
  CATEGORY_CHOICES,
  FREQUENCY_CHOICES,
  POLARITY_CHOICES,
  problemsFrom,
  TOLERANCE_CHOICES,
  UNIT_CHOICES,
  YEAR_CHOICES,
} from './words.js';

export function MeasureForm({
  initial,
  isNew,
  hasFigures,
  submitText,
  onSave,
}: {
  initial: MeasureDraft;
  isNew: boolean;
  /** Once figures exist, how often and in what a measure reports stay as they are. */
  hasFigures: boolean;
  submitText: string;
  onSave: (body: MeasureBody) => Promise<unknown>;
}) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const units = useOrgUnits();
  const strategy = useStrategy();
  const set =
    <K extends keyof MeasureDraft>(key: K) =>
    (value: MeasureDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.message ?? null;
  const box = (key: keyof MeasureDraft, id: string) => ({
    id,
    value: draft[key] as string,
    error: errorOf(id),
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value as never),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { body, problems: found } = bodyOf(draft);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await onSave(body);
    } catch (error) {
      setProblems(problemsFrom(messageOf(error), FIELD_IDS));
    } finally {
      setSaving(false);
    }
  };

  const fixed = hasFigures ? 'It has figures, so this stays as it is.' : undefined;
  return (
    <>
      <ErrorSummary id="measure-errors" title="There is a problem" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2>What it measures</h2>
        {isNew ? (
          <TextField
            {...box('id', 'measure-id')}
            label="Code"
            hint="The measure’s stable key, never changed: letters, digits and dashes, for example CP-ECO-09"
            short
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        <TextField {...box('title', 'measure-title')} label="Title" />
        <TextAreaField
          {...box('definition', 'measure-definition')}
          label="Definition"
          hint="What the measure counts, in plain words"
        />
        <TextAreaField
          {...box('numerator', 'measure-numerator')}
          label="Numerator (optional)"
          hint="What is counted"
        />
        <TextAreaField
          {...box('denominator', 'measure-denominator')}
          label="Denominator (optional)"
          hint="What it is counted out of"
        />
        <TextField {...box('sourceSystem', 'measure-source')} label="Source of the data (optional)" />
        <TextAreaField {...box('calculation', 'measure-calculation')} label="Calculation (optional)" />
        <TextAreaField {...box('caveats', 'measure-caveats')} label="Caveats (optional)" />
        <TextField
          {...box('nationalReference', 'measure-national')}
          label="National reference (optional)"
          hint="Its reference in the Single Data List or a national indicator set, for example NI 151"
          short
        />

        <h2>How it is judged and reported</h2>
        <SelectField
          {...box('category', 'measure-category')}
          label="Category"
          hint="HR and employee data is restricted: only performance officers and the chief executive see it"
          choices={CATEGORY_CHOICES}
        />
        <SelectField
          {...box('unit', 'measure-unit')}
          label="Unit"
          hint={fixed}
          choices={UNIT_CHOICES}
          disabled={hasFigures}
        />
        <TextField
          {...box('ratePer', 'measure-rate-per')}
          label="Rate per (rates only)"
          hint="For a rate, the number it is per, for example 1000 for per 1,000 population"
          inputMode="decimal"
          short
          disabled={hasFigures}
        />
        <SelectField
          {...box('polarity', 'measure-polarity')}
          label="Which way is good"
          choices={POLARITY_CHOICES}
        />
        <SelectField
          {...box('frequency', 'measure-frequency')}
          label="How often it is reported"
          hint={fixed}
          choices={FREQUENCY_CHOICES}
          disabled={hasFigures}
        />
        <SelectField
          {...box('yearKind', 'measure-year-kind')}
          label="Kind of year"
          hint={fixed}
          choices={YEAR_CHOICES}
          disabled={hasFigures}
        />
        <SelectField
          {...box('aggregation', 'measure-aggregation')}
          label="How figures combine over periods and wards"
          choices={AGGREGATION_CHOICES}
        />
        <TextField
          {...box('decimals', 'measure-decimals')}
          label="Decimal places shown"
          inputMode="numeric"
          short
        />
        <TextField
          {...box('tolerance', 'measure-tolerance')}
          label="Tolerance around the target (optional)"
          hint="How far from target still counts as amber rather than red"
          inputMode="decimal"
          short
        />
        <SelectField
          {...box('toleranceKind', 'measure-tolerance-kind')}
          label="Tolerance is"
          choices={TOLERANCE_CHOICES}
        />
        <TextField
          {...box('dueLagDays', 'measure-due')}
          label="Figures are due (days after each period ends)"
          inputMode="numeric"
          short
        />

        <h2>Who owns it and who sees it</h2>
        <SelectField
          {...box('orgUnitId', 'measure-unit-org')}
          label="Organisation unit"
          choices={[
            { value: '', text: 'None' },
            ...(units.data ?? []).map((u) => ({ value: u.id, text: `${u.name} (${u.kind})` })),
          ]}
          onChange={(e) => setDraft((d) => ({ ...d, orgUnitId: e.target.value }))}
        />
        <OwnerField
          id="measure-owner"
          unitId={draft.orgUnitId || null}
          value={draft.ownerId}
          error={errorOf('measure-owner')}
          onChange={set('ownerId')}
        />
        <div className="form-group">
          <div className="checkbox">
            <input
              id="measure-public"
              type="checkbox"
              checked={draft.isPublic}
              onChange={(e) => set('isPublic')(e.target.checked)}
            />
            <label htmlFor="measure-public">Published on the public site</label>
          </div>
          <div className="checkbox">
            <input
              id="measure-by-ward"
              type="checkbox"
              checked={draft.byWard}
              onChange={(e) => set('byWard')(e.target.checked)}
            />
            <label htmlFor="measure-by-ward">Figures are given for each ward</label>
          </div>
        </div>

        <StrategyLinks
          id="measure-link"
          items={strategy.data ?? []}
          linked={draft.strategyItemIds}
          error={errorOf('measure-link')}
          onChange={set('strategyItemIds')}
        />
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : submitText}
        </button>
      </form>
    </>
  );
}
