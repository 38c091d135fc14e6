/** Corporate Plan and local measures for 'a stronger economy': jobs, skills, business and homes. */
import type { MeasureSpec } from '../measure-spec.js';

const UC_FULL_SERVICE =
  'Universal Credit full service began in Wolverhampton in November 2016: claimants who would once have been outside the count are now in it.';

export const ECONOMY: MeasureSpec[] = [
  {
    id: 'CP-ECO-01',
    title: 'Claimant count rate (residents aged 16–64)',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'SVC-ECON',
    links: ['OB-ECO-JOBS'],
    byWard: true,
    isPublic: true,
    dueLagDays: 21,
    definition:
      'Residents aged 16–64 claiming Jobseeker’s Allowance or Universal Credit principally for the reason of being unemployed, as a share of all residents aged 16–64.',
    numerator: 'Claimants aged 16–64 on the count date (second Thursday of the month)',
    denominator: 'Residents aged 16–64 (ONS mid-year estimate)',
    source: 'Nomis (DWP claimant count)',
    caveats: UC_FULL_SERVICE,
    figures: {
      level: 4.6,
      trend: -0.35,
      noise: 0.05,
      season: { amplitude: 0.08, peakMonth: 1 },
      steps: [{ from: '2016-11', change: 0.45 }],
      denominator: 161000,
      denominatorGrowth: 0.003,
      wardSkew: 1.6,
    },
    target: { values: [4.4, 4.1, 4.0] },
    narrative: {
      onTrack:
        'More residents are finding work: vacancies in logistics and advanced manufacturing along the i54 corridor have been filled through Wolves at Work.',
      offTrack:
        'Universal Credit full service has brought claimants into the count who would not have been in it before, which holds the rate above target even though more residents are in work.',
      next: 'Jobcentre Plus and the Wolves at Work team will target the six wards with the highest claimant rates with joint outreach sessions this quarter.',
    },
    flags: [{ period: '2016-11', flag: 'revised-methodology', note: UC_FULL_SERVICE }],
  },
  {
    id: 'CP-ECO-02',
    title: 'Youth claimant rate (residents aged 18–24)',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'SVC-ECON',
    links: ['OB-ECO-JOBS'],
    byWard: true,
    isPublic: true,
    dueLagDays: 21,
    definition:
      'Residents aged 18–24 claiming Jobseeker’s Allowance or Universal Credit principally for the reason of being unemployed, as a share of all residents aged 18–24.',
    numerator: 'Claimants aged 18–24 on the count date',
    denominator: 'Residents aged 18–24 (ONS mid-year estimate)',
    source: 'Nomis (DWP claimant count)',
    caveats: UC_FULL_SERVICE,
    figures: {
      level: 6.8,
      trend: -0.5,
      noise: 0.1,
      season: { amplitude: 0.25, peakMonth: 9 },
      steps: [{ from: '2016-11', change: 0.6 }],
      denominator: 24500,
      denominatorGrowth: -0.004,
      wardSkew: 1.8,
    },
    target: { values: [6.5, 6.0, 5.8] },
    narrative: {
      onTrack:
        'The Youth Employment Hub and the council’s own apprenticeship programme have helped more 18–24 year olds into work.',
      offTrack:
        'Young people were the first group moved onto Universal Credit full service, so the count has been inflated more for them than for older claimants.',
      next: 'The Youth Employment Hub will follow up every young person who has claimed for more than 13 weeks, and the council will offer 50 more apprenticeships in 2018/19.',
    },
  },
  {
    id: 'CP-ECO-03',
    title: 'Residents supported into work by council employment programmes',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'SVC-ECON',
    links: ['OB-ECO-JOBS', 'PP-WOLVES-AT-WORK'],
    byWard: true,
    isPublic: true,
    definition:
      'Residents who started a job of 16 or more hours a week after support from Wolves at Work or another council employment programme, counted in the month the job started.',
    source: 'Wolves at Work case management system',
    caveats:
      'A job start is counted once evidence (payslip or employer confirmation) is on file, so the latest month may rise when evidence arrives.',
    figures: {
      level: 34,
      trend: 8,
      noise: 5,
      season: { amplitude: 5, peakMonth: 10 },
      steps: [{ from: '2016-06', change: 38 }],
      wardSkew: 1.2,
    },
    target: { values: [40, 75, 95] },
    narrative: {
      onTrack:
        'Wolves at Work now has employment advisers based in every Jobcentre Plus office in the city and a pipeline of 300 employer vacancies.',
      offTrack:
        'Employer recruitment slowed this quarter, and two large recruitment exercises at the i54 site have been put back by the employers.',
      next: 'The team will run a jobs fair at the Civic Centre and a targeted campaign with construction employers on the Westside and Interchange schemes.',
    },
  },
  {
    id: 'CP-ECO-04',
    title: 'Apprenticeship starts by Wolverhampton residents',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-SKILLS',
    links: ['OB-ECO-JOBS'],
    isPublic: true,
    dueLagDays: 120,
    definition:
      'Apprenticeship programmes started by learners living in the City of Wolverhampton, all ages and levels, by quarter of start.',
    source: 'Skills Funding Agency FE data library',
    caveats:
      'Published about four months after the quarter ends and revised at year end. The apprenticeship levy changed funding from May 2017; starts fell nationally.',
    figures: {
      level: 690,
      trend: 10,
      noise: 30,
      season: { amplitude: 110, peakMonth: 10 },
      steps: [{ from: '2017-05', change: -190 }],
    },
    target: { values: [700, 740, 760] },
    narrative: {
      onTrack:
        'Council-led apprenticeship promotion with the Black Country Local Enterprise Partnership and City of Wolverhampton College kept starts above target.',
      offTrack:
        'Starts fell after the apprenticeship levy reforms in May 2017, as they did nationally: smaller employers are waiting to understand the new co-investment rules.',
      next: 'The Skills and Employment team will broker levy transfers from large employers to city SMEs and run apprenticeship week events in every secondary school.',
    },
  },
  {
    id: 'CP-ECO-05',
    title: '16–17 year olds not in education, employment or training (NEET)',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-SKILLS',
    links: ['OB-ECO-JOBS', 'OB-COM-SCHOOLS'],
    isPublic: true,
    definition:
      'Young people of academic age 16 and 17 resident in the city who are known to be not in education, employment or training.',
    numerator: '16–17 year olds recorded as NEET at the month end',
    denominator: '16–17 year olds known to the local authority at the month end',
    source: 'CCIS (Careers service client caseload information system)',
    caveats:
      'Rises every September and October while destinations of the new Year 12 cohort are confirmed; compare with the same month last year.',
    figures: {
      level: 5.3,
      trend: -0.45,
      noise: 0.15,
      season: { amplitude: 0.8, peakMonth: 10 },
      denominator: 6300,
      denominatorGrowth: 0.01,
    },
    target: { values: [5.0, 4.6, 4.2] },
    narrative: {
      onTrack:
        'Careers advisers have tracked the new Year 12 cohort quickly, and the September Guarantee placed almost every school leaver.',
      offTrack:
        'The autumn peak is higher than last year because two post-16 providers reported drop-outs from their study programmes late.',
      next: 'Careers Wolverhampton will contact every young person who left a course before Christmas and offer a place on the January-start programmes.',
    },
  },
  {
    id: 'CP-ECO-06',
    title: 'Private sector investment secured with council support',
    category: 'corporate-plan',
    unit: 'currency',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-BIZ',
    links: ['OB-ECO-BIZ'],
    isPublic: true,
    definition:
      'Private sector capital investment in the city, in pounds, committed in the quarter by businesses the council supported (grants, land, planning or account management).',
    source: 'Evolutive business support CRM',
    caveats:
      'Counted when the investor confirms the commitment in writing; large single schemes make the quarterly figure volatile.',
    figures: { level: 15_000_000, trend: 2_500_000, noise: 4_000_000, min: 0 },
    target: { values: [14_000_000, 17_000_000, 20_000_000] },
    narrative: {
      onTrack:
        'Investment at the i54 business park and the Westside leisure scheme was confirmed this quarter.',
      offTrack:
        'Two commitments expected this quarter, at the Interchange and on the Canalside site, have slipped while the investors finalise funding.',
      next: 'Account managers will keep both investors on fortnightly calls, and the Black Country LEP growth deal funding is being used to close the viability gap.',
    },
  },
  {
    id: 'CP-ECO-07',
    title: 'New businesses started with council support',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-BIZ',
    links: ['OB-ECO-BIZ'],
    isPublic: true,
    definition:
      'New businesses that began trading in the quarter after start-up support (advice, the enterprise grant or space at the council’s business centres).',
    source: 'Evolutive business support CRM',
    caveats:
      'A start is counted when the business registers with HMRC or Companies House; sole traders may take a quarter to appear.',
    figures: { level: 56, trend: 5, noise: 7 },
    target: { values: [55, 60, 65] },
    narrative: {
      onTrack:
        'The Business Solutions Centre’s start-up programme is running at capacity and the enterprise grant has been taken up in full.',
      offTrack:
        'Fewer residents completed the start-up programme this quarter because a course was cancelled when a trainer left.',
      next: 'A replacement trainer starts next month and an extra evening cohort has been added to make up the places.',
    },
  },
  {
    id: 'CP-ECO-08',
    title: 'Net additional homes',
    category: 'corporate-plan',
    nationalReference: 'NI 154',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'annual',
    unitId: 'SVC-HOUSING',
    links: ['OB-ECO-HOMES'],
    isPublic: true,
    dueLagDays: 60,
    formula: {
      text: 'LK-HOU-01 - LK-HOU-02',
      inputs: ['LK-HOU-01', 'LK-HOU-02'],
      combine: ([gains, losses]) => gains! - losses!,
    },
    definition:
      'The net change in the number of homes in the city over the financial year: new homes completed and conversions, less homes lost through demolition or change of use.',
    source: 'Building control completions and council tax property records (Northgate Revenues)',
    target: { values: [520, 560, 620] },
    narrative: {
      onTrack: 'Completions on the Bilston Urban Village and Heath Town schemes came through as planned.',
      offTrack:
        'Completions were lower than planned because two large private schemes paused while the developers renegotiated Section 106 agreements, and Heath Town demolitions continued.',
      next: 'The Housing Development Board is accelerating council-owned sites through WV Living, with 150 homes due on site in 2018/19.',
    },
  },
  {
    id: 'LK-HOU-01',
    title: 'Homes completed (new build and conversions)',
    category: 'local-key',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'annual',
    unitId: 'SVC-HOUSING',
    links: ['OB-ECO-HOMES'],
    dueLagDays: 45,
    definition:
      'New dwellings completed in the financial year, including conversions that create additional homes.',
    source: 'Building control completion certificates and NHBC notices',
    figures: { level: 640, trend: 45, noise: 40, min: 0 },
  },
  {
    id: 'LK-HOU-02',
    title: 'Homes lost through demolition or change of use',
    category: 'local-key',
    unit: 'number',
    polarity: 'neutral',
    frequency: 'annual',
    unitId: 'SVC-HOUSING',
    links: ['OB-ECO-HOMES'],
    dueLagDays: 45,
    definition:
      'Dwellings removed from the council tax list in the financial year because they were demolished or converted to another use.',
    source: 'Northgate Revenues (council tax property deletions)',
    figures: { level: 110, trend: -10, noise: 18, min: 0 },
    target: 'none',
  },
];
