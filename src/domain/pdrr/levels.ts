/**
 * The reporting levels of the framework's Diagram 5, from the team upward. A recovery plan that
 * misses its trajectory or its review date is escalated one level at a time, so that each level
 * sees a problem before the one above it does.
 */
import type { OrgUnitKind } from '../organisation.js';

export const REPORTING_LEVELS = ['team', 'service', 'directorate', 'cabinet-and-scrutiny'] as const;
export type ReportingLevel = (typeof REPORTING_LEVELS)[number];

export const REPORTING_LEVEL_LABELS: Record<ReportingLevel, string> = {
  team: 'Team managers',
  service: 'Heads of service and service directors',
  directorate: 'Directorate leadership team',
  'cabinet-and-scrutiny': 'Cabinet and Scrutiny Board',
};

/** The level at which a unit's performance is first reported. */
export function levelOfUnit(kind: OrgUnitKind): ReportingLevel {
  switch (kind) {
    case 'team':
      return 'team';
    case 'service':
      return 'service';
    case 'directorate':
      return 'directorate';
    case 'council':
      return 'cabinet-and-scrutiny';
  }
}

/** The next level up, or null at the top: Cabinet and Scrutiny have nowhere further to send it. */
export function nextLevel(level: ReportingLevel): ReportingLevel | null {
  const i = REPORTING_LEVELS.indexOf(level);
  return REPORTING_LEVELS[i + 1] ?? null;
}

export function isReportingLevel(text: string): text is ReportingLevel {
  return (REPORTING_LEVELS as readonly string[]).includes(text);
}
