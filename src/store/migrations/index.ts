/**
 * Every migration, in order, by timestamped name. The same list runs on SQLite and PostgreSQL.
 * A name, once released, never changes: it is how a database records what it has been through.
 */
import type { Migration } from 'kysely';
import { organisationAndStrategy } from './2026-11-25T2030-organisation-and-strategy.js';
import { measuresAndFigures } from './2026-11-25T2031-measures-and-figures.js';
import { actionsRisksUsers } from './2026-11-25T2032-actions-risks-users.js';
import { imports } from './2026-11-25T2100-imports.js';
import { accounts } from './2026-11-25T2200-accounts.js';
import { signoff } from './2026-11-25T2300-signoff.js';
import { validationRules } from './2026-11-25T2400-validation-rules.js';
import { dashboardsAndMaps } from './2026-11-25T2800-dashboards-and-maps.js';
import { pdrr } from './2026-11-25T2500-pdrr.js';
import { schedules } from './2026-11-25T2600-schedules.js';
import { publication } from './2026-11-25T2700-publication.js';
import { strategyItemRetirement } from './2026-11-26T2900-strategy-item-retirement.js';
import { balancedScorecards } from './2026-11-26T3200-balanced-scorecards.js';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T2030-organisation-and-strategy': organisationAndStrategy,
  '2026-11-25T2031-measures-and-figures': measuresAndFigures,
  '2026-11-25T2032-actions-risks-users': actionsRisksUsers,
  '2026-11-25T2100-imports': imports,
  '2026-11-25T2200-accounts': accounts,
  '2026-11-25T2300-signoff': signoff,
  '2026-11-25T2400-validation-rules': validationRules,
  '2026-11-25T2500-pdrr': pdrr,
  '2026-11-25T2600-schedules': schedules,
  '2026-11-25T2700-publication': publication,
  '2026-11-25T2800-dashboards-and-maps': dashboardsAndMaps,
  '2026-11-26T2900-strategy-item-retirement': strategyItemRetirement,
  '2026-11-26T3200-balanced-scorecards': balancedScorecards,
};
