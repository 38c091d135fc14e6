/**
 * Loads a whole council (the demo, or a council moved from another deployment) into an empty
 * database in one transaction: all of it lands, or none of it.
 */
import type { Insertable, Kysely } from 'kysely';
import type { CouncilBundle } from '../domain/council.js';
import { UserError } from '../domain/errors.js';
import type { ChangeRecord } from '../domain/figures.js';
import type { Database } from './database.js';
import { chunks } from './chunks.js';
import { insertFirstCommentary } from './commentary.js';
import { measureToRow } from './measures.js';
import { isEmptyCouncil } from './organisation.js';
import { writePdrrBundle } from './pdrr-bundle.js';
import { AUTHORITY_CODE, REPORTING_PERIOD, setSetting } from './settings.js';
import { insertFirstTargets } from './targets.js';
import { insertFirstVersions } from './values.js';

async function insertAll<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  for (const chunk of chunks(rows, columns)) {
    // Kysely cannot relate a generic table name to its row type; the caller's signature does.
    await db
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}

export async function writeCouncilBundle(
  db: Kysely<Database>,
  bundle: CouncilBundle,
  change: ChangeRecord,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await isEmptyCouncil(trx))) {
      throw new UserError(
        'conflict',
        'This database already holds a council: load a council only into an empty database',
      );
    }
    await setSetting(trx, AUTHORITY_CODE, bundle.authorityCode);
    if (bundle.reportingPeriod) await setSetting(trx, REPORTING_PERIOD, bundle.reportingPeriod);
    await insertAll(
      trx,
      'org_unit',
      bundle.orgUnits.map((u) => ({ id: u.id, kind: u.kind, name: u.name, parent_id: u.parentId })),
    );
    await insertAll(
      trx,
      'person',
      bundle.people.map((p) => ({ id: p.id, name: p.name, job_title: p.jobTitle, email: p.email })),
    );
    await insertAll(
      trx,
      'role_assignment',
      bundle.roles.map((r) => ({ person_id: r.personId, org_unit_id: r.orgUnitId, role: r.role })),
    );
    await insertAll(
      trx,
      'area',
      bundle.areas.map((a) => ({ code: a.code, name: a.name, kind: a.kind, parent_code: a.parentCode })),
    );
    await insertAll(
      trx,
      'area_group',
      bundle.areaGroups.map((g) => ({ id: g.id, name: g.name, kind: g.kind })),
    );
    await insertAll(
      trx,
      'area_group_member',
      bundle.areaGroups.flatMap((g) => g.memberCodes.map((code) => ({ group_id: g.id, area_code: code }))),
    );
    await insertAll(
      trx,
      'strategy_item',
      bundle.strategyItems.map((s, position) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        description: s.description,
        parent_id: s.parentId,
        owner_id: s.ownerId,
        org_unit_id: s.orgUnitId,
        start_date: s.startDate,
        end_date: s.endDate,
        rollup_rule: s.rollupRule,
        weight: s.weight,
        position,
      })),
    );
    await insertAll(
      trx,
      'measure',
      bundle.measures.map((m) => measureToRow(m, change.at)),
    );
    await insertAll(
      trx,
      'measure_strategy_link',
      bundle.measures.flatMap((m) =>
        m.strategyItemIds.map((id) => ({ measure_id: m.id, strategy_item_id: id })),
      ),
    );
    await insertFirstVersions(trx, bundle.values, change);
    await insertFirstTargets(trx, bundle.targets, change);
    await insertFirstCommentary(trx, bundle.commentary, change);
    // An exported council carries its actions and risks with their units and history in `pdrr`.
    const actions = bundle.pdrr ? [] : bundle.actions;
    const risks = bundle.pdrr ? [] : bundle.risks;
    await insertAll(
      trx,
      'action',
      actions.map((a) => ({
        id: a.id,
        title: a.title,
        responsible_officer: a.responsibleOfficer,
        responsible_person_id: a.responsiblePersonId,
        anticipated_outcome: a.anticipatedOutcome,
        proposed_start_date: a.proposedStartDate,
        proposed_end_date: a.proposedEndDate,
        others_involved: a.othersInvolved,
        status: a.status,
        percent_complete: a.percentComplete,
        progress_note: a.progressNote,
      })),
    );
    await insertAll(
      trx,
      'action_milestone',
      actions.flatMap((a) =>
        a.milestones.map((m, position) => ({
          action_id: a.id,
          position,
          title: m.title,
          due_date: m.dueDate,
          completed_date: m.completedDate,
        })),
      ),
    );
    await insertAll(
      trx,
      'action_strategy_link',
      actions.flatMap((a) => a.strategyItemIds.map((id) => ({ action_id: a.id, strategy_item_id: id }))),
    );
    await insertAll(
      trx,
      'action_measure_link',
      actions.flatMap((a) => a.measureIds.map((id) => ({ action_id: a.id, measure_id: id }))),
    );
    await insertAll(
      trx,
      'risk',
      risks.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        owner_id: r.ownerId,
        inherent_likelihood: r.inherentLikelihood,
        inherent_impact: r.inherentImpact,
        residual_likelihood: r.residualLikelihood,
        residual_impact: r.residualImpact,
        controls: r.controls,
        review_date: r.reviewDate,
        status: r.status,
      })),
    );
    await insertAll(
      trx,
      'risk_strategy_link',
      risks.flatMap((r) => r.strategyItemIds.map((id) => ({ risk_id: r.id, strategy_item_id: id }))),
    );
    if (bundle.pdrr) await writePdrrBundle(trx, bundle.pdrr);
  });
}
