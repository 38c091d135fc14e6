/**
 * Builds a report for a level, a period and a scope: `buildReport(store, request)` gathers the
 * engine's results through the status service and lays them out by the level's template. Schedules,
 * the command line and the API all call this, then `renderReport` for the format wanted.
 */
import { subtreeOf } from '../domain/access/roles.js';
import type { Scope } from '../domain/access/scope.js';
import { UserError } from '../domain/errors.js';
import type { OrgUnit, Person } from '../domain/organisation.js';
import { formatPeriod, parsePeriod, periodLabel, shiftPeriod, type Period } from '../domain/period.js';
import { formatDate } from '../domain/status/format.js';
import type { Store } from '../store/connect.js';
import { listOrgUnits, listPeople } from '../store/organisation.js';
import type { ReportDocument, Section } from './document.js';
import { gatherFacts, type ReportFacts } from './gather.js';
import {
  LEVEL_SUBJECT,
  REPORT_LEVELS,
  REPORT_LEVEL_LABELS,
  isReportLevel,
  type ReportLevel,
} from './levels.js';
import { dataSet } from './dataset.js';
import { groupByThread, groupByUnit } from './sections/grouping.js';
import { TEMPLATES } from './templates.js';

export interface ReportScope {
  /** The directorate, service or team a management report is about. */
  orgUnitId?: string | null;
  /** The employee whose page it is. */
  personId?: string | null;
  /** What the reader may see; the report leaves out the rest. Null: everything (the command line). */
  viewer?: Scope | null;
}

export interface ReportRequest {
  level: ReportLevel | string;
  /** The period reported, in canonical form ("2017/18-Q2"). */
  period: string;
  scope?: ReportScope;
  /** Today's date (YYYY-MM-DD): what is overdue depends on it. */
  today: string;
  /** Judge approved figures only; otherwise unapproved figures are used and marked provisional. */
  approvedOnly: boolean;
}

function readLevel(text: string): ReportLevel {
  if (isReportLevel(text)) return text;
  throw new UserError(
    'invalid-input',
    `level: "${text}" is not a report level; expected one of ${REPORT_LEVELS.join(', ')}`,
  );
}

function readPeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('invalid-input', `period: ${parsed.error}`);
  return parsed.period;
}

interface Subject {
  unit: OrgUnit | null;
  person: Person | null;
  units: ReadonlySet<string> | null;
}

async function subjectOf(store: Store, level: ReportLevel, scope: ReportScope): Promise<Subject> {
  const kind = LEVEL_SUBJECT[level];
  if (kind === 'council') return { unit: null, person: null, units: null };
  if (kind === 'person') {
    const people = await listPeople(store.db);
    const id = scope.personId ?? scope.viewer?.personId ?? null;
    const person = people.find((p) => p.id === id) ?? null;
    if (id === null)
      throw new UserError(
        'invalid-input',
        'person: the employee report needs the person it is for (--person ID)',
      );
    if (!person) throw new UserError('not-found', `person: there is no person with id "${id}"`);
    return { unit: null, person, units: null };
  }
  const units = await listOrgUnits(store.db);
  const id = scope.orgUnitId ?? null;
  const examples = units
    .filter((u) => u.kind === kind)
    .slice(0, 3)
    .map((u) => u.id)
    .join(', ');
  if (id === null)
    throw new UserError(
      'invalid-input',
      `unit: the ${level} report needs the ${kind} it is about (--unit ID, e.g. ${examples})`,
    );
  const unit = units.find((u) => u.id === id);
  if (!unit) throw new UserError('not-found', `unit: there is no organisation unit with id "${id}"`);
  if (unit.kind !== kind)
    throw new UserError(
      'invalid-input',
      `unit: "${id}" is a ${unit.kind}; the ${level} report is about a ${kind} (e.g. ${examples})`,
    );
  return { unit, person: null, units: subtreeOf(units, unit.id) };
}

function noDataSection(periodLabel: string): Section {
  return {
    id: 'no-data',
    title: 'No figures for this period',
    newPage: false,
    sheet: 'Summary',
    blocks: [
      {
        kind: 'paragraph',
        style: 'warning',
        text: `There are no figures for any measure in this report as at ${periodLabel}. Either the period has not been reported yet, or it is before the council's records begin. Choose a period with figures, or wait until they are entered and approved.`,
      },
    ],
  };
}

const hasFigures = (facts: ReportFacts) =>
  facts.lines.some((l) => l.status.figure !== null && l.status.figure.value !== null);

export async function buildReport(store: Store, request: ReportRequest): Promise<ReportDocument> {
  const level = readLevel(request.level);
  const period = readPeriod(request.period);
  const scope = request.scope ?? {};
  const template = TEMPLATES[level];
  const subject = await subjectOf(store, level, scope);
  const previousPeriod = template.comparePrevious ? shiftPeriod(period, -1) : null;
  const facts = await gatherFacts(store, {
    period,
    previousPeriod,
    today: request.today,
    approvedOnly: request.approvedOnly,
    viewer: scope.viewer ?? null,
    include: (m) => template.include(m, { units: subject.units, personId: subject.person?.id ?? null }),
    withThread: template.withThread,
  });
  const label = periodLabel(period);
  const ctx = {
    facts,
    periodLabel: label,
    previousLabel: previousPeriod === null ? null : periodLabel(previousPeriod),
    today: request.today,
    approvedOnly: request.approvedOnly,
    unit: subject.unit,
    person: subject.person,
  };
  const empty = !hasFigures(facts) && level !== 'employee';
  const sections = empty ? [noDataSection(label)] : template.sections(ctx);
  const groups = subject.unit
    ? groupByUnit(facts.lines, subject.unit, facts.units)
    : groupByThread(facts.lines, facts.items);
  const flat = groups.flatMap((g) => g.subgroups.map((s) => ({ title: s.title, lines: s.lines })));
  const title = REPORT_LEVEL_LABELS[level];
  return {
    title,
    subtitle: template.audience(subject),
    council: facts.council,
    level,
    period: formatPeriod(period),
    periodLabel: label,
    producedOn: request.today,
    approvedOnly: request.approvedOnly,
    cover: {
      lines: [facts.council, `${title}: ${label}`, `Produced on ${formatDate(request.today)}`],
      notice: request.approvedOnly
        ? 'Approved figures only.'
        : 'Includes figures not yet approved: these are provisional and may change.',
    },
    sections,
    data: dataSet(
      'Measures',
      empty ? [] : level === 'employee' ? [{ title: 'My measures', lines: facts.lines }] : flat,
    ),
  };
}
