/**
 * The risks that threaten one item of the golden thread, worst first, each with its residual score
 * and band in words and whether its review is overdue. Read from the register once for the whole
 * explorer; people who may not see the register (partners) see nothing here.
 */
import { useSession } from '../api/queries.js';
import { levelOf } from '../home/level.js';
import { useRiskRegister } from '../reviews/api.js';

export function RiskList({ strategyItem }: { strategyItem: string }) {
  const session = useSession();
  // Partners do not see the register, so they are not sent to ask for it.
  const mayRead = session.data ? levelOf(session.data.account).level !== 'partner' : false;
  const register = useRiskRegister(mayRead);
  const risks = (register.data?.risks ?? []).filter((r) => r.strategyItemIds.includes(strategyItem));
  if (risks.length === 0) return null;
  return (
    <>
      <p className="tree__subheading">Risks</p>
      <ul className="plain-list action-list">
        {risks.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>{' '}
            <span className="muted">
              {r.id} · residual score {r.residualScore}
              {r.residualBand ? ` (${r.residualBand})` : ''}: likelihood {r.residualLikelihood} × impact{' '}
              {r.residualImpact}
              {r.ownerName ? ` · ${r.ownerName}` : ''} · review by {r.reviewDate}
              {r.reviewOverdue ? ' · review overdue' : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
