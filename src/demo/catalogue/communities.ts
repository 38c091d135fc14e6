/** Measures for safe communities and homelessness. */
import type { MeasureSpec } from '../measure-spec.js';

const POLICE = 'West Midlands Police recorded crime (police.uk)';

export const COMMUNITIES: MeasureSpec[] = [
  {
    id: 'CP-SAF-01',
    title: 'Total recorded crime per 1,000 residents',
    category: 'corporate-plan',
    unit: 'rate',
    ratePer: 1000,
    decimals: 2,
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY'],
    byWard: true,
    isPublic: true,
    dueLagDays: 30,
    definition:
      'Crimes recorded by West Midlands Police in the month, by the ward where the offence took place, per 1,000 residents.',
    numerator: 'Recorded crimes (excluding fraud reported to Action Fraud)',
    denominator: 'Resident population (ONS mid-year estimate)',
    source: POLICE,
    caveats:
      'Improvements in police crime recording since the 2014 HMIC inspection have raised recorded crime nationally; not all of the rise is more crime.',
    figures: {
      level: 6.4,
      trend: 0.45,
      noise: 0.15,
      season: { amplitude: 0.4, peakMonth: 7 },
      denominator: 254000,
      denominatorGrowth: 0.005,
      wardSkew: 1.2,
    },
    target: { values: [6.4, 6.6, 6.9] },
    narrative: {
      onTrack:
        'Joint patrols in the city centre and the Safer Wolverhampton Partnership’s work on repeat locations are holding crime down.',
      offTrack:
        'Recorded crime has risen with better police recording, in line with our neighbours, with increases in violence without injury and shoplifting.',
      next: 'The partnership’s tasking group will target the five hotspot areas, and the city centre Public Space Protection Order is being extended.',
    },
  },
  {
    id: 'CP-SAF-02',
    title: 'Anti-social behaviour incidents reported to the police',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY'],
    byWard: true,
    isPublic: true,
    dueLagDays: 30,
    definition:
      'Incidents of anti-social behaviour reported to West Midlands Police in the month, by the ward where they took place.',
    source: POLICE,
    figures: { level: 1150, trend: -60, noise: 45, season: { amplitude: 170, peakMonth: 7 }, wardSkew: 1.3 },
    target: { values: [1150, 1100, 1050] },
    narrative: {
      onTrack:
        'Diversionary activities for young people over the holidays and the work of neighbourhood wardens have reduced incidents.',
      offTrack:
        'Incidents rose over the lighter evenings and around Bonfire Night, concentrated in the city centre and Heath Town.',
      next: 'Dispersal orders will be used around known gathering points, and youth outreach workers will run sessions in the three wards with most incidents.',
    },
  },
  {
    id: 'CP-SAF-03',
    title: 'Domestic abuse incidents reported to the police',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'neutral',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY'],
    isPublic: true,
    dueLagDays: 30,
    definition:
      'Domestic abuse incidents (crimes and non-crime incidents) reported to West Midlands Police in the month.',
    source: POLICE,
    caveats:
      'A rise may mean more victims are confident to report, so no target is set: the figure is monitored alongside repeat victimisation.',
    figures: { level: 560, trend: 25, noise: 25, season: { amplitude: 40, peakMonth: 12 } },
    narrative: {
      onTrack:
        'Reports are in line with the pattern we expect, including the usual peaks over Christmas and major football tournaments; more victims are coming forward after the awareness campaign.',
      offTrack:
        'Reports are higher than expected; the partnership is checking whether this reflects more abuse or more confidence in reporting.',
      next: 'The Domestic Violence Forum will analyse repeat cases through the MARAC, and the Independent Domestic Violence Advisers service has been extended for a year.',
    },
  },
  {
    id: 'CP-HOU-01',
    title: 'Households in temporary accommodation',
    category: 'corporate-plan',
    unit: 'number',
    aggregation: 'latest',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-HOMELESS',
    links: ['OB-COM-HOUSING'],
    isPublic: true,
    definition:
      'Households placed in temporary accommodation by the council under homelessness legislation on the last day of the month.',
    source: 'Housing Options case management system (Locata)',
    figures: { level: 62, trend: 14, noise: 5, season: { amplitude: 6, peakMonth: 1 } },
    target: { values: [60, 70, 80] },
    narrative: {
      onTrack:
        'Prevention work and the new private rented sector offer are keeping the numbers in temporary accommodation down.',
      offTrack:
        'More households are losing private tenancies, and fewer social lettings are coming up, so households are staying longer in temporary accommodation.',
      next: 'The Housing Options team is expanding the rent deposit scheme and working with Wolverhampton Homes to speed up lettings to households in temporary accommodation.',
    },
  },
  {
    id: 'CP-HOU-02',
    title: 'Households whose homelessness was prevented or relieved',
    category: 'corporate-plan',
    unit: 'number',
    polarity: 'higher-better',
    frequency: 'quarterly',
    unitId: 'TEAM-HOMELESS',
    links: ['OB-COM-HOUSING'],
    isPublic: true,
    definition:
      'Households whose homelessness was prevented (they kept or found a home before becoming homeless) or relieved, through council intervention, in the quarter.',
    source: 'Housing Options case management system (Locata)',
    caveats:
      'The Homelessness Reduction Act from April 2018 changes these duties; the measure will be redefined for 2018/19.',
    figures: { level: 260, trend: 25, noise: 18 },
    target: { values: [250, 280, 320] },
    narrative: {
      onTrack:
        'Early contact with landlords and the mediation service for young people are preventing homelessness before it happens.',
      offTrack:
        'Caseworkers have been preparing for the Homelessness Reduction Act, and fewer landlords were willing to accept households on benefits.',
      next: 'Two prevention officers funded by the Flexible Homelessness Support Grant start next month, and a landlord incentive scheme is being launched.',
    },
  },
  {
    id: 'CP-HOU-03',
    title: 'Families with children in bed and breakfast for more than six weeks',
    category: 'corporate-plan',
    unit: 'number',
    aggregation: 'latest',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-HOMELESS',
    links: ['OB-COM-HOUSING'],
    isPublic: true,
    definition:
      'Families with dependent children or a pregnant member in bed and breakfast accommodation for more than six weeks on the last day of the month (unlawful except in an emergency).',
    source: 'Housing Options case management system (Locata)',
    figures: { level: 0.4, trend: 0.3, noise: 0.8 },
    target: { values: [0, 0, 0] },
    tolerance: 0,
    toleranceKind: 'absolute',
    narrative: {
      onTrack: 'No family has been in bed and breakfast for more than six weeks.',
      offTrack:
        'A small number of large families could not be moved on within six weeks because no suitable self-contained accommodation was available.',
      next: 'Two larger properties have been leased for family temporary accommodation, and every placement is reviewed at week four.',
    },
  },
  {
    id: 'BP-SAF-01',
    title: 'Anti-social behaviour cases resolved within 28 days',
    category: 'business-plan',
    unit: 'percent',
    polarity: 'higher-better',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY', 'SP-PH'],
    definition:
      'Anti-social behaviour cases opened by the council’s ASB team and closed in the month that were resolved within 28 days of being opened.',
    numerator: 'Cases closed as resolved within 28 days',
    denominator: 'Cases closed in the month',
    source: 'ECINS case management system',
    figures: { level: 72, trend: 3, noise: 4, denominator: 90 },
    target: { values: [75, 78, 80] },
  },
  {
    id: 'W-CRM-01',
    title: 'Residential burglaries, by ward',
    category: 'ward',
    unit: 'number',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY'],
    byWard: true,
    dueLagDays: 30,
    definition:
      'Burglaries of homes (including attempts) recorded by West Midlands Police in the month, by the ward where they took place.',
    source: POLICE,
    figures: { level: 150, trend: 8, noise: 12, season: { amplitude: 25, peakMonth: 11 }, wardSkew: 0.6 },
    target: 'none',
  },
  {
    id: 'W-CRM-02',
    title: 'Violence with injury, by ward',
    category: 'ward',
    unit: 'number',
    polarity: 'lower-better',
    frequency: 'monthly',
    unitId: 'TEAM-COMSAF',
    links: ['OB-COM-SAFETY'],
    byWard: true,
    dueLagDays: 30,
    definition:
      'Offences of violence with injury recorded by West Midlands Police in the month, by the ward where they took place.',
    source: POLICE,
    caveats: 'The city centre night-time economy falls mostly in St Peter’s ward.',
    figures: { level: 240, trend: 14, noise: 14, season: { amplitude: 25, peakMonth: 7 }, wardSkew: 1.4 },
    target: 'none',
  },
  {
    id: 'W-HOU-01',
    title: 'Households approaching the council as homeless or threatened with homelessness, by ward',
    category: 'ward',
    unit: 'number',
    polarity: 'neutral',
    frequency: 'quarterly',
    unitId: 'TEAM-HOMELESS',
    links: ['OB-COM-HOUSING'],
    byWard: true,
    definition:
      'Households who approached Housing Options for help in the quarter, by the ward of their last settled address.',
    source: 'Housing Options case management system (Locata)',
    figures: { level: 780, trend: 60, noise: 35, wardSkew: 1.3 },
  },
];
