/**
 * A plan's balanced scorecard: choose a plan and a period, then see its measures in the plan's
 * perspectives, each with counts by status and a line per measure; those who keep the scorecards
 * may edit the perspectives. The plan, the period and whether the editor is open live in the address.
 */
import { PLAN_KINDS } from '@domain/scorecard/perspectives.js';
import { STRATEGY_KIND_LABELS, type StrategyKind } from '@domain/strategy.js';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LATEST, usePeriod, usePeriodQuery } from '../api/period.js';
import { useStrategy } from '../api/queries.js';
import { SelectField } from '../forms/fields.js';
import type { StrategyItem } from '../api/types.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { periodChoices } from '../scorecard/periods.js';
import { StatusCounts } from '../scorecard/StatusCounts.js';
import { useBalancedScorecard } from './api.js';
import { PerspectiveEditor } from './PerspectiveEditor.js';
import { PerspectivePanel } from './PerspectivePanel.js';
import './balanced-scorecard.css';

const isPlan = (item: StrategyItem) => PLAN_KINDS.has(item.kind as StrategyKind);

function PlanChooser({
  plans,
  plan,
  period,
  periods,
  onChoose,
}: {
  plans: StrategyItem[];
  plan: string | null;
  period: string;
  periods: { value: string; text: string }[];
  onChoose: (plan: string, period: string) => void;
}) {
  const kinds = [...new Set(plans.map((p) => p.kind))];
  const options =
    period === LATEST || periods.some((p) => p.value === period)
      ? periods
      : [{ value: period, text: period }, ...periods];
  return (
    <form
      className="filters plan-chooser"
      aria-label="Choose a plan and a period"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onChoose(String(data.get('plan')), String(data.get('period')));
      }}
    >
      <div className="form-group">
        <label className="label" htmlFor="bsc-plan">
          Plan
        </label>
        <select className="select" id="bsc-plan" name="plan" defaultValue={plan ?? undefined} key={plan}>
          {kinds.map((kind) => (
            <optgroup key={kind} label={STRATEGY_KIND_LABELS[kind as StrategyKind] ?? kind}>
              {plans
                .filter((p) => p.kind === kind)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <SelectField
        id="bsc-period"
        label="Period"
        name="period"
        defaultValue={period}
        key={period}
        choices={[{ value: LATEST, text: 'Each measure’s period due by today' }, ...options]}
      />
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}

export function BalancedScorecardPage() {
  const [params, setParams] = useSearchParams();
  const { period, ready } = usePeriod();
  const periodQuery = usePeriodQuery();
  const strategy = useStrategy();
  const plans = useMemo(() => (strategy.data ?? []).filter(isPlan), [strategy.data]);
  const chosen = params.get('plan');
  const planId = chosen ?? plans.find((p) => p.kind === 'corporate-plan')?.id ?? plans[0]?.id ?? null;
  const scorecard = useBalancedScorecard(planId, period, ready);
  const editing = params.get('edit') === 'perspectives';
  const [saved, setSaved] = useState(false);
  const data = scorecard.data;
  const periods = useMemo(
    () =>
      periodChoices([
        period,
        data?.asAt,
        ...(data?.perspectives ?? []).flatMap((p) => p.measures.map((m) => m.period)),
      ]),
    [data, period],
  );
  const setEditing = (open: boolean) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (open) next.set('edit', 'perspectives');
      else next.delete('edit');
      return next;
    });
  const choose = (plan: string, nextPeriod: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('plan', plan);
      next.set('period', nextPeriod);
      next.delete('edit');
      return next;
    });

  const title = data ? `Balanced scorecard: ${data.plan.title}` : 'Balanced scorecard';
  const total = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <Page title={title}>
      {strategy.error ? <Problem error={strategy.error} /> : null}
      {plans.length > 0 ? (
        <PlanChooser
          plans={plans}
          plan={planId}
          period={params.get('period') ?? period ?? LATEST}
          periods={periods}
          onChoose={choose}
        />
      ) : null}
      {strategy.data && plans.length === 0 ? <p>There are no plans that you may see.</p> : null}
      {scorecard.isLoading ? <Loading what="the balanced scorecard" /> : null}
      {scorecard.error ? <Problem error={scorecard.error} /> : null}
      {data ? (
        <>
          {saved ? (
            <p className="notice notice--success" role="status">
              The perspectives have been saved.
            </p>
          ) : null}
          {data.approvedOnly ? (
            <p className="notice">Judged on figures approved for publication only.</p>
          ) : null}
          <p>
            {data.asAt ? `As at ${data.asAt}. ` : 'Each measure at its latest figure. '}
            {data.setting
              ? `Perspectives set by ${data.setting.changedBy} on ${data.setting.changedAt.slice(0, 10)}.`
              : 'The default perspectives, with each measure placed by its category.'}
          </p>
          <h2 className="visually-hidden">The whole plan</h2>
          <p className="perspective__total">
            {total === 1 ? '1 measure in the plan' : `${total} measures in the plan`}
          </p>
          <StatusCounts counts={data.counts} label="The plan's measures by status" />
          {data.canEdit && !editing ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                Edit perspectives
              </button>
            </p>
          ) : null}
          {data.canEdit && editing ? (
            <PerspectiveEditor
              key={`${data.plan.id}-${data.setting?.version ?? 0}`}
              scorecard={data}
              onDone={(didSave) => {
                setSaved(didSave);
                setEditing(false);
              }}
            />
          ) : null}
          <div className="perspectives">
            {data.perspectives.map((p, i) => (
              <PerspectivePanel
                key={p.name}
                perspective={p}
                id={`perspective-${i}`}
                measureQuery={periodQuery}
              />
            ))}
            {data.unplaced ? (
              <PerspectivePanel
                perspective={data.unplaced}
                id="perspective-unplaced"
                measureQuery={periodQuery}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </Page>
  );
}
