/**
 * Recovery plans: the measures that need one and have none, then each plan with whether its
 * measure is on the agreed trajectory and the reporting level it has been escalated to, in words.
 */
import { Link } from 'react-router';
import { usePeriod, usePeriodQuery } from '../api/period.js';
import { AsAt } from '../layout/AsAt.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useRecoveryPlans, useRequiredPlans, type RecoveryPlanReport } from './api.js';
import { dateInWords, REPORTING_LEVEL_LABELS } from './words.js';

function trajectoryWords(onTrajectory: boolean | null): string {
  if (onTrajectory === null) return 'Not yet known: no figure for a trajectory point';
  return onTrajectory ? 'On trajectory' : 'Off trajectory';
}

function MeasureLink({ measure }: { measure: { id: string; title: string } }) {
  const periodQuery = usePeriodQuery();
  return <Link to={`/app/measures/${encodeURIComponent(measure.id)}${periodQuery}`}>{measure.title}</Link>;
}

function PlanRow({ report }: { report: RecoveryPlanReport }) {
  const { plan, health } = report;
  return (
    <tr id={plan.id}>
      <td>
        {plan.title}
        <br />
        <span className="muted">
          {plan.id}
          {plan.status === 'closed' ? ' · closed' : ''}
        </span>
      </td>
      <td>
        <MeasureLink measure={report.measure} />
      </td>
      <td>{trajectoryWords(health.onTrajectory)}</td>
      <td>
        {REPORTING_LEVEL_LABELS[health.level]}
        {plan.escalations.length > 0
          ? ` (escalated ${plan.escalations.length} time${plan.escalations.length === 1 ? '' : 's'})`
          : ' (where it started)'}
        {health.escalationDue ? (
          <>
            <br />
            Escalation due to {REPORTING_LEVEL_LABELS[health.escalationDue.toLevel]}
          </>
        ) : null}
      </td>
      <td>
        {dateInWords(plan.reviewDate)}
        {health.reviewOverdue ? ' — overdue' : ''}
      </td>
      <td>{health.sentence}</td>
    </tr>
  );
}

export function RecoveryPlansPage() {
  const { period, ready } = usePeriod();
  const plans = useRecoveryPlans(period, ready);
  const required = useRequiredPlans(period, ready);
  const missing = (required.data?.measures ?? []).filter((m) => m.missing);
  return (
    <Page
      title="Recovery plans"
      lead="Measures off track for long enough need a recovery plan; plans that miss their trajectory or review are escalated."
    >
      <AsAt />
      <h2>Required but missing</h2>
      {required.error ? <Problem error={required.error} /> : null}
      {required.isPending ? <Loading what="the measures needing a plan" /> : null}
      {required.data && missing.length === 0 ? (
        <p>Every measure that needs a recovery plan has one.</p>
      ) : null}
      {missing.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {missing.length} measure{missing.length === 1 ? '' : 's'} need a recovery plan and have none
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Period</th>
                <th scope="col">Why a plan is needed</th>
              </tr>
            </thead>
            <tbody>
              {missing.map((m) => (
                <tr key={m.measure.id}>
                  <td>
                    <MeasureLink measure={m.measure} />
                  </td>
                  <td>{m.period ?? ''}</td>
                  <td>{m.reasons.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2>Plans</h2>
      {plans.error ? <Problem error={plans.error} /> : null}
      {plans.isPending ? <Loading what="the recovery plans" /> : null}
      {plans.data && plans.data.plans.length === 0 ? <p>There are no recovery plans you may see.</p> : null}
      {plans.data && plans.data.plans.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Recovery plans</caption>
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Measure</th>
                <th scope="col">Trajectory</th>
                <th scope="col">Reported to</th>
                <th scope="col">Review date</th>
                <th scope="col">In short</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.plans.map((p) => (
                <PlanRow key={p.plan.id} report={p} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
