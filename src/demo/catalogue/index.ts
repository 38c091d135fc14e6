/** The demo council's measure catalogue, every category of the framework's section 8.3. */
import type { MeasureSpec } from '../measure-spec.js';
import { ADULTS_HEALTH } from './adults-health.js';
import { CHILDREN_SERVICES } from './children-services.js';
import { CHILDREN } from './children.js';
import { COMMUNITIES } from './communities.js';
import { CUSTOMER_DIGITAL } from './customer-digital.js';
import { ECONOMY } from './economy.js';
import { FINANCE } from './finance.js';
import { GOVERNANCE_ESTATE } from './governance-estate.js';
import { NATIONAL_ADULTS_HEALTH } from './national-adults-health.js';
import { NATIONAL_CHILDREN } from './national-children.js';
import { NATIONAL_PLACE } from './national-place.js';
import { PLACE_SERVICES } from './place-services.js';
import { PLACE } from './place.js';
import { QUALITY } from './quality.js';
import { WORKFORCE } from './workforce.js';

export const CATALOGUE: readonly MeasureSpec[] = [
  ...ECONOMY,
  ...PLACE,
  ...PLACE_SERVICES,
  ...CHILDREN,
  ...CHILDREN_SERVICES,
  ...ADULTS_HEALTH,
  ...COMMUNITIES,
  ...NATIONAL_CHILDREN,
  ...NATIONAL_ADULTS_HEALTH,
  ...NATIONAL_PLACE,
  ...FINANCE,
  ...WORKFORCE,
  ...QUALITY,
  ...CUSTOMER_DIGITAL,
  ...GOVERNANCE_ESTATE,
];
