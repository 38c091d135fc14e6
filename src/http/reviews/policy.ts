/**
 * Who may see and change a review meeting. The council's forums (Cabinet, Scrutiny Board) are read
 * by every officer and councillor, and minuted by the performance function; a directorate's,
 * service's or team's meetings by those with reach over that unit.
 */
import type { Scope } from '../../domain/access/scope.js';
import { canChangeHeld, canCreateAt, canReadHeld, pdrrReaderOf } from '../../domain/pdrr/access.js';
import { COUNCIL_FORUMS, type ReviewMeeting } from '../../domain/pdrr/review.js';

type Forum = Pick<ReviewMeeting, 'forum' | 'orgUnitId'>;
const councilWide = (m: Forum) => COUNCIL_FORUMS.has(m.forum);
const performanceFunction = (scope: Scope) => pdrrReaderOf(scope) === 'officer' && scope.everything;

export const reviewPolicy = {
  read: (scope: Scope, m: Forum) =>
    councilWide(m)
      ? pdrrReaderOf(scope) !== 'none'
      : canReadHeld(scope, { orgUnitIds: [m.orgUnitId], personIds: [] }),
  change: (scope: Scope, m: Forum) =>
    councilWide(m)
      ? performanceFunction(scope)
      : canChangeHeld(scope, { orgUnitIds: [m.orgUnitId], personIds: [] }),
  create: (scope: Scope, m: Forum) =>
    councilWide(m) ? performanceFunction(scope) : canCreateAt(scope, m.orgUnitId),
};
