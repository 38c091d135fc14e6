/**
 * The key actions of the Performance Management Framework's appendix ("Key actions 2015-16"),
 * with the action, responsible officer, anticipated outcome, dates and others involved exactly
 * as the framework writes them; a month start is its first day and a month end its last. The
 * progress, status and milestones are the demo's own, as they might stand in spring 2018.
 */
import type { Action, ActionStatus, Milestone } from '../domain/action.js';
import type { DemoOrganisation } from './organisation.js';

export interface ActionEntry {
  id: string;
  title: string;
  responsibleOfficer: string;
  anticipatedOutcome: string;
  proposedStartDate: string;
  proposedEndDate: string;
  othersInvolved: string | null;
  status: ActionStatus;
  percentComplete: number;
  progressNote: string | null;
  milestones?: Milestone[];
  strategyItemIds: string[];
  measureIds?: string[];
}

const HoT = 'Head of Transformation';
const ACCESS = 'Improve use of technology and access to latest performance data';
const done = (note: string) => ({ status: 'completed' as const, percentComplete: 100, progressNote: note });

export const FRAMEWORK_ACTIONS: readonly ActionEntry[] = [
  {
    id: 'PMF-01',
    title: "Annual refresh of Corporate Plan and 'Plans on a Page'",
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Set strategic vision',
    proposedStartDate: '2015-12-01',
    proposedEndDate: '2016-03-31',
    othersInvolved: 'Wider Leadership Team, Policy Officer',
    ...done(
      'Refreshed Corporate Plan approved by Full Council in March 2016; plans on a page published for every objective.',
    ),
    strategyItemIds: ['OB-CCC-PERF', 'CP'],
    milestones: [
      {
        title: 'Draft plans on a page agreed by Wider Leadership Team',
        dueDate: '2016-01-29',
        completedDate: '2016-02-03',
      },
      {
        title: 'Corporate Plan approved by Full Council',
        dueDate: '2016-03-02',
        completedDate: '2016-03-02',
      },
    ],
  },
  {
    id: 'PMF-02',
    title: "Leader's Annual report to Stakeholders for 2014-15",
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Increase accountability around performance',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-09-30',
    othersInvolved: 'Wider Leadership Team, Policy Officer',
    ...done('Published in September 2015 and presented at the stakeholder conference.'),
    strategyItemIds: ['OB-CCC-PERF'],
  },
  {
    id: 'PMF-03',
    title: 'Quarterly reports on Corporate Plan Measures to Cabinet and Scrutiny Board',
    responsibleOfficer: HoT,
    anticipatedOutcome:
      "Increase accountability around performance, key page of the 'review' stage of performance management",
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2016-03-31',
    othersInvolved: 'Policy Officer',
    ...done(
      'Four quarterly reports taken to Cabinet (Performance Management) Panel and Scrutiny Board in 2015/16; now business as usual.',
    ),
    strategyItemIds: ['OB-CCC-PERF'],
    measureIds: ['QA-05'],
    milestones: [
      { title: 'Quarter 1 report to Cabinet', dueDate: '2015-09-16', completedDate: '2015-09-16' },
      { title: 'Quarter 2 report to Cabinet', dueDate: '2015-12-09', completedDate: '2015-12-09' },
      { title: 'Quarter 3 report to Cabinet', dueDate: '2016-03-16', completedDate: '2016-03-16' },
    ],
  },
  {
    id: 'PMF-04',
    title: 'Document methodology for each Corporate Plan measure',
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improve data quality',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-06-30',
    othersInvolved: 'Policy Officer',
    status: 'completed',
    percentComplete: 100,
    progressNote:
      'Methodology documented for 39 of 45 measures by the end of June; the rest by October 2015 once the data owners were confirmed.',
    strategyItemIds: ['OB-CCC-PERF'],
    measureIds: ['QA-06'],
  },
  {
    id: 'PMF-05',
    title:
      'Procure and implement a business intelligence and analytics software solution, to work alongside other performance management software',
    responsibleOfficer: 'Head of ICT',
    anticipatedOutcome: ACCESS,
    proposedStartDate: '2015-04-01',
    proposedEndDate: '2015-09-30',
    othersInvolved: 'ICT and Transformation Teams involved in procurement, ICT Capital Programme',
    ...done('Went live in October 2015, three weeks late, after a data-centre firewall change.'),
    strategyItemIds: ['OB-CCC-WORKS', 'PP-BI-SOFTWARE'],
    measureIds: ['QA-09'],
    milestones: [
      { title: 'Specification agreed', dueDate: '2015-05-15', completedDate: '2015-05-12' },
      { title: 'Contract awarded', dueDate: '2015-07-31', completedDate: '2015-08-14' },
      { title: 'Live for all managers', dueDate: '2015-09-30', completedDate: '2015-10-19' },
    ],
  },
  {
    id: 'PMF-06',
    title: 'Establish thematic dashboard for each Corporate Plan objective',
    responsibleOfficer: HoT,
    anticipatedOutcome: ACCESS,
    proposedStartDate: '2015-04-01',
    proposedEndDate: '2015-09-30',
    othersInvolved: 'Transformation Team',
    ...done('A dashboard for every Corporate Plan objective is live on the business intelligence platform.'),
    strategyItemIds: ['OB-CCC-PERF', 'OB-CCC-WORKS'],
    measureIds: ['QA-09'],
  },
  {
    id: 'PMF-07',
    title: 'Work with directorates to establish and develop a list of key service specific dashboards',
    responsibleOfficer: HoT,
    anticipatedOutcome: ACCESS,
    proposedStartDate: '2015-04-01',
    proposedEndDate: '2015-09-30',
    othersInvolved: 'Directorate Leadership Teams, Transformation Team',
    ...done('List agreed with each Directorate Leadership Team; 23 service dashboards built by March 2017.'),
    strategyItemIds: ['OB-CCC-PERF', 'OB-CCC-WORKS'],
    measureIds: ['QA-09'],
  },
  {
    id: 'PMF-08',
    title:
      'Produce a summary for managers on the key corporate reports available to them – on Finance, HR and other management information',
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improve access to latest performance data',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-07-31',
    othersInvolved: 'The Hub (Agresso) Transformation Team',
    ...done('Manager’s guide to corporate reports published on the intranet in July 2015.'),
    strategyItemIds: ['OB-CCC-PERF'],
  },
  {
    id: 'PMF-09',
    title: "Review the council's LIS – the external platform for data and information",
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improve access to latest performance data',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2016-03-31',
    othersInvolved: 'Transformation Team',
    status: 'in-progress',
    percentComplete: 80,
    progressNote:
      'Review complete; the replacement open data and ward profile site is being built on Golden Thread’s public pages and is due to launch in summer 2018.',
    strategyItemIds: ['OB-CCC-PERF', 'PP-LIS'],
    milestones: [
      { title: 'Review report to Wider Leadership Team', dueDate: '2015-12-18', completedDate: '2016-01-27' },
      { title: 'New public site live', dueDate: '2016-03-31', completedDate: null },
    ],
  },
  {
    id: 'PMF-10',
    title: 'Create a central business intelligence team/resource for the council',
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improve use of council resources to deliver Future Performance priority',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-11-30',
    othersInvolved: 'Wider Leadership Team, Transformation Team',
    ...done(
      'Business Intelligence team formed in November 2015 from analysts previously in each directorate.',
    ),
    strategyItemIds: ['OB-CCC-PERF', 'PP-BI-TEAM'],
    measureIds: ['QA-05', 'QA-12'],
    milestones: [
      { title: 'Business case approved', dueDate: '2015-07-31', completedDate: '2015-07-22' },
      { title: 'Team in place', dueDate: '2015-11-30', completedDate: '2015-11-30' },
    ],
  },
  {
    id: 'PMF-11',
    title:
      'Agree a suite of performance report templates for all council based management and performance reports',
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improve consistency of performance reporting',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-07-31',
    othersInvolved: 'Wider Leadership Team, Transformation Team',
    ...done('Templates for the six reporting levels agreed by Wider Leadership Team in July 2015.'),
    strategyItemIds: ['OB-CCC-PERF'],
  },
  {
    id: 'PMF-12',
    title: 'Procure infograph software',
    responsibleOfficer: HoT,
    anticipatedOutcome: 'Improved performance reporting',
    proposedStartDate: '2015-06-01',
    proposedEndDate: '2015-07-31',
    othersInvolved: 'Channel Shift',
    status: 'cancelled',
    percentComplete: 0,
    progressNote: 'Not procured: the business intelligence platform’s own charts met the need.',
    strategyItemIds: ['OB-CCC-PERF'],
  },
];

export function toAction(entry: ActionEntry, org: DemoOrganisation): Action {
  return {
    id: entry.id,
    title: entry.title,
    responsibleOfficer: entry.responsibleOfficer,
    responsiblePersonId: org.postHolder(entry.responsibleOfficer),
    anticipatedOutcome: entry.anticipatedOutcome,
    proposedStartDate: entry.proposedStartDate,
    proposedEndDate: entry.proposedEndDate,
    othersInvolved: entry.othersInvolved,
    status: entry.status,
    percentComplete: entry.percentComplete,
    progressNote: entry.progressNote,
    milestones: entry.milestones ?? [],
    strategyItemIds: entry.strategyItemIds,
    measureIds: entry.measureIds ?? [],
  };
}
