/** Corporate Plan and local measures for 'a vibrant, clean and well-connected city' and for housing supply. */
import type { MeasureSpec } from '../measure-spec.js';

export const PLACE: MeasureSpec[] = [
  {
    id: 'CP-ECO-09',
    title: 'Planning applications determined within statutory or agreed timescales',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'SVC-ECON',
    links: ['OB-ECO-BIZ'],
    isPublic: true,
    definition:
      'Planning applications of all types (major, minor and other) decided within 8 or 13 weeks, or within an extension of time agreed with the applicant.',
    numerator: 'Applications decided within the statutory period or agreed extension',
    denominator: 'All planning applications decided in the quarter',
    source: 'Idox Uniform planning system',
    caveats: 'Excludes prior approvals and discharge of conditions, as in the DCLG PS2 return.',
    figures: { level: 84, trend: 3, noise: 2.5, denominator: 420 },
    target: { values: [85, 88, 90] },
    narrative: {
      onTrack:
        'Agreeing extensions of time early with applicants, and the new pre-application service, have kept decisions on time.',
      offTrack:
        'Two vacant planning officer posts and a rise in householder applications have pushed some decisions past their deadline.',
      next: 'Both posts have been recruited to from next month, and agency support is covering the backlog of householder cases in the meantime.',
    },
  },
  {
    id: 'CP-ECO-10',
    title: 'City centre footfall (average weekly count)',
    category: 'corporate-plan',
    unit: 'number',
    aggregation: 'mean',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'TEAM-BIZ',
    links: ['OB-ECO-CENTRE'],
    isPublic: true,
    dueLagDays: 10,
    definition:
      'The average number of people counted each week by the six footfall cameras in the city centre during the month.',
    source: 'Springboard footfall counters',
    caveats:
      'A camera out of action is estimated by Springboard from the others; such months are flagged as estimated.',
    figures: { level: 196000, trend: -2500, noise: 5000, season: { amplitude: 22000, peakMonth: 12 } },
    target: { values: [195000, 195000, 195000] },
    narrative: {
      onTrack:
        'Events in Queen Square and the reopening of the Mander Centre’s refurbished mall have brought people into the city centre.',
      offTrack:
        'Footfall is below target as shoppers move online and while the Westside and Interchange works close routes into the centre.',
      next: 'The City Centre Management team is running a summer events programme and free parking on Saturdays in the council’s car parks.',
    },
    flags: [
      {
        period: '2016-08',
        flag: 'estimated',
        note: 'The Dudley Street camera was out of action for 11 days; Springboard estimated its counts.',
      },
    ],
  },
  {
    id: 'CP-ECO-11',
    title: 'City centre retail vacancy rate',
    category: 'corporate-plan',
    unit: 'percent',
    aggregation: 'latest',
    polarity: 'lower-better',
    frequency: 'quarterly',
    unitId: 'TEAM-BIZ',
    links: ['OB-ECO-CENTRE'],
    isPublic: true,
    definition:
      'Ground-floor retail units in the city centre primary shopping area that are vacant on the survey date, as a share of all such units.',
    numerator: 'Vacant ground-floor retail units on the survey date',
    denominator: 'All ground-floor retail units in the primary shopping area',
    source: 'City centre retail unit survey',
    caveats:
      'Surveyed on foot in the last week of the quarter; a unit under refit for a known occupier counts as occupied.',
    figures: { level: 18.4, trend: -0.8, noise: 0.5, denominator: 560, denominatorGrowth: 0 },
    target: { values: [18, 17, 16] },
    narrative: {
      onTrack:
        'New lettings in Victoria Street and the Mander Centre have filled units faster than others have closed.',
      offTrack:
        'The closure of two national chains has left large units empty that will take time to re-let.',
      next: 'The Business Growth team is marketing the larger units with the owners and offering the city centre business rates relief scheme to new occupiers.',
    },
  },
  {
    id: 'CP-ECO-12',
    title: 'Household waste sent for reuse, recycling and composting',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'SVC-ENV',
    links: ['OB-ECO-CLEAN', 'PP-RECYCLING'],
    isPublic: true,
    dueLagDays: 30,
    definition:
      'The share of household waste collected by the council, including at household waste recycling centres, that is sent for reuse, recycling or composting.',
    numerator: 'Tonnes of household waste sent for reuse, recycling or composting',
    denominator: 'Tonnes of household waste collected',
    source: 'WasteDataFlow and weighbridge tickets',
    caveats:
      'Monthly figures are provisional until the WasteDataFlow quarter is validated; rejected contaminated loads are taken off the numerator when the reprocessor reports them.',
    figures: {
      level: 36.5,
      trend: 0.6,
      noise: 0.8,
      season: { amplitude: 5.5, peakMonth: 7 },
      steps: [{ from: '2016-10', change: 2.8 }],
      denominator: 9200,
    },
    target: { values: [38, 41, 43] },
    narrative: {
      onTrack:
        'The expanded recycling collections introduced in October 2016 have increased dry recycling tonnage, and garden waste subscriptions are up.',
      offTrack:
        'Contamination in the recycling bins has led to rejected loads at the materials recovery facility, and garden waste tonnage always falls in the winter months.',
      next: 'Crews are tagging contaminated bins and the recycling officers are visiting the streets with the highest rejection rates; a "right stuff, right bin" campaign runs next quarter.',
    },
    flags: [
      {
        period: '2016-10',
        flag: null,
        note: 'New collection arrangements from 3 October 2016: expanded recycling and fortnightly residual collections.',
      },
    ],
  },
  {
    id: 'CP-ECO-13',
    title: 'Fly-tipping incidents reported',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'SVC-ENV',
    links: ['OB-ECO-CLEAN'],
    byWard: true,
    isPublic: true,
    definition:
      'Fly-tipping incidents on public land reported to or found by the council in the month, by the ward where the waste was dumped.',
    source: 'Confirm street scene system',
    caveats:
      'Incidents found by crews are logged as well as those reported by the public, so more patrolling can raise the count.',
    figures: { level: 430, trend: -22, noise: 25, season: { amplitude: 55, peakMonth: 8 }, wardSkew: 1.3 },
    target: { values: [420, 400, 380] },
    narrative: {
      onTrack:
        'Enforcement patrols and the CCTV cameras at hotspots have deterred repeat dumping, and prosecutions have been publicised.',
      offTrack:
        'Incidents are above target in the summer months and around student moving days in Park and St Peter’s wards.',
      next: 'Environmental Crime officers will move the deployable cameras to the ten worst hotspots and issue fixed penalty notices for duty of care offences.',
    },
  },
  {
    id: 'CP-ECO-14',
    title: 'Missed bin collections per 100,000 collections',
    category: 'corporate-plan',
    unit: 'rate',
    ratePer: 100000,
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-WASTE',
    links: ['OB-ECO-CLEAN', 'PP-RECYCLING'],
    isPublic: true,
    definition:
      'Reported missed collections of any bin (residual, recycling or garden) that the council accepts as missed, per 100,000 scheduled collections.',
    numerator: 'Missed collections reported and accepted',
    denominator: 'Scheduled bin collections in the month',
    source: 'Confirm (missed bin reports) and in-cab round records',
    figures: {
      level: 62,
      trend: -9,
      noise: 4,
      season: { amplitude: 12, peakMonth: 1 },
      steps: [
        { from: '2016-10', change: 28 },
        { from: '2017-01', change: -22 },
      ],
      denominator: 950000,
    },
    target: { values: [60, 55, 45] },
    narrative: {
      onTrack:
        'In-cab technology now lets crews record bins not presented, so fewer reports are accepted as genuine misses.',
      offTrack:
        'Snow and the Christmas catch-up collections added to missed bins this winter, and agency crews unfamiliar with their rounds covered vacancies on several routes.',
      next: 'Supervisors are reviewing the ten rounds with most misses and re-sequencing them; crews will return to missed bins within two working days.',
    },
  },
  {
    id: 'CP-ECO-15',
    title: 'Streets meeting the cleanliness standard for litter',
    category: 'corporate-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-STREETS',
    links: ['OB-ECO-CLEAN'],
    isPublic: true,
    definition:
      'Surveyed transects graded A or B for litter (predominantly free of litter) in the Local Environmental Quality survey.',
    numerator: 'Transects graded A or B for litter',
    denominator: 'Transects surveyed in the quarter',
    source: 'Local Environmental Quality survey (Keep Britain Tidy method)',
    figures: { level: 91, trend: 1, noise: 1.5, denominator: 300 },
    target: { values: [92, 92, 93] },
    narrative: {
      onTrack:
        'Mechanical sweeping of the arterial routes and the city centre night cleanse have kept most streets clean.',
      offTrack:
        'Leaf fall and litter from takeaways on district high streets brought grades down on some transects.',
      next: 'Additional litter bins are being installed on Bilston and Wednesfield high streets, and takeaway owners are being asked to clear litter outside their premises.',
    },
  },
  {
    id: 'LK-HOU-03',
    title: 'Affordable homes delivered',
    category: 'local-key',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'SVC-HOUSING',
    links: ['OB-ECO-HOMES'],
    definition:
      'New affordable homes (social rent, affordable rent and shared ownership) completed in the quarter, by any provider.',
    source: 'Homes and Communities Agency IMS returns and registered provider returns',
    late: true,
    figures: { level: 42, trend: 8, noise: 10 },
  },
  {
    id: 'LK-HOU-04',
    title: 'Long-term empty homes brought back into use',
    category: 'local-key',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-PSH',
    links: ['OB-ECO-HOMES'],
    definition:
      'Private homes empty for six months or more that were reoccupied in the quarter after council intervention (advice, loans or enforcement).',
    source: 'Northgate Revenues (council tax empty property records)',
    figures: { level: 38, trend: 3, noise: 6 },
    target: { values: [40, 40, 45] },
  },
  {
    id: 'LK-ECO-01',
    title: 'Visits to the Wolverhampton Art Gallery and Bantock House',
    category: 'local-key',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'TEAM-BIZ',
    links: ['OB-ECO-CENTRE'],
    isPublic: true,
    definition: 'Visits to the Wolverhampton Art Gallery and Bantock House Museum, counted at the doors.',
    source: 'Visitor door counters',
    figures: { level: 14500, trend: 500, noise: 900, season: { amplitude: 3000, peakMonth: 8 } },
  },
  {
    id: 'LK-ECO-02',
    title: 'Adult learners enrolled with Adult Education Wolverhampton',
    category: 'local-key',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'annual',
    yearKind: 'academic',
    unitId: 'TEAM-SKILLS',
    links: ['OB-ECO-JOBS'],
    definition:
      'Individual learners aged 19 and over enrolled on at least one Adult Education Wolverhampton course in the academic year.',
    source: 'Adult Education MIS (Unit-e)',
    caveats: 'Counted once however many courses a learner takes.',
    figures: { level: 6200, trend: -150, noise: 120 },
    target: { values: [6200, 6100, 6000] },
  },
];
