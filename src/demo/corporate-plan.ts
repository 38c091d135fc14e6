/**
 * The demo Corporate Plan 2015–18: three priorities, seven outcomes and the objectives beneath
 * them. The priorities and the seven corporate transformation objectives under 'a confident,
 * capable council' (Future Performance, Future People, Future Works, Future Practice and three
 * more) follow the Performance Management Framework; the rest are written in the plan's style.
 */

export interface PlanEntry {
  id: string;
  title: string;
  description: string;
  /** The unit whose leader owns it (and owns its plan on a page, for objectives). */
  ownerUnit: string;
}

export interface OutcomeEntry extends PlanEntry {
  objectives: PlanEntry[];
}

export interface PriorityEntry extends PlanEntry {
  outcomes: OutcomeEntry[];
}

export const CORPORATE_PLAN = {
  id: 'CP',
  title: 'Corporate Plan 2015–18',
  description:
    "Our priorities for the city – a stronger economy and stronger communities, supported by a confident, capable council – and the seven outcomes we are working to achieve. 'Working as one to serve our city'.",
  startDate: '2015-04-01',
  endDate: '2018-03-31',
};

const ob = (id: string, title: string, description: string, ownerUnit: string): PlanEntry => ({
  id,
  title,
  description,
  ownerUnit,
});

