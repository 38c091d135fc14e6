/**
 * The shape of the demo council: three directorates, as the City of Wolverhampton had in 2015
 * (People, Place, Corporate), their services and teams, and the posts in each. Ids are stable so
 * that measures, plans and actions can name their owners.
 */

export const COUNCIL_ID = 'COUNCIL';
export const COUNCIL_NAME = 'City of Wolverhampton Council';

export interface DirectorateShape {
  id: string;
  name: string;
  directorTitle: string;
}

export interface ServiceShape {
  id: string;
  name: string;
  directorateId: string;
  /** The post that leads the service. */
  lead: { role: 'service-director' | 'head-of-service'; title: string };
  /** Further heads of service sitting in the service. */
  heads: string[];
}

export interface TeamShape {
  id: string;
  name: string;
  serviceId: string;
  managerTitle: string;
  /** Job titles of the team's employees, one person each. */
  staff: string[];
  /** An individual objective set at appraisal for the first member of staff. */
  appraisalObjective: string;
}

export const DIRECTORATES: readonly DirectorateShape[] = [
  { id: 'DIR-PEOPLE', name: 'People', directorTitle: 'Strategic Director – People' },
  { id: 'DIR-PLACE', name: 'Place', directorTitle: 'Strategic Director – Place' },
  { id: 'DIR-CORP', name: 'Corporate Services', directorTitle: 'Strategic Director – Corporate Services' },
];

const sd = (title: string) => ({ role: 'service-director' as const, title: `Service Director – ${title}` });
const hos = (title: string) => ({ role: 'head-of-service' as const, title });

export const SERVICES: readonly ServiceShape[] = [
  {
    id: 'SVC-CYP',
    name: 'Children and Young People',
    directorateId: 'DIR-PEOPLE',
    lead: sd('Children and Young People'),
    heads: ['Head of Safeguarding', 'Head of Looked After Children'],
  },
  {
    id: 'SVC-ADULTS',
    name: 'Adult Services',
    directorateId: 'DIR-PEOPLE',
    lead: sd('Adult Services'),
    heads: ['Head of Independent Living'],
  },
  {
    id: 'SVC-EDU',
    name: 'Education',
    directorateId: 'DIR-PEOPLE',
    lead: sd('Education'),
    heads: ['Head of School Improvement'],
  },
  {
    id: 'SVC-PH',
    name: 'Public Health and Wellbeing',
    directorateId: 'DIR-PEOPLE',
    lead: sd('Public Health and Wellbeing'),
    heads: ['Head of Community Safety'],
  },
  {
    id: 'SVC-ECON',
    name: 'City Economy',
    directorateId: 'DIR-PLACE',
    lead: sd('City Economy'),
    heads: ['Head of Planning'],
  },
  {
    id: 'SVC-ENV',
    name: 'City Environment',
    directorateId: 'DIR-PLACE',
    lead: sd('City Environment'),
    heads: ['Head of Waste and Recycling'],
  },
  { id: 'SVC-HOUSING', name: 'Housing', directorateId: 'DIR-PLACE', lead: hos('Head of Housing'), heads: [] },
  {
    id: 'SVC-FIN',
    name: 'Finance',
    directorateId: 'DIR-CORP',
    lead: sd('Finance'),
    heads: ['Head of Revenues and Benefits'],
  },
  {
    id: 'SVC-HR',
    name: 'Human Resources and Organisational Development',
    directorateId: 'DIR-CORP',
    lead: hos('Head of Human Resources'),
    heads: [],
  },
  { id: 'SVC-ICT', name: 'ICT', directorateId: 'DIR-CORP', lead: hos('Head of ICT'), heads: [] },
  {
    id: 'SVC-GOV',
    name: 'Governance',
    directorateId: 'DIR-CORP',
    lead: sd('Governance'),
    heads: ['Head of Legal Services'],
  },
  {
    id: 'SVC-TRANS',
    name: 'Transformation',
    directorateId: 'DIR-CORP',
    lead: hos('Head of Transformation'),
    heads: [],
  },
];

/** Cabinet portfolios and the scrutiny board: councillors hold roles at council level. */
export const CABINET_TITLES = [
  'Leader of the Council',
  'Deputy Leader',
  'Cabinet Member for Children and Young People',
  'Cabinet Member for Adults',
  'Cabinet Member for Public Health and Wellbeing',
  'Cabinet Member for City Economy',
  'Cabinet Member for City Environment',
  'Cabinet Member for Resources',
  'Cabinet Member for Governance',
] as const;

export const SCRUTINY_TITLES = [
  'Chair of Scrutiny Board',
  'Vice-Chair of Scrutiny Board',
  'Scrutiny Board Member',
  'Scrutiny Board Member',
  'Scrutiny Board Member',
  'Scrutiny Board Member',
] as const;
