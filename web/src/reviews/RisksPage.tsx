/**
 * The risk register: each risk's scores before and after controls with their bands in words, its
 * owner and review date; and the heat map of open risks (after controls), whose figures are also
 * a table beneath it.
 */
import { riskHeatMapChart } from '@charts/index.js';
import { useMemo } from 'react';
import { ChartFigure } from '../charts/ChartFigure.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useRiskRegister } from './api.js';
import { dateInWords } from './words.js';

export function RisksPage() {
  const register = useRiskRegister();
  const spec = useMemo(() => {
    if (!register.data) return null;
    const open = register.data.risks.filter((r) => r.status !== 'closed');
    return riskHeatMapChart({
      title: 'Open risks after controls, by likelihood and impact',
      risks: open.map((r) => ({
        id: r.id,
        title: r.title,
        likelihood: r.residualLikelihood,
        impact: r.residualImpact,
      })),
    });
  }, [register.data]);
  return (
    <Page
      title="Risks"
      lead="The council’s risk register: what could stop the plan being delivered, and what is done about it."
    >
      {register.error ? <Problem error={register.error} /> : null}
      {register.isPending ? <Loading what="the risk register" /> : null}
      {register.data ? (
        <>
          <h2>Register</h2>
          {register.data.overdueReviews.length > 0 ? (
            <p className="notice notice--warning">
              {register.data.overdueReviews.length} risk
              {register.data.overdueReviews.length === 1 ? ' is' : 's are'} overdue for review.
            </p>
          ) : null}
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Risks, worst score after controls first</caption>
              <thead>
                <tr>
                  <th scope="col">Risk</th>
                  <th scope="col">Owner</th>
                  <th scope="col" className="num">
                    Before controls
                  </th>
                  <th scope="col" className="num">
                    After controls
                  </th>
                  <th scope="col">Review date</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {register.data.risks.map((r) => (
                  <tr key={r.id} id={r.id}>
                    <td>
                      {r.title}
                      <br />
                      <span className="muted">{r.id}</span>
                    </td>
                    <td>{r.ownerName ?? 'No owner'}</td>
                    <td className="num">
                      {r.inherentScore} {r.inherentBand ?? ''}
                    </td>
                    <td className="num">
                      {r.residualScore} {r.residualBand ?? ''}
                    </td>
                    <td>
                      {dateInWords(r.reviewDate)}
                      {r.reviewOverdue ? ' — overdue' : ''}
                    </td>
                    <td>{r.status === 'open' ? 'Open' : r.status === 'closed' ? 'Closed' : r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Heat map</h2>
          {spec ? <ChartFigure spec={spec} fileName="risk-heat-map" height={420} /> : null}
        </>
      ) : null}
    </Page>
  );
}