export const PRIORITIES: readonly PriorityEntry[] = [
  {
    id: 'PR-ECO',
    title: 'A stronger economy',
    description: 'More people in work, more businesses growing and a city centre people want to visit.',
    ownerUnit: 'DIR-PLACE',
    outcomes: [
      {
        id: 'OC-ECO-GROWTH',
        title: 'A thriving economy with more local people in good jobs',
        description: 'Residents have the skills employers need, and businesses start, grow and invest here.',
        ownerUnit: 'DIR-PLACE',
        objectives: [
          ob(
            'OB-ECO-JOBS',
            'Reduce unemployment and raise skill levels',
            'Get more residents, and more young people, into work, apprenticeships and learning.',
            'SVC-ECON',
          ),
          ob(
            'OB-ECO-BIZ',
            'Support businesses to start, grow and invest in the city',
            'Business support, inward investment and a planning service that helps development happen.',
            'SVC-ECON',
          ),
          ob(
            'OB-ECO-HOMES',
            'Deliver more homes, and better homes, for the city',
            'New homes of every tenure, and empty and poor-quality private homes brought up to standard.',
            'DIR-PLACE',
          ),
        ],
      },
      {
        id: 'OC-ECO-PLACE',
        title: 'A vibrant, clean and well-connected city',
        description:
          'A city centre that is busy day and night, and streets and parks that residents are proud of.',
        ownerUnit: 'DIR-PLACE',
        objectives: [
          ob(
            'OB-ECO-CENTRE',
            'A vibrant city centre with a growing visitor economy',
            'More footfall, fewer empty shops and more visitors to the city’s venues.',
            'SVC-ECON',
          ),
          ob(
            'OB-ECO-CLEAN',
            'Keep the city clean, green and well maintained',
            'Recycling up, fly-tipping down, and roads and street lights kept in good repair.',
            'SVC-ENV',
          ),
        ],
      },
    ],
  },
  {
    id: 'PR-COM',
    title: 'Stronger communities',
    description:
      'Children safe and doing well at school, adults living healthy, independent lives, and safe neighbourhoods.',
    ownerUnit: 'DIR-PEOPLE',
    outcomes: [
      {
        id: 'OC-COM-CHILD',
        title: 'Children and young people get the best possible start in life',
        description: 'Children are safe, looked after well when they need to be, and achieve at school.',
        ownerUnit: 'DIR-PEOPLE',
        objectives: [
          ob(
            'OB-COM-CHILDSAFE',
            'Keep children safe and safely reduce the number of Looked After Children',
            'Early help and effective safeguarding, so that fewer children need to come into care and those who do have stable homes.',
            'SVC-CYP',
          ),
          ob(
            'OB-COM-SCHOOLS',
            'Raise educational attainment and improve our schools',
            'More children in good or outstanding schools, better results at every key stage and timely support for special educational needs.',
            'SVC-EDU',
          ),
        ],
      },
      {
        id: 'OC-COM-ADULT',
        title: 'Adults live longer, healthier and more independent lives',
        description:
          'People are supported to stay well and at home, and health inequalities between wards narrow.',
        ownerUnit: 'DIR-PEOPLE',
        objectives: [
          ob(
            'OB-COM-INDEP',
            'Promote independence for older people and people with disabilities',
            'Reablement, direct payments and joined-up care with the NHS through the Better Care Fund.',
            'SVC-ADULTS',
          ),
          ob(
            'OB-COM-HEALTH',
            'Improve health and reduce health inequalities',
            'Healthy lifestyles, early detection and a healthy start for every child.',
            'SVC-PH',
          ),
        ],
      },
      {
        id: 'OC-COM-SAFE',
        title: 'Safe, resilient and cohesive communities',
        description: 'People feel safe where they live, and nobody has to sleep on the streets.',
        ownerUnit: 'DIR-PEOPLE',
        objectives: [
          ob(
            'OB-COM-SAFETY',
            'Reduce crime and anti-social behaviour',
            'With West Midlands Police and partners in the Safer Wolverhampton Partnership.',
            'SVC-PH',
          ),
          ob(
            'OB-COM-HOUSING',
            'Prevent homelessness and help people stay in their homes',
            'Early prevention, fewer households in temporary accommodation and none in bed and breakfast.',
            'DIR-PLACE',
          ),
        ],
      },
    ],
  },
  {
    id: 'PR-CCC',
    title: 'A confident, capable council',
    description:
      "The council's corporate transformation agenda: seven 'Future' objectives that make us a modern, high-performing organisation.",
    ownerUnit: 'DIR-CORP',
    outcomes: [
      {
        id: 'OC-CCC-MEANS',
        title: 'A council that lives within its means',
        description: 'A balanced budget, savings delivered and customers served well at lower cost.',
        ownerUnit: 'DIR-CORP',
        objectives: [
          ob(
            'OB-CCC-MONEY',
            'Future Money',
            'Deliver the Medium Term Financial Strategy: a balanced budget each year, savings delivered on time and income collected.',
            'SVC-FIN',
          ),
          ob(
            'OB-CCC-CUSTOMER',
            'Future Customer',
            'Services designed around the customer and online by default, with help for those who need it.',
            'DIR-CORP',
          ),
          ob(
            'OB-CCC-SPACES',
            'Future Spaces',
            'A smaller, better-used estate: fewer buildings, shared with partners, and receipts from surplus sites.',
            'DIR-PLACE',
          ),
        ],
      },
      {
        id: 'OC-CCC-WAY',
        title: 'A high-performing council, working as one to serve our city',
        description:
          'The Wolverhampton Way: strong performance, skilled people, modern technology and sound governance.',
        ownerUnit: 'DIR-CORP',
        objectives: [
          ob(
            'OB-CCC-PERF',
            'Future Performance',
            'Establish and embed a strong performance and project management culture throughout the organisation; improve the availability, quality and use of management information; clear lines of accountability.',
            'DIR-CORP',
          ),
          ob(
            'OB-CCC-PEOPLE',
            'Future People',
            'Our Organisational Development Strategy: PRIDE behaviours, leadership and management, a revised appraisal for everyone, and a healthy workforce.',
            'DIR-CORP',
          ),
          ob(
            'OB-CCC-WORKS',
            'Future Works',
            'Use technology to support improved performance: business intelligence and analytics software, interactive dashboards and reliable, secure systems.',
            'DIR-CORP',
          ),
          ob(
            'OB-CCC-PRACTICE',
            'Future Practice',
            'Governance, policies and procedures that are fit for purpose, robust and effective, with appropriate delegation and compliance.',
            'SVC-GOV',
          ),
        ],
      },
    ],
  },
];

/** Each directorate plan hangs from the plan on a page its directorate leads on. */
export const DIRECTORATE_PLAN_PARENT: Record<string, string> = {
  'DIR-PEOPLE': 'OB-COM-CHILDSAFE',
  'DIR-PLACE': 'OB-ECO-JOBS',
  'DIR-CORP': 'OB-CCC-PERF',
};
