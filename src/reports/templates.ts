/**
 * What each level's report holds, after the framework's Diagram 5: Cabinet and Scrutiny get the
 * Corporate Plan and national measures along the golden thread; directors get an overview of
 * their area focused on concerns; heads of service and team managers get detail by team; an
 * employee gets their own objectives, measures and actions; the Leader's annual report tells
 * stakeholders how each priority went.
 */
import type { Measure } from '../domain/measure.js';
import type { OrgUnit, Person } from '../domain/organisation.js';
import type { Section } from './document.js';
import type { MeasureLine, ReportFacts } from './gather.js';
import type { ReportLevel } from './levels.js';
import { actionsSection } from './sections/actions.js';
import { dataQualitySection } from './sections/data-quality.js';
import { exceptionsSection } from './sections/exceptions.js';
import { groupByThread, groupByUnit, type Group } from './sections/grouping.js';
import { measureDetail } from './sections/measure-detail.js';
import { measureTable } from './sections/measure-table.js';
import { summarySection } from './sections/summary.js';
import { employeeSections } from './sections/employee.js';
import { leaderSections } from './sections/leader.js';

export interface TemplateContext {
  facts: ReportFacts;
  periodLabel: string;
  previousLabel: string | null;
  today: string;
  approvedOnly: boolean;
  unit: OrgUnit | null;
  person: Person | null;
}

export interface Template {
  /** Which measures the report is about (before the viewer's own limits). */
  include: (m: Measure, subject: { units: ReadonlySet<string> | null; personId: string | null }) => boolean;
  comparePrevious: boolean;
  withThread: boolean;
  /** What the report says it is for, under the title. */
  audience: (ctx: Pick<TemplateContext, 'unit' | 'person'>) => string;
  sections: (ctx: TemplateContext) => Section[];
}

const COUNCIL_CATEGORIES = new Set<Measure['category']>(['corporate-plan', 'national']);
const inCouncilPlan = (m: Measure) => COUNCIL_CATEGORIES.has(m.category);
const inUnits = (m: Measure, s: { units: ReadonlySet<string> | null }) =>
  s.units !== null && m.orgUnitId !== null && s.units.has(m.orgUnitId);

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetName(title: string): string {
  return title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
}

function groupSections(
  groups: readonly Group[],
  detail: (lines: readonly MeasureLine[]) => Section['blocks'],
): Section[] {
  return groups.map((g) => ({
    id: `group-${g.id}`,
    title: g.title,
    newPage: true,
    sheet: sheetName(g.title),
    blocks: [
      ...(g.parentTitle ? [{ kind: 'paragraph' as const, style: 'note' as const, text: g.parentTitle }] : []),
      ...g.subgroups.flatMap((s) => [
        ...(g.subgroups.length > 1 || s.title !== g.title
          ? [{ kind: 'heading' as const, level: 3 as const, text: s.title }]
          : []),
        ...detail(s.lines),
      ]),
    ],
  }));
}

const full = (lines: readonly MeasureLine[]) => lines.flatMap((l) => measureDetail(l, true));
const tabled = (caption: string) => (lines: readonly MeasureLine[]) => [measureTable(caption, lines)];

function standard(
  ctx: TemplateContext,
  groups: readonly Group[],
  detail: 'full' | 'table',
  exceptionsFirst: boolean,
): Section[] {
  const summary = summarySection(ctx.facts, ctx.periodLabel, ctx.previousLabel);
  const body = groupSections(groups, detail === 'full' ? full : tabled('Measures'));
  const exceptions = exceptionsSection(ctx.facts.lines, ctx.today);
  const rest = [
    actionsSection(ctx.facts.actions, ctx.today),
    dataQualitySection(ctx.facts.lines, ctx.approvedOnly),
  ];
  return exceptionsFirst ? [summary, exceptions, ...body, ...rest] : [summary, ...body, exceptions, ...rest];
}

const byUnit = (ctx: TemplateContext) => groupByUnit(ctx.facts.lines, ctx.unit!, ctx.facts.units);
const byThread = (ctx: TemplateContext) => groupByThread(ctx.facts.lines, ctx.facts.items);

export const TEMPLATES: Record<ReportLevel, Template> = {
  cabinet: {
    include: inCouncilPlan,
    comparePrevious: true,
    withThread: true,
    audience: () => 'Corporate Plan measures, national and partnership measures, and key actions',
    sections: (ctx) => standard(ctx, byThread(ctx), 'full', false),
  },
  scrutiny: {
    include: inCouncilPlan,
    comparePrevious: true,
    withThread: true,
    audience: () => 'Corporate Plan and national measures for scrutiny, exceptions first',
    sections: (ctx) => standard(ctx, byThread(ctx), 'table', true),
  },
  directorate: {
    include: inUnits,
    comparePrevious: true,
    withThread: false,
    audience: ({ unit }) =>
      `${unit?.name ?? 'Directorate'}: an overview focused on key priorities and areas of concern`,
    sections: (ctx) => standard(ctx, byUnit(ctx), 'table', true),
  },
  'service-director': {
    include: inUnits,
    comparePrevious: true,
    withThread: false,
    audience: ({ unit }) =>
      `${unit?.name ?? 'Service'}: high-level, strategic information on each service area`,
    sections: (ctx) => standard(ctx, byUnit(ctx), 'table', true),
  },
  'head-of-service': {
    include: inUnits,
    comparePrevious: true,
    withThread: false,
    audience: ({ unit }) => `${unit?.name ?? 'Service'}: team-level detail for improvement plans`,
    sections: (ctx) => standard(ctx, byUnit(ctx), 'full', true),
  },
  'team-manager': {
    include: inUnits,
    comparePrevious: true,
    withThread: false,
    audience: ({ unit }) => `${unit?.name ?? 'Team'}: the team's performance across a wide range of areas`,
    sections: (ctx) => standard(ctx, byUnit(ctx), 'table', false),
  },
  employee: {
    include: (m, s) => s.personId !== null && m.ownerId === s.personId,
    comparePrevious: false,
    withThread: false,
    audience: ({ person }) =>
      `${person?.name ?? 'Employee'}: my objectives, measures and actions, and how they contribute to the Corporate Plan`,
    sections: employeeSections,
  },
  'leader-annual': {
    include: inCouncilPlan,
    comparePrevious: true,
    withThread: true,
    audience: () => 'How the council performed against the Corporate Plan, for residents, partners and staff',
    sections: leaderSections,
  },
};
