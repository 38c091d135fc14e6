/** Project plans under the plans on a page and service plans of the demo Corporate Plan. */

export interface ProjectEntry {
  id: string;
  title: string;
  /** A plan on a page (by its objective's id), or a service plan (by its service's id). */
  parent: { objective: string } | { service: string };
  ownerPost: string;
  orgUnitId: string;
  startDate: string;
  endDate: string;
}

export const PROJECTS: readonly ProjectEntry[] = [
  {
    id: 'PP-BI-SOFTWARE',
    title: 'Business intelligence and analytics software',
    parent: { objective: 'OB-CCC-WORKS' },
    ownerPost: 'Head of ICT',
    orgUnitId: 'SVC-ICT',
    startDate: '2015-04-01',
    endDate: '2015-09-30',
  },
  {
    id: 'PP-BI-TEAM',
    title: 'Central business intelligence team',
    parent: { objective: 'OB-CCC-PERF' },
    ownerPost: 'Head of Transformation',
    orgUnitId: 'SVC-TRANS',
    startDate: '2015-06-01',
    endDate: '2015-11-30',
  },
  {
    id: 'PP-LIS',
    title: 'Review of the Local Information System (LIS)',
    parent: { objective: 'OB-CCC-PERF' },
    ownerPost: 'Head of Transformation',
    orgUnitId: 'SVC-TRANS',
    startDate: '2015-06-01',
    endDate: '2016-03-31',
  },
  {
    id: 'PP-CHANNEL-SHIFT',
    title: 'Channel shift: online by default',
    parent: { objective: 'OB-CCC-CUSTOMER' },
    ownerPost: 'Customer Services Manager',
    orgUnitId: 'TEAM-CUSTOMER',
    startDate: '2015-10-01',
    endDate: '2018-03-31',
  },
  {
    id: 'PP-WOLVES-AT-WORK',
    title: 'Wolves at Work',
    parent: { service: 'SVC-ECON' },
    ownerPost: 'Skills and Employment Manager',
    orgUnitId: 'TEAM-SKILLS',
    startDate: '2016-04-01',
    endDate: '2018-03-31',
  },
  {
    id: 'PP-RECYCLING',
    title: 'Fortnightly residual collection and expanded recycling',
    parent: { service: 'SVC-ENV' },
    ownerPost: 'Head of Waste and Recycling',
    orgUnitId: 'SVC-ENV',
    startDate: '2016-04-01',
    endDate: '2017-03-31',
  },
  {
    id: 'PP-CHILDREN-TRANSFORM',
    title: "Children's transformation: the right support at the right time",
    parent: { service: 'SVC-CYP' },
    ownerPost: 'Head of Looked After Children',
    orgUnitId: 'SVC-CYP',
    startDate: '2015-04-01',
    endDate: '2018-03-31',
  },
  {
    id: 'PP-PROMOTING-INDEPENDENCE',
    title: 'Promoting Independence in adult social care',
    parent: { service: 'SVC-ADULTS' },
    ownerPost: 'Head of Independent Living',
    orgUnitId: 'SVC-ADULTS',
    startDate: '2016-04-01',
    endDate: '2018-03-31',
  },
];
