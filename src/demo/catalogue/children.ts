/** Corporate Plan measures for children and young people: safeguarding, Looked After Children and schools. */
import type { MeasureSpec } from '../measure-spec.js';

export const CHILDREN: MeasureSpec[] = [
  {
    id: 'CP-CHI-01',
    title: 'Looked After Children',
    category: 'corporate-plan',
    unit: 'number',
    aggregation: 'latest',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'SVC-CYP',
    links: ['OB-COM-CHILDSAFE', 'PP-CHILDREN-TRANSFORM', 'OB-CCC-PERF'],
    isPublic: true,
    dueLagDays: 7,
    definition:
      'Children looked after by the City of Wolverhampton Council on the last day of the month, under a care order or accommodated under section 20 of the Children Act 1989.',
    source: 'Mosaic (children’s social care)',
    caveats:
      'Excludes children in short-break (respite) placements and unaccompanied asylum-seeking children placed by the national transfer scheme until their legal status is recorded.',
    figures: { level: 780, trend: -46, noise: 6 },
    target: { values: [760, 720, 680] },
    narrative: {
      onTrack:
        'The Strengthening Families approach and edge-of-care support are helping children stay safely at home, and more children are leaving care through special guardianship.',
      offTrack:
        'Several large sibling groups came into care under emergency protection orders, and court delays are slowing children leaving care to permanent families.',
      next: 'The Looked After Children panel will review every child placed with parents under a care order, and the Head of Looked After Children is chairing weekly permanence tracking.',
    },
  },
  {
    id: 'CP-CHI-02',
    title: 'Looked After Children per 10,000 children aged under 18',
    category: 'corporate-plan',
    unit: 'rate',
    ratePer: 10000,
    aggregation: 'latest',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'SVC-CYP',
    links: ['OB-COM-CHILDSAFE', 'OB-CCC-PERF'],
    isPublic: true,
    dueLagDays: 7,
    definition:
      'Looked After Children on the last day of the month per 10,000 children aged 0–17 resident in the city.',
    numerator: 'Looked After Children at the month end (CP-CHI-01)',
    denominator: 'Resident children aged 0–17 (ONS mid-year estimate)',
    source: 'Mosaic (children’s social care)',
    caveats:
      'The population is updated each April from the latest mid-year estimate, which can move the rate by a point without any change in the number in care.',
    figures: {
      level: 129,
      derivedFrom: { measure: 'CP-CHI-01', take: 'numerator' },
      denominator: 60400,
      denominatorGrowth: 0.006,
    },
    target: { values: [126, 119, 112] },
    narrative: {
      onTrack:
        'The rate is coming down towards our statistical neighbours’ as the number in care falls; this is a cross-council priority under Future Performance.',
      offTrack:
        'The rate remains well above our statistical neighbours’ average of about 90 per 10,000, and the fall in numbers has slowed.',
      next: 'Directors will review the LAC reduction plan at the Strategic Executive Board each month, with partners signed up to the multi-agency threshold document.',
    },
  },
  {
    id: 'CP-CHI-03',
    title: 'Children subject to a child protection plan per 10,000 children',
    category: 'corporate-plan',
    unit: 'rate',
    ratePer: 10000,
    aggregation: 'latest',
    polarity: 'within-band',
    frequency: 'monthly',
    unitId: 'TEAM-CPCIN',
    links: ['OB-COM-CHILDSAFE'],
    isPublic: true,
    dueLagDays: 7,
    definition:
      'Children subject to a child protection plan on the last day of the month per 10,000 children aged 0–17. Both a very high and a very low rate call for a closer look at thresholds.',
    numerator: 'Children subject to a child protection plan at the month end',
    denominator: 'Resident children aged 0–17 (ONS mid-year estimate)',
    source: 'Mosaic (children’s social care)',
    figures: { level: 47, trend: 1.6, noise: 1.6, denominator: 60400, denominatorGrowth: 0.006 },
    target: { band: [40, 50] },
    narrative: {
      onTrack:
        'The rate is within the range we expect for a city with Wolverhampton’s levels of need, and plans are being ended when risks reduce.',
      offTrack:
        'The rate has moved outside the expected range: an audit of recent conferences found some plans continuing beyond the point where risk had reduced.',
      next: 'Child protection chairs will review every plan over 15 months, and a threshold audit with partners reports to the Safeguarding Board next quarter.',
    },
  },
  {
    id: 'CP-CHI-04',
    title: 'Referrals to children’s social care that are re-referrals within 12 months',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-MASH',
    links: ['OB-COM-CHILDSAFE'],
    definition:
      'Referrals in the month concerning a child who had a previous referral within the preceding 12 months.',
    numerator: 'Referrals in the month within 12 months of a previous referral',
    denominator: 'Referrals in the month',
    source: 'Mosaic (children’s social care)',
    figures: { level: 21, trend: -1, noise: 2, denominator: 340 },
    target: { values: [22, 20, 19] },
    narrative: {
      onTrack:
        'Step-down to early help is better planned, so fewer families return to social care shortly after their case is closed.',
      offTrack:
        'A number of families stepped down to early help returned when support ended; most were neglect cases where the underlying issues had not changed.',
      next: 'The MASH will audit every re-referral this quarter and the step-down protocol with Early Help is being revised.',
    },
  },
  {
    id: 'CP-CHI-05',
    title: 'Single assessments completed within 45 working days',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'TEAM-CPCIN',
    links: ['OB-COM-CHILDSAFE'],
    definition:
      'Children’s social care single assessments completed in the month within 45 working days of the referral.',
    numerator: 'Assessments completed within 45 working days',
    denominator: 'Assessments completed in the month',
    source: 'Mosaic (children’s social care)',
    figures: {
      level: 78,
      trend: 5,
      noise: 3.5,
      steps: [
        { from: '2016-09', change: -9 },
        { from: '2017-01', change: 7 },
      ],
      denominator: 310,
    },
    target: { values: [80, 85, 90] },
    narrative: {
      onTrack:
        'Managers are tracking every open assessment at weekly case surgeries, and the teams are now at full establishment.',
      offTrack:
        'Social worker vacancies in the assessment teams are covered by agency staff, and a rise in referrals over the winter has pushed up caseloads.',
      next: 'Team managers will review every assessment open beyond 35 days, and the recruitment campaign for permanent social workers closes next month.',
    },
    flags: [
      {
        period: '2016-09',
        flag: 'incomplete',
        note: 'New assessment workflow went live in Mosaic; some completions were recorded late and the figure may rise.',
      },
    ],
  },
  {
    id: 'CP-CHI-06',
    title: 'Care leavers aged 19–21 in education, employment or training',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-LAC',
    links: ['OB-COM-CHILDSAFE', 'OB-ECO-JOBS'],
    isPublic: true,
    definition:
      'Care leavers whose 19th, 20th or 21st birthday fell in the quarter who were in education, employment or training around their birthday.',
    numerator: 'Care leavers in education, employment or training around their birthday',
    denominator: 'Care leavers with a 19th, 20th or 21st birthday in the quarter',
    source: 'Mosaic (children’s social care)',
    figures: { level: 48, trend: 3, noise: 3, denominator: 60 },
    target: { values: [50, 52, 55] },
    narrative: {
      onTrack:
        'Ring-fenced council apprenticeships and the care leavers’ traineeship with City of Wolverhampton College are working.',
      offTrack:
        'Several young people left college courses mid-year, and not all personal advisers have recorded current activity.',
      next: 'Personal advisers will confirm the activity of every 19–21 year old, and the council will ring-fence ten more apprenticeships for care leavers.',
    },
  },
  {
    id: 'CP-CHI-07',
    title: 'Children leaving care through adoption or special guardianship',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-FOST',
    links: ['OB-COM-CHILDSAFE', 'PP-CHILDREN-TRANSFORM'],
    definition:
      'Looked After Children who left care in the quarter because an adoption order or special guardianship order was granted.',
    source: 'Mosaic (children’s social care)',
    figures: { level: 24, trend: 1.5, noise: 4 },
    target: { values: [22, 24, 26] },
    narrative: {
      onTrack:
        'Early permanence planning and the regional adoption agency partnership are finding families sooner.',
      offTrack:
        'Several final hearings were adjourned by the family court, and fewer adopters were approved regionally this year.',
      next: 'Legal Services and social workers will track every case with a placement order at the monthly permanence meeting.',
    },
  },
  {
    id: 'CP-CHI-08',
    title: 'Pupils attending a school judged good or outstanding by Ofsted',
    category: 'corporate-plan',
    unit: 'percent',
    aggregation: 'latest',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'SVC-EDU',
    links: ['OB-COM-SCHOOLS'],
    isPublic: true,
    definition:
      'Pupils on the roll of city schools (all phases, including academies) whose latest Ofsted overall effectiveness judgement is good or outstanding, at the quarter end.',
    numerator: 'Pupils in schools judged good or outstanding',
    denominator: 'Pupils on roll in schools with a published judgement',
    source: 'Ofsted management information and the school census (Capita One)',
    figures: { level: 72, trend: 4.5, noise: 1, denominator: 41000, denominatorGrowth: 0.012 },
    target: { values: [75, 80, 84] },
    narrative: {
      onTrack:
        'Eight schools moved to good at their last inspection, with support from the School Improvement team and the teaching schools.',
      offTrack:
        'Two large secondary schools were judged to require improvement, which moves the figure by several points on its own.',
      next: 'School Improvement Advisers have agreed improvement plans with both schools, with a monitoring visit every half term.',
    },
  },
  {
    id: 'CP-CHI-09',
    title: 'Education, Health and Care Plans issued within 20 weeks',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'TEAM-SEND',
    links: ['OB-COM-SCHOOLS'],
    isPublic: true,
    definition:
      'New Education, Health and Care Plans issued in the month within 20 weeks of the request for assessment, excluding cases where an exception applies.',
    numerator: 'New plans issued within 20 weeks',
    denominator: 'New plans issued in the month',
    source: 'Capita One (SEN module)',
    caveats:
      'Transfers from statements of special educational needs are excluded. The monthly denominator is small (20–40 plans).',
    figures: { level: 40, trend: 17, noise: 7, denominator: 28 },
    target: { values: [60, 80, 90] },
    narrative: {
      onTrack:
        'Health advice is now returned within six weeks, and caseworkers draft plans alongside the assessment rather than after it.',
      offTrack:
        'Advice from health partners and educational psychologists is still arriving late, and the team has been completing statement transfers to the statutory deadline.',
      next: 'A weekly tracker is shared with the CCG, and two locum educational psychologists are in post until the backlog clears.',
    },
  },
  {
    id: 'CP-CHI-10',
    title: 'Primary school attendance',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-ADMIT',
    links: ['OB-COM-SCHOOLS'],
    definition:
      'Half-day sessions attended by pupils in city primary schools as a share of possible sessions, in the quarter.',
    numerator: 'Sessions attended',
    denominator: 'Possible sessions',
    source: 'Capita One (school attendance returns)',
    caveats:
      'The July–September quarter includes the summer holiday, so it has fewer sessions and is more affected by holidays taken in term time.',
    figures: {
      level: 95.9,
      trend: 0.12,
      noise: 0.12,
      season: { amplitude: 0.45, peakMonth: 10 },
      denominator: 3_000_000,
      denominatorGrowth: 0.01,
    },
    target: { values: [96, 96, 96.2] },
    tolerance: 0.3,
    toleranceKind: 'absolute',
    narrative: {
      onTrack:
        'Schools are following the attendance protocol, with first-day calling and early referral to Education Welfare.',
      offTrack:
        'Winter illness and term-time holidays pulled attendance down; persistent absence is concentrated in a small number of schools.',
      next: 'Education Welfare Officers will hold attendance panels in the six schools with the highest persistent absence, and penalty notices will be issued for unauthorised holidays.',
    },
  },
];
