/** The risk register: likelihood × impact on a 5 × 5 matrix. */

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface Risk {
  id: string;
  title: string;
  description: string | null;
  ownerId: string | null;
  /** Before controls, 1–5 each. */
  inherentLikelihood: number;
  inherentImpact: number;
  /** After controls, 1–5 each. */
  residualLikelihood: number;
  residualImpact: number;
  controls: string | null;
  reviewDate: string;
  status: RiskStatus;
  strategyItemIds: string[];
}

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}
