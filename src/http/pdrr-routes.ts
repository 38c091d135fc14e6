/** The Plan–Do–Review–Revise resources, registered together (one line in server.ts). */
import { actionRoutes } from './actions/routes.js';
import type { AuthSettings } from './auth/settings.js';
import { complaintRoutes } from './complaints/routes.js';
import { objectiveRoutes } from './objectives/routes.js';
import { recoveryPlanRoutes } from './recovery-plans/routes.js';
import { pdrrSettingsRoutes } from './recovery-plans/settings-routes.js';
import type { ResourceRoutes } from './resource.js';
import { reviewRoutes } from './reviews/routes.js';
import { riskRoutes } from './risks/routes.js';

export function pdrrRoutes(settings: AuthSettings): ResourceRoutes[] {
  return [
    actionRoutes(settings),
    recoveryPlanRoutes(settings),
    riskRoutes(settings),
    reviewRoutes(settings),
    objectiveRoutes(settings),
    complaintRoutes(settings),
    pdrrSettingsRoutes,
  ];
}
